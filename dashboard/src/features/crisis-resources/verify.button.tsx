/** "Mark verified": one click records that staff checked the resource's contact details still work. */
import { Permission } from '@beacon/shared';
import { Button } from '@mantine/core';
import { useAction } from '../../common/notifications/use-action';
import { Guarded } from '../../common/permissions/use-can';
import { MarkVerifiedMutation } from './crisis-resources.operations';

export function VerifyButton({ resource }: { resource: { id: string; version: number; name: string } }) {
  const [{ fetching }, verify] = useAction(MarkVerifiedMutation, {
    success: `${resource.name} marked as verified today`,
    failure: `${resource.name} was not marked as verified`,
    announceConflict: true,
  });
  return (
    <Guarded permission={Permission.CATALOGUE_WRITE} mode="hide">
      {(props) => (
        <Button
          size="compact-sm"
          variant="default"
          {...props}
          loading={fetching}
          aria-label={`Mark verified: ${resource.name}`}
          onClick={() => verify({ input: { id: resource.id, expectedVersion: resource.version } })}
        >
          Mark verified
        </Button>
      )}
    </Guarded>
  );
}
