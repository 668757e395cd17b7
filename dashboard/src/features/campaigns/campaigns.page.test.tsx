/**
 * The campaigns list's sort: the "Sort by" select and the column headers ask the server for the order
 * chosen, the URL keeps it (so a reload or a shared link shows the same order), and the default, newest
 * first, stays out of the URL as it always was.
 */
import { screen, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { Client, makeResult, type Operation, Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { filter, map, pipe } from 'wonka';
import { CurrentUserProvider } from '../../common/permissions/current-user';
import { renderWithApp } from '../../test/render';
import { CampaignsPage } from './campaigns.page';

const campaign = (id: string, name: string, startsOn: string, endsOn: string) => ({
  __typename: 'Campaign',
  id,
  slug: id.toLowerCase(),
  name,
  hashtag: `#${id}`,
  theme: 'Looking after each other.',
  startsOn,
  endsOn,
  spotlightCapacity: 10,
  archivedAt: null,
});

const ZOE = campaign('ZOE', 'Zoë Day', '2024-05-01', '2024-05-01');
const APPLE = campaign('APPLE', 'apple week', '2023-03-06', '2023-03-12');
const EMOTIONS = campaign('EMOTIONS', 'Émotions', '2025-01-20', '2025-01-26');

/** The order the server answers each `orderBy` in (what the server's own tests check). */
const ORDERED: Record<string, (typeof ZOE)[]> = {
  NEWEST: [EMOTIONS, ZOE, APPLE],
  NAME: [APPLE, EMOTIONS, ZOE],
  STARTS_ON: [APPLE, ZOE, EMOTIONS],
};

/** A stand-in server: answers the campaigns query in the order asked for, and keeps what was sent. */
function campaignsServer() {
  const sent: Operation[] = [];
  const client = new Client({
    url: '/graphql',
    exchanges: [
      () => (ops$) =>
        pipe(
          ops$,
          filter((op) => op.kind !== 'teardown'),
          map((op) => {
            sent.push(op);
            const nodes = ORDERED[String(op.variables?.orderBy)] ?? [];
            return makeResult(op, {
              data: {
                campaigns: {
                  __typename: 'CampaignConnection',
                  totalCount: nodes.length,
                  pageInfo: {
                    __typename: 'PageInfo',
                    hasNextPage: false,
                    hasPreviousPage: false,
                    startCursor: null,
                    endCursor: null,
                  },
                  nodes,
                },
              },
            });
          }),
        ),
    ],
  });
  return { client, sent };
}

function Location() {
  return <output aria-label="URL">{useLocation().search}</output>;
}

const open = (route: string) => {
  const server = campaignsServer();
  const rendered = renderWithApp(
    <Provider value={server.client}>
      <CurrentUserProvider user={{ id: 'u1', email: 'u@beacon.test', displayName: 'U', role: 'VIEWER' }}>
        <CampaignsPage />
        <Location />
      </CurrentUserProvider>
    </Provider>,
    { route },
  );
  return { ...rendered, ...server };
};

const url = () => screen.getByRole('status', { name: 'URL' }).textContent;
const sortSelect = () => screen.getByRole('combobox', { name: 'Sort by' });
const names = () =>
  within(screen.getByRole('table', { name: 'Campaigns found' }))
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });
const lastOrder = (sent: Operation[]) => sent.at(-1)?.variables?.orderBy;

describe('sorting the campaigns list', () => {
  it('shows newest first by default, asking for it, with nothing in the URL', async () => {
    const { sent } = open('/campaigns');
    await screen.findByRole('table', { name: 'Campaigns found' });
    expect(sortSelect()).toHaveDisplayValue('Newest first');
    expect(
      within(sortSelect())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Newest first', 'Name, A to Z', 'First day, earliest first']);
    expect(lastOrder(sent)).toBe('NEWEST');
    expect(names()).toEqual(['Émotions', 'Zoë Day', 'apple week']);
    expect(header('Dates')).toHaveAttribute('aria-sort', 'descending');
    expect(header('Campaign')).not.toHaveAttribute('aria-sort');
    expect(url()).toBe('');
  });

  it('sorts by name from the select, keeps it in the URL, and goes back to the first page', async () => {
    const { user, sent } = open('/campaigns?q=week&page=3&after=abc');
    await screen.findByRole('table', { name: 'Campaigns found' });
    await user.selectOptions(sortSelect(), 'Name, A to Z');
    expect(url()).toBe('?q=week&sort=NAME');
    expect(await screen.findByText('apple week', { selector: 'a' })).toBeInTheDocument();
    expect(names()).toEqual(['apple week', 'Émotions', 'Zoë Day']);
    expect(sent.at(-1)?.variables).toMatchObject({
      orderBy: 'NAME',
      filter: { search: 'week' },
      first: 20,
      after: null,
    });
    expect(header('Campaign')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Dates')).not.toHaveAttribute('aria-sort');

    await user.selectOptions(sortSelect(), 'Newest first');
    expect(url()).toBe('?q=week');
    expect(lastOrder(sent)).toBe('NEWEST');
  });

  it('opens in the order a link or reload names, and sorts from the column headers', async () => {
    const { user, sent } = open('/campaigns?sort=STARTS_ON');
    await screen.findByRole('table', { name: 'Campaigns found' });
    expect(sortSelect()).toHaveDisplayValue('First day, earliest first');
    expect(lastOrder(sent)).toBe('STARTS_ON');
    expect(names()).toEqual(['apple week', 'Zoë Day', 'Émotions']);
    expect(header('Dates')).toHaveAttribute('aria-sort', 'ascending');

    // The dates header goes from earliest first to newest first (the default, so out of the URL).
    await user.click(screen.getByRole('button', { name: 'Dates' }));
    expect(url()).toBe('');
    expect(lastOrder(sent)).toBe('NEWEST');
    expect(header('Dates')).toHaveAttribute('aria-sort', 'descending');
    expect(sortSelect()).toHaveDisplayValue('Newest first');

    await user.click(screen.getByRole('button', { name: 'Campaign' }));
    expect(url()).toBe('?sort=NAME');
    expect(sortSelect()).toHaveDisplayValue('Name, A to Z');
    expect(lastOrder(sent)).toBe('NAME');
  });

  it('reads an order it does not offer as the default', async () => {
    const { sent } = open('/campaigns?sort=HANDLE');
    await screen.findByRole('table', { name: 'Campaigns found' });
    expect(sortSelect()).toHaveDisplayValue('Newest first');
    expect(lastOrder(sent)).toBe('NEWEST');
  });
});
