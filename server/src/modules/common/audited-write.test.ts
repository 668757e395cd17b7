import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreator } from '../../test/factories.js';
import { createTestApp, StaffRole, type TestApp } from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Creator } from '../creators/creator.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { auditedWrite } from './audited-write.js';

const UPDATE = `mutation($input: UpdateCreatorInput!) { updateCreator(input: $input) { creator { version displayName } } }`;

describe('the audited write every staff change goes through', () => {
  let app: TestApp;
  let editor: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR);
  });
  afterAll(() => app?.close());

  const eventsFor = (creator: Creator) => app.orm.em.fork().count(AuditEvent, { targetId: creator.id });
  const stored = async (creator: Creator) =>
    (await app.orm.em.fork().findOneOrFail(Creator, { id: creator.id })).displayName;

  it('refuses to commit a change that recorded no audit event, so nothing changes unrecorded', async () => {
    const creator = await buildCreator(app.orm.em.fork(), { displayName: 'Kept' });
    const write = auditedWrite(app.orm.em.fork(), { user: editor, requestId: null }, async (tx) => {
      const found = await tx.findOneOrFail(Creator, { id: creator.id });
      found.displayName = 'Unrecorded';
    });
    await expect(write).rejects.toThrow(/recorded no audit event/);
    expect(await stored(creator)).toBe('Kept');
    expect(await eventsFor(creator)).toBe(0);
  });

  it('rolls back the change and its audit event together when the work fails after recording', async () => {
    const creator = await buildCreator(app.orm.em.fork(), { displayName: 'Kept' });
    const write = auditedWrite(app.orm.em.fork(), { user: editor, requestId: null }, async (tx, audit) => {
      const found = await tx.findOneOrFail(Creator, { id: creator.id });
      await audit.changed('creator.update', found, () => {
        found.displayName = 'Half done';
      });
      throw new Error('the rest of the change failed');
    });
    await expect(write).rejects.toThrow('the rest of the change failed');
    expect(await stored(creator)).toBe('Kept');
    expect(await eventsFor(creator)).toBe(0);
  });

  it('answers a stale expectedVersion with CONFLICT naming the current version, changing and auditing nothing', async () => {
    const creator = await buildCreator(app.orm.em.fork(), { displayName: 'First' });
    const saved = await app.run(
      UPDATE,
      { input: { id: creator.globalId, expectedVersion: 1, displayName: 'Second' } },
      editor,
    );
    expect(saved.errors).toBeUndefined();
    const stale = await app.run(
      UPDATE,
      { input: { id: creator.globalId, expectedVersion: 1, displayName: 'Lost?' } },
      editor,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      expectedVersion: 1,
      actualVersion: 2,
    });
    expect(await stored(creator)).toBe('Second');
    expect(await eventsFor(creator)).toBe(1);
  });

  it('records one event per change, with the request it came from and who made it', async () => {
    const creator = await buildCreator(app.orm.em.fork());
    const requestId = `req-${creator.id}`;
    const result = await app.run(
      UPDATE,
      { input: { id: creator.globalId, expectedVersion: 1, displayName: 'Renamed' } },
      editor,
      { requestId },
    );
    expect(result.errors).toBeUndefined();
    const events = await app.orm.em.fork().find(AuditEvent, { requestId }, { populate: ['actor'] });
    expect(events.map((e) => [e.action, e.targetType, e.targetId, e.actor?.email])).toEqual([
      ['creator.update', 'Creator', creator.id, editor.email],
    ]);
  });
});
