/**
 * Every record has a history staff can read beside it: who changed it, what, when, why and which fields.
 * Staff accounts' history stays with admins, as the full audit log does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreator, buildRecognition } from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { encodeGlobalId } from '../common/node.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { auditEventOf } from './audit.service.js';

const HISTORY = /* GraphQL */ `
  query History($id: ID!, $first: Int, $after: String) {
    recordHistory(id: $id, first: $first, after: $after) {
      totalCount
      nodes { id action occurredAt actorName actor { email } reason changedFields changes { field before after } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

type Entry = {
  id: string;
  action: string;
  actorName: string;
  actor: { email: string } | null;
  reason: string | null;
  changedFields: string[];
  changes: { field: string; before: unknown; after: unknown }[];
};
type History = {
  recordHistory: {
    totalCount: number;
    nodes: Entry[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const CREATE = `mutation($input: CreateCreatorInput!) { createCreator(input: $input) { creator { id version } } }`;
const UPDATE = `mutation($input: UpdateCreatorInput!) { updateCreator(input: $input) { creator { version } } }`;

describe("a record's history", () => {
  let app: TestApp;
  let editor: StaffUser;
  let viewer: StaffUser;
  let admin: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR, { displayName: 'Erin Editor' });
    viewer = await app.staff(StaffRole.VIEWER);
    admin = await app.staff(StaffRole.ADMIN);
  });
  afterAll(() => app?.close());

  const history = async (id: string, user: StaffUser = viewer, first = 20) =>
    dataOf(await app.run<History>(HISTORY, { id, first }, user)).recordHistory;

  it('shows staff who changed a creator, what, when and which fields, newest first', async () => {
    const created = dataOf(
      await app.run<{ createCreator: { creator: { id: string; version: number } } }>(
        CREATE,
        {
          input: {
            handle: 'history_kit',
            displayName: 'Kit Before',
            region: 'GB',
            profileUrl: 'https://video.example/@history_kit',
          },
        },
        editor,
      ),
    ).createCreator.creator;
    let version = created.version;
    for (const change of [
      { displayName: 'Kit After' },
      { bio: 'Talks about exam stress.', followerCount: 12 },
    ]) {
      const updated = dataOf(
        await app.run<{ updateCreator: { creator: { version: number } } }>(
          UPDATE,
          { input: { id: created.id, expectedVersion: version, ...change } },
          editor,
        ),
      );
      version = updated.updateCreator.creator.version;
    }

    const page = await history(created.id);
    expect(page.totalCount).toBe(3);
    expect(page.nodes.map((e) => [e.action, e.actorName, e.actor?.email])).toEqual([
      ['creator.update', 'Erin Editor', editor.email],
      ['creator.update', 'Erin Editor', editor.email],
      ['creator.create', 'Erin Editor', editor.email],
    ]);
    const [latest, renamed, creation] = page.nodes;
    expect(latest?.changedFields).toEqual(['bio', 'followerCount']);
    expect(latest?.changes).toEqual([
      { field: 'bio', before: '', after: 'Talks about exam stress.' },
      { field: 'followerCount', before: '0', after: '12' },
    ]);
    expect(renamed?.changes).toEqual([{ field: 'displayName', before: 'Kit Before', after: 'Kit After' }]);
    // A creation lists what the record started with; bookkeeping (version, timestamps, derived keys) never shows.
    expect(creation?.changedFields).toEqual(expect.arrayContaining(['handle', 'displayName', 'region']));
    expect(creation?.changedFields).not.toEqual(expect.arrayContaining(['version']));
    expect(creation?.changes.find((c) => c.field === 'handle')).toEqual({
      field: 'handle',
      before: null,
      after: 'history_kit',
    });

    // Pages like every list.
    const first = dataOf(await app.run<History>(HISTORY, { id: created.id, first: 2 }, viewer)).recordHistory;
    const rest = dataOf(
      await app.run<History>(HISTORY, { id: created.id, first: 2, after: first.pageInfo.endCursor }, viewer),
    ).recordHistory;
    expect([...first.nodes, ...rest.nodes].map((e) => e.id)).toEqual(page.nodes.map((e) => e.id));
  });

  it("keeps each review step's reason, and names Beacon for changes no one made by hand", async () => {
    const rec = await buildRecognition(app.orm.em.fork(), { nominatedBy: editor });
    const reviewer = await app.staff(StaffRole.SAFETY_REVIEWER, { displayName: 'Rae Reviewer' });
    const review = `mutation($input: ReviewInput!) { reviewNomination(input: $input) { recognition { version } } }`;
    dataOf(
      await app.run(
        review,
        {
          input: {
            id: rec.globalId,
            expectedVersion: rec.version,
            decision: 'RETURN_FOR_CHANGES',
            notes: 'Name a helpline.',
          },
        },
        reviewer,
      ),
    );
    const em = app.orm.em.fork();
    em.persist(
      auditEventOf({
        actor: null,
        action: 'recognition.schedule_failed',
        targetType: 'Recognition',
        targetId: rec.id,
        before: { status: 'SCHEDULED' },
        after: { status: 'APPROVED' },
        reason: 'Not eligible: consent withdrawn',
      }),
    );
    await em.flush();
    const entries = (await history(rec.globalId)).nodes;
    expect(entries.map((e) => [e.action, e.actorName, e.reason])).toEqual([
      ['recognition.schedule_failed', 'Beacon', 'Not eligible: consent withdrawn'],
      ['recognition.return_for_changes', 'Rae Reviewer', 'Name a helpline.'],
    ]);
    expect(entries[1]?.changes.find((c) => c.field === 'status')).toEqual({
      field: 'status',
      before: 'NOMINATED',
      after: 'RETURNED_FOR_CHANGES',
    });
  });

  it("keeps staff accounts' history for admins, and refuses IDs with no history and anonymous clients", async () => {
    const refused = await app.run(HISTORY, { id: editor.globalId }, viewer);
    expect(codesOf(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.extensions?.requiredPermission).toBe('AUDIT_READ');
    expect((await history(editor.globalId, admin)).nodes).toEqual([]);

    const creator = await buildCreator(app.orm.em.fork());
    expect(codesOf(await app.run(HISTORY, { id: 'not-an-id' }, viewer))).toEqual(['BAD_USER_INPUT']);
    const auditEventId = encodeGlobalId('AuditEvent', '00000000-0000-7000-8000-000000000000');
    expect(codesOf(await app.run(HISTORY, { id: auditEventId }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await app.run(HISTORY, { id: creator.globalId }))).toEqual(['UNAUTHENTICATED']);
  });

  it('names the actors of a long history with the same number of queries as a short one', async () => {
    const creator = await buildCreator(app.orm.em.fork());
    const actors = [];
    for (let i = 0; i < 12; i++) actors.push(await app.staff(StaffRole.EDITOR));
    const em = app.orm.em.fork();
    for (const actor of actors) {
      em.persist(
        auditEventOf({
          actor,
          action: 'creator.update',
          targetType: 'Creator',
          targetId: creator.id,
          before: { bio: 'a' },
          after: { bio: 'b' },
        }),
      );
    }
    await em.flush();
    const statements = async (first: number) => {
      app.resetQueryCount();
      const page = await history(creator.globalId, viewer, first);
      expect(new Set(page.nodes.map((e) => e.actor?.email)).size).toBe(first);
      return app.queryCount();
    };
    expect(await statements(12)).toBe(await statements(2));
  });
});
