import { Permission } from '@beacon/shared';
import { Button } from '@mantine/core';
import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { StaffRole } from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { PageHeader } from '../page/page-header';
import { CurrentUserProvider } from './current-user';
import { RoleNotices } from './role-notice';
import { Guarded } from './use-can';

function Page({ buttons }: { buttons: [Permission, string][] }) {
  return (
    <RoleNotices>
      <PageHeader title="Creators" />
      {buttons.map(([permission, label]) => (
        <Guarded key={label} permission={permission}>
          {(props) => <Button {...props}>{label}</Button>}
        </Guarded>
      ))}
    </RoleNotices>
  );
}

/** A page whose only guarded button can be taken away. */
function Toggle() {
  const [shown, setShown] = useState(true);
  return (
    <RoleNotices>
      <PageHeader title="Creators" />
      <button type="button" onClick={() => setShown(false)}>
        Hide nominate
      </button>
      {shown && (
        <Guarded permission={Permission.NOMINATE}>{(props) => <Button {...props}>Nominate</Button>}</Guarded>
      )}
    </RoleNotices>
  );
}

const as = (role: StaffRole, ui = <Page buttons={BUTTONS} />) =>
  renderWithApp(
    <CurrentUserProvider user={{ id: 'u1', email: 'u@beacon.test', displayName: 'U', role }}>
      {ui}
    </CurrentUserProvider>,
  );

const BUTTONS: [Permission, string][] = [
  [Permission.CATALOGUE_WRITE, 'New creator'],
  [Permission.CATALOGUE_WRITE, 'Import'],
  [Permission.CATALOGUE_WRITE, 'Save details'],
  [Permission.NOMINATE, 'Nominate'],
];

describe('the page’s role notice', () => {
  it('tells a viewer once that they can view but not change, instead of a reason under every button', async () => {
    as('VIEWER');
    const notice = await screen.findByText('You can view but not change anything here (viewer role)');
    expect(notice).toBeVisible();
    // Each reason once, however many buttons it disables.
    expect(screen.getAllByText(/can change the catalogue/)).toHaveLength(1);
    expect(screen.getAllByText(/can nominate creators/)).toHaveLength(1);
    expect(screen.queryByText(/You are signed in as a viewer/)).not.toBeInTheDocument();
  });

  it('keeps each disabled button described by its reason for screen readers', async () => {
    as('VIEWER');
    await screen.findByText(/can change the catalogue/);
    for (const name of ['New creator', 'Import', 'Save details']) {
      const button = screen.getByRole('button', { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(
        'Only editors, safety reviewers, publishers and admins can change the catalogue.',
      );
    }
    expect(screen.getByRole('button', { name: 'Nominate' })).toHaveAccessibleDescription(
      'Only editors and admins can nominate creators.',
    );
  });

  it('names only what another role lacks, and nothing for a role that may do it all', async () => {
    as('PUBLISHER');
    await screen.findByText('Some actions here are not open to you (publisher role)');
    expect(screen.getByRole('button', { name: 'New creator' })).toBeEnabled();
    expect(screen.getByText('Only editors and admins can nominate creators.')).toBeVisible();
    expect(screen.queryByText(/can change the catalogue/)).not.toBeInTheDocument();
  });

  it('shows no notice when every control is open to the role', () => {
    as('ADMIN');
    expect(screen.queryByText(/not open to you|view but not change/)).not.toBeInTheDocument();
  });

  it('drops a reason once the last control it disabled is gone', async () => {
    const { user } = as('VIEWER', <Toggle />);
    await screen.findByText(/can nominate creators/);
    await user.click(screen.getByRole('button', { name: 'Hide nominate' }));
    expect(screen.queryByText(/can nominate creators/)).not.toBeInTheDocument();
    expect(screen.queryByText(/view but not change/)).not.toBeInTheDocument();
  });
});
