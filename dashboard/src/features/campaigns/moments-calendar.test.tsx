/**
 * A critical moment with more training before it than its card holds says so ("Showing the first 50 of
 * 60 sessions") and links to the training list filtered to the moment's occasion and the year before it,
 * which pages through every one of them. Run through the dashboard's Graphcache in front of a stand-in
 * server.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { CurrentUserProvider } from '../../common/permissions/current-user';
import type { TrainingSessionFilter } from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { keysetPage, standInServer } from '../../test/stand-in-server';
import { TrainingSessionsPage } from '../training/training-sessions.page';
import { MomentsCalendar } from './moments-calendar';

const DAY = 86_400_000;
const WMHD = Date.parse('2024-10-10T00:00:00Z');

interface Session {
  id: string;
  title: string;
  occasion: string;
  startsAt: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `count` sessions for World Mental Health Day 2024, a few days apart, starting 300 days before it. */
const before = (count: number): Session[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `TS${i + 1}`,
    title: `Preparing ${pad(i + 1)}`,
    occasion: 'WORLD_MENTAL_HEALTH_DAY',
    startsAt: new Date(WMHD - (300 - i * 4) * DAY + 10 * 3_600_000).toISOString(),
  }));

const sessionNode = (s: Session) => ({
  __typename: 'TrainingSession',
  id: s.id,
  title: s.title,
  topic: 'CAMPAIGN_READINESS',
  occasion: s.occasion,
  audience: 'PARTNER_ORGANISATIONS',
  startsAt: s.startsAt,
  endsAt: new Date(Date.parse(s.startsAt) + 3_600_000).toISOString(),
  timeZone: 'UTC',
  capacity: 20,
  enrolledCount: 0,
  completedCount: 0,
  seatsLeft: 20,
  archivedAt: null,
  facilitator: null,
});

const moment = (occasion: string, name: string, startsOn: string, sessions: Session[]) => ({
  __typename: 'CriticalMoment',
  occasion,
  name,
  startsOn,
  endsOn: startsOn,
  trainingSessionsBefore: {
    __typename: 'TrainingSessionConnection',
    totalCount: sessions.length,
    nodes: sessions.slice(0, 50).map(sessionNode),
  },
});

describe("a critical moment's training", () => {
  it('says when it shows the first 50 of more sessions, and links to the training list of them all', async () => {
    const server = standInServer((name) =>
      name === 'CriticalMoments'
        ? {
            criticalMoments: [
              moment('WORLD_SUICIDE_PREVENTION_DAY', 'World Suicide Prevention Day', '2024-09-10', []),
              moment('WORLD_MENTAL_HEALTH_DAY', 'World Mental Health Day', '2024-10-10', before(60)),
            ],
          }
        : undefined,
    );
    renderWithApp(
      <Provider value={server.client}>
        <MomentsCalendar campaign={{ startsOn: '2024-10-01', endsOn: '2024-10-31' }} />
      </Provider>,
    );
    const card = (await screen.findByRole('heading', { name: 'World Mental Health Day' })).closest(
      'li',
    ) as HTMLElement;
    expect(
      within(card).getByText(/^Showing the first 50 of 60 sessions, soonest first\./),
    ).toBeInTheDocument();
    expect(
      within(card).getByRole('link', {
        name: 'See every session before World Mental Health Day in the training list',
      }),
    ).toHaveAttribute('href', '/training?occasion=WORLD_MENTAL_HEALTH_DAY&from=2023-10-11&to=2024-10-09');
    expect(within(card).getByText('Partner organisation training (50 shown)')).toBeInTheDocument();

    // A moment whose sessions all fit says nothing more.
    const other = screen
      .getByRole('heading', { name: 'World Suicide Prevention Day' })
      .closest('li') as HTMLElement;
    expect(within(other).queryByText(/^Showing the first/)).not.toBeInTheDocument();
    expect(within(other).getAllByText('None before this moment.')).toHaveLength(2);
  });

  it('the training list at that link pages through every one of them, past the first 50', async () => {
    // The 60 before the day, one the day after and one for another occasion: the list is the 60.
    const sessions = [
      ...before(60),
      {
        id: 'LATE',
        title: 'Too late',
        occasion: 'WORLD_MENTAL_HEALTH_DAY',
        startsAt: new Date(WMHD + DAY).toISOString(),
      },
      {
        id: 'OTHER',
        title: 'Other',
        occasion: 'BACK_TO_SCHOOL',
        startsAt: new Date(WMHD - 9 * DAY).toISOString(),
      },
    ];
    const server = standInServer((name, variables) => {
      if (name !== 'TrainingSessions') return undefined;
      const filter = variables.filter as TrainingSessionFilter;
      const matching = sessions.filter(
        (s) =>
          (!filter.occasion || s.occasion === filter.occasion) &&
          (!filter.startsAfter || s.startsAt >= filter.startsAfter) &&
          (!filter.startsBefore || s.startsAt < filter.startsBefore),
      );
      return { trainingSessions: keysetPage('TrainingSessionConnection', matching, variables, sessionNode) };
    });
    const { user } = renderWithApp(
      <Provider value={server.client}>
        <CurrentUserProvider user={{ id: 'S1', email: 'v@beacon.test', displayName: 'V', role: 'VIEWER' }}>
          <TrainingSessionsPage />
        </CurrentUserProvider>
      </Provider>,
      { route: '/training?occasion=WORLD_MENTAL_HEALTH_DAY&from=2023-10-11&to=2024-10-09' },
    );
    await screen.findByText('Showing 1–20 of 60 sessions');
    expect(screen.getByLabelText('Starting from')).toHaveValue('2023-10-11');
    expect(screen.getByLabelText('Starting by')).toHaveValue('2024-10-09');
    const pager = () => screen.getByRole('navigation', { name: 'Training pages' });
    await user.click(within(pager()).getByRole('button', { name: 'Next page' }));
    await screen.findByText('Showing 21–40 of 60 sessions');
    await user.click(within(pager()).getByRole('button', { name: 'Next page' }));
    await screen.findByText('Showing 41–60 of 60 sessions');
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'Training sessions' }))
          .getAllByRole('rowheader')
          .map((cell) => within(cell).getByRole('link').textContent),
      ).toEqual(Array.from({ length: 20 }, (_, i) => `Preparing ${pad(41 + i)}`)),
    );
  });
});
