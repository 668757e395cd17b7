/**
 * The dashboard's root: the component library's provider and theme, the announcer and notifications, the
 * router, and inside it one session (see session.tsx).
 */
import { MantineProvider } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
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
      <Toasts />
      <Announcer />
      <BrowserRouter>
        <Session key={generation} onChanged={restart} />
      </BrowserRouter>
    </MantineProvider>
  );
}

/**
 * Toasts go where no control is: page headers keep their actions top right, and a phone's header holds the
 * menu and Sign out, so toasts rise from the bottom (the corner on a desktop, the middle on a phone).
 * Screen readers hear each result from the Announcer's live regions wherever the toast sits.
 */
function Toasts() {
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  return <Notifications position={phone ? 'bottom-center' : 'bottom-right'} limit={4} />;
}
