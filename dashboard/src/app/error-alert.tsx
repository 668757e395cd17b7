/** How the dashboard tells staff that an operation failed: the server's own words where it gave some. */
import type { CombinedError } from 'urql';

export function describeError(error: CombinedError): string {
  const [first] = error.graphQLErrors;
  if (first) return first.message;
  if (error.networkError) return 'Beacon could not be reached. Check your connection and try again.';
  return error.message;
}

export function ErrorAlert({ error, id }: { error: CombinedError; id?: string }) {
  return (
    <p className="alert" role="alert" id={id}>
      {describeError(error)}
    </p>
  );
}
