/** Ends the session on the server, then hands back to the sign-in page. */
import { Button } from '@mantine/core';
import { useMutation } from 'urql';
import { problemOf } from '../../common/graphql/problem';
import { notify } from '../../common/notifications/notify';
import { SignOutMutation } from './auth.operations';

export function SignOutButton({ onSignedOut }: { onSignedOut: () => void }) {
  const [{ fetching }, signOut] = useMutation(SignOutMutation);
  return (
    <Button
      variant="default"
      size="sm"
      loading={fetching}
      onClick={async () => {
        const result = await signOut({});
        if (result.error) notify.error('You are still signed in', problemOf(result.error));
        else onSignedOut();
      }}
    >
      Sign out
    </Button>
  );
}
