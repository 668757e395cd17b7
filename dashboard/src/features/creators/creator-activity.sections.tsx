/**
 * What a creator has done in the programme: training (with whether the safe-messaging training a spotlight
 * needs is complete and recent) and their recognitions (spotlights) in every campaign, at every stage. Both
 * lists page through every row, each with its own page in the URL (`training-page`…, `recognitions-page`…),
 * so a creator with years of history is shown in full rather than cut at a fixed number.
 */
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { listColumns } from '../../common/data-table/columns';
import { PagedList } from '../../common/data-table/paged-list';
import { useListParams } from '../../common/data-table/use-list-params';
import { QueryState } from '../../common/query-state/query-state';
import type {
  CreatorCompletedTrainingQuery as CompletedResult,
  CreatorEnrolmentsQuery as EnrolmentsResult,
  CreatorRecognitionsQuery as RecognitionsResult,
} from '../../gql/graphql';
import {
  CreatorCompletedTrainingQuery,
  CreatorEnrolmentsQuery,
  CreatorRecognitionsQuery,
} from './creator.operations';

type Enrolment = EnrolmentsResult['trainingEnrolments']['nodes'][number];
type Completion = CompletedResult['trainingEnrolments']['nodes'][number];
type RecognitionRow = RecognitionsResult['recognitions']['nodes'][number];

const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
const YEAR_MS = 365 * 86_400_000;
const TRAINING_PAGE_SIZE = 20;
const RECOGNITIONS_PAGE_SIZE = 20;

const TRAINING_TOPICS: Record<string, string> = {
  CAMPAIGN_READINESS: 'Campaign readiness',
  CREATOR_WELLBEING: 'Creator well-being',
  CRISIS_RESPONSE: 'Crisis response',
  EATING_DISORDER_RECOVERY: 'Eating-disorder recovery',
  GRIEF: 'Grief',
  SAFE_MESSAGING_SUICIDE: 'Safe messaging about suicide and self-harm',
};

export const STATUS_LABELS: Record<string, string> = {
  NOMINATED: 'Nominated',
  SAFETY_REVIEWED: 'Safety reviewed',
  RETURNED_FOR_CHANGES: 'Returned for changes',
  REJECTED: 'Rejected',
  APPROVED: 'Approved',
  SCHEDULED: 'Scheduled',
  PUBLISHED: 'Published',
  WITHDRAWN: 'Withdrawn',
};

/** The spotlight condition: a completed safe-messaging training within the last 12 months. */
export function safeMessagingTraining(completions: readonly Completion[], now = Date.now()) {
  const completed = completions
    .filter((e) => e.session.topic === 'SAFE_MESSAGING_SUICIDE' && e.completed && e.completedAt)
    .map((e) => new Date(e.completedAt as string).getTime())
    .sort((a, b) => b - a);
  const latest = completed[0];
  return { latest: latest ?? null, current: latest !== undefined && now - latest <= YEAR_MS };
}

function enrolmentState(e: Enrolment): string {
  if (e.completed) return e.completedAt ? `Completed ${date.format(new Date(e.completedAt))}` : 'Completed';
  if (e.attended) return 'Attended, not completed';
  return new Date(e.session.endsAt).getTime() < Date.now() ? 'Did not attend' : 'Enrolled';
}

const trainingCol = listColumns<Enrolment>();
const trainingColumns = trainingCol.columns([
  trainingCol.accessor((e) => e.session.title, {
    id: 'session',
    header: 'Session',
    cell: (c) => (
      <Stack gap={0}>
        <Anchor component={Link} to={`/training/${encodeURIComponent(c.row.original.session.id)}`} size="sm">
          {c.getValue()}
        </Anchor>
        <Text span size="xs" c="dimmed">
          {TRAINING_TOPICS[c.row.original.session.topic] ?? c.row.original.session.topic}
        </Text>
      </Stack>
    ),
    meta: { rowHeader: true },
  }),
  trainingCol.accessor((e) => e.session.startsAt, {
    id: 'date',
    header: 'Date',
    cell: (c) => date.format(new Date(c.getValue())),
  }),
  trainingCol.display({ id: 'state', header: 'Outcome', cell: (c) => enrolmentState(c.row.original) }),
]);

