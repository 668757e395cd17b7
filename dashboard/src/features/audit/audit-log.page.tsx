/**
 * The audit log (admins): every staff change, newest first. Filter by who made it, the action, the kind of
 * record and a date range; each event links to the record it changed (or, for records without a page of
 * their own, to every change made to that record). Filters and page live in the URL, so a search can be
 * shared; "Export CSV" downloads every matching event.
 */
import { Anchor, Badge, Button, Code, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Details } from '../../common/charts/details';
import { listColumns } from '../../common/data-table/columns';
import type { CsvColumn } from '../../common/data-table/export-csv';
import { ExportCsvButton } from '../../common/data-table/export-csv.button';
import { PagedList } from '../../common/data-table/paged-list';
import { ParamDateRange } from '../../common/data-table/param-date-range';
import { ParamSearchSelect } from '../../common/data-table/param-search-select';
import { ParamSelect } from '../../common/data-table/param-select';
import { ListTextFilter } from '../../common/data-table/search-field';
import { useConnectionPages } from '../../common/data-table/use-connection-pages';
import { useListParams } from '../../common/data-table/use-list-params';
import { actionLabel, fieldLabel } from '../../common/history/history-timeline';
import { PageHeader } from '../../common/page/page-header';
import { dayFilters } from '../../common/time/day-range';
import { formatInZone, userTimeZone } from '../../common/time/zoned-time';
import type {
  AuditActorNameQuery as ActorName,
  AuditActorsQuery as Actors,
  AuditEventFilter,
  AuditEventsQuery as AuditEventsResult,
} from '../../gql/graphql';
import { AuditActorNameQuery, AuditActorsQuery, AuditEventsQuery } from './audit.operations';
import { changedFields, recordPath, TARGET_TYPES, targetTypeLabel } from './audit-format';

const PAGE_SIZE = 25;
const SORTS = ['NEWEST'] as const;
const ACTION = /^[A-Za-z_]+(\.[A-Za-z_]+)?$/;
const acceptAction = (value: string) => value === '' || ACTION.test(value);

type AuditRow = AuditEventsResult['auditEvents']['nodes'][number];
type Json = Record<string, unknown> | null | undefined;

const when = (iso: string) => formatInZone(new Date(iso), userTimeZone());
const actorName = (row: AuditRow) => row.actor?.displayName ?? 'Beacon';
const valueText = (value: unknown) =>
  value === null || value === undefined || value === ''
    ? '—'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

function RecordLink({ row }: { row: AuditRow }) {
  const path = recordPath(row.targetType, row.targetGlobalId);
  const label = targetTypeLabel(row.targetType);
  return (
    <Stack gap={6}>
      {path ? (
        <Anchor component={Link} to={path} size="sm">
          {label}
        </Anchor>
      ) : (
        <Text span size="sm">
          {label}
        </Text>
      )}
      <Anchor component={Link} to={`/audit?target=${encodeURIComponent(row.targetGlobalId)}`} size="xs">
        Every change to this {label.toLowerCase()}
      </Anchor>
    </Stack>
  );
}

function ChangeDetails({ row }: { row: AuditRow }) {
  const before = row.before as Json;
  const after = row.after as Json;
  const fields = changedFields(before, after);
  if (fields.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No field changed
      </Text>
    );
  return (
    <Details summary={fields.map(fieldLabel).join(', ')}>
      <Stack gap={4} component="dl" m={0}>
        {fields.map((field) => (
          <div key={field}>
            <Text component="dt" size="xs" fw={600}>
              {fieldLabel(field)}
            </Text>
            <Text component="dd" size="xs" m={0} style={{ overflowWrap: 'anywhere' }}>
              {valueText(before?.[field])} → {valueText(after?.[field])}
            </Text>
          </div>
        ))}
      </Stack>
    </Details>
  );
}

const col = listColumns<AuditRow>();
const columns = col.columns([
  col.accessor('occurredAt', {
    header: 'When',
    cell: (c) => <time dateTime={c.getValue()}>{when(c.getValue())}</time>,
    meta: { rowHeader: true },
  }),
  col.display({ id: 'actor', header: 'Who', cell: (c) => actorName(c.row.original) }),
  col.accessor('action', {
    header: 'Action',
    cell: (c) => (
      <Stack gap={2}>
        <Text span size="sm" fw={500}>
          {actionLabel(c.getValue())}
        </Text>
        <Code fz="xs">{c.getValue()}</Code>
      </Stack>
    ),
  }),
  col.display({ id: 'record', header: 'Record', cell: (c) => <RecordLink row={c.row.original} /> }),
  col.display({ id: 'changes', header: 'Changes', cell: (c) => <ChangeDetails row={c.row.original} /> }),
  col.accessor('reason', {
    header: 'Reason',
    cell: (c) =>
      c.getValue() ?? (
        <Text span size="sm" c="dimmed">
          —
        </Text>
      ),
  }),
]);

