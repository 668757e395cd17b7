/**
 * A session's enrolments page past the first hundred: every enrolee of a big session can be reached and
 * recorded (a session takes up to 10,000), the page kept in the URL as `enrolments-…`; withdrawing someone
 * on a later page refetches that page through the cache rules. Run through the dashboard's Graphcache in
 * front of a stand-in server that pages by cursor as Beacon does.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { Provider } from 'urql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CurrentUserProvider } from '../../common/permissions/current-user';
import type { StaffRole } from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { keysetPage, standInServer } from '../../test/stand-in-server';
import { EnrolmentsSection } from './enrolments.section';

const SESSION_ID = 'TS1';

interface Row {
  id: string;
  version: number;
  name: string;
}

const enrolees = (count: number): Row[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `E${i + 1}`,
    version: 1,
    name: `Creator ${String(i + 1).padStart(3, '0')}`,
  }));

const enrolmentNode = (row: Row) => ({
  __typename: 'TrainingEnrolment',
  id: row.id,
  version: row.version,
  attended: false,
  attendedAt: null,
  completed: false,
  completedAt: null,
  creator: {
    __typename: 'Creator',
    id: `C-${row.id}`,
    handle: row.name.replace(' ', '').toLowerCase(),
    displayName: row.name,
  },
  organisation: null,
});

const sessionOf = (rows: Row[]) => ({
  __typename: 'TrainingSession' as const,
  id: SESSION_ID,
  version: 1,
  title: 'A crowded session',
  description: '',
  topic: 'SAFE_MESSAGING_SUICIDE' as const,
  occasion: 'ONGOING' as const,
  audience: 'CREATORS' as const,
  startsAt: '2030-01-01T10:00:00.000Z',
  endsAt: '2030-01-01T11:00:00.000Z',
  timeZone: 'Europe/London',
  capacity: 500,
  enrolledCount: rows.length,
  completedCount: 0,
  seatsLeft: 500 - rows.length,
  archivedAt: null,
  facilitator: null,
});

function Address() {
  const location = useLocation();
  return <output aria-label="address">{location.search}</output>;
}
const address = () =>
  Object.fromEntries(new URLSearchParams(screen.getByRole('status', { name: 'address' }).textContent ?? ''));

/** Creators the enrol picker finds by handle or name. */
const CANDIDATES = [
  { __typename: 'Creator', id: 'C-ada', handle: 'adatalks', displayName: 'Ada Lovelace' },
  { __typename: 'Creator', id: 'C-alan', handle: 'alanmind', displayName: 'Alan Turing' },
];
let enrolRequests: string[] = [];

function renderSection(rows: Row[], { route = '/training/TS1', role = 'VIEWER' as StaffRole } = {}) {
  const server = standInServer((name, variables) => {
    if (name === 'SessionEnrolments') {
      expect(variables.sessionId).toBe(SESSION_ID);
      return {
        trainingEnrolments: keysetPage('TrainingEnrolmentConnection', rows, variables, enrolmentNode),
      };
    }
    if (name === 'EnroleeCreators') {
      const search = String(variables.search ?? '').toLowerCase();
      return {
        creators: {
          __typename: 'CreatorConnection',
          nodes: CANDIDATES.filter((c) => `${c.handle} ${c.displayName}`.toLowerCase().includes(search)),
        },
      };
    }
    if (name === 'EnrolInTraining') {
      const { creatorId } = (variables as { input: { creatorId: string } }).input;
      const creator = CANDIDATES.find((c) => c.id === creatorId);
      enrolRequests.push(creatorId);
      rows.push({ id: `E-${creatorId}`, version: 1, name: creator?.displayName ?? creatorId });
      return {
        enrolInTraining: {
          __typename: 'TrainingEnrolmentPayload',
          enrolment: {
            __typename: 'TrainingEnrolment',
            id: `E-${creatorId}`,
            creator,
            organisation: null,
            session: {
              __typename: 'TrainingSession',
              id: SESSION_ID,
              enrolledCount: rows.length,
              seatsLeft: 500 - rows.length,
            },
          },
        },
      };
    }
    if (name === 'WithdrawTrainingEnrolment') {
      const { id } = (variables as { input: { id: string } }).input;
      rows.splice(
        rows.findIndex((r) => r.id === id),
        1,
      );
      return {
        archiveTrainingEnrolment: {
          __typename: 'TrainingEnrolmentPayload',
          enrolment: {
            __typename: 'TrainingEnrolment',
            id,
            session: {
              __typename: 'TrainingSession',
              id: SESSION_ID,
              enrolledCount: rows.length,
              completedCount: 0,
              seatsLeft: 500 - rows.length,
            },
          },
        },
      };
    }
    return undefined;
  });
  const rendered = renderWithApp(
    <Provider value={server.client}>
      <CurrentUserProvider user={{ id: 'S1', email: 'ed@beacon.test', displayName: 'Ed', role }}>
        <EnrolmentsSection session={sessionOf(rows)} />
        <Address />
      </CurrentUserProvider>
    </Provider>,
    { route },
  );
  return { ...rendered, ...server };
}

