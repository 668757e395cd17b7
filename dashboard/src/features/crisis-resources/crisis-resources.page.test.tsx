/**
 * The "Overdue a check" queue pages through every overdue resource, 25 at a time, with its own page in the
 * URL beside the regional list's; "Mark verified" takes a resource off the queue and the count drops, on
 * any page. Run through a real urql client with the dashboard's Graphcache rules, against a stand-in server
 * that keeps the overdue resources and pages them by cursor as Beacon's connections do.
 */

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { CurrentUserProvider } from '../../common/permissions/current-user';
import type { StaffRole } from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { keysetPage, standInServer } from '../../test/stand-in-server';
import { CrisisResourcesPage } from './crisis-resources.page';

const DAY = 86_400_000;

interface Resource {
  id: string;
  version: number;
  name: string;
  lastVerifiedAt: string;
}

/** `count` overdue resources, "Overdue 01" least recently verified. */
const overdueResources = (count: number): Resource[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `R${i + 1}`,
    version: 1,
    name: `Overdue ${String(i + 1).padStart(2, '0')}`,
    lastVerifiedAt: new Date(Date.now() - (400 - i) * DAY).toISOString(),
  }));

const row = (r: Resource) => ({
  __typename: 'CrisisResource',
  id: r.id,
  version: r.version,
  name: r.name,
  organisationName: 'A fictional helpline',
  regions: ['GB'],
  isGlobal: false,
  topics: [],
  hours: '24/7',
  lastVerifiedAt: r.lastVerifiedAt,
  isStale: true,
  contacts: [{ __typename: 'ContactMethod', channel: 'CALL', value: '0800 000 000', instructions: null }],
});

/** `count` resources shown to readers in a region, "Regional 01" first. */
const regionalResources = (count: number): Resource[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `G${i + 1}`,
    version: 1,
    name: `Regional ${String(i + 1).padStart(2, '0')}`,
    lastVerifiedAt: new Date(Date.now() - DAY).toISOString(),
  }));

/**
 * Answers the page's operations from `overdue`, which "Mark verified" changes as the server would, and the
 * regional list from `regional`.
 */
function crisisServer(overdue: Resource[], regional: Resource[]) {
  return standInServer((name, variables) => {
    if (name === 'StaleCrisisResources')
      return { staleCrisisResources: keysetPage('CrisisResourceConnection', overdue, variables, row) };
    if (name === 'RegionCrisisResources')
      return { crisisResources: keysetPage('CrisisResourceConnection', regional, variables, row) };
    if (name === 'MarkCrisisResourceVerified') {
      const { id } = (variables as { input: { id: string } }).input;
      const index = overdue.findIndex((r) => r.id === id);
      const [verified] = overdue.splice(index, 1) as [Resource];
      return {
        markCrisisResourceVerified: {
          __typename: 'CrisisResourcePayload',
          crisisResource: {
            __typename: 'CrisisResource',
            id,
            version: verified.version + 1,
            lastVerifiedAt: new Date().toISOString(),
            isStale: false,
          },
        },
      };
    }
    return undefined;
  });
}

/** The address bar, as the router has rendered it. */
function Address() {
  const location = useLocation();
  return <output aria-label="address">{location.search}</output>;
}
const address = () =>
  Object.fromEntries(new URLSearchParams(screen.getByRole('status', { name: 'address' }).textContent ?? ''));

function renderPage(
  overdue: Resource[],
  { route = '/crisis-resources', role = 'EDITOR' as StaffRole, regional = [] as Resource[] } = {},
) {
  const server = crisisServer(overdue, regional);
  const rendered = renderWithApp(
    <Provider value={server.client}>
      <CurrentUserProvider user={{ id: 'S1', email: 'ed@beacon.test', displayName: 'Ed', role }}>
        <CrisisResourcesPage />
        <Address />
      </CurrentUserProvider>
    </Provider>,
    { route },
  );
  return { ...rendered, ...server };
}

