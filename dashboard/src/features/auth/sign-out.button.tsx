/** Ends the session on the server, then hands back to the sign-in form. */
import { useMutation } from 'urql';
import { describeError } from '../../app/error-alert';
import { SignOutMutation } from './auth.operations';

export function SignOutButton({ onSignedOut }: { onSignedOut: () => void }) {
  const [{ fetching, error }, signOut] = useMutation(SignOutMutation);
  return (
    <>
      <button
        type="button"
        disabled={fetching}
        onClick={async () => {
          const result = await signOut({});
          if (!result.error) onSignedOut();
        }}
      >
        Sign out
      </button>
      {error && (
        <span role="alert" className="alert-inline">
          {describeError(error)}
        </span>
      )}
    </>
  );
}
