/**
 * The dashboard's root: the component library's provider and theme, the announcer and notifications, the
 * router, and inside it one session (see session.tsx).
 */
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { BrowserRouter } from 'react-router';
import { Announcer } from '../common/notifications/notify';
import { Session } from './session';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  const [generation, setGeneration] = useState(0);
  const restart = useCallback(() => setGeneration((n) => n + 1), []);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-right" limit={4} />
      <Announcer />
      <BrowserRouter>
        <Session key={generation} onChanged={restart} />
      </BrowserRouter>
    </MantineProvider>
  );
}
