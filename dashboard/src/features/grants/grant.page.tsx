/** One ad-credit grant: its figures, "Edit grant" (the catalogue's edit dialog) and its history. */
import { Anchor, Badge, Box, Card, SimpleGrid, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { HistoryTimeline } from '../../common/history/history-timeline';
import { Fact } from '../../common/page/fact';
import { PageHeader } from '../../common/page/page-header';
import { QueryState } from '../../common/query-state/query-state';
import type { GrantQuery as GrantResult } from '../../gql/graphql';
import { EditGrantButton } from './edit-grant.button';
import { STATUS_LABELS } from './grant-labels';
import { GrantQuery } from './grants.operations';

type Grant = Extract<NonNullable<GrantResult['node']>, { __typename?: 'AdCreditGrant' }>;

const back = (
  <Anchor component={Link} to="/grants" size="sm">
    ← All grants
  </Anchor>
);

export function GrantPage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: GrantQuery, variables: { id } });
  return (
    <QueryState
      result={result}
      retry={reexecute}
      loading="Loading the grant…"
      errorTitle="This grant could not be loaded"
      isEmpty={(data) => data.node?.__typename !== 'AdCreditGrant'}
      empty={
        <>
          <PageHeader title="Grant not found" before={back} />
          <Text>There is no grant at this address.</Text>
        </>
      }
    >
      {({ node }) => {
        if (node?.__typename !== 'AdCreditGrant') return null;
        const grant = node as Grant;
        return (
          <>
            <PageHeader
              before={back}
              documentTitle={`${grant.amount.formatted} to ${grant.organisation.name}`}
              title={`${grant.amount.formatted} to ${grant.organisation.name}`}
              description={`For ${grant.campaign.name}`}
              actions={
                <EditGrantButton grant={grant} title={`Edit the grant to ${grant.organisation.name}`} />
              }
            />
            <Card withBorder mb="lg">
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} component="dl" m={0}>
                <Fact term="Status">{STATUS_LABELS[grant.status]}</Fact>
                <Fact term="Campaign">
                  <Anchor component={Link} to={`/campaigns/${encodeURIComponent(grant.campaign.slug)}`}>
                    {grant.campaign.name}
                  </Anchor>
                </Fact>
                <Fact term="Organisation">
                  <Anchor component={Link} to={`/organisations/${encodeURIComponent(grant.organisation.id)}`}>
                    {grant.organisation.name}
                  </Anchor>
                </Fact>
                <Fact term="Figure">
                  {grant.illustrative ? (
                    <Badge variant="outline" color="gray.7" tt="none">
                      Illustrative: no per-organisation split was published
                    </Badge>
                  ) : (
                    'As agreed'
                  )}
                </Fact>
              </SimpleGrid>
              {grant.note && <Text mt="md">{grant.note}</Text>}
            </Card>
            <Box mt="xl">
              <HistoryTimeline id={grant.id} />
            </Box>
          </>
        );
      }}
    </QueryState>
  );
}