const CSV: CsvColumn<AuditRow>[] = [
  { header: 'When (UTC)', value: (r) => r.occurredAt },
  { header: 'Who', value: actorName },
  { header: 'Action', value: (r) => r.action },
  { header: 'Record type', value: (r) => r.targetType },
  { header: 'Record ID', value: (r) => r.targetGlobalId },
  { header: 'Changed fields', value: (r) => changedFields(r.before as Json, r.after as Json).join('; ') },
  { header: 'Reason', value: (r) => r.reason },
  { header: 'Request ID', value: (r) => r.requestId },
  { header: 'Before', value: (r) => (r.before ? JSON.stringify(r.before) : '') },
  { header: 'After', value: (r) => (r.after ? JSON.stringify(r.after) : '') },
];

// "Who" searches every staff account, deactivated ones too, by name or email (a team can pass 100).
const actorSearch = (search: string | null) => ({ search });
const actorOptions = (data: Actors) =>
  data.staffUsers.nodes.map((u) => ({ value: u.id, label: u.displayName }));
const actorLabel = {
  query: AuditActorNameQuery,
  // The cache's answer carries no __typename: the name is there only when the id is a staff member's.
  label: (data: ActorName) => (data.node && 'displayName' in data.node ? data.node.displayName : null),
};

export function AuditLogPage() {
  const list = useListParams({
    filters: ['actor', 'action', 'type', 'from', 'to', 'target'],
    sorts: SORTS,
    defaultSort: 'NEWEST',
  });
  const type = list.get('type');
  const target = list.get('target');
  const { since, until } = dayFilters(list.get('from'), list.get('to'));
  const filter: AuditEventFilter = {
    actorId: list.get('actor'),
    action: list.get('action'),
    targetType: type && type in TARGET_TYPES ? type : null,
    targetId: target,
    since,
    until,
  };
  const [result, reexecute] = useQuery({
    query: AuditEventsQuery,
    variables: { ...list.pageVariables(PAGE_SIZE), filter },
  });
  const exportPages = useConnectionPages(AuditEventsQuery, { filter }, (data) => data.auditEvents);

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change staff made, with who made it, when and what changed."
        actions={
          <ExportCsvButton noun="events" filename="audit-log.csv" columns={CSV} fetchPage={exportPages} />
        }
      />

      <PagedList
        result={result}
        retry={reexecute}
        list={list}
        pageSize={PAGE_SIZE}
        connection={(data) => data.auditEvents}
        noun="event"
        label="Audit events"
        pagerLabel="Audit log pages"
        columns={columns}
        loading="Loading the audit log…"
        errorTitle="The audit log could not be loaded"
        emptyHint="Try a wider date range, or clear a filter."
        filters={{
          names: ['actor', 'action', 'type', 'from', 'to'],
          cols: { base: 1, xs: 2, lg: 5 },
          controls: (
            <>
              <ParamSearchSelect
                list={list}
                name="actor"
                label="Who"
                any="Anyone"
                query={AuditActorsQuery}
                variables={actorSearch}
                options={actorOptions}
                labelOf={actorLabel}
                nothingFound="No staff member by that name or email"
              />
              <ListTextFilter
                params={list}
                name="action"
                label="Action"
                placeholder="For example creator.update"
                autoComplete="off"
                spellCheck={false}
                isValid={acceptAction}
              />
              <ParamSelect
                list={list}
                name="type"
                label="Record type"
                any="Any record"
                options={Object.entries(TARGET_TYPES).map(([value, label]) => ({ value, label }))}
              />
              <ParamDateRange list={list} fromLabel="From" toLabel="To" />
            </>
          ),
          after: target && (
            <Group gap="xs" mb="sm">
              <Badge variant="light" size="lg" tt="none">
                Changes to one record
              </Badge>
              <Button variant="subtle" size="compact-sm" onClick={() => list.set({ target: null })}>
                Show every record
              </Button>
            </Group>
          ),
        }}
      />
    </>
  );
}
