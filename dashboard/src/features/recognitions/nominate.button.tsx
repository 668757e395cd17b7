/** "Nominate a creator" for a campaign's page: opens the nomination form for that campaign. */
import { Permission } from '@beacon/shared';
import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { Guarded } from '../../common/permissions/use-can';

export function NominateButton({ campaignSlug }: { campaignSlug: string }) {
  return (
    <Guarded permission={Permission.NOMINATE} mode="hide">
      {() => (
        <Button component={Link} to={`/recognitions/new?campaign=${encodeURIComponent(campaignSlug)}`}>
          Nominate a creator
        </Button>
      )}
    </Guarded>
  );
}
