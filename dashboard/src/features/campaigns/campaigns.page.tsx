/**
 * Campaigns: search by name, hashtag or slug; "Load more" appends the next page (Graphcache merges the
 * pages, see cache.ts), so what was shown stays in place while more loads.
 */
import { Anchor, Badge, Button, Center, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { listColumns } from '../../common/data-table/columns';
import { DataTable } from '../../common/data-table/data-table';
import { ListSummary } from '../../common/data-table/pager';
import { ListTextFilter } from '../../common/data-table/search-field';
import { useListParams } from '../../common/data-table/use-list-params';
import { PageHeader } from '../../common/page/page-header';
import { EmptyState, QueryState } from '../../common/query-state/query-state';
import type { CampaignsQuery as CampaignsResult } from '../../gql/graphql';
import { formatDateRange } from './campaign-dates';
import { CampaignsQuery } from './campaigns.operations';

const PAGE_SIZE = 20;
type CampaignRow = CampaignsResult['campaigns']['nodes'][number];

const col = listColumns<CampaignRow>();
const columns = col.columns([
  col.accessor('name', {
    header: 'Campaign',
    cell: (c) => (
      <>
        <Anchor component={Link} to={`/campaigns/${encodeURIComponent(c.row.original.slug)}`} fw={600}>
          {c.getValue()}
        </Anchor>
        {c.row.original.archivedAt && (
          <Badge color="red.9" variant="outline" ml="xs" size="sm">
            Archived
          </Badge>
        )}
        <Text size="sm" c="dimmed" fw={400}>
          {c.row.original.theme}
        </Text>
      </>
    ),
    meta: { rowHeader: true },
  }),
  col.accessor('hashtag', { header: 'Hashtag' }),
  col.display({
    id: 'dates',
    header: 'Dates',
    cell: (c) => formatDateRange(c.row.original.startsOn, c.row.original.endsOn),
  }),
  col.accessor('spotlightCapacity', { header: 'Spotlight capacity', meta: { numeric: true } }),
]);

export function CampaignsPage() {
  const list = useListParams({ filters: ['q'], sorts: ['NEWEST'], defaultSort: 'NEWEST' });
  const filter = { search: list.get('q') };
  // The cursor to load after, for this search only; a new search starts from the first page again.
  const [more, setMore] = useState<{ key: string; after: string | null }>({
    key: list.filterKey,
    after: null,
  });
  const after = more.key === list.filterKey ? more.after : null;
  const [result, reexecute] = useQuery({
    query: CampaignsQuery,
    variables: { first: PAGE_SIZE, after, filter },
  });
  const connection = result.data?.campaigns;

  return (
    <>
      <PageHeader title="Campaigns" description="Awareness campaigns, newest first." />
      <search>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mb="sm">
          <ListTextFilter
            params={list}
            name="q"
            label="Search"
            type="search"
            placeholder="Name, hashtag or slug"
          />
        </SimpleGrid>
      </search>
      <ListSummary
        total={connection?.totalCount ?? null}
        shown={connection?.nodes.length ?? 0}
        firstIndex={1}
        noun="campaign"
        loading={result.fetching}
        emptyText="No campaigns match."
      />
      <QueryState
        result={result}
        retry={reexecute}
        loading="Loading campaigns…"
        errorTitle="Campaigns could not be loaded"
        isEmpty={(data) => data.campaigns.nodes.length === 0}
        empty={<EmptyState title="No campaigns found">Try another name or hashtag.</EmptyState>}
      >
        {(data) => (
          <>
            <DataTable
              label="Campaigns found"
              rows={data.campaigns.nodes}
              columns={columns}
              getRowId={(row) => row.id}
              busy={result.fetching}
            />
            {data.campaigns.pageInfo.hasNextPage && (
              <Center mt="md">
                <Button
                  variant="default"
                  onClick={() => setMore({ key: list.filterKey, after: data.campaigns.pageInfo.endCursor })}
                >
                  Load more campaigns
                </Button>
              </Center>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
