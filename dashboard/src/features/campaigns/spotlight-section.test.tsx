import { screen } from '@testing-library/react';
import { Client, Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { never } from 'wonka';
import { CurrentUserProvider } from '../../common/permissions/current-user';
import type { SpotlightFieldsFragment, StaffRole } from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { SpotlightSection } from './spotlight-section';

const spotlight = (id: string, name: string, rank: number | null, status = 'PUBLISHED') =>
  ({
    id,
    status,
    rank,
    version: 1,
    publishedAt: '2024-10-01T10:00:00Z',
    scheduledFor: status === 'SCHEDULED' ? '2030-10-10T08:00:00Z' : null,
    scheduledTimeZone: status === 'SCHEDULED' ? 'Europe/London' : null,
    scheduleFailure: null,
    nominatedAt: '2024-09-01T10:00:00Z',
    creator: { id: `C-${id}`, displayName: name, handle: name.toLowerCase().replace(' ', '_') },
  }) as SpotlightFieldsFragment;

// Nothing here reaches the network: the section only sends a mutation when something is moved.
const client = new Client({ url: '/graphql', exchanges: [() => () => never] });

const board = (role: StaffRole, published = 7, capacity = 10) =>
  renderWithApp(
    <Provider value={client}>
      <CurrentUserProvider user={{ id: 'u1', email: 'u@beacon.test', displayName: 'U', role }}>
        <SpotlightSection
          campaign={{ id: 'CAMP', version: 3, spotlightCapacity: capacity }}
          published={[spotlight('R1', 'Ava Calm', 1), spotlight('R2', 'Ben Talks', 2)]}
          publishedTotal={published}
          scheduled={[spotlight('R3', 'Eli Rivers', null, 'SCHEDULED')]}
          onConflict={vi.fn()}
        />
      </CurrentUserProvider>
    </Provider>,
  );

describe('the spotlight section', () => {
  it('names the capacity meter and reads it in places, not percent', () => {
    board('PUBLISHER');
    const meter = screen.getByRole('progressbar', { name: 'Places taken' });
    expect(meter).toHaveAttribute('aria-valuetext', '7 of 10 places taken');
    expect(meter).toHaveAttribute('aria-valuenow', '7');
    expect(meter).toHaveAttribute('aria-valuemax', '10');
    expect(
      screen.getByText('3 places left. 1 scheduled needs a place when it publishes.'),
    ).toBeInTheDocument();
  });

  it('gives a publisher a handle for each published spotlight, in rank order', () => {
    board('PUBLISHER');
    const list = screen.getByRole('list', { name: 'Published spotlights in rank order' });
    expect(list).toBeInTheDocument();
    expect(
      screen.getAllByRole('button', { name: /^Move / }).map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Move Ava Calm, position 1', 'Move Ben Talks, position 2']);
  });

  it('shows a viewer the order without handles, and why', () => {
    board('VIEWER');
    expect(screen.getByRole('list', { name: 'Published spotlights in rank order' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Move / })).not.toBeInTheDocument();
    expect(
      screen.getByText(/^Only publishers and admins can approve, schedule, publish/),
    ).toBeInTheDocument();
  });

  it('links each spotlight to its recognition page and says when the scheduled one publishes', () => {
    board('PUBLISHER');
    expect(screen.getByRole('link', { name: 'Ava Calm' })).toHaveAttribute('href', '/recognitions/R1');
    expect(screen.getByText('Publishes Thu 10 Oct 2030, 09:00 BST')).toBeInTheDocument();
  });
});
