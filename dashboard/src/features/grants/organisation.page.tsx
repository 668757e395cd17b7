/**
 * One partner organisation: who it is, its grants with their total, and its history. The page shows its
 * newest 100 grants; past that it says so and links to the grants list filtered to the organisation, which
 * pages through every one.
 */
import { Anchor, Box, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { listColumns } from '../../common/data-table/columns';
import { DataTable } from '../../common/data-table/data-table';
import { HistoryTimeline } from '../../common/history/history-timeline';
import { Fact } from '../../common/page/fact';
import { FactsCard, RecordHeader, RecordPage } from '../../common/page/record-page';
import { EmptyState } from '../../common/query-state/query-state';
import { topicsText } from '../../common/topics/topics';
import type { OrganisationQuery as OrganisationResult } from '../../gql/graphql';
import { EditOrganisationButton } from './edit-organisation.button';
import { KIND_LABELS, STATUS_LABELS, totalText } from './grant-labels';
import { OrganisationQuery } from './grants.operations';

type Organisation = Extract<NonNullable<OrganisationResult['node']>, { __typename?: 'Organisation' }>;
type GrantRow = NonNullable<Organisation['grants']>['nodes'][number];

const col = listColumns<GrantRow>();
const columns = col.columns([
  col.accessor('amount', {
    header: 'Amount',
    cell: (c) => (
      <Anchor component={Link} to={`/grants/${encodeURIComponent(c.row.original.id)}`}>
        {c.getValue().formatted}
      </Anchor>
    ),
    meta: { rowHeader: true },
  }),
  col.accessor('campaign', { header: 'Campaign', cell: (c) => c.getValue().name }),
  col.accessor('status', {
    header: 'Status',
    cell: (c) => `${STATUS_LABELS[c.getValue()]}${c.row.original.illustrative ? ' (illustrative)' : ''}`,
  }),
]);

export function OrganisationPage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: OrganisationQuery, variables: { id } });
  return (
    <RecordPage
      result={result}
      retry={reexecute}
      noun="organisation"
      back={{ to: '/organisations', label: 'All organisations' }}
      pick={(data) => (data.node?.__typename === 'Organisation' ? (data.node as Organisation) : null)}
      notFound="There is no organisation at this address."
    >
      {(org) => {
        const grants = org.grants?.nodes ?? [];
        const total = org.grants?.totalCount ?? 0;
        return (
          <>
            <RecordHeader
              title={org.name}
              description={KIND_LABELS[org.kind]}
              actions={<EditOrganisationButton organisation={org} />}
            />
            <FactsCard
              cols={{ base: 1, xs: 3 }}
              after={org.description && <Text mt="md">{org.description}</Text>}
            >
              <Fact term="Granted in all">{totalText(org.grantTotal)}</Fact>
              <Fact term="Regions">
                {org.regionsServed.length ? org.regionsServed.join(', ') : 'Worldwide'}
              </Fact>
              <Fact term="Focus topics">{topicsText(org.focusTopics, 'No particular focus')}</Fact>
              <Fact term="Website">
                <Anchor
                  href={org.website}
                  target="_blank"
                  rel="noopener noreferrer"
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {org.website}
                  <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
                </Anchor>
              </Fact>
            </FactsCard>
            <Stack component="section" aria-labelledby="grants-title" gap="sm">
              <Title order={2} size="h3" id="grants-title">
                Grants ({total})
              </Title>
              {total > grants.length && (
                <Text size="sm" fw={600}>
                  Showing the newest {grants.length} of {total.toLocaleString('en-GB')} grants.{' '}
                  <Anchor component={Link} to={`/grants?organisation=${encodeURIComponent(org.id)}`}>
                    See all {total.toLocaleString('en-GB')} in the grants list
                  </Anchor>
                </Text>
              )}
              {grants.length === 0 ? (
                <EmptyState title="No grants yet" />
              ) : (
                <DataTable
                  label="Grants to this organisation"
                  rows={grants}
                  columns={columns}
                  getRowId={(r) => r.id}
                  cardHeadingOrder={3}
                />
              )}
            </Stack>
            <Box mt="xl">
              <HistoryTimeline id={org.id} />
            </Box>
          </>
        );
      }}
    </RecordPage>
  );
}
