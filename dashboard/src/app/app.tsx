/**
 * The dashboard's root: the component library's provider and theme, the announcer and notifications, the
 * router, and inside it one session (see session.tsx).
 */
import { MantineProvider } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { BrowserRouter } from 'react-router';
import { ListParamsProvider } from '../common/data-table/list-params-queue';
import { Announcer } from '../common/notifications/notify';
import { NAVBAR_WIDTH, PHONE_QUERY } from './layout';
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
        <ListParamsProvider>
          <Session key={generation} onChanged={restart} />
        </ListParamsProvider>
      </BrowserRouter>
    </MantineProvider>
  );
}

/**
 * Toasts go where no control is. On a desktop that is the foot of the navigation column: its links sit at
 * the top, and every page keeps its actions elsewhere (header buttons top right, dialog buttons bottom
 * right, form buttons under their fields), so toasts are as wide as that column. A phone has no free
 * strip; toasts rise from the bottom, clear of the header's menu and Sign out, stacked so that several
 * take the room of one. Screen readers hear each
 * result from the Announcer's live regions wherever the toast sits.
 */
function Toasts() {
  const phone = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
  return phone ? (
    <Notifications position="bottom-center" layout="stacked" limit={3} />
  ) : (
    <Notifications position="bottom-left" containerWidth={NAVBAR_WIDTH} limit={3} />
  );
}
