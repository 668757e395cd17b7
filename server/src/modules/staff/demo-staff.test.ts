/**
 * Trying Beacon as a team: with the demo programme and outside production, the seeded editor, safety
 * reviewer and publisher sign in with the documented demo password; in production they never can.
 */
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_DEMO_PASSWORD, loadConfig } from '../../config.js';
import { prepareFirstStart } from '../../db/orm.js';
import { DEMO_STAFF } from '../../db/seed/demo-spotlights.js';
import { buildStaff, TEST_PASSWORD } from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ensureFirstAdmin, hashPassword } from './staff.service.js';
import { StaffSession } from './staff-session.entity.js';
import { StaffUser } from './staff-user.entity.js';

const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { email role } } }`;
const ADMIN = { BEACON_ADMIN_PASSWORD: 'an admin password for tests' };
const silent = pino({ level: 'silent' });

const signIn = (app: TestApp, email: string, password: string) => app.run(SIGN_IN, { e: email, p: password });

describe('the demo staff', () => {
  it('sign in with the demo password outside production, and follow it when it changes', async () => {
    const app = await createTestApp({ ...ADMIN, NODE_ENV: 'development' });
    try {
      await prepareFirstStart(app.orm, app.config, silent);
      for (const [email, role] of [
        [DEMO_STAFF.editor.email, 'EDITOR'],
        [DEMO_STAFF.reviewer.email, 'SAFETY_REVIEWER'],
        [DEMO_STAFF.publisher.email, 'PUBLISHER'],
      ]) {
        expect(dataOf(await signIn(app, email, DEFAULT_DEMO_PASSWORD))).toEqual({
          signIn: { user: { email, role } },
        });
      }
      expect(codesOf(await signIn(app, DEMO_STAFF.editor.email, 'not the demo password'))).toEqual([
        'UNAUTHENTICATED',
      ]);
      const enabled = await app.orm.em.fork().count(AuditEvent, { action: 'staff.demo_sign_in_enabled' });
      expect(enabled).toBe(3);

      // A restart with another demo password: the new one works, the old one no longer does; a restart with
      // the same one changes nothing.
      const changed = { ...app.config, demoPassword: 'another demo password' };
      await prepareFirstStart(app.orm, changed, silent);
      await prepareFirstStart(app.orm, changed, silent);
      expect(await app.orm.em.fork().count(AuditEvent, { action: 'staff.demo_sign_in_enabled' })).toBe(6);
      expect(codesOf(await signIn(app, DEMO_STAFF.publisher.email, DEFAULT_DEMO_PASSWORD))).toEqual([
        'UNAUTHENTICATED',
      ]);
      expect(dataOf(await signIn(app, DEMO_STAFF.publisher.email, 'another demo password'))).toBeTruthy();

      // The same database started in production: passwords gone, sessions ended, sign-in refused.
      const demo = await app.orm.em.fork().findOneOrFail(StaffUser, { email: DEMO_STAFF.publisher.email });
      expect(await app.orm.em.fork().count(StaffSession, { user: demo.id })).toBeGreaterThan(0);
      await prepareFirstStart(app.orm, { ...app.config, env: 'production', demoPassword: null }, silent);
      const em = app.orm.em.fork();
      const accounts = await em.find(StaffUser, {
        email: { $in: Object.values(DEMO_STAFF).map((s) => s.email) },
      });
      expect(accounts.map((a) => a.passwordHash)).toEqual([null, null, null]);
      expect(await em.count(StaffSession, { user: demo.id })).toBe(0);
      expect(await em.count(AuditEvent, { action: 'staff.demo_sign_in_disabled' })).toBe(3);
    } finally {
      await app.close();
    }
  });

  it('never sign in in production, whatever password is stored, while real staff do', async () => {
    const app = await createTestApp({ ...ADMIN, NODE_ENV: 'production' });
    try {
      expect(app.config.demoPassword).toBeNull();
      const em = app.orm.em.fork();
      await buildStaff(em, { email: DEMO_STAFF.editor.email, role: StaffRole.EDITOR });
      const real = await buildStaff(em, { role: StaffRole.EDITOR });
      const refused = await signIn(app, DEMO_STAFF.editor.email, TEST_PASSWORD);
      expect(codesOf(refused)).toEqual(['UNAUTHENTICATED']);
      expect(refused.errors?.[0]?.message).toBe(
        'The email or password is not right, or the account is deactivated',
      );
      expect(dataOf(await signIn(app, real.email, TEST_PASSWORD))).toBeTruthy();
    } finally {
      await app.close();
    }
  });

  it('is configured by BEACON_DEMO_PASSWORD: `off` turns it off, empty is the default, production always turns it off, a short one is refused', () => {
    expect(loadConfig({}).demoPassword).toBe(DEFAULT_DEMO_PASSWORD);
    expect(loadConfig({ BEACON_DEMO_PASSWORD: 'a team password' }).demoPassword).toBe('a team password');
    expect(loadConfig({ BEACON_DEMO_PASSWORD: 'off' }).demoPassword).toBeNull();
    expect(loadConfig({ BEACON_DEMO_PASSWORD: '' }).demoPassword).toBe(DEFAULT_DEMO_PASSWORD);
    expect(
      loadConfig({ NODE_ENV: 'production', BEACON_DEMO_PASSWORD: 'a team password' }).demoPassword,
    ).toBeNull();
    expect(() => loadConfig({ BEACON_DEMO_PASSWORD: 'short' })).toThrow(ConfigError);
  });

  it('keeps their domain reserved, and never count as the first admin', async () => {
    const app = await createTestApp();
    try {
      const em = app.orm.em.fork();
      await buildStaff(em, {
        email: DEMO_STAFF.editor.email,
        passwordHash: await hashPassword(DEFAULT_DEMO_PASSWORD),
      });
      expect(await ensureFirstAdmin(app.orm.em.fork(), 'admin@beacon.test', 'a long admin password')).toEqual(
        {
          created: true,
          generatedPassword: null,
        },
      );
      const admin = await app.orm.em.fork().findOneOrFail(StaffUser, { email: 'admin@beacon.test' });
      const create = `mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { user { email } } }`;
      const refused = await app.run(
        create,
        { input: { email: 'someone@demo.beacon.local', displayName: 'Someone', role: 'EDITOR' } },
        admin,
      );
      expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    } finally {
      await app.close();
    }
  });
});
