/** One staff account: role, status and its history (admins only). */
import { ROLE_INFO, type StaffRole } from '@beacon/shared';
import { Anchor, Box, Card, SimpleGrid, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { HistoryTimeline } from '../../common/history/history-timeline';
import { Fact } from '../../common/page/fact';
import { PageHeader } from '../../common/page/page-header';
import { QueryState } from '../../common/query-state/query-state';
import { formatInZone, userTimeZone } from '../../common/time/zoned-time';
import type { StaffRowFragment } from '../../gql/graphql';
import { StaffUserQuery } from './staff.operations';

const back = (
  <Anchor component={Link} to="/staff" size="sm">
    ← All staff
  </Anchor>
);

export function StaffMemberPage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: StaffUserQuery, variables: { id } });
  return (
    <QueryState
      result={result}
      retry={reexecute}
      loading="Loading the account…"
      errorTitle="This account could not be loaded"
      isEmpty={(data) => data.node?.__typename !== 'StaffUser'}
      empty={
        <>
          <PageHeader title="Account not found" before={back} />
          <Text>There is no staff account at this address.</Text>
        </>
      }
    >
      {({ node }) => {
        if (node?.__typename !== 'StaffUser') return null;
        const user = node as StaffRowFragment;
        return (
          <>
            <PageHeader
              before={back}
              documentTitle={user.displayName}
              title={user.displayName}
              description={user.email}
            />
            <Card withBorder mb="lg">
              <SimpleGrid cols={{ base: 1, xs: 3 }} component="dl" m={0}>
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
              </SimpleGrid>
            </Card>
            <Box mt="xl">
              <HistoryTimeline id={user.id} />
            </Box>
          </>
        );
      }}
    </QueryState>
  );
}
