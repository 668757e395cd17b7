/** Says whether a screen's live updates are flowing: "Live", or "Reconnecting…" after a drop (read out). */
import { Badge } from '@mantine/core';
import { useLiveState } from './use-live-state';

export function LiveIndicator() {
  const state = useLiveState();
  const [label, color] =
    state === 'connected'
      ? ['Live', 'teal.9']
      : state === 'reconnecting'
        ? ['Reconnecting… updates paused', 'red.9']
        : ['Connecting…', 'gray.7'];
  return (
    <Badge role="status" variant="outline" color={color} radius="sm" tt="none">
      {label}
    </Badge>
  );
}
