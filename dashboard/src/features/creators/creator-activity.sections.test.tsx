/**
 * A creator's training and recognition history page through every row: a creator with years in the
 * programme has more than the first 50 of either, which the page used to show without a word about the
 * rest. The safe-messaging badge reads the newest completions, wherever they fall in the list, and the
 * training list follows enrolments made or withdrawn on a session's page. Run through the dashboard's
 * Graphcache in front of a stand-in server that pages by cursor as Beacon does.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { keysetPage, type PageArgs, standInServer } from '../../test/stand-in-server';
import {
  EnrolInTrainingMutation,
  RecordCompletionMutation,
  WithdrawEnrolmentMutation,
} from '../training/training.operations';
import { RecognitionsSection, TrainingSection } from './creator-activity.sections';

const CREATOR = 'C1';
const DAY = 86_400_000;

interface Enrolment {
  id: string;
  version: number;
  title: string;
  topic: string;
  startsAt: string;
  completedAt: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `count` enrolments, oldest first, in sessions long past and never completed. */
const enrolments = (count: number): Enrolment[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `E${i + 1}`,
    version: 1,
    title: `Session ${pad(i + 1)}`,
    topic: 'CREATOR_WELLBEING',
    startsAt: new Date(Date.UTC(2015, 0, 1) + i * 30 * DAY).toISOString(),
    completedAt: null,
  }));

const enrolmentNode = (e: Enrolment) => ({
  __typename: 'TrainingEnrolment',
  id: e.id,
  version: e.version,
  attended: e.completedAt !== null,
  attendedAt: e.completedAt,
  completed: e.completedAt !== null,
  completedAt: e.completedAt,
  session: {
    __typename: 'TrainingSession',
    id: `S-${e.id}`,
    title: e.title,
    topic: e.topic,
    startsAt: e.startsAt,
    endsAt: new Date(Date.parse(e.startsAt) + 3_600_000).toISOString(),
    timeZone: 'Europe/London',
    completedCount: 0,
  },
});

interface Recognition {
  id: string;
  campaign: string;
}

const recognitions = (count: number): Recognition[] =>
  Array.from({ length: count }, (_, i) => ({ id: `R${i + 1}`, campaign: `Campaign ${pad(i + 1)}` }));

const recognitionNode = (r: Recognition) => ({
  __typename: 'Recognition',
  id: r.id,
  status: 'REJECTED',
  rank: null,
  nominatedAt: '2024-01-01T09:00:00Z',
  publishedAt: null,
  withdrawnAt: null,
  withdrawalReason: null,
  scheduledFor: null,
  campaign: { __typename: 'Campaign', id: `CA-${r.id}`, name: r.campaign, slug: `campaign-${r.id}` },
});

/**
 * Answers the sections' queries from `rows` and `recognised`, and the session page's enrol, withdraw and
 * completion mutations by changing `rows` as the server would.
 */
function creatorServer(rows: Enrolment[], recognised: Recognition[] = []) {
  return standInServer((name, variables) => {
    if (name === 'CreatorEnrolments' || name === 'CreatorCompletedTraining') {
      expect(variables.creatorId).toBe(CREATOR);
      const completedOnly = name === 'CreatorCompletedTraining';
      const matching = completedOnly ? rows.filter((e) => e.completedAt !== null) : rows;
      const page = completedOnly ? { last: 100 } : (variables as PageArgs);
      return {
        trainingEnrolments: keysetPage('TrainingEnrolmentConnection', matching, page, enrolmentNode),
      };
    }
    if (name === 'CreatorRecognitions') {
      expect(variables.creatorId).toBe(CREATOR);
      return { recognitions: keysetPage('RecognitionConnection', recognised, variables, recognitionNode) };
    }
    if (name === 'EnrolInTraining') {
      const added: Enrolment = {
        id: `E${rows.length + 1}`,
        version: 1,
        title: 'Safe messaging for creators',
        topic: 'SAFE_MESSAGING_SUICIDE',
        startsAt: '2030-01-01T10:00:00.000Z',
        completedAt: null,
      };
      rows.push(added);
      return {
        enrolInTraining: {
          __typename: 'TrainingEnrolmentPayload',
          enrolment: {
            __typename: 'TrainingEnrolment',
            id: added.id,
            creator: { __typename: 'Creator', id: CREATOR, handle: 'ava', displayName: 'Ava' },
            organisation: null,
            session: { __typename: 'TrainingSession', id: `S-${added.id}`, enrolledCount: 1, seatsLeft: 9 },
          },
        },
      };
    }
    if (name === 'WithdrawTrainingEnrolment') {
      const { id } = (variables as { input: { id: string } }).input;
      rows.splice(
        rows.findIndex((e) => e.id === id),
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
              id: `S-${id}`,
              enrolledCount: 0,
              completedCount: 0,
              seatsLeft: 10,
            },
          },
        },
      };
    }
    if (name === 'RecordTrainingCompletion') {
      const { id } = (variables as { input: { id: string } }).input;
      const done = rows.find((e) => e.id === id) as Enrolment;
      done.completedAt = new Date().toISOString();
      done.version += 1;
      const node = enrolmentNode(done);
      return {
        recordTrainingCompletion: {
          __typename: 'TrainingEnrolmentPayload',
          enrolment: {
            ...node,
            session: { __typename: 'TrainingSession', id: node.session.id, completedCount: 1 },
          },
        },
      };
    }
    return undefined;
  });
}

