/**
 * "Discard your changes?", as useConfirmDiscard asks it (confirm-discard.tsx). A file of its own so that the
 * page-wide guard, which every page mounts, loads the dialog only on demand.
 */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';

export function DiscardQuestion({
  opened,
  what,
  onKeep,
  onDiscard,
}: {
  opened: boolean;
  what: string;
  onKeep: () => void;
  onDiscard: () => void;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onKeep}
      title="Discard your changes?"
      closeButtonProps={{ 'aria-label': 'Close' }}
      // Above whatever asked, even a dialog opened after this one was mounted (the session-ended dialog).
      zIndex={300}
      // Keep editing puts the focus back itself (useConfirmDiscard), also when this dialog mounted open.
      returnFocus={false}
    >
      <Stack gap="md">
        <Text size="sm">You changed {what} and have not saved. Leaving now discards those changes.</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onKeep} data-autofocus>
            Keep editing
          </Button>
          <Button color="red.9" onClick={onDiscard}>
            Discard changes
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