/** The badge and sentence saying whether the creator's safe-messaging training is recent enough. */
function SafeMessagingStatus({ creatorId }: { creatorId: string }) {
  const [result, retry] = useQuery({ query: CreatorCompletedTrainingQuery, variables: { creatorId } });
  return (
    <QueryState
      result={result}
      retry={retry}
      loading="Checking safe-messaging training…"
      errorTitle="Safe-messaging training could not be checked"
    >
      {(data) => {
        const safe = safeMessagingTraining(data.trainingEnrolments.nodes);
        return (
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Badge
              color={safe.current ? 'teal.9' : 'red.9'}
              variant="outline"
              tt="none"
              style={{ flexShrink: 0 }}
            >
              {safe.current ? 'Up to date' : 'Needed'}
            </Badge>
            <Text size="sm">
              {safe.current && safe.latest
                ? `Safe-messaging training completed ${date.format(new Date(safe.latest))}.`
                : safe.latest
                  ? `Safe-messaging training last completed ${date.format(new Date(safe.latest))}: over 12 months ago, so a spotlight needs it again.`
                  : 'No completed safe-messaging training: a spotlight needs one within the last 12 months.'}
            </Text>
          </Group>
        );
      }}
    </QueryState>
  );
}

export function TrainingSection({ creatorId }: { creatorId: string }) {
  // Oldest first, the server's one order for a creator's enrolments.
  const list = useListParams({
    prefix: 'training-',
    filters: [],
    sorts: ['OLDEST'] as const,
    defaultSort: 'OLDEST',
  });
  const [result, retry] = useQuery({
    query: CreatorEnrolmentsQuery,
    variables: { creatorId, ...list.pageVariables(TRAINING_PAGE_SIZE) },
  });
  return (
    <Card withBorder component="section" aria-labelledby="training-title">
      <Title order={2} size="h4" id="training-title" mb="xs">
        Training
      </Title>
      <SafeMessagingStatus creatorId={creatorId} />
      <PagedList
        result={result}
        retry={retry}
        list={list}
        pageSize={TRAINING_PAGE_SIZE}
        connection={(data) => data.trainingEnrolments}
        noun="enrolment"
        label="Training enrolments"
        pagerLabel="Training pages"
        columns={trainingColumns}
        cardHeadingOrder={3}
        loading="Loading training…"
        errorTitle="Training could not be loaded"
        emptyTitle="Not enrolled in any training"
        emptyText="No enrolments."
        emptyHint={null}
      />
    </Card>
  );
}

const col = listColumns<RecognitionRow>();
const columns = col.columns([
  col.accessor((r) => r.campaign.name, {
    id: 'campaign',
    header: 'Campaign',
    cell: (c) => (
      <Anchor component={Link} to={`/campaigns/${c.row.original.campaign.slug}`}>
        {c.getValue()}
      </Anchor>
    ),
    meta: { rowHeader: true },
  }),
  col.accessor('status', {
    header: 'Stage',
    cell: (c) => STATUS_LABELS[c.getValue()] ?? c.getValue(),
  }),
  col.accessor('nominatedAt', {
    header: 'Nominated',
    cell: (c) => date.format(new Date(c.getValue())),
  }),
  col.accessor((r) => r.withdrawnAt ?? r.publishedAt ?? r.scheduledFor ?? null, {
    id: 'when',
    header: 'Published or withdrawn',
    cell: (c) => {
      const r = c.row.original;
      if (r.withdrawnAt)
        return `Withdrawn ${date.format(new Date(r.withdrawnAt))}${r.withdrawalReason ? `: ${r.withdrawalReason}` : ''}`;
      if (r.publishedAt)
        return `Published ${date.format(new Date(r.publishedAt))}${r.rank ? `, rank ${r.rank}` : ''}`;
      if (r.scheduledFor) return `Scheduled for ${date.format(new Date(r.scheduledFor))}`;
      return '—';
    },
  }),
]);

export function RecognitionsSection({ creatorId }: { creatorId: string }) {
  // Newest nomination first, the server's order for a creator's recognitions.
  const list = useListParams({
    prefix: 'recognitions-',
    filters: [],
    sorts: ['NEWEST_NOMINATION'] as const,
    defaultSort: 'NEWEST_NOMINATION',
  });
  const [result, retry] = useQuery({
    query: CreatorRecognitionsQuery,
    variables: { creatorId, ...list.pageVariables(RECOGNITIONS_PAGE_SIZE) },
  });
  return (
    <section aria-labelledby="recognitions-title">
      <Title order={2} size="h4" id="recognitions-title" mb="sm">
        Recognition history
      </Title>
      <PagedList
        result={result}
        retry={retry}
        list={list}
        pageSize={RECOGNITIONS_PAGE_SIZE}
        connection={(data) => data.recognitions}
        noun="recognition"
        label="Recognitions"
        pagerLabel="Recognition pages"
        columns={columns}
        cardHeadingOrder={3}
        emptyTitle="Never nominated"
        emptyText="No recognitions."
        emptyHint="This creator has not been nominated for a spotlight."
      />
    </section>
  );
}
