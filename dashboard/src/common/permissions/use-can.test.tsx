import { Permission } from '@beacon/shared';
import { Button } from '@mantine/core';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StaffRole } from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { CurrentUserProvider } from './current-user';
import { Guarded } from './use-can';

const as = (role: StaffRole, mode?: 'hide' | 'disable') =>
  renderWithApp(
    <CurrentUserProvider user={{ id: 'u1', email: 'u@beacon.test', displayName: 'U', role }}>
      <Guarded permission={Permission.NOMINATE} mode={mode}>
        {(props) => <Button {...props}>Nominate</Button>}
      </Guarded>
    </CurrentUserProvider>,
  );

describe('Guarded controls', () => {
  it('gives a role that may act the working control', () => {
    as('EDITOR');
    expect(screen.getByRole('button', { name: 'Nominate' })).toBeEnabled();
  });

  it('shows a role that may not act the control disabled, with the reason as its description', () => {
    as('VIEWER');
    const button = screen.getByRole('button', { name: 'Nominate' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      'Only editors and admins can nominate creators. You are signed in as a viewer.',
    );
    expect(screen.getByText(/Only editors and admins can nominate creators/)).toBeVisible();
  });

  it('hides the control altogether when asked to', () => {
    as('PUBLISHER', 'hide');
    expect(screen.queryByRole('button', { name: 'Nominate' })).not.toBeInTheDocument();
  });
});
