/**
 * What a creator has done in the programme: training (with whether the safe-messaging training a spotlight
 * needs is complete and recent) and their recognitions (spotlights) in every campaign, at every stage.
 */
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { listColumns } from '../../common/data-table/columns';
import { DataTable } from '../../common/data-table/data-table';
import { EmptyState, QueryState } from '../../common/query-state/query-state';
import type {
  CreatorRecognitionsQuery as RecognitionsResult,
  CreatorTrainingQuery as TrainingResult,
} from '../../gql/graphql';
import { CreatorRecognitionsQuery, CreatorTrainingQuery } from './creator.operations';

type Enrolment = NonNullable<
  Extract<NonNullable<TrainingResult['node']>, { __typename?: 'Creator' }>['enrolments']
>['nodes'][number];
type RecognitionRow = RecognitionsResult['recognitions']['nodes'][number];

const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
const YEAR_MS = 365 * 86_400_000;

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
export function safeMessagingTraining(enrolments: readonly Enrolment[], now = Date.now()) {
  const completed = enrolments
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

export function TrainingSection({ creatorId }: { creatorId: string }) {
  const [result, reexecute] = useQuery({ query: CreatorTrainingQuery, variables: { id: creatorId } });
  return (
    <Card withBorder component="section" aria-labelledby="training-title">
      <Title order={2} size="h4" id="training-title" mb="xs">
        Training
      </Title>
      <QueryState
        result={result}
        retry={reexecute}
        loading="Loading training…"
        errorTitle="Training could not be loaded"
      >
        {(data) => {
          if (!data.node || !('enrolments' in data.node) || !data.node.enrolments) return null;
          const enrolments = data.node.enrolments.nodes;
          const safe = safeMessagingTraining(enrolments);
          return (
            <Stack gap="sm">
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
              {enrolments.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Not enrolled in any training.
                </Text>
              ) : (
                <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
                  {enrolments.map((e) => (
                    <li key={e.id}>
                      <Text size="sm" fw={500}>
                        {e.session.title}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {TRAINING_TOPICS[e.session.topic] ?? e.session.topic} ·{' '}
                        {date.format(new Date(e.session.startsAt))} · {enrolmentState(e)}
                      </Text>
                    </li>
                  ))}
                </Stack>
              )}
            </Stack>
          );
        }}
      </QueryState>
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
  const [result, reexecute] = useQuery({ query: CreatorRecognitionsQuery, variables: { creatorId } });
  return (
    <section aria-labelledby="recognitions-title">
      <Title order={2} size="h4" id="recognitions-title" mb="sm">
        Recognition history
      </Title>
      <QueryState
        result={result}
        retry={reexecute}
        loading="Loading recognitions…"
        errorTitle="Recognitions could not be loaded"
        isEmpty={(data) => data.recognitions.nodes.length === 0}
        empty={
          <EmptyState title="Never nominated">
            This creator has not been nominated for a spotlight.
          </EmptyState>
        }
      >
        {(data) => (
          <DataTable
            label="Recognitions"
            rows={data.recognitions.nodes}
            columns={columns}
            getRowId={(r) => r.id}
            sort="client"
            cardHeadingOrder={3}
          />
        )}
      </QueryState>
    </section>
  );
}
