/**
 * "Mark verified": one click records that staff checked the resource's contact details still work. While
 * the click is under way the button is disabled, which takes the browser's focus away; when the row is
 * still there afterwards, focus goes back to it, so a keyboard user carries on from where they were.
 */
import { Permission } from '@beacon/shared';
import { Button } from '@mantine/core';
import { useRef } from 'react';
import { useAction } from '../../common/notifications/use-action';
import { Guarded } from '../../common/permissions/use-can';
import { MarkVerifiedMutation } from './crisis-resources.operations';

export function VerifyButton({ resource }: { resource: { id: string; version: number; name: string } }) {
  const button = useRef<HTMLButtonElement>(null);
  const [{ fetching }, verify] = useAction(MarkVerifiedMutation, {
    success: `${resource.name} marked as verified today`,
    failure: `${resource.name} was not marked as verified`,
    announceConflict: true,
  });
  const onClick = async () => {
    const hadFocus = document.activeElement === button.current;
    await verify({ input: { id: resource.id, expectedVersion: resource.version } });
    // Only where focus fell to the page: never take it from wherever the person has moved on to.
    requestAnimationFrame(() => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (hadFocus && lost && button.current?.isConnected) button.current.focus();
    });
  };
  return (
    <Guarded permission={Permission.CATALOGUE_WRITE} mode="hide">
      {(props) => (
        <Button
          ref={button}
          size="compact-sm"
          variant="default"
          {...props}
          loading={fetching}
          aria-label={`Mark verified: ${resource.name}`}
          onClick={onClick}
        >
          Mark verified
        </Button>
      )}
    </Guarded>
  );
}
