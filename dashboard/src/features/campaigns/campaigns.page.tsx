/**
 * Campaigns: search by name, hashtag or slug, sort (newest first, by name, or by first day), page through
 * them and export every match to CSV. The search, sort and page live in the URL, so a found campaign list
 * survives a reload or a shared link.
 */
import { Anchor, Badge, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { listColumns } from '../../common/data-table/columns';
import type { CsvColumn } from '../../common/data-table/export-csv';
import { ExportCsvButton } from '../../common/data-table/export-csv.button';
import { listSearch } from '../../common/data-table/list-filters';
import { PagedList } from '../../common/data-table/paged-list';
import { SortSelect } from '../../common/data-table/param-select';
import { useConnectionPages } from '../../common/data-table/use-connection-pages';
import { useListParams } from '../../common/data-table/use-list-params';
import { PageHeader } from '../../common/page/page-header';
import type { CampaignOrder, CampaignsQuery as CampaignsResult } from '../../gql/graphql';
import { formatDateRange } from './campaign-dates';
import { CampaignsQuery } from './campaigns.operations';

const PAGE_SIZE = 20;
const SORTS = ['NEWEST', 'NAME', 'STARTS_ON'] as const satisfies readonly CampaignOrder[];
const SORT_LABELS: Record<CampaignOrder, string> = {
  NEWEST: 'Newest first',
  NAME: 'Name, A to Z',
  STARTS_ON: 'First day, earliest first',
};
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
    meta: { rowHeader: true, serverSort: { value: 'NAME', direction: 'ascending' } },
  }),
  col.accessor('hashtag', { header: 'Hashtag' }),
  col.display({
    id: 'dates',
    header: 'Dates',
    cell: (c) => formatDateRange(c.row.original.startsOn, c.row.original.endsOn),
    meta: {
      serverSort: [
        { value: 'NEWEST', direction: 'descending' },
        { value: 'STARTS_ON', direction: 'ascending' },
      ],
    },
  }),
  col.accessor('spotlightCapacity', { header: 'Spotlight capacity', meta: { numeric: true } }),
]);

const CSV: CsvColumn<CampaignRow>[] = [
  { header: 'Name', value: (c) => c.name },
  { header: 'Slug', value: (c) => c.slug },
  { header: 'Hashtag', value: (c) => c.hashtag },
  { header: 'Theme', value: (c) => c.theme },
  { header: 'First day', value: (c) => c.startsOn },
  { header: 'Last day', value: (c) => c.endsOn },
  { header: 'Spotlight capacity', value: (c) => c.spotlightCapacity },
  { header: 'Archived', value: (c) => (c.archivedAt ? 'yes' : 'no') },
];

export function CampaignsPage() {
  const list = useListParams({ filters: ['q'], sorts: SORTS, defaultSort: 'NEWEST' });
  const filter = { search: list.get('q') };
  const [result, reexecute] = useQuery({
    query: CampaignsQuery,
    variables: { ...list.pageVariables(PAGE_SIZE), filter, orderBy: list.sort },
  });
  const exportPages = useConnectionPages(
    CampaignsQuery,
    { filter, orderBy: list.sort },
    (data) => data.campaigns,
  );

  return (
    <>
      <PageHeader
        title="Campaigns"
        description="Awareness campaigns: newest first, or by name or first day."
        actions={
          <ExportCsvButton noun="campaigns" filename="campaigns.csv" columns={CSV} fetchPage={exportPages} />
        }
      />
      <PagedList
        result={result}
        retry={reexecute}
        list={list}
        pageSize={PAGE_SIZE}
        connection={(data) => data.campaigns}
        noun="campaign"
        label="Campaigns found"
        columns={columns}
        sort={{ value: list.sort, onChange: (value) => list.setSort(value as CampaignOrder) }}
        emptyText="No campaigns match."
        emptyHint="Try another name or hashtag."
        filters={{
          names: [],
          cols: { base: 1, sm: 2, md: 3 },
          search: listSearch(list, 'Name, hashtag or slug'),
          controls: <SortSelect list={list} sorts={SORTS} labels={SORT_LABELS} />,
        }}
      />
    </>
  );
}
