import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildStaff, TEST_PASSWORD } from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ensureFirstAdmin } from './staff.service.js';
import { StaffSession } from './staff-session.entity.js';
import { StaffUser } from './staff-user.entity.js';

const CREATE_STAFF = /* GraphQL */ `
  mutation($input: CreateStaffUserInput!) {
    createStaffUser(input: $input) { user { id email role invitationPending version } invitationToken }
  }
`;

describe('the first admin', () => {
  // Each case needs an empty database: built in a hook, which is setup, not what the case measures.
  let fresh: TestApp;
  beforeEach(async () => {
    fresh = await createTestApp();
  });
  afterEach(() => fresh?.close());

  it('is created once, with a generated password when none is configured', async () => {
    const em = fresh.orm.em.fork();
    const first = await ensureFirstAdmin(em, 'First@Beacon.test', undefined);
    expect(first.created).toBe(true);
    expect(first.generatedPassword).toMatch(/^[\w-]{20,}$/);
    const stored = await fresh.orm.em.fork().findOneOrFail(StaffUser, { email: 'first@beacon.test' });
    expect(stored.role).toBe(StaffRole.ADMIN);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    // A restart finds staff already there and creates nobody.
    expect(await ensureFirstAdmin(fresh.orm.em.fork(), 'other@beacon.test', 'another password!')).toEqual({
      created: false,
      generatedPassword: null,
    });
    expect(await fresh.orm.em.fork().count(StaffUser)).toBe(1);
  });

  it('is still created when only seeded demo staff, who cannot sign in, exist', async () => {
    await buildStaff(fresh.orm.em.fork(), { passwordHash: null, email: 'editor@demo.beacon.local' });
    const first = await ensureFirstAdmin(fresh.orm.em.fork(), 'admin@beacon.test', 'a long admin password');
    expect(first).toEqual({ created: true, generatedPassword: null });
  });
});

