import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreator } from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';

const EVENTS = `query($f: AuditEventFilter) {
  auditEvents(first: 10, filter: $f) { totalCount nodes { action targetType targetGlobalId actor { email } before after } }
}`;

type Events = {
  auditEvents: {
    totalCount: number;
    nodes: {
      action: string;
      targetGlobalId: string;
      actor: { email: string } | null;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }[];
  };
};

describe('the audit log', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app?.close());

  it('shows admins who changed what, with the record before and after, newest first', async () => {
    const editor = await app.staff(StaffRole.EDITOR);
    const admin = await app.staff(StaffRole.ADMIN);
    const creator = await buildCreator(app.orm.em.fork(), { displayName: 'Before Name' });
    const update = `mutation($input: UpdateCreatorInput!) { updateCreator(input: $input) { creator { version } } }`;
    dataOf(
      await app.run(
        update,
        { input: { id: creator.globalId, expectedVersion: 1, displayName: 'After Name' } },
        editor,
      ),
    );
    dataOf(
      await app.run(update, { input: { id: creator.globalId, expectedVersion: 2, bio: 'New bio' } }, editor),
    );
    const log = dataOf(
      await app.run<Events>(EVENTS, { f: { targetId: creator.globalId } }, admin),
    ).auditEvents;
    expect(log.totalCount).toBe(2);
    expect(log.nodes.map((n) => n.action)).toEqual(['creator.update', 'creator.update']);
    const first = log.nodes[1];
    expect(first?.actor?.email).toBe(editor.email);
    expect(first?.targetGlobalId).toBe(creator.globalId);
    expect(first?.before?.displayName).toBe('Before Name');
    expect(first?.after?.displayName).toBe('After Name');
  });

  it('is closed to everyone but admins', async () => {
    const publisher = await app.staff(StaffRole.PUBLISHER);
    expect(codesOf(await app.run(EVENTS, {}, publisher))).toEqual(['FORBIDDEN']);
    expect(codesOf(await app.run(EVENTS, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('writes no audit event when a change is refused', async () => {
    const admin = await app.staff(StaffRole.ADMIN);
    const editor = await app.staff(StaffRole.EDITOR);
    const creator = await buildCreator(app.orm.em.fork());
    const update = `mutation($input: UpdateCreatorInput!) { updateCreator(input: $input) { creator { version } } }`;
    expect(
      codesOf(
        await app.run(update, { input: { id: creator.globalId, expectedVersion: 1, region: 'ZZ' } }, editor),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codesOf(
        await app.run(update, { input: { id: creator.globalId, expectedVersion: 7, bio: 'x' } }, editor),
      ),
    ).toEqual(['CONFLICT']);
    const log = dataOf(
      await app.run<Events>(EVENTS, { f: { targetId: creator.globalId } }, admin),
    ).auditEvents;
    expect(log.totalCount).toBe(0);
  });
});
