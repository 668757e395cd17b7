/**
 * Ad-credit grants: the largest totals per campaign and per organisation, one currency at a time (chart and
 * table, with the grand total), then every grant, filtered by status, campaign and organisation, newest or
 * largest first, exported to CSV, and "New grant". Filters, sort and page live in the URL.
 */
import { Anchor, Badge, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { listColumns } from '../../common/data-table/columns';
import type { CsvColumn } from '../../common/data-table/export-csv';
import { ExportCsvButton } from '../../common/data-table/export-csv.button';
import { PagedList } from '../../common/data-table/paged-list';
import { ParamSearchSelect } from '../../common/data-table/param-search-select';
import { ParamSelect, SortSelect } from '../../common/data-table/param-select';
import { useConnectionPages } from '../../common/data-table/use-connection-pages';
import { useListParams } from '../../common/data-table/use-list-params';
import { PageHeader } from '../../common/page/page-header';
import type { GrantFilter, GrantOrder, GrantStatus, GrantsQuery as GrantsResult } from '../../gql/graphql';
import { campaignChoices, campaignName, organisationChoices, organisationName } from './grant-choices';
import { options, STATUS_LABELS } from './grant-labels';
import { GrantTotals } from './grant-totals';
import { GrantsQuery } from './grants.operations';
import { fromMinor } from './money';
import { NewGrantButton } from './new-grant.button';

const PAGE_SIZE = 20;
const SORTS = ['NEWEST', 'LARGEST'] as const satisfies readonly GrantOrder[];
const SORT_LABELS: Record<GrantOrder, string> = {
  NEWEST: 'Newest first',
  LARGEST: 'Largest first, by currency',
};

type GrantRow = GrantsResult['adCreditGrants']['nodes'][number];

const col = listColumns<GrantRow>();
const columns = col.columns([
  col.accessor('amount', {
    header: 'Amount',
    cell: (c) => (
      <Anchor component={Link} to={`/grants/${encodeURIComponent(c.row.original.id)}`}>
        {c.getValue().formatted}
      </Anchor>
    ),
    meta: { rowHeader: true, serverSort: { value: 'LARGEST', direction: 'descending' } },
  }),
  col.accessor('organisation', {
    header: 'Organisation',
    cell: (c) => (
      <Anchor component={Link} to={`/organisations/${encodeURIComponent(c.getValue().id)}`}>
        {c.getValue().name}
      </Anchor>
    ),
  }),
  col.accessor('campaign', { header: 'Campaign', cell: (c) => c.getValue().name }),
  col.accessor('status', {
    header: 'Status',
    cell: (c) => (
      <>
        {STATUS_LABELS[c.getValue()]}
        {c.row.original.illustrative && (
          <Badge variant="outline" color="gray.7" ml="xs" size="sm" tt="none">
            Illustrative
          </Badge>
        )}
      </>
    ),
  }),
]);

const CSV: CsvColumn<GrantRow>[] = [
  { header: 'Organisation', value: (g) => g.organisation.name },
  { header: 'Campaign', value: (g) => g.campaign.name },
  { header: 'Amount', value: (g) => fromMinor(g.amount.amountMinor, g.amount.currency) },
  { header: 'Amount (minor units)', value: (g) => g.amount.amountMinor },
  { header: 'Currency', value: (g) => g.amount.currency },
  { header: 'Status', value: (g) => STATUS_LABELS[g.status] },
  { header: 'Illustrative', value: (g) => (g.illustrative ? 'yes' : 'no') },
  { header: 'Note', value: (g) => g.note },
];

export function GrantsPage() {
  const list = useListParams({
    filters: ['status', 'campaign', 'organisation'],
    sorts: SORTS,
    defaultSort: 'NEWEST',
  });
  const status = list.get('status');
  const filter: GrantFilter = {
    status: status && status in STATUS_LABELS ? (status as GrantStatus) : null,
    campaignId: list.get('campaign'),
    organisationId: list.get('organisation'),
  };
  const [result, reexecute] = useQuery({
    query: GrantsQuery,
    variables: { ...list.pageVariables(PAGE_SIZE), filter, orderBy: list.sort },
  });
  const fetchPage = useConnectionPages(GrantsQuery, { filter, orderBy: list.sort }, (d) => d.adCreditGrants);

  return (
    <>
      <PageHeader
        title="Grants"
        description="Ad credits for partner organisations, by campaign. Amounts are kept exactly, in their own currency."
        actions={
          <>
            <ExportCsvButton
              noun="grants"
              filename="ad-credit-grants.csv"
              columns={CSV}
              fetchPage={fetchPage}
            />
            <NewGrantButton />
          </>
        }
      />

      <GrantTotals />

      <PagedList
        result={result}
        retry={reexecute}
        list={list}
        pageSize={PAGE_SIZE}
        connection={(data) => data.adCreditGrants}
        noun="grant"
        label="Grants"
        pagerLabel="Grant pages"
        columns={columns}
        sort={{ value: list.sort, onChange: (value) => list.setSort(value as GrantOrder) }}
        emptyHint={<Text>Clear a filter, or record a grant with “New grant”.</Text>}
        filters={{
          names: ['status', 'campaign', 'organisation'],
          cols: { base: 1, xs: 2, md: 4 },
          controls: (
            <>
              <ParamSelect
                list={list}
                name="status"
                label="Status"
                any="Any status"
                options={options(STATUS_LABELS)}
              />
              <ParamSearchSelect
                {...campaignChoices}
                list={list}
                name="campaign"
                label="Campaign"
                any="Any campaign"
                labelOf={campaignName}
              />
              <ParamSearchSelect
                {...organisationChoices}
                list={list}
                name="organisation"
                label="Organisation"
                any="Any organisation"
                labelOf={organisationName}
              />
              <SortSelect list={list} sorts={SORTS} labels={SORT_LABELS} />
            </>
          ),
        }}
      />
    </>
  );
}