describe('staff accounts', () => {
  let app: TestApp;
  let admin: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await app.staff(StaffRole.ADMIN);
  });
  afterAll(() => app?.close());

  it('tells each member what their role allows, so the dashboard can hide what they cannot use', async () => {
    const query = '{ me { role permissions } }';
    const viewer = await app.staff(StaffRole.VIEWER);
    const reviewer = await app.staff(StaffRole.SAFETY_REVIEWER);
    expect(dataOf(await app.run(query, {}, viewer))).toEqual({
      me: { role: 'VIEWER', permissions: ['STAFF_READ'] },
    });
    expect(dataOf(await app.run(query, {}, reviewer))).toEqual({
      me: {
        role: 'SAFETY_REVIEWER',
        permissions: ['STAFF_READ', 'CATALOGUE_WRITE', 'SAFETY_REVIEW', 'COMMENT'],
      },
    });
  });

  it('signs in with the right password, tells nothing about which part was wrong otherwise', async () => {
    const editor = await app.staff(StaffRole.EDITOR);
    const query = `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { email role } } }`;
    const ok = await app.run(query, { e: editor.email.toUpperCase(), p: TEST_PASSWORD });
    expect(dataOf(ok)).toEqual({ signIn: { user: { email: editor.email, role: 'EDITOR' } } });
    const wrong = await app.run(query, { e: editor.email, p: 'not the password' });
    const unknown = await app.run(query, { e: 'nobody@beacon.test', p: TEST_PASSWORD });
    expect(codesOf(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(unknown)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('lets an admin invite a member who then sets a password and signs in', async () => {
    const invited = dataOf(
      await app.run<{
        createStaffUser: { user: { email: string; invitationPending: boolean }; invitationToken: string };
      }>(
        CREATE_STAFF,
        { input: { email: 'Reviewer@Beacon.test', displayName: 'Rae Viewer', role: 'SAFETY_REVIEWER' } },
        admin,
      ),
    ).createStaffUser;
    expect(invited.user).toEqual(
      expect.objectContaining({ email: 'reviewer@beacon.test', invitationPending: true }),
    );
    expect(invited.invitationToken).toBeTruthy();
    const accept = `mutation($t: String!) { acceptInvitation(input: { token: $t, password: "a long new password" }) { user { email invitationPending } } }`;
    expect(dataOf(await app.run(accept, { t: invited.invitationToken }))).toEqual({
      acceptInvitation: { user: { email: 'reviewer@beacon.test', invitationPending: false } },
    });
    // A token works once.
    expect(codesOf(await app.run(accept, { t: invited.invitationToken }))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses staff administration to anyone but admins, and a duplicate email as CONFLICT', async () => {
    const publisher = await app.staff(StaffRole.PUBLISHER);
    const input = {
      email: 'x@beacon.test',
      displayName: 'X',
      role: 'ADMIN',
      password: 'a long enough password',
    };
    expect(codesOf(await app.run(CREATE_STAFF, { input }, publisher))).toEqual(['FORBIDDEN']);
    expect(codesOf(await app.run(CREATE_STAFF, { input }))).toEqual(['UNAUTHENTICATED']);
    expect(await app.orm.em.fork().count(StaffUser, { email: 'x@beacon.test' })).toBe(0);
    expect(
      codesOf(await app.run(CREATE_STAFF, { input: { ...input, email: publisher.email } }, admin)),
    ).toEqual(['CONFLICT']);
    expect(codesOf(await app.run(CREATE_STAFF, { input: { ...input, password: 'short' } }, admin))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('changes roles with a version check and never leaves Beacon without an admin', async () => {
    const member = await app.staff(StaffRole.VIEWER);
    const change = `mutation($input: ChangeStaffRoleInput!) { changeStaffRole(input: $input) { user { role version } } }`;
    const changed = dataOf(
      await app.run<{ changeStaffRole: { user: { role: string; version: number } } }>(
        change,
        { input: { id: member.globalId, role: 'PUBLISHER', expectedVersion: 1 } },
        admin,
      ),
    );
    expect(changed.changeStaffRole.user).toEqual({ role: 'PUBLISHER', version: 2 });
    expect(
      codesOf(
        await app.run(change, { input: { id: member.globalId, role: 'EDITOR', expectedVersion: 1 } }, admin),
      ),
    ).toEqual(['CONFLICT']);

    const em = app.orm.em.fork();
    const admins = await em.find(StaffUser, { role: StaffRole.ADMIN, deactivatedAt: null });
    const deactivate = `mutation($input: DeactivateStaffUserInput!) { deactivateStaffUser(input: $input) { user { deactivatedAt } } }`;
    for (const other of admins.filter((a) => a.id !== admin.id)) {
      dataOf(
        await app.run(deactivate, { input: { id: other.globalId, expectedVersion: other.version } }, admin),
      );
    }
    const self = await em.fork().findOneOrFail(StaffUser, { id: admin.id });
    expect(
      codesOf(
        await app.run(
          change,
          { input: { id: self.globalId, role: 'VIEWER', expectedVersion: self.version } },
          admin,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('ends every session of a deactivated member at once', async () => {
    const member = await app.staff(StaffRole.EDITOR);
    const signIn = `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { email } } }`;
    dataOf(await app.run(signIn, { e: member.email, p: TEST_PASSWORD }));
    expect(await app.orm.em.fork().count(StaffSession, { user: member.id })).toBe(1);
    const deactivate = `mutation($input: DeactivateStaffUserInput!) { deactivateStaffUser(input: $input) { user { deactivatedAt } } }`;
    const current = await app.orm.em.fork().findOneOrFail(StaffUser, { id: member.id });
    dataOf(
      await app.run(deactivate, { input: { id: member.globalId, expectedVersion: current.version } }, admin),
    );
    expect(await app.orm.em.fork().count(StaffSession, { user: member.id })).toBe(0);
    expect(codesOf(await app.run(signIn, { e: member.email, p: TEST_PASSWORD }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const audit = await app.orm.em
      .fork()
      .find(AuditEvent, { action: 'staff.deactivate', targetId: member.id });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]?.after)).not.toContain('argon2');
  });
});
