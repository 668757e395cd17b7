/** The campaign's nominations in flight, by stage: each stage's count and its longest-waiting few. */
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatDistanceStrict } from 'date-fns';
import { useId } from 'react';
import { Link } from 'react-router';
import type { RecognitionStatus, SpotlightFieldsFragment } from '../../gql/graphql';
import { groupByStage } from '../home/stages';
import { recognitionPath } from './spotlight-section';

/** The stages a nomination waits at before it joins the spotlight. */
export const PIPELINE_STAGES: RecognitionStatus[] = [
  'NOMINATED',
  'RETURNED_FOR_CHANGES',
  'SAFETY_REVIEWED',
  'APPROVED',
];

/** How many of each stage the board lists; the count says how many there are. */
const PER_STAGE = 5;

export function PipelineSection({
  items,
  counts,
  now = new Date(),
}: {
  items: readonly SpotlightFieldsFragment[];
  counts: readonly { status: RecognitionStatus; count: number }[];
  now?: Date;
}) {
  const titleId = useId();
  const stages = groupByStage(items, counts, PIPELINE_STAGES);
  const closed = groupByStage([], counts, ['REJECTED', 'WITHDRAWN']);
  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm" mb="xl">
      <Title order={2} size="h3" id={titleId}>
        Pipeline
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        {stages.map((stage) => (
          <StageCard key={stage.status} stage={stage} now={now} />
        ))}
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        Closed: {closed.map((stage) => `${stage.count} ${stage.label.toLowerCase()}`).join(', ')}.
      </Text>
    </Stack>
  );
}

function StageCard({
  stage,
  now,
}: {
  stage: ReturnType<typeof groupByStage<SpotlightFieldsFragment>>[number];
  now: Date;
}) {
  const titleId = useId();
  const listed = stage.items.slice(0, PER_STAGE);
  return (
    <Card withBorder component="section" aria-labelledby={titleId} padding="sm">
      <Group justify="space-between" wrap="nowrap" gap="xs" mb="xs">
        <Title order={3} size="h5" id={titleId}>
          {stage.label}
        </Title>
        <Badge
          variant={stage.count > 0 ? 'filled' : 'outline'}
          color={stage.count > 0 ? 'indigo.8' : 'gray.7'}
        >
          {stage.count}
        </Badge>
      </Group>
      {listed.length === 0 ? (
        <Text size="sm" c="dimmed">
          None.
        </Text>
      ) : (
        <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }} aria-label={stage.label}>
          {listed.map((r) => (
            <li key={r.id}>
              <Anchor component={Link} to={recognitionPath(r.id)} size="sm" fw={600}>
                {r.creator.displayName}
              </Anchor>
              <Text size="xs" c="dimmed">
                Nominated {formatDistanceStrict(new Date(r.nominatedAt), now, { addSuffix: true })}
              </Text>
            </li>
          ))}
        </Stack>
      )}
      {stage.count > listed.length && (
        <Text size="xs" c="dimmed" mt={6}>
          and {stage.count - listed.length} more
        </Text>
      )}
    </Card>
  );
}