const overdueTable = () => screen.getByRole('table', { name: 'Resources overdue a check' });
const overdueNames = () =>
  within(overdueTable())
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);
const overduePager = () => screen.getByRole('navigation', { name: 'Overdue resource pages' });
const names = (from: number, to: number, prefix = 'Overdue') =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix} ${String(from + i).padStart(2, '0')}`);
const regionalNames = () =>
  within(screen.getByRole('table', { name: 'Resources for GB' }))
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);
const regionalPager = () => screen.getByRole('navigation', { name: 'Resource pages' });

describe('the overdue queue on the crisis resources page', () => {
  it('pages through every overdue resource, 25 at a time, leaving the regional list where it was', async () => {
    const { user, sent } = renderPage(overdueResources(60), { route: '/crisis-resources?region=IE' });
    await screen.findByText('60 resources were last verified over 180 days ago.');
    expect(screen.getByText('Showing 1–25 of 60 resources')).toBeInTheDocument();
    expect(overdueNames()).toEqual(names(1, 25));

    await user.click(within(overduePager()).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(overdueNames()).toEqual(names(26, 50)));
    expect(screen.getByText('Showing 26–50 of 60 resources')).toBeInTheDocument();
    expect(within(overduePager()).getByText('Page 2')).toBeInTheDocument();
    expect(address()).toEqual({ region: 'IE', 'overdue-after': 'R25', 'overdue-page': '2' });

    await user.click(within(overduePager()).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(overdueNames()).toEqual(names(51, 60)));
    expect(screen.getByText('Showing 51–60 of 60 resources')).toBeInTheDocument();
    expect(within(overduePager()).getByRole('button', { name: 'Next page' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );

    await user.click(within(overduePager()).getByRole('button', { name: 'Previous page' }));
    await waitFor(() => expect(overdueNames()).toEqual(names(26, 50)));
    expect(address()).toMatchObject({ region: 'IE', 'overdue-before': 'R51', 'overdue-page': '2' });

    // The regional list was asked for its first page of IE every time: the overdue pages are not its own.
    const regional = sent.filter((op) => op.name === 'RegionCrisisResources');
    expect(regional.length).toBeGreaterThan(0);
    for (const op of regional)
      expect(op.variables).toMatchObject({ region: 'IE', after: null, before: null });
  });

  it('keeps both lists’ pages when both move before the page renders again', async () => {
    renderPage(overdueResources(60), { regional: regionalResources(60) });
    await waitFor(() => expect(overdueNames()).toEqual(names(1, 25)));
    await waitFor(() => expect(regionalNames()).toEqual(names(1, 25, 'Regional')));
    // Two pages turned in one go, as on a busy machine that has not rendered the first turn yet: each list
    // once built its address on the one it had rendered, so the second put the first back.
    act(() => {
      fireEvent.click(within(overduePager()).getByRole('button', { name: 'Next page' }));
      fireEvent.click(within(regionalPager()).getByRole('button', { name: 'Next page' }));
    });
    expect(address()).toEqual({ 'overdue-after': 'R25', 'overdue-page': '2', after: 'G25', page: '2' });
    await waitFor(() => expect(overdueNames()).toEqual(names(26, 50)));
    await waitFor(() => expect(regionalNames()).toEqual(names(26, 50, 'Regional')));

    // On through the queue and back through the region, again in one go.
    act(() => {
      fireEvent.click(within(overduePager()).getByRole('button', { name: 'Next page' }));
      fireEvent.click(within(regionalPager()).getByRole('button', { name: 'Previous page' }));
    });
    expect(address()).toEqual({ 'overdue-after': 'R50', 'overdue-page': '3' });
    await waitFor(() => expect(overdueNames()).toEqual(names(51, 60)));
    await waitFor(() => expect(regionalNames()).toEqual(names(1, 25, 'Regional')));
  });

  it('opens on the page of the queue the address names', async () => {
    renderPage(overdueResources(30), { route: '/crisis-resources?overdue-after=R25&overdue-page=2' });
    await waitFor(() => expect(overdueNames()).toEqual(names(26, 30)));
    expect(screen.getByText('Showing 26–30 of 30 resources')).toBeInTheDocument();
  });

  it('takes a resource verified on a later page off the queue, and the count drops', async () => {
    const { user } = renderPage(overdueResources(30), {
      route: '/crisis-resources?overdue-after=R25&overdue-page=2',
    });
    await waitFor(() => expect(overdueNames()).toEqual(names(26, 30)));
    await user.click(within(overdueTable()).getByRole('button', { name: 'Mark verified: Overdue 27' }));
    await screen.findByText('29 resources were last verified over 180 days ago.');
    await waitFor(() =>
      expect(overdueNames()).toEqual(['Overdue 26', 'Overdue 28', 'Overdue 29', 'Overdue 30']),
    );
    expect(screen.getByText('Showing 26–29 of 29 resources')).toBeInTheDocument();
  });

  it('says so when the last resource on a page was verified, and offers the first page', async () => {
    const { user } = renderPage(overdueResources(26), {
      route: '/crisis-resources?overdue-after=R25&overdue-page=2',
    });
    await waitFor(() => expect(overdueNames()).toEqual(['Overdue 26']));
    await user.click(within(overdueTable()).getByRole('button', { name: 'Mark verified: Overdue 26' }));
    await screen.findByRole('heading', { name: 'Nothing on this page any more' });
    expect(screen.getByText('25 resources, none on this page')).toBeInTheDocument();
    expect(screen.queryByText(/Every resource was checked/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Go to the first page' }));
    await waitFor(() => expect(overdueNames()).toEqual(names(1, 25)));
    expect(address()).toEqual({});
    expect(screen.getByText('25 resources were last verified over 180 days ago.')).toBeInTheDocument();
  });

  it('shows each list’s own empty state when a link to a later page finds the whole list empty', async () => {
    // A bookmark or Back to page 2 of both lists, after every overdue resource was verified and the region
    // lost its resources: nothing is "on another page", so neither offers to go to the first.
    renderPage([], { route: '/crisis-resources?overdue-after=R25&overdue-page=2&after=X25&page=2' });
    await screen.findByRole('heading', { name: 'Every resource was checked in the last 180 days' });
    expect(screen.getByText('No resource is overdue a check.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'No resources for this region' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Nothing on this page any more' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Go to the first page' })).not.toBeInTheDocument();
  });

  it('says every resource was checked when none is overdue', async () => {
    renderPage([]);
    await screen.findByRole('heading', { name: 'Every resource was checked in the last 180 days' });
    expect(screen.getByText('No resource is overdue a check.')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Overdue resource pages' })).not.toBeInTheDocument();
  });
});
