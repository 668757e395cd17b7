/**
 * Training sessions: search by title, filter by topic, audience, occasion and the days they start on, see
 * each session's time in its own zone and how full it is, export every match, and add a session. Filters
 * and page live in the URL, so the campaign board's critical moments can link to the sessions before one.
 */
import { Anchor, Badge, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { listColumns } from '../../common/data-table/columns';
import type { CsvColumn } from '../../common/data-table/export-csv';
import { ExportCsvButton } from '../../common/data-table/export-csv.button';
import { listSearch } from '../../common/data-table/list-filters';
import { PagedList } from '../../common/data-table/paged-list';
import { ParamDateRange } from '../../common/data-table/param-date-range';
import { ParamSelect } from '../../common/data-table/param-select';
import { useConnectionPages } from '../../common/data-table/use-connection-pages';
import { useListParams } from '../../common/data-table/use-list-params';
import { PageHeader } from '../../common/page/page-header';
import { dayFilters } from '../../common/time/day-range';
import type {
  TrainingSessionsQuery as SessionsResult,
  TrainingAudience,
  TrainingOccasion,
  TrainingSessionFilter,
  TrainingTopic,
} from '../../gql/graphql';
import { NewSessionButton } from './new-session.button';
import { TrainingSessionsQuery } from './training.operations';
import {
  AUDIENCE_LABELS,
  capacityText,
  OCCASION_LABELS,
  options,
  sessionWhen,
  TOPIC_LABELS,
} from './training-labels';

const PAGE_SIZE = 20;
const SORTS = ['SOONEST'] as const;

type SessionRow = SessionsResult['trainingSessions']['nodes'][number];

const pick = <K extends string>(labels: Readonly<Record<K, string>>, value: string | null): K | null =>
  value !== null && value in labels ? (value as K) : null;

const col = listColumns<SessionRow>();
const columns = col.columns([
  col.accessor('title', {
    header: 'Session',
    cell: (c) => (
      <>
        <Anchor component={Link} to={`/training/${encodeURIComponent(c.row.original.id)}`}>
          {c.getValue()}
        </Anchor>
        {c.row.original.archivedAt && (
          <Badge color="gray.7" variant="outline" ml="xs" size="sm">
            Archived
          </Badge>
        )}
      </>
    ),
    meta: { rowHeader: true },
  }),
  col.accessor('topic', { header: 'Topic', cell: (c) => TOPIC_LABELS[c.getValue()] }),
  col.accessor('startsAt', {
    header: 'When',
    cell: (c) => sessionWhen(c.getValue(), c.row.original.endsAt, c.row.original.timeZone),
  }),
  col.accessor('audience', {
    header: 'For',
    cell: (c) => (
      <Stack gap={0}>
        <Text span size="sm">
          {AUDIENCE_LABELS[c.getValue()]}
        </Text>
        <Text span size="xs" c="dimmed">
          {OCCASION_LABELS[c.row.original.occasion]}
        </Text>
      </Stack>
    ),
  }),
  col.accessor('enrolledCount', {
    header: 'Places',
    cell: (c) => {
      const { capacity } = c.row.original;
      const full = c.getValue() >= capacity;
      return (
        <Stack gap={4} miw={140}>
          <Text span size="sm" c={full ? 'red.9' : undefined} fw={full ? 600 : undefined}>
            {capacityText(c.getValue(), capacity)}
          </Text>
          <Progress
            value={Math.min(100, (c.getValue() / capacity) * 100)}
            color={full ? 'red.8' : 'indigo'}
            size="sm"
            aria-hidden
          />
        </Stack>
      );
    },
  }),
]);

const CSV: CsvColumn<SessionRow>[] = [
  { header: 'Title', value: (s) => s.title },
  { header: 'Topic', value: (s) => TOPIC_LABELS[s.topic] },
  { header: 'Occasion', value: (s) => OCCASION_LABELS[s.occasion] },
  { header: 'Audience', value: (s) => AUDIENCE_LABELS[s.audience] },
  { header: 'Starts (UTC)', value: (s) => s.startsAt },
  { header: 'Ends (UTC)', value: (s) => s.endsAt },
  { header: 'Time zone', value: (s) => s.timeZone },
  { header: 'Facilitator', value: (s) => s.facilitator?.name },
  { header: 'Capacity', value: (s) => s.capacity },
  { header: 'Enrolled', value: (s) => s.enrolledCount },
  { header: 'Completed', value: (s) => s.completedCount },
];

export function TrainingSessionsPage() {
  const list = useListParams({
    filters: ['q', 'topic', 'audience', 'occasion', 'from', 'to'],
    sorts: SORTS,
    defaultSort: 'SOONEST',
  });
  const days = dayFilters(list.get('from'), list.get('to'));
  const filter: TrainingSessionFilter = {
    search: list.get('q'),
    topic: pick<TrainingTopic>(TOPIC_LABELS, list.get('topic')),
    audience: pick<TrainingAudience>(AUDIENCE_LABELS, list.get('audience')),
    occasion: pick<TrainingOccasion>(OCCASION_LABELS, list.get('occasion')),
    startsAfter: days.since,
    startsBefore: days.until,
  };
  const [result, reexecute] = useQuery({
    query: TrainingSessionsQuery,
    variables: { ...list.pageVariables(PAGE_SIZE), filter },
  });
  const exportPages = useConnectionPages(TrainingSessionsQuery, { filter }, (data) => data.trainingSessions);

  return (
    <>
      <PageHeader
        title="Training"
        description="Sessions that prepare creators and partner organisations to talk about mental health safely."
        actions={
          <>
            <ExportCsvButton
              noun="sessions"
              filename="training-sessions.csv"
              columns={CSV}
              fetchPage={exportPages}
            />
            <NewSessionButton />
          </>
        }
      />

      <PagedList
        result={result}
        retry={reexecute}
        list={list}
        pageSize={PAGE_SIZE}
        connection={(data) => data.trainingSessions}
        noun="session"
        label="Training sessions"
        pagerLabel="Training pages"
        columns={columns}
        loading="Loading training sessions…"
        errorTitle="Training sessions could not be loaded"
        filters={{
          names: ['topic', 'audience', 'occasion', 'from', 'to'],
          cols: { base: 1, xs: 2, md: 3, xl: 6 },
          search: listSearch(list, 'Title'),
          controls: (
            <>
              <ParamSelect
                list={list}
                name="topic"
                label="Topic"
                any="Any topic"
                options={options(TOPIC_LABELS)}
              />
              <ParamSelect
                list={list}
                name="audience"
                label="Audience"
                any="Anyone"
                options={options(AUDIENCE_LABELS)}
              />
              <ParamSelect
                list={list}
                name="occasion"
                label="Occasion"
                any="Any occasion"
                options={options(OCCASION_LABELS)}
              />
              <ParamDateRange list={list} fromLabel="Starting from" toLabel="Starting by" />
            </>
          ),
        }}
      />
    </>
  );
}
