/** Partner organisations: search and filter by kind, with what each has been granted in all. */
import { Anchor, Group, NativeSelect, SimpleGrid } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { listColumns } from '../../common/data-table/columns';
import type { CsvColumn } from '../../common/data-table/export-csv';
import { ExportCsvButton } from '../../common/data-table/export-csv.button';
import { PagedList } from '../../common/data-table/paged-list';
import { ListTextFilter } from '../../common/data-table/search-field';
import { useConnectionPages } from '../../common/data-table/use-connection-pages';
import { useListParams } from '../../common/data-table/use-list-params';
import { PageHeader } from '../../common/page/page-header';
import { topicsText } from '../../common/topics/topics';
import type {
  OrganisationFilter,
  OrganisationKind,
  OrganisationsQuery as OrganisationsResult,
} from '../../gql/graphql';
import { KIND_LABELS, options, totalText } from './grant-labels';
import { OrganisationsQuery } from './grants.operations';
import { NewOrganisationButton } from './new-organisation.button';

const PAGE_SIZE = 20;
const SORTS = ['NAME'] as const;

type OrganisationRow = OrganisationsResult['organisations']['nodes'][number];

const col = listColumns<OrganisationRow>();
const columns = col.columns([
  col.accessor('name', {
    header: 'Organisation',
    cell: (c) => (
      <Anchor component={Link} to={`/organisations/${encodeURIComponent(c.row.original.id)}`}>
        {c.getValue()}
      </Anchor>
    ),
    meta: { rowHeader: true },
  }),
  col.accessor('kind', { header: 'Kind', cell: (c) => KIND_LABELS[c.getValue()] }),
  col.accessor('regionsServed', {
    header: 'Regions',
    cell: (c) => (c.getValue().length ? c.getValue().join(', ') : 'Worldwide'),
  }),
  col.accessor('focusTopics', {
    header: 'Focus topics',
    cell: (c) => topicsText(c.getValue(), 'No particular focus'),
  }),
  col.accessor('grantTotal', {
    header: 'Granted in all',
    cell: (c) => totalText(c.getValue()),
    meta: { numeric: true },
  }),
]);

const CSV: CsvColumn<OrganisationRow>[] = [
  { header: 'Name', value: (o) => o.name },
  { header: 'Kind', value: (o) => KIND_LABELS[o.kind] },
  { header: 'Website', value: (o) => o.website },
  { header: 'Regions', value: (o) => o.regionsServed.join('; ') },
  { header: 'Focus topics', value: (o) => o.focusTopics.join('; ') },
  { header: 'Granted in all', value: (o) => totalText(o.grantTotal) },
];

export function OrganisationsPage() {
  const list = useListParams({ filters: ['q', 'kind'], sorts: SORTS, defaultSort: 'NAME' });
  const kind = list.get('kind');
  const filter: OrganisationFilter = {
    search: list.get('q'),
    kind: kind && kind in KIND_LABELS ? (kind as OrganisationKind) : null,
  };
  const [result, reexecute] = useQuery({
    query: OrganisationsQuery,
    variables: { ...list.pageVariables(PAGE_SIZE), filter },
  });
  const fetchPage = useConnectionPages(OrganisationsQuery, { filter }, (d) => d.organisations);
  return (
    <>
      <PageHeader
        title="Organisations"
        description="Partner organisations: who they are, where they work and the ad credits they have received."
        actions={
          <Group gap="sm">
            <NewOrganisationButton />
            <ExportCsvButton
              noun="organisations"
              filename="organisations.csv"
              columns={CSV}
              fetchPage={fetchPage}
            />
          </Group>
        }
      />
      <search>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mb="sm">
          <ListTextFilter params={list} name="q" label="Search" type="search" placeholder="Name" />
          <NativeSelect
            label="Kind"
            value={filter.kind ?? ''}
            onChange={(e) => list.set({ kind: e.currentTarget.value })}
            data={[{ value: '', label: 'Any kind' }, ...options(KIND_LABELS)]}
          />
        </SimpleGrid>
      </search>
      <PagedList
        result={result}
        retry={reexecute}
        list={list}
        pageSize={PAGE_SIZE}
        connection={(data) => data.organisations}
        noun="organisation"
        label="Organisations"
        columns={columns}
      />
    </>
  );
}