const table = () => screen.getByRole('table', { name: 'Enrolments' });
const rowNames = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent?.replace(/ \(@.*\)$/, ''));
const pager = () => screen.getByRole('navigation', { name: 'Enrolment pages' });
const names = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `Creator ${String(from + i).padStart(3, '0')}`);

describe("a session's enrolments", () => {
  // jsdom lays nothing out; rows get the height a browser would give them, as the virtualiser measures them.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(48);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('pages past the first hundred, so every enrolee of a big session can be reached', async () => {
    const { user } = renderSection(enrolees(130));
    await screen.findByText('Showing 1–100 of 130 enrolments');
    // The table is virtualised: it says how many rows it holds rather than drawing them all.
    expect(table()).toHaveAttribute('aria-rowcount', '101');

    await user.click(within(pager()).getByRole('button', { name: 'Next page' }));
    await screen.findByText('Showing 101–130 of 130 enrolments');
    await waitFor(() => expect(rowNames()).toEqual(names(101, 130)));
    expect(address()).toEqual({ 'enrolments-after': 'E100', 'enrolments-page': '2' });
  });

  it('opens on the page the address names, and withdrawing someone there refetches it', async () => {
    const { user } = renderSection(enrolees(103), {
      route: '/training/TS1?enrolments-after=E100&enrolments-page=2',
      role: 'EDITOR',
    });
    await waitFor(() => expect(rowNames()).toEqual(names(101, 103)));
    await user.click(within(table()).getByRole('button', { name: /Withdraw: Creator 102/ }));
    await waitFor(() => expect(rowNames()).toEqual(['Creator 101', 'Creator 103']));
    expect(screen.getByText('Showing 101–102 of 102 enrolments')).toBeInTheDocument();
  });

  it('enrols a creator found by search, keyboard only, with a clear button a keyboard can reach', async () => {
    enrolRequests = [];
    const { user } = renderSection([], { role: 'EDITOR' });
    const picker = await screen.findByRole('combobox', { name: 'Enrol a creator' });
    await user.click(picker);
    await user.keyboard('turing');
    // The server's matches for what was typed, once the typing pauses.
    await waitFor(() =>
      expect(screen.queryByRole('option', { name: /Ada Lovelace/ })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('option', { name: 'Alan Turing (@alanmind)' })).toBeInTheDocument();
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(picker).toHaveValue('Alan Turing (@alanmind)'));

    // Changing their mind: the clear button is named and next in the tab order, and leaves the focus in
    // the field, empty.
    await user.tab();
    const clear = screen.getByRole('button', { name: 'Clear the chosen creator' });
    expect(clear).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(picker).toHaveValue(''));
    expect(picker).toHaveFocus();

    await user.keyboard('ada');
    await screen.findByRole('option', { name: 'Ada Lovelace (@adatalks)' });
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(picker).toHaveValue('Ada Lovelace (@adatalks)'));
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Enrol' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByText('Ada Lovelace (@adatalks) enrolled');
    expect(enrolRequests).toEqual(['C-ada']);
    await waitFor(() => expect(picker).toHaveValue(''));
  });

  it('says nobody is enrolled when the session is empty, with no pager', async () => {
    renderSection([]);
    await screen.findByRole('heading', { name: 'Nobody is enrolled yet' });
    expect(screen.queryByRole('navigation', { name: 'Enrolment pages' })).not.toBeInTheDocument();
  });
});
