/**
 * Leaving a form with changes not saved asks first, the way the dashboard asks before any loss (archive's
 * "Keep the video" / "Archive video"): the safe choice is focused and on the left, the loss is red. With no
 * changes, leaving is immediate.
 *
 *   const discard = useConfirmDiscard({ dirty: form.formState.isDirty, what: 'the campaign's details' });
 *   <Button variant="default" onClick={() => discard.leave(() => navigate(boardLink))}>Cancel</Button>
 *   {discard.dialog}
 */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, useCallback, useRef, useState } from 'react';

export interface ConfirmDiscard {
  /** Runs `go` now when nothing changed, else once the person chooses to discard. */
  leave: (go: () => void) => void;
  dialog: ReactNode;
}

export function useConfirmDiscard({
  dirty,
  what,
}: {
  /** Whether anything changed, asked when the person leaves (a function when that takes comparing values). */
  dirty: boolean | (() => boolean);
  /** What changed, for "You changed … and have not saved". */
  what: string;
}): ConfirmDiscard {
  const [opened, setOpened] = useState(false);
  const pending = useRef<(() => void) | null>(null);
  const leave = useCallback(
    (go: () => void) => {
      if (!(typeof dirty === 'function' ? dirty() : dirty)) return go();
      pending.current = go;
      setOpened(true);
    },
    [dirty],
  );
  const keep = () => {
    pending.current = null;
    setOpened(false);
  };
  const dialog = (
    <Modal
      opened={opened}
      onClose={keep}
      title="Discard your changes?"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="md">
        <Text size="sm">You changed {what} and have not saved. Leaving now discards those changes.</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={keep} data-autofocus>
            Keep editing
          </Button>
          <Button
            color="red.9"
            onClick={() => {
              const go = pending.current;
              pending.current = null;
              setOpened(false);
              go?.();
            }}
          >
            Discard changes
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
  return { leave, dialog };
}
