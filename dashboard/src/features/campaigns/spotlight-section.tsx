/**
 * The campaign's spotlight: how full it is (a labelled meter), the published spotlights in rank order,
 * reorderable by drag or keyboard by those who may publish, and what is scheduled to join them.
 */
import { Permission } from '@beacon/shared';
import { Anchor, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { isStaleVersion, problemOf } from '../../common/graphql/problem';
import { notify } from '../../common/notifications/notify';
import { useAction } from '../../common/notifications/use-action';
import { useCan } from '../../common/permissions/use-can';
import { EmptyState } from '../../common/query-state/query-state';
import { SortableList } from '../../common/sortable/sortable-list';
import { formatInZone } from '../../common/time/zoned-time';
import type { SpotlightFieldsFragment } from '../../gql/graphql';
import { capacityMeter } from './board-model';
import { ReorderSpotlightMutation } from './campaign-board.operations';

export const recognitionPath = (id: string) => `/recognitions/${encodeURIComponent(id)}`;

export function SpotlightSection({
  campaign,
  published,
  publishedTotal,
  scheduled,
  onConflict,
}: {
  campaign: { id: string; version: number; spotlightCapacity: number };
  published: readonly SpotlightFieldsFragment[];
  publishedTotal: number;
  scheduled: readonly SpotlightFieldsFragment[];
  /** Someone else changed the order first: reload what the board shows. */
  onConflict: () => void;
}) {
  const titleId = useId();
  // Shown to everyone; only those who may publish get the handles (a full-width list, so not <Guarded>).
  const reorderable = useCan(Permission.PUBLISH);
  const meterLabelId = useId();
  const meter = capacityMeter(publishedTotal, campaign.spotlightCapacity, scheduled.length);
  const serverOrder = published.map((r) => r.id);
  // The order being saved, shown until the server's list agrees (or the save fails).
  const [pending, setPending] = useState<string[] | null>(null);
  const serverKey = serverOrder.join();
  useEffect(() => {
    if (pending && pending.join() === serverKey) setPending(null);
  }, [pending, serverKey]);
  const byId = new Map(published.map((r) => [r.id, r]));
  const shown = pending ? pending.flatMap((id) => byId.get(id) ?? []) : published;
  const [{ fetching }, reorder] = useAction(ReorderSpotlightMutation, {
    success: 'Spotlight order saved',
    failure: 'The spotlight order was not saved',
  });

  const save = async (ids: string[]) => {
    if (fetching) {
      notify.info('The previous move is still being saved; move it again in a moment.');
      return;
    }
    setPending(ids);
    const result = await reorder({
      input: { campaignId: campaign.id, expectedVersion: campaign.version, recognitionIds: ids },
    });
    if (result.error) {
      setPending(null);
      if (isStaleVersion(result.error)) {
        notify.error(
          'Someone else changed this spotlight first; the board now shows the latest order',
          problemOf(result.error),
        );
        onConflict();
      }
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby={titleId} mb="xl">
      <Title order={2} size="h3" id={titleId} mb="sm">
        Spotlight
      </Title>
      <Group justify="space-between" gap="xs" mb={4}>
        <Text id={meterLabelId} fw={600}>
          Places taken
        </Text>
        <Text fw={700} aria-hidden>
          {meter.label}
        </Text>
      </Group>
      {/* Mantine's own ARIA would read "30%"; people count places, so the bar says "3 of 10". */}
      <Progress.Root size="lg">
        <Progress.Section
          value={meter.percent}
          color={meter.full ? 'red.9' : 'indigo.8'}
          withAria={false}
          role="progressbar"
          aria-labelledby={meterLabelId}
          aria-valuemin={0}
          aria-valuemax={campaign.spotlightCapacity}
          aria-valuenow={publishedTotal}
          aria-valuetext={`${meter.label} places taken`}
        />
      </Progress.Root>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        {meter.summary}
      </Text>

      <Stack gap="lg">
        <div>
          <Title order={3} size="h5" mb="xs">
            Published, in rank order ({publishedTotal})
          </Title>
          {shown.length === 0 ? (
            <EmptyState title="Nothing is published in this spotlight yet" />
          ) : (
            <>
              <SortableList
                label="Published spotlights in rank order"
                items={shown}
                getId={(r) => r.id}
                getName={(r) => r.creator.displayName}
                // Not disabled while saving: that would take the handles away, and focus with them.
                disabled={!reorderable.allowed}
                onReorder={(ids) => void save(ids)}
                renderItem={(r) => <SpotlightLine recognition={r} />}
              />
              {reorderable.reason && (
                <Text size="sm" c="dimmed" mt={4}>
                  {reorderable.reason}
                </Text>
              )}
            </>
          )}
        </div>
        <div>
          <Title order={3} size="h5" mb="xs">
            Scheduled to publish ({scheduled.length})
          </Title>
          {scheduled.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nothing is scheduled.
            </Text>
          ) : (
            <Stack component="ol" gap="xs" m={0} pl="lg">
              {scheduled.map((r) => (
                <li key={r.id}>
                  <SpotlightLine recognition={r} />
                </li>
              ))}
            </Stack>
          )}
        </div>
      </Stack>
    </Card>
  );
}

function SpotlightLine({ recognition: r }: { recognition: SpotlightFieldsFragment }) {
  return (
    <div>
      <Anchor component={Link} to={recognitionPath(r.id)} fw={600}>
        {r.creator.displayName}
      </Anchor>{' '}
      <Text span size="sm" c="dimmed">
        @{r.creator.handle}
      </Text>
      {r.status === 'SCHEDULED' && r.scheduledFor && (
        <Text size="sm">
          Publishes {formatInZone(new Date(r.scheduledFor), r.scheduledTimeZone ?? 'UTC')}
        </Text>
      )}
      {r.scheduleFailure && (
        <Text size="sm" c="red.9">
          Last scheduled publish did not happen: {r.scheduleFailure}
        </Text>
      )}
    </div>
  );
}
