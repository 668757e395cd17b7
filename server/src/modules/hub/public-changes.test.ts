/**
 * When public changes are announced: only after the outermost transaction commits (never while it is still
 * open, nested transactions included), once per transaction, never for a rolled-back one, at once for a
 * flush outside a transaction, and never for changes no reader can see.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildCrisisResource, buildStaff } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { CrisisResource } from '../crisis-resources/crisis-resource.entity.js';
import type { PublicChange } from './public-changes.js';

describe('public change announcements', () => {
  let app: TestApp;
  const heard: PublicChange[] = [];

  beforeAll(async () => {
    app = await createTestApp();
    app.beacon.publicChanges.listen((change) => {
      heard.push(change);
    });
  });
  afterAll(() => app?.close());
  beforeEach(() => {
    heard.length = 0;
  });

  it('announces a change once, after the outermost transaction commits, not when a nested one ends', async () => {
    const em = app.orm.em.fork();
    await em.transactional(async (outer) => {
      // Staff-only in the outer transaction, public only in the nested one: the nested change must be
      // carried to the outer commit.
      await buildStaff(outer);
      await outer.transactional(async (inner) => {
        await buildCrisisResource(inner, { name: 'Inner helpline (test)' });
      });
      // Both flushed, the inner savepoint released: still nothing a reader can see.
      expect(heard).toEqual([]);
    });
    expect(heard).toEqual([{ entities: ['CrisisResource'], takedownKeys: [] }]);
  });

  it('announces nothing for a transaction that rolls back', async () => {
    const em = app.orm.em.fork();
    await expect(
      em.transactional(async (tx) => {
        await buildCrisisResource(tx, { name: 'Never committed (test)' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(heard).toEqual([]);
    expect(await app.orm.em.fork().count(CrisisResource, { name: 'Never committed (test)' })).toBe(0);
  });

  it('announces a flush outside any transaction once it has committed', async () => {
    const em = app.orm.em.fork();
    const resource = await buildCrisisResource(em);
    heard.length = 0;
    resource.hours = 'Weekdays 9-5';
    await em.flush();
    expect(heard).toEqual([{ entities: ['CrisisResource'], takedownKeys: [] }]);
  });

  it('announces nothing for staff-only changes', async () => {
    await buildStaff(app.orm.em.fork());
    expect(heard).toEqual([]);
  });
});
