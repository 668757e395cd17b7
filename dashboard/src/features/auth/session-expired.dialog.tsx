/**
 * Signs a staff member back in, in place, when their session ended while they worked. The page underneath
 * stays mounted (what they typed is still there) and whatever failed is retried once they are back.
 */
import { Button, Modal, Stack, Text } from '@mantine/core';
import { useId, useSyncExternalStore } from 'react';
import type { SessionExpiry } from '../../common/session/session-expiry';
import { SignInForm } from './sign-in.form';

export function SessionExpiredDialog({ expiry }: { expiry: SessionExpiry }) {
  const state = useSyncExternalStore(expiry.subscribe, expiry.getState);
  const noteId = useId();
  return (
    <Modal
      opened={state.open}
      onClose={() => {}}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title="Your session has ended"
      centered
    >
      <Stack gap="md">
        <Text size="sm">
          Sign in again to carry on. Your work on this page is kept, and what you were doing will be retried.
        </Text>
        <SignInForm
          email={state.email ?? ''}
          submitLabel="Sign in and carry on"
          focusPassword={Boolean(state.email)}
          onSubmit={async (email, password) => {
            const outcome = await expiry.signIn(email, password);
            return { error: outcome.error };
          }}
        />
        <Stack gap={2} align="center">
          <Button variant="default" onClick={() => expiry.signOut()} aria-describedby={noteId}>
            Sign out instead
          </Button>
          <Text size="xs" c="dimmed" id={noteId}>
            Anything not yet saved on this page is then lost.
          </Text>
        </Stack>
      </Stack>
    </Modal>
  );
}
