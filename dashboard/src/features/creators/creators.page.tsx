/**
 * Creators: search by handle or name, filter by topic and region, sort, page through the results and
 * export every match to CSV. The filters, sort and page live in the URL, so a filtered list can be
 * bookmarked or shared with a colleague.
 */
import { Permission, TOPIC_INFO } from '@beacon/shared';
import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { listColumns } from '../../common/data-table/columns';
import type { CsvColumn } from '../../common/data-table/export-csv';
import { ExportCsvButton } from '../../common/data-table/export-csv.button';
import { listSearch } from '../../common/data-table/list-filters';
import { PagedList } from '../../common/data-table/paged-list';
import { ParamSelect, SortSelect } from '../../common/data-table/param-select';
import { ListTextFilter } from '../../common/data-table/search-field';
import { useConnectionPages } from '../../common/data-table/use-connection-pages';
import { useListParams } from '../../common/data-table/use-list-params';
import { PageHeader } from '../../common/page/page-header';
import { Guarded } from '../../common/permissions/use-can';
import type {
  CreatorFilter,
  CreatorOrder,
  CreatorStatus,
  CreatorsQuery as CreatorsResult,
  Topic,
} from '../../gql/graphql';
import { CreatorsQuery } from './creators.operations';

const PAGE_SIZE = 20;
const SORTS = ['HANDLE', 'NAME', 'FOLLOWERS', 'NEWEST'] as const satisfies readonly CreatorOrder[];
const SORT_LABELS: Record<CreatorOrder, string> = {
  HANDLE: 'Handle, A to Z',
  NAME: 'Name, A to Z',
  FOLLOWERS: 'Most followers',
  NEWEST: 'Newest first',
};
const TOPICS = Object.entries(TOPIC_INFO) as [Topic, { label: string }][];
const isTopic = (value: string | null): value is Topic => value !== null && value in TOPIC_INFO;
const CONSENT_FILTER: Record<string, boolean> = { active: true, none: false };
const STATUSES: Record<string, CreatorStatus> = { active: 'ACTIVE', suspended: 'SUSPENDED' };
const acceptRegion = (value: string) => value === '' || /^[A-Za-z]{2}$/.test(value);

type CreatorRow = CreatorsResult['creators']['nodes'][number];

const followers = new Intl.NumberFormat('en-GB');
const regionNames = new Intl.DisplayNames(['en-GB'], { type: 'region' });
const regionName = (code: string) => {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
};

function consentLabel(consent: CreatorRow['consent']): { text: string; color: string } {
  if (!consent) return { text: 'None on file', color: 'gray.7' };
  if (!consent.active) return { text: 'Withdrawn', color: 'red.9' };
  return {
    text:
      consent.scope === 'SPOTLIGHT_AND_PROMOTION' ? 'Active: spotlight and promotion' : 'Active: spotlight',
    color: 'teal.9',
  };
}

const col = listColumns<CreatorRow>();
const columns = col.columns([
  col.accessor('handle', {
    header: 'Handle',
    cell: (c) => (
      <>
        <Anchor component={Link} to={`/creators/${encodeURIComponent(c.row.original.id)}`} inherit>
          @{c.getValue()}
        </Anchor>
        {c.row.original.status === 'SUSPENDED' && (
          <Badge color="red.9" variant="outline" ml="xs" size="sm">
            Suspended
          </Badge>
        )}
      </>
    ),
    meta: { rowHeader: true, serverSort: { value: 'HANDLE', direction: 'ascending' } },
  }),
  col.accessor('displayName', { header: 'Display name' }),
  col.accessor('region', {
    header: 'Region',
    cell: (c) => <abbr title={regionName(c.getValue())}>{c.getValue()}</abbr>,
  }),
  col.accessor('topics', {
    header: 'Topics',
    cell: (c) => (
      <Group gap={4}>
        {c.getValue().map((t) => (
          <Badge key={t} variant="outline" color="gray.7" size="sm" radius="sm" tt="none">
            {TOPIC_INFO[t]?.label ?? t}
          </Badge>
        ))}
      </Group>
    ),
  }),
  col.accessor('followerCount', {
    header: 'Followers',
    cell: (c) => followers.format(c.getValue()),
    meta: { numeric: true, serverSort: { value: 'FOLLOWERS', direction: 'descending' } },
  }),
  col.accessor('consent', {
    header: 'Consent',
    cell: (c) => {
      const consent = consentLabel(c.getValue());
      return (
        <Text span size="sm" c={consent.color} fw={500}>
          {consent.text}
        </Text>
      );
    },
  }),
]);

