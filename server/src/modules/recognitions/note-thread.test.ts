/**
 * Reviewer notes form a kept thread: each review decision, a resubmission and staff comments add a note,
 * none overwrites another, and only staff ever read it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRecognition } from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { Recognition } from './recognition.entity.js';
import { RecognitionNote } from './recognition-note.entity.js';

const REVIEW = `mutation($input: ReviewInput!) { reviewNomination(input: $input) { recognition { version } } }`;
const EDIT = `mutation($input: EditNominationInput!) { editNomination(input: $input) { recognition { version status } } }`;
const COMMENT = /* GraphQL */ `
  mutation($input: AddRecognitionNoteInput!) {
    addRecognitionNote(input: $input) { note { id kind body author { email } } recognition { version } }
  }
`;
const THREAD = /* GraphQL */ `
  query($id: ID!) {
    recognition(id: $id) {
      version
      reviewerNotes
      notes { totalCount nodes { kind body createdAt author { email } } }
    }
  }
`;

type Thread = {
  recognition: {
    version: number;
    reviewerNotes: string | null;
    notes: { totalCount: number; nodes: { kind: string; body: string; author: { email: string } | null }[] };
  };
};

describe("a nomination's note thread", () => {
  let app: TestApp;
  let editor: StaffUser;
  let reviewer: StaffUser;
  let publisher: StaffUser;
  let viewer: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR);
    reviewer = await app.staff(StaffRole.SAFETY_REVIEWER);
    publisher = await app.staff(StaffRole.PUBLISHER);
    viewer = await app.staff(StaffRole.VIEWER);
  });
  afterAll(() => app?.close());

  it('keeps the return note, the resubmission note, the sign-off note and comments, oldest first', async () => {
    const rec = await buildRecognition(app.orm.em.fork(), { nominatedBy: editor });
    const id = rec.globalId;
    let version = rec.version;
    const run = async <T extends Record<string, { recognition: { version: number } }>>(
      query: string,
      input: Record<string, unknown>,
      user: StaffUser,
    ) => {
      const data = dataOf(
        await app.run<T>(query, { input: { id, expectedVersion: version, ...input } }, user),
      );
      version = (Object.values(data)[0] as { recognition: { version: number } }).recognition.version;
    };
    await run(REVIEW, { decision: 'RETURN_FOR_CHANGES', notes: 'Please name a helpline.' }, reviewer);
    await run(
      EDIT,
      { citation: 'For hopeful videos that always name a helpline such as 988.', note: 'Added 988.' },
      editor,
    );
    const comment = dataOf(
      await app.run<{
        addRecognitionNote: { note: { kind: string; body: string }; recognition: { version: number } };
      }>(COMMENT, { input: { recognitionId: id, body: '  Looks good to me.  ' } }, publisher),
    ).addRecognitionNote;
    expect(comment.note).toMatchObject({ kind: 'COMMENT', body: 'Looks good to me.' });
    // A comment changes no decision: the version others read stays current.
    expect(comment.recognition.version).toBe(version);
    await run(REVIEW, { decision: 'SIGN_OFF', notes: 'Signed off: helpline named.' }, reviewer);

    const thread = dataOf(await app.run<Thread>(THREAD, { id }, viewer)).recognition;
    expect(thread.notes.nodes.map((n) => [n.kind, n.body, n.author?.email])).toEqual([
      ['RETURNED_FOR_CHANGES', 'Please name a helpline.', reviewer.email],
      ['RESUBMITTED', 'Added 988.', editor.email],
      ['COMMENT', 'Looks good to me.', publisher.email],
      ['SIGNED_OFF', 'Signed off: helpline named.', reviewer.email],
    ]);
    expect(thread.notes.totalCount).toBe(4);
    // The deprecated single field is the latest review decision's note.
    expect(thread.reviewerNotes).toBe('Signed off: helpline named.');

    // The comment was audited on the recognition, and the edit kept its note as the reason.
    const events = await app.orm.em
      .fork()
      .find(AuditEvent, { targetId: rec.id }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
    expect(events.map((e) => [e.action, e.reason])).toEqual([
      ['recognition.return_for_changes', 'Please name a helpline.'],
      ['recognition.edit', 'Added 988.'],
      ['recognition.comment', null],
      ['recognition.sign_off', 'Signed off: helpline named.'],
    ]);
    expect(events[2]?.after).toMatchObject({ note: { kind: 'COMMENT', body: 'Looks good to me.' } });
  });

  it('keeps a signed-off nomination free of empty notes, and a return without notes is refused', async () => {
    const rec = await buildRecognition(app.orm.em.fork(), { nominatedBy: editor });
    const refused = await app.run(
      REVIEW,
      { input: { id: rec.globalId, expectedVersion: rec.version, decision: 'REJECT', notes: '   ' } },
      reviewer,
    );
    expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    dataOf(
      await app.run(
        REVIEW,
        { input: { id: rec.globalId, expectedVersion: rec.version, decision: 'SIGN_OFF' } },
        reviewer,
      ),
    );
    const thread = dataOf(await app.run<Thread>(THREAD, { id: rec.globalId }, viewer)).recognition;
    expect(thread.notes.nodes).toEqual([]);
    expect(thread.reviewerNotes).toBeNull();
  });

  it('refuses a comment from a viewer, a blank one, and one on something that is not a recognition, adding nothing', async () => {
    const rec = await buildRecognition(app.orm.em.fork(), { nominatedBy: editor });
    const ask = (input: Record<string, unknown>, user: StaffUser | null) =>
      app.run(COMMENT, { input: { recognitionId: rec.globalId, body: 'A comment.', ...input } }, user);
    const asViewer = await ask({}, viewer);
    expect(codesOf(asViewer)).toEqual(['FORBIDDEN']);
    expect(asViewer.errors?.[0]?.extensions?.requiredPermission).toBe('COMMENT');
    expect(codesOf(await ask({}, null))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await ask({ body: ' \n ' }, editor))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await ask({ body: 'x'.repeat(4001) }, editor))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await ask({ recognitionId: rec.creator.globalId }, editor))).toEqual(['BAD_USER_INPUT']);
    const em = app.orm.em.fork();
    expect(await em.count(RecognitionNote, { recognition: rec.id })).toBe(0);
    expect(await em.count(AuditEvent, { targetId: rec.id })).toBe(0);
    expect((await em.findOneOrFail(Recognition, { id: rec.id })).version).toBe(rec.version);
  });

  it('loads the threads of a whole review queue with the same number of queries as for two', async () => {
    const em = app.orm.em.fork();
    const recs: Recognition[] = [];
    for (let i = 0; i < 12; i++) {
      recs.push(
        await buildRecognition(em, { nominatedBy: editor, reviewedBy: reviewer, reviewerNotes: `Note ${i}` }),
      );
    }
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Recognition { reviewerNotes notes { nodes { body author { email } } } } } }`;
    const statements = async (n: number) => {
      app.resetQueryCount();
      const data = dataOf(
        await app.run<{ nodes: { notes: { nodes: unknown[] } }[] }>(
          query,
          { ids: recs.slice(0, n).map((r) => r.globalId) },
          viewer,
        ),
      );
      expect(data.nodes.every((r) => r.notes.nodes.length === 1)).toBe(true);
      return app.queryCount();
    };
    expect(await statements(12)).toBe(await statements(2));
  });
});
