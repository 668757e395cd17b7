/**
 * The dashboard's root: the router outside, and inside it one urql client per session. Signing in or out
 * (or the server ending the session) remounts everything below with a new client, so no cached data or
 * page state crosses from one session to the next, while the URL stays where it was.
 */
import { useCallback, useState } from 'react';
import { BrowserRouter } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { AppShell } from './app-shell';
import { createBeaconClient } from './urql-client';

function Session({ onChanged }: { onChanged: () => void }) {
  const [client] = useState(() => createBeaconClient({ onSessionEnded: onChanged }));
  return (
    <UrqlProvider value={client}>
      <AppShell onSessionChanged={onChanged} />
    </UrqlProvider>
  );
}

export function App() {
  const [generation, setGeneration] = useState(0);
  const restart = useCallback(() => setGeneration((n) => n + 1), []);
  return (
    <BrowserRouter>
      <Session key={generation} onChanged={restart} />
    </BrowserRouter>
  );
}
