/**
 * The campaign's spotlight: how full it is (a labelled meter), the published spotlights in rank order,
 * reorderable by drag or keyboard by those who may publish, and what is scheduled to join them.
 */
import { Permission } from '@beacon/shared';
import { Alert, Anchor, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { isStaleVersion } from '../../common/graphql/problem';
import { notify } from '../../common/notifications/notify';
import { useAction } from '../../common/notifications/use-action';
import { useCan } from '../../common/permissions/use-can';
import { EmptyState } from '../../common/query-state/query-state';
import { focusSortableHandle, SortableList, type SortableMove } from '../../common/sortable/sortable-list';
import { formatInZone } from '../../common/time/zoned-time';
import type { SpotlightFieldsFragment } from '../../gql/graphql';
import { capacityMeter, moveAgain } from './board-model';
import { ReorderSpotlightMutation } from './campaign-board.operations';

/** A move the server refused because someone else had reordered first: kept to show and to offer again. */
interface LostMove {
  readonly id: string;
  readonly name: string;
  /** Where the publisher dropped it (0-based). */
  readonly to: number;
  /** The order the publisher saw when they moved it, by name. */
  readonly saw: readonly string[];
}

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

  const sectionRef = useRef<HTMLElement>(null);
  const [lost, setLost] = useState<LostMove | null>(null);
  const againRef = useRef<HTMLButtonElement>(null);
  // The refusal is said where the list is and the focus goes to the way out, not only to a passing toast.
  useEffect(() => {
    if (lost) requestAnimationFrame(() => againRef.current?.focus());
  }, [lost]);

  const save = async (ids: string[], move: SortableMove) => {
    if (fetching) {
      notify.info('The previous move is still being saved; move it again in a moment.');
      return;
    }
    const saw = published.map((r) => r.creator.displayName);
    setPending(ids);
    const result = await reorder({
      input: { campaignId: campaign.id, expectedVersion: campaign.version, recognitionIds: ids },
    });
    if (!result.error) {
      setLost(null);
      return;
    }
    setPending(null);
    if (isStaleVersion(result.error)) {
      // Their order wins on screen (reloaded), and this move is kept beside it to be made again or dropped.
      setLost({ id: move.id, name: byId.get(move.id)?.creator.displayName ?? 'It', to: move.to, saw });
      onConflict();
    }
  };

  const again = async () => {
    if (!lost) return;
    const ids = moveAgain(serverOrder, lost.id, lost.to);
    if (!ids) return;
    await save(ids, { id: lost.id, from: serverOrder.indexOf(lost.id), to: ids.indexOf(lost.id) });
    // The moved spotlight's handle, so a further move can follow (the alert and its button are gone).
    requestAnimationFrame(() => focusSortableHandle(sectionRef.current, lost.id));
  };
  const dismiss = () => {
    setLost(null);
    requestAnimationFrame(() => sectionRef.current?.querySelector<HTMLElement>('h2')?.focus());
  };

  return (
    <Card withBorder component="section" aria-labelledby={titleId} mb="xl" ref={sectionRef}>
      <Title order={2} size="h3" id={titleId} mb="sm" tabIndex={-1}>
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
          {lost && (
            <LostMoveAlert
              lost={lost}
              now={published.map((r) => r.creator.displayName)}
              stillPublished={serverOrder.includes(lost.id)}
              againRef={againRef}
              saving={fetching}
              onAgain={() => void again()}
              onDismiss={dismiss}
            />
          )}
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
                onReorder={(ids, move) => void save(ids, move)}
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

/**
 * Someone else reordered between this publisher's load and their move: what they saw, the order now (the
 * list below shows it too), and their move offered again on the new order, or dropped.
 */
function LostMoveAlert({
  lost,
  now,
  stillPublished,
  againRef,
  saving,
  onAgain,
  onDismiss,
}: {
  lost: LostMove;
  now: readonly string[];
  stillPublished: boolean;
  againRef: React.RefObject<HTMLButtonElement | null>;
  saving: boolean;
  onAgain: () => void;
  onDismiss: () => void;
}) {
  const position = lost.to + 1;
  return (
    <Alert
      color="red.9"
      variant="outline"
      role="alert"
      title="Someone else reordered the spotlight first"
      mb="sm"
    >
      <Stack gap="xs">
        <Text size="sm">
          Your move of {lost.name} to position {position} was not saved. You saw: {lost.saw.join(', ')}. It is
          now: {now.join(', ')}.
        </Text>
        {stillPublished ? (
          <Group gap="sm">
            <Button ref={againRef} size="xs" loading={saving} onClick={onAgain}>
              Move {lost.name} to position {position} again
            </Button>
            <Button size="xs" variant="default" onClick={onDismiss}>
              Keep this order
            </Button>
          </Group>
        ) : (
          <Group gap="sm">
            <Text size="sm">{lost.name} is no longer published, so there is nothing to move.</Text>
            <Button ref={againRef} size="xs" variant="default" onClick={onDismiss}>
              Dismiss
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
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
