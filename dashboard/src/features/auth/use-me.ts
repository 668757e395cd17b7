/** The signed-in staff member, or null for a signed-out visitor. */
import { useCallback } from 'react';
import { useQuery } from 'urql';
import { MeQuery } from './auth.operations';

export function useMe() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeQuery, requestPolicy: 'network-only' });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { me: data?.me ?? null, loaded: data !== undefined, fetching, error, retry };
}
