/**
 * Campaigns: search by name, hashtag or slug, page through them and export every match to CSV. The
 * search and page live in the URL, so a found campaign list survives a reload or a shared link.
 */
import { Anchor, Badge, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { listColumns } from '../../common/data-table/columns';
import type { CsvColumn } from '../../common/data-table/export-csv';
import { ExportCsvButton } from '../../common/data-table/export-csv.button';
import { listSearch } from '../../common/data-table/list-filters';
import { PagedList } from '../../common/data-table/paged-list';
import { useConnectionPages } from '../../common/data-table/use-connection-pages';
import { useListParams } from '../../common/data-table/use-list-params';
import { PageHeader } from '../../common/page/page-header';
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
  const list = useListParams({ filters: ['q'], sorts: ['NEWEST'], defaultSort: 'NEWEST' });
  const filter = { search: list.get('q') };
  const [result, reexecute] = useQuery({
    query: CampaignsQuery,
    variables: { ...list.pageVariables(PAGE_SIZE), filter },
  });
  const exportPages = useConnectionPages(CampaignsQuery, { filter }, (data) => data.campaigns);

  return (
    <>
      <PageHeader
        title="Campaigns"
        description="Awareness campaigns, newest first."
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
        emptyText="No campaigns match."
        emptyHint="Try another name or hashtag."
        filters={{
          names: [],
          cols: { base: 1, sm: 2, md: 3 },
          search: listSearch(list, 'Name, hashtag or slug'),
          controls: null,
        }}
      />
    </>
  );
}
