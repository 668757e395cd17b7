/**
 * Ends the session on the server, then hands back to the sign-in page. Signing out leaves the page, so a
 * form on it with changes not saved asks "Discard your changes?" first, as a link would (unsaved-changes.tsx).
 */
import { Button } from '@mantine/core';
import { useMutation } from 'urql';
import { useLeavePage } from '../../common/forms/unsaved-changes';
import { problemOf } from '../../common/graphql/problem';
import { notify } from '../../common/notifications/notify';
import { SignOutMutation } from './auth.operations';

export function SignOutButton({ onSignedOut }: { onSignedOut: () => void }) {
  const [{ fetching }, signOut] = useMutation(SignOutMutation);
  const leavePage = useLeavePage();
  const signOutNow = async () => {
    const result = await signOut({});
    if (result.error) notify.error('You are still signed in', problemOf(result.error));
    else onSignedOut();
  };
  return (
    <Button variant="default" size="sm" loading={fetching} onClick={() => leavePage(() => void signOutNow())}>
      Sign out
    </Button>
  );
}
