/**
 * Renders a component as the app would (Mantine theme, router with the lists' one queue of URL changes, the
 * announcer) for component tests, with a user-event instance to act as a person would (keyboard and
 * pointer). `env="test"` turns off Mantine's transitions and portals, as its testing guide advises.
 */
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { cssVariablesResolver, theme } from '../app/theme';
import { ListParamsProvider } from '../common/data-table/list-params-queue';
import { Announcer } from '../common/notifications/notify';

export function renderWithApp(ui: ReactElement, { route = '/' }: { route?: string } = {}) {
  const user = userEvent.setup();
  const result = render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <Announcer />
      <MemoryRouter initialEntries={[route]}>
        <ListParamsProvider>{ui}</ListParamsProvider>
      </MemoryRouter>
    </MantineProvider>,
  );
  return { user, ...result };
}
