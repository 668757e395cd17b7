/**
 * One "what needs you" list: the recognitions at a stage someone of the viewer's role acts on, longest
 * waiting first (or soonest due), a few at a time, each linking to the recognition's page, with the total.
 * The queues are declared in QUEUES with the permission that makes them someone's job.
 */
import { Permission } from '@beacon/shared';
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { formatDistanceStrict } from 'date-fns';
import { useId } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../common/query-state/query-state';
import { formatInZone } from '../../common/time/zoned-time';
import type {
  RecognitionFilter,
  RecognitionOrder,
  WorkQueueQuery as WorkQueueResult,
} from '../../gql/graphql';
import { WorkQueueQuery } from './home.operations';
import { plural } from './stages';

export type QueueItem = WorkQueueResult['recognitions']['nodes'][number];

export interface Queue {
  readonly key: string;
  /** The permission whose holders this queue is for; others do not see it. */
  readonly permission: Permission;
  readonly title: string;
  /** "3 nominations waiting": the noun and the word after the count. */
  readonly noun: string;
  readonly state: string;
  readonly filter: RecognitionFilter;
  readonly orderBy: RecognitionOrder;
  readonly empty: string;
  /** What to say about an item's wait or due time. */
  readonly when: (item: QueueItem, now: Date) => string;
}

/** How many of each queue the start page shows; the count says how many there are in all. */
export const QUEUE_LENGTH = 5;

/** "waiting 3 days", from when the item reached its stage. */
export function waitingSince(iso: string | null, now: Date): string {
  if (!iso) return '';
  const then = new Date(iso);
  if (then.getTime() > now.getTime()) return 'just now';
  return `waiting ${formatDistanceStrict(then, now, { roundingMethod: 'floor' })}`;
}

export const QUEUES: readonly Queue[] = [
  {
    key: 'review',
    permission: Permission.SAFETY_REVIEW,
    title: 'Waiting for your safety review',
    noun: 'nomination',
    state: 'waiting',
    filter: { statuses: ['NOMINATED'], nominatedByMe: false },
    orderBy: 'OLDEST_NOMINATION',
    empty: 'No nominations are waiting for review.',
    when: (item, now) =>
      `Nominated by ${item.nominatedBy.displayName}, ${waitingSince(item.nominatedAt, now)}`,
  },
  {
    key: 'approve',
    permission: Permission.PUBLISH,
    title: 'Waiting for your approval',
    noun: 'spotlight',
    state: 'signed off',
    filter: { statuses: ['SAFETY_REVIEWED'], nominatedByMe: false },
    orderBy: 'OLDEST_NOMINATION',
    empty: 'Nothing signed off is waiting for approval.',
    when: (item, now) => `Signed off, ${waitingSince(item.reviewedAt, now)}`,
  },
  {
    key: 'publish',
    permission: Permission.PUBLISH,
    title: 'Approved, ready to schedule or publish',
    noun: 'spotlight',
    state: 'approved',
    filter: { statuses: ['APPROVED'], nominatedByMe: false },
    orderBy: 'OLDEST_NOMINATION',
    empty: 'Nothing approved is waiting to be scheduled or published.',
    when: (item, now) => `Approved, ${waitingSince(item.approvedAt, now)}`,
  },
  {
    key: 'due',
    permission: Permission.PUBLISH,
    title: 'Due to publish',
    noun: 'spotlight',
    state: 'scheduled',
    filter: { statuses: ['SCHEDULED'] },
    orderBy: 'SCHEDULED_SOONEST',
    empty: 'Nothing is scheduled to publish.',
    when: (item) =>
      item.scheduledFor
        ? `Publishes ${formatInZone(new Date(item.scheduledFor), item.scheduledTimeZone ?? 'UTC')}`
        : 'Scheduled',
  },
  {
    key: 'returned',
    permission: Permission.NOMINATE,
    title: 'Returned to you for changes',
    noun: 'nomination',
    state: 'returned',
    filter: { statuses: ['RETURNED_FOR_CHANGES'], nominatedByMe: true },
    orderBy: 'NEWEST_NOMINATION',
    empty: 'None of your nominations was returned for changes.',
    when: (item, now) => `Returned, ${waitingSince(item.reviewedAt, now)}`,
  },
];

export function WorkQueue({ queue, now = new Date() }: { queue: Queue; now?: Date }) {
  const titleId = useId();
  const [result, reexecute] = useQuery({
    query: WorkQueueQuery,
    variables: { first: QUEUE_LENGTH, filter: queue.filter, orderBy: queue.orderBy },
  });
  const total = result.data?.recognitions.totalCount;
  return (
    <Card withBorder component="section" aria-labelledby={titleId} padding="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs" mb="xs">
        <Title order={2} size="h4" id={titleId}>
          {queue.title}
        </Title>
        {total !== undefined && (
          <Badge
            size="lg"
            variant={total > 0 ? 'filled' : 'outline'}
            color={total > 0 ? 'indigo.8' : 'gray.7'}
          >
            {total}
          </Badge>
        )}
      </Group>
      <QueryState
        result={result}
        retry={reexecute}
        loading="Loading…"
        errorTitle="This list could not be loaded"
        isEmpty={(data) => data.recognitions.nodes.length === 0}
        // A quiet line, not a big empty state: an empty queue is good news in a small card.
        empty={
          <Text size="sm" c="dimmed">
            {queue.empty}
          </Text>
        }
      >
        {(data) => (
          <>
            <Text size="sm" c="dimmed" mb="xs">
              {plural(data.recognitions.totalCount, queue.noun)} {queue.state}
              {data.recognitions.totalCount > data.recognitions.nodes.length &&
                `; the first ${data.recognitions.nodes.length} shown`}
            </Text>
            <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
              {data.recognitions.nodes.map((item) => (
                <li key={item.id}>
                  <Anchor component={Link} to={`/recognitions/${encodeURIComponent(item.id)}`} fw={600}>
                    {item.creator.displayName}
                  </Anchor>
                  <Text size="sm">
                    {item.campaign.name} · @{item.creator.handle}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {queue.when(item, now)}
                  </Text>
                  {item.scheduleFailure && (
                    <Text size="sm" c="red.9">
                      Last scheduled publish did not happen: {item.scheduleFailure}
                    </Text>
                  )}
                </li>
              ))}
            </Stack>
          </>
        )}
      </QueryState>
    </Card>
  );
}
