/**
 * The campaign's programming windows on a timeline: each window in the time zone it was planned in, its
 * phase (ended, on now, upcoming) in words, and a bar showing where it falls in the campaign's days.
 */
import { Badge, Box, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { EmptyState } from '../../common/query-state/query-state';
import type { CampaignQuery } from '../../gql/graphql';
import { notAllShown, PHASE_LABELS, spanOnCampaign, windowPhase } from './board-model';
import { formatDateRange, formatWindow } from './campaign-dates';

type Campaign = NonNullable<CampaignQuery['campaign']>;

const PHASE_COLOURS = { past: 'gray.7', now: 'teal.9', upcoming: 'indigo.8' } as const;

export function WindowsTimeline({ campaign, now = new Date() }: { campaign: Campaign; now?: Date }) {
  const titleId = useId();
  const windows = campaign.programmingWindows;
  const more = notAllShown(windows.nodes.length, windows.totalCount, 'programming windows');
  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm" mb="xl">
      <Title order={2} id={titleId} size="h3">
        Programming windows ({windows.totalCount})
      </Title>
      {windows.nodes.length === 0 ? (
        <EmptyState title="No programming windows yet" />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            Each bar shows where the window falls in the campaign,{' '}
            {formatDateRange(campaign.startsOn, campaign.endsOn)}.
          </Text>
          {more && (
            <Text size="sm" fw={600}>
              {more}
            </Text>
          )}
          <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {windows.nodes.map((slot) => {
              const phase = windowPhase(slot.startsAt, slot.endsAt, now);
              const span = spanOnCampaign(slot, campaign);
              return (
                <Card component="li" withBorder key={slot.id} padding="sm">
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <Title order={3} size="h5">
                      {slot.title}
                    </Title>
                    <Badge variant="outline" color={PHASE_COLOURS[phase]} tt="none">
                      {PHASE_LABELS[phase]}
                    </Badge>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {formatWindow(slot.startsAt, slot.endsAt, slot.timeZone)}
                  </Text>
                  <Box
                    aria-hidden
                    mt={6}
                    h={8}
                    bg="gray.1"
                    style={{ position: 'relative', borderRadius: 4, overflow: 'hidden' }}
                  >
                    <Box
                      h="100%"
                      bg={PHASE_COLOURS[phase]}
                      style={{ position: 'absolute', left: `${span.left}%`, width: `${span.width}%` }}
                    />
                  </Box>
                  {slot.description && (
                    <Text size="sm" mt="xs">
                      {slot.description}
                    </Text>
                  )}
                </Card>
              );
            })}
          </Stack>
        </>
      )}
    </Stack>
  );
}