const CSV: CsvColumn<CreatorRow>[] = [
  { header: 'Handle', value: (c) => c.handle },
  { header: 'Display name', value: (c) => c.displayName },
  { header: 'Region', value: (c) => c.region },
  { header: 'Topics', value: (c) => c.topics.map((t) => TOPIC_INFO[t]?.label ?? t).join('; ') },
  { header: 'Followers', value: (c) => c.followerCount },
  { header: 'Status', value: (c) => c.status },
  { header: 'Consent', value: (c) => consentLabel(c.consent).text },
  { header: 'Consent given at', value: (c) => c.consent?.givenAt },
  { header: 'Consent withdrawn at', value: (c) => c.consent?.withdrawnAt },
];

export function CreatorsPage() {
  const list = useListParams({
    filters: ['q', 'topic', 'region', 'consent', 'status'],
    sorts: SORTS,
    defaultSort: 'HANDLE',
  });
  const topicParam = list.get('topic');
  const topic = isTopic(topicParam) ? topicParam : null;
  const filter: CreatorFilter = {
    search: list.get('q'),
    topic,
    region: list.get('region')?.toUpperCase() ?? null,
    hasActiveConsent: CONSENT_FILTER[list.get('consent') ?? ''] ?? null,
    status: STATUSES[list.get('status') ?? ''] ?? null,
  };
  const variables = { ...list.pageVariables(PAGE_SIZE), filter, orderBy: list.sort };
  const [result, reexecute] = useQuery({ query: CreatorsQuery, variables });
  const exportPages = useConnectionPages(
    CreatorsQuery,
    { filter, orderBy: list.sort },
    (data) => data.creators,
  );

  return (
    <>
      <PageHeader
        title="Creators"
        description="Everyone raising awareness in the programme, with their consent to be spotlighted."
        actions={
          <Group gap="sm">
            <Guarded permission={Permission.CATALOGUE_WRITE} mode="hide">
              {(props) => (
                <Button component={Link} to="/creators/import" variant="default" {...props}>
                  Import CSV
                </Button>
              )}
            </Guarded>
            <ExportCsvButton noun="creators" filename="creators.csv" columns={CSV} fetchPage={exportPages} />
          </Group>
        }
      />

      <PagedList
        result={result}
        retry={reexecute}
        list={list}
        pageSize={PAGE_SIZE}
        connection={(data) => data.creators}
        noun="creator"
        label="Creators found"
        columns={columns}
        sort={{ value: list.sort, onChange: (value) => list.setSort(value as CreatorOrder) }}
        filters={{
          names: ['topic', 'region', 'consent', 'status'],
          cols: { base: 1, xs: 2, md: 3, lg: 6 },
          search: listSearch(list, 'Handle or name'),
          controls: (
            <>
              <ParamSelect
                list={list}
                name="topic"
                label="Topic"
                any="Any topic"
                options={TOPICS.map(([value, info]) => ({ value, label: info.label }))}
              />
              <ListTextFilter
                params={list}
                name="region"
                label="Region"
                description="Two-letter code"
                placeholder="GB"
                maxLength={2}
                autoComplete="off"
                spellCheck={false}
                isValid={acceptRegion}
                transform={(value) => value.toUpperCase()}
              />
              <ParamSelect
                list={list}
                name="consent"
                label="Consent"
                any="Any consent"
                options={[
                  { value: 'active', label: 'Active consent' },
                  { value: 'none', label: 'None or withdrawn' },
                ]}
              />
              <ParamSelect
                list={list}
                name="status"
                label="Standing"
                any="Any standing"
                options={[
                  { value: 'active', label: 'Active' },
                  { value: 'suspended', label: 'Suspended' },
                ]}
              />
              <SortSelect list={list} sorts={SORTS} labels={SORT_LABELS} />
            </>
          ),
        }}
      />
    </>
  );
}
