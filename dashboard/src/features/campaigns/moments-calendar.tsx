/**
 * The critical-moments calendar: the year's moments (Mental Health Awareness Month, back to school, World
 * Mental Health Day, …) in calendar order, marking those during the campaign, each with the partner and
 * creator training sessions that fall in the year before it, soonest first. A card holds the first 50 of
 * them; past that it says so and links to the training list filtered to the rest (sessionsBeforeLink).
 */
import { Anchor, Badge, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../common/query-state/query-state';
import { formatInZone } from '../../common/time/zoned-time';
import type { CriticalMomentsQuery as MomentsResult } from '../../gql/graphql';
import { byAudience, calendarYears, overlapsCampaign, sessionsBeforeLink } from './board-model';
import { CriticalMomentsQuery } from './campaign-board.operations';
import { formatDateRange } from './campaign-dates';

type Moment = MomentsResult['criticalMoments'][number];
type Session = Moment['trainingSessionsBefore']['nodes'][number];

export function MomentsCalendar({ campaign }: { campaign: { startsOn: string; endsOn: string } }) {
  const titleId = useId();
  const years = calendarYears(campaign);
  const [year, setYear] = useState(years[0] as number);
  const [result, reexecute] = useQuery({ query: CriticalMomentsQuery, variables: { year } });
  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm" mb="xl">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={2} size="h3" id={titleId}>
            Critical moments
          </Title>
          <Text size="sm" c="dimmed">
            The training sessions that prepare partners and creators for each moment, in the year before it.
          </Text>
        </div>
        <NativeSelect
          label="Year"
          value={String(year)}
          onChange={(event) => setYear(Number(event.currentTarget.value))}
          data={years.map(String)}
          w={120}
        />
      </Group>
      <QueryState
        result={result}
        retry={reexecute}
        loading="Loading critical moments…"
        errorTitle="The critical moments could not be loaded"
      >
        {(data) => (
          <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {data.criticalMoments.map((moment) => (
              <MomentCard key={moment.occasion} moment={moment} during={overlapsCampaign(moment, campaign)} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function MomentCard({ moment, during }: { moment: Moment; during: boolean }) {
  const titleId = useId();
  const { totalCount, nodes } = moment.trainingSessionsBefore;
  const { partners, creators } = byAudience(nodes);
  const capped = totalCount > nodes.length;
  return (
    <Card component="li" withBorder padding="sm" aria-labelledby={titleId}>
      <Group justify="space-between" gap="xs" wrap="wrap" mb={4}>
        <Title order={3} size="h5" id={titleId}>
          {moment.name}
        </Title>
        {during && (
          <Badge color="teal.9" variant="outline" tt="none">
            During this campaign
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {formatDateRange(moment.startsOn, moment.endsOn)}
      </Text>
      {capped && (
        <Text size="sm" fw={600} mb="xs">
          Showing the first {nodes.length} of {totalCount.toLocaleString('en-GB')} sessions, soonest first.{' '}
          <Anchor component={Link} to={sessionsBeforeLink(moment)}>
            See every session before {moment.name} in the training list
          </Anchor>
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <SessionList title="Partner organisation training" sessions={partners} capped={capped} />
        <SessionList title="Creator training" sessions={creators} capped={capped} />
      </SimpleGrid>
    </Card>
  );
}

function SessionList({
  title,
  sessions,
  capped,
}: {
  title: string;
  sessions: readonly Session[];
  /** Only the first sessions were loaded: the count is of those shown, not of all. */
  capped: boolean;
}) {
  const titleId = useId();
  return (
    <div>
      <Text id={titleId} size="sm" fw={600}>
        {title} ({sessions.length}
        {capped ? ' shown' : ''})
      </Text>
      {sessions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {capped ? 'None among those shown.' : 'None before this moment.'}
        </Text>
      ) : (
        <Stack component="ul" gap={4} m={0} pl="md" aria-labelledby={titleId}>
          {sessions.map((s) => (
            <li key={s.id}>
              <Text size="sm" span fw={500}>
                {s.title}
              </Text>
              <Text size="xs" c="dimmed">
                {formatInZone(new Date(s.startsAt), s.timeZone)}
                {s.facilitator ? ` · ${s.facilitator.name}` : ''} · {s.seatsLeft} of {s.capacity} seats left
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </div>
  );
}
