/**
 * A nomination's note thread is a history that must be readable in full: it opens on its newest notes and
 * "Show older notes" reaches back to the first, however long the thread (it used to show the oldest 100
 * and nothing after them, so the latest decisions of a long thread were missing). A note added while older
 * pages are open leaves no note out between them. Run through the dashboard's Graphcache in front of a
 * stand-in server that pages by cursor as Beacon does.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { Provider, useQuery } from 'urql';
import { describe, expect, it } from 'vitest';
import { CurrentUserProvider } from '../../common/permissions/current-user';
import { renderWithApp } from '../../test/render';
import { keysetPage, type PageArgs, standInServer } from '../../test/stand-in-server';
import { NoteThread } from './note-thread';
import { RecognitionQuery } from './recognitions.operations';

const RECOGNITION = 'R1';
const RAE = { __typename: 'StaffUser', id: 'S-reviewer', displayName: 'Rae Reviewer' };

interface Note {
  id: string;
  body: string;
}

const thread = (count: number): Note[] =>
  Array.from({ length: count }, (_, i) => ({ id: `N${i + 1}`, body: `Note ${i + 1}` }));

const noteNode = (note: Note) => ({
  __typename: 'RecognitionNote',
  id: note.id,
  kind: 'COMMENT',
  body: note.body,
  createdAt: '2026-09-02T10:00:00Z',
  author: RAE,
});

/** The recognition as RecognitionFields reads it, with the newest page of `notes`. */
const recognition = (notes: Note[], page: PageArgs) => ({
  __typename: 'Recognition',
  id: RECOGNITION,
  version: 4,
  status: 'NOMINATED',
  citation: 'For patient, hopeful videos.',
  rank: null,
  nominatedAt: '2026-09-01T09:00:00Z',
  reviewedAt: null,
  approvedAt: null,
  scheduledFor: null,
  scheduledTimeZone: null,
  scheduleFailure: null,
  publishedAt: null,
  withdrawnAt: null,
  withdrawalReason: null,
  updatedAt: '2026-09-02T10:00:00Z',
  nominatedBy: { __typename: 'StaffUser', id: 'S-editor', displayName: 'Eddie Editor' },
  reviewedBy: null,
  approvedBy: null,
  scheduledBy: null,
  publishedBy: null,
  withdrawnBy: null,
  creator: {
    __typename: 'Creator',
    id: 'C1',
    handle: 'ava',
    displayName: 'Ava',
    region: 'GB',
    topics: [],
  },
  campaign: {
    __typename: 'Campaign',
    id: 'CAMP1',
    slug: 'wmhd-2026',
    name: 'World Mental Health Day 2026',
    hashtag: '#WMHD',
    spotlightCapacity: 10,
  },
  eligibility: [],
  safetyFindings: [],
  featuredVideos: { __typename: 'AwarenessVideoConnection', nodes: [] },
  notes: keysetPage('RecognitionNoteConnection', notes, page, noteNode),
});

/** Answers the thread's reads from `notes`, and adds a comment to it as the server would. */
function threadServer(notes: Note[]) {
  return standInServer((name, variables) => {
    if (name === 'Recognition') return { recognition: recognition(notes, { last: 20 }) };
    if (name === 'RecognitionOlderNotes') {
      expect(variables.id).toBe(RECOGNITION);
      return {
        recognition: {
          __typename: 'Recognition',
          id: RECOGNITION,
          notes: keysetPage('RecognitionNoteConnection', notes, variables, noteNode),
        },
      };
    }
    if (name === 'AddRecognitionNote') {
      const { body } = (variables as { input: { body: string } }).input;
      const added = { id: `N${notes.length + 1}`, body };
      notes.push(added);
      return {
        addRecognitionNote: {
          __typename: 'AddRecognitionNotePayload',
          note: { __typename: 'RecognitionNote', id: added.id },
          recognition: recognition(notes, { last: 20 }),
        },
      };
    }
    return undefined;
  });
}

function Thread() {
  const [result] = useQuery({ query: RecognitionQuery, variables: { id: RECOGNITION } });
  return result.data?.recognition ? <NoteThread recognition={result.data.recognition} /> : null;
}

function renderThread(notes: Note[]) {
  const server = threadServer(notes);
  const rendered = renderWithApp(
    <Provider value={server.client}>
      <CurrentUserProvider user={{ id: 'S1', email: 'ed@beacon.test', displayName: 'Ed', role: 'EDITOR' }}>
        <Thread />
      </CurrentUserProvider>
    </Provider>,
  );
  return { ...rendered, ...server };
}

const list = () => screen.getByRole('list');
const bodies = () =>
  within(list())
    .getAllByRole('listitem')
    .map((item) => item.lastElementChild?.textContent);
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `Note ${from + i}`);
const showOlder = () => screen.getByRole('button', { name: /^Show older notes/ });

describe("a nomination's note thread", () => {
  it('opens on the newest notes and reaches back to the first, past the first 100', async () => {
    const { user } = renderThread(thread(130));
    await screen.findByRole('heading', { name: 'Notes (130)' });
    expect(bodies()).toEqual(range(111, 130));
    expect(showOlder()).toHaveAccessibleName('Show older notes (110 more)');

    await user.click(showOlder());
    await waitFor(() => expect(bodies()).toEqual(range(91, 130)));
    // The person is taken to the first of the notes they asked for.
    expect(document.activeElement).toHaveTextContent('Note 91');
    expect(showOlder()).toHaveAccessibleName('Show older notes (90 more)');

    for (let left = 90; left > 0; left -= 20) {
      await user.click(showOlder());
      await waitFor(() => expect(bodies()).toEqual(range(Math.max(1, left - 19), 130)));
    }
    expect(screen.queryByRole('button', { name: /^Show older notes/ })).not.toBeInTheDocument();
    expect(document.activeElement).toHaveTextContent('Note 1');
  });

  it('leaves no note out when one is added while older notes are shown', async () => {
    const { user } = renderThread(thread(45));
    await screen.findByRole('heading', { name: 'Notes (45)' });
    await user.click(showOlder());
    await waitFor(() => expect(bodies()).toEqual(range(6, 45)));

    await user.type(screen.getByRole('textbox', { name: 'Add a note' }), 'Note 46');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await screen.findByRole('heading', { name: 'Notes (46)' });
    // The newest page moved on by one; the older page moved with it, so Note 26 is still there.
    await waitFor(() => expect(bodies()).toEqual(range(7, 46)));
    await user.click(showOlder());
    await waitFor(() => expect(bodies()).toEqual(range(1, 46)));
  });

  it('offers nothing older when the thread fits on one page', async () => {
    renderThread(thread(3));
    await screen.findByRole('heading', { name: 'Notes (3)' });
    expect(bodies()).toEqual(range(1, 3));
    expect(screen.queryByRole('button', { name: /^Show older notes/ })).not.toBeInTheDocument();
  });
});
