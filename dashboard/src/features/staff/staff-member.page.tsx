/** One staff account: role, status and its history (admins only). */
import { ROLE_INFO, type StaffRole } from '@beacon/shared';
import { Box } from '@mantine/core';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { HistoryTimeline } from '../../common/history/history-timeline';
import { Fact } from '../../common/page/fact';
import { FactsCard, RecordHeader, RecordPage } from '../../common/page/record-page';
import { formatInZone, userTimeZone } from '../../common/time/zoned-time';
import type { StaffRowFragment } from '../../gql/graphql';
import { StaffUserQuery } from './staff.operations';

export function StaffMemberPage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: StaffUserQuery, variables: { id } });
  return (
    <RecordPage
      result={result}
      retry={reexecute}
      noun="staff account"
      back={{ to: '/staff', label: 'All staff' }}
      pick={(data) => (data.node?.__typename === 'StaffUser' ? (data.node as StaffRowFragment) : null)}
      notFound="There is no staff account at this address."
    >
      {(user) => (
        <>
          <RecordHeader title={user.displayName} description={user.email} />
          <FactsCard cols={{ base: 1, xs: 3 }}>
            <Fact term="Role">{ROLE_INFO[user.role as StaffRole]?.label ?? user.role}</Fact>
            <Fact term="Status">
              {user.deactivatedAt
                ? `Deactivated ${formatInZone(new Date(user.deactivatedAt), userTimeZone())}`
                : user.invitationPending
                  ? 'Invitation pending'
                  : 'Active'}
            </Fact>
            <Fact term="Last signed in">
              {user.lastSignInAt ? formatInZone(new Date(user.lastSignInAt), userTimeZone()) : 'Never'}
            </Fact>
          </FactsCard>
          <Box mt="xl">
            <HistoryTimeline id={user.id} />
          </Box>
        </>
      )}
    </RecordPage>
  );
}
