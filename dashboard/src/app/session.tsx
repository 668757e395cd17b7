/**
 * One staff session: its GraphQL client (and so its cache), its live socket and its "session ended"
 * controller. Signing in or out, or someone else signing in over an ended session, remounts everything
 * below with new ones, so no cached data or page state crosses from one session to the next, while the
 * URL stays where it was.
 */
import { Center, Stack } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { ProblemAlert } from '../common/errors/problem-alert';
import { createBeaconClient } from '../common/graphql/client';
import { createLiveSocket } from '../common/graphql/live-socket';
import { LiveSocketContext } from '../common/graphql/use-live-state';
import { CurrentUserProvider } from '../common/permissions/current-user';
import { LoadingState } from '../common/query-state/query-state';
import { SessionExpiry } from '../common/session/session-expiry';
import { useMe } from '../features/auth/use-me';
import { AppShell } from './app-shell';

// Signed-out visitors need only the sign-in page, and signed-in staff never do: each loads on demand.
const SignInPage = lazy(() =>
  import('../features/auth/sign-in.page').then((m) => ({ default: m.SignInPage })),
);
// The dialog that signs someone back in must be there when a session ends, even if Beacon was redeployed
// since the page loaded (its file renamed): it starts loading with the session, off the first render.
const loadExpiredDialog = () =>
  import('../features/auth/session-expired.dialog').then((m) => ({ default: m.SessionExpiredDialog }));

export function Session({ onChanged }: { onChanged: () => void }) {
  const [SessionExpiredDialog] = useState(() => lazy(loadExpiredDialog));
  const [session] = useState(() => {
    const live = createLiveSocket();
    const expiry = new SessionExpiry({ restartSession: onChanged, reconnect: () => live.restart() });
    return { live, expiry, client: createBeaconClient({ sessionExpiry: expiry, live }) };
  });
  useEffect(() => () => session.live.dispose(), [session]);
  return (
    <UrqlProvider value={session.client}>
      <LiveSocketContext.Provider value={session.live}>
        <SignedInGate expiry={session.expiry} onChanged={onChanged} />
        <Suspense fallback={null}>
          <SessionExpiredDialog expiry={session.expiry} />
        </Suspense>
      </LiveSocketContext.Provider>
    </UrqlProvider>
  );
}

function SignedInGate({ expiry, onChanged }: { expiry: SessionExpiry; onChanged: () => void }) {
  const { me, loaded, error, retry } = useMe();
  useEffect(() => expiry.setUser(me), [expiry, me]);
  if (!loaded) {
    if (error) {
      return (
        <Center component="main" mih="100dvh" p="md">
          <Stack maw={480}>
            <title>Beacon</title>
            <ProblemAlert error={error} title="Beacon could not be reached" onRetry={retry} />
          </Stack>
        </Center>
      );
    }
    return (
      <Center mih="100dvh">
        <LoadingState label="Loading Beacon…" />
      </Center>
    );
  }
  if (!me) {
    return (
      <Suspense fallback={<LoadingState label="Loading Beacon…" />}>
        <SignInPage onSignedIn={onChanged} />
      </Suspense>
    );
  }
  return (
    <CurrentUserProvider user={me}>
      <AppShell onSignedOut={onChanged} expiry={expiry} />
    </CurrentUserProvider>
  );
}