function Address() {
  const location = useLocation();
  return <output aria-label="address">{location.search}</output>;
}
const address = () =>
  Object.fromEntries(new URLSearchParams(screen.getByRole('status', { name: 'address' }).textContent ?? ''));

function renderTraining(rows: Enrolment[], route = `/creators/${CREATOR}`) {
  const server = creatorServer(rows);
  const rendered = renderWithApp(
    <Provider value={server.client}>
      <TrainingSection creatorId={CREATOR} />
      <Address />
    </Provider>,
    { route },
  );
  return { ...rendered, ...server };
}

const trainingTable = () => screen.getByRole('table', { name: 'Training enrolments' });
const sessionNames = () =>
  within(trainingTable())
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);
const trainingPager = () => screen.getByRole('navigation', { name: 'Training pages' });
const sessions = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `Session ${pad(from + i)}`);

describe("a creator's training", () => {
  it('pages past the first 50 enrolments, so the newest are reached', async () => {
    const { user } = renderTraining(enrolments(60));
    await screen.findByText('Showing 1–20 of 60 enrolments');
    expect(sessionNames()).toEqual(sessions(1, 20));

    await user.click(within(trainingPager()).getByRole('button', { name: 'Next page' }));
    await screen.findByText('Showing 21–40 of 60 enrolments');
    await user.click(within(trainingPager()).getByRole('button', { name: 'Next page' }));
    await screen.findByText('Showing 41–60 of 60 enrolments');
    await waitFor(() => expect(sessionNames()).toEqual(sessions(41, 60)));
    expect(address()).toEqual({ 'training-after': 'E40', 'training-page': '3' });
    expect(within(trainingPager()).getByRole('button', { name: 'Next page' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('counts a recent safe-messaging completion however many enrolments came before it', async () => {
    const rows = enrolments(60);
    const latest = rows[59] as Enrolment;
    latest.topic = 'SAFE_MESSAGING_SUICIDE';
    latest.completedAt = new Date(Date.now() - 30 * DAY).toISOString();
    renderTraining(rows);
    await screen.findByText(/^Safe-messaging training completed /);
    expect(screen.getByText('Up to date')).toBeInTheDocument();
  });

  it('shows a session the creator is enrolled in from its own page, and drops one they are withdrawn from', async () => {
    const rows = enrolments(2);
    const { client } = renderTraining(rows);
    await screen.findByText('2 enrolments');

    await client
      .mutation(EnrolInTrainingMutation, { input: { sessionId: 'S-E3', creatorId: CREATOR } })
      .toPromise();
    await screen.findByText('3 enrolments');
    expect(sessionNames()).toEqual(['Session 01', 'Session 02', 'Safe messaging for creators']);

    await client.mutation(WithdrawEnrolmentMutation, { input: { id: 'E1', expectedVersion: 1 } }).toPromise();
    await screen.findByText('2 enrolments');
    expect(sessionNames()).toEqual(['Session 02', 'Safe messaging for creators']);
  });

  it('turns the badge to up to date when the safe-messaging session is recorded as completed', async () => {
    const rows = enrolments(1);
    const enrolled = rows[0] as Enrolment;
    enrolled.topic = 'SAFE_MESSAGING_SUICIDE';
    enrolled.startsAt = new Date(Date.now() - 2 * DAY).toISOString();
    const { client } = renderTraining(rows);
    await screen.findByText('Needed');

    await client
      .mutation(RecordCompletionMutation, { input: { id: enrolled.id, expectedVersion: 1 } })
      .toPromise();
    await screen.findByText('Up to date');
  });
});

function renderRecognitions(recognised: Recognition[]) {
  const server = creatorServer([], recognised);
  const rendered = renderWithApp(
    <Provider value={server.client}>
      <RecognitionsSection creatorId={CREATOR} />
      <Address />
    </Provider>,
    { route: `/creators/${CREATOR}` },
  );
  return { ...rendered, ...server };
}

const recognitionTable = () => screen.getByRole('table', { name: 'Recognitions' });
const campaignNames = () =>
  within(recognitionTable())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
const campaigns = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `Campaign ${pad(from + i)}`);

describe("a creator's recognition history", () => {
  it('pages past the first 50 recognitions, with its own page in the address', async () => {
    const { user } = renderRecognitions(recognitions(55));
    await screen.findByText('Showing 1–20 of 55 recognitions');
    const pager = () => screen.getByRole('navigation', { name: 'Recognition pages' });
    await user.click(within(pager()).getByRole('button', { name: 'Next page' }));
    await screen.findByText('Showing 21–40 of 55 recognitions');
    await user.click(within(pager()).getByRole('button', { name: 'Next page' }));
    await screen.findByText('Showing 41–55 of 55 recognitions');
    await waitFor(() => expect(campaignNames()).toEqual(campaigns(41, 55)));
    expect(address()).toEqual({ 'recognitions-after': 'R40', 'recognitions-page': '3' });
  });

  it('says the creator was never nominated when there is nothing to show', async () => {
    renderRecognitions([]);
    await screen.findByRole('heading', { name: 'Never nominated' });
    expect(screen.queryByRole('navigation', { name: 'Recognition pages' })).not.toBeInTheDocument();
  });
});
