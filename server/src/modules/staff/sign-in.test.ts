/**
 * Signing in over HTTP as a member would: many sign-ins of one account at once all succeed, a sign-in
 * never makes an admin's edit of that account stale, and repeated wrong passwords slow the attacker's
 * address down (429, Retry-After) without keeping the member out at their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../test/factories.js';
import { createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { LimitCode } from '../limits/limit-errors.js';
import { StaffUser } from './staff-user.entity.js';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { user { id lastSignInAt } } }';

describe('signing in', () => {
  let app: TestApp;
  let url: string;

  beforeAll(async () => {
    app = await createTestApp({ BEACON_TRUST_PROXY: 'true' });
    url = await app.listen();
  });
  afterAll(() => app?.close());

  const signIn = async (email: string, password: string, from = '127.0.0.1') => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
    });
    const body = (await response.json()) as {
      data?: { signIn: { user: { id: string; lastSignInAt: string } } } | null;
      errors?: { extensions?: Record<string, unknown> }[];
    };
    return { response, body, codes: (body.errors ?? []).map((e) => e.extensions?.code) };
  };

  it('lets ten sign-ins of one account at once all succeed, each with its own session', async () => {
    const member = await app.staff(StaffRole.EDITOR);
    const attempts = await Promise.all(Array.from({ length: 10 }, () => signIn(member.email, TEST_PASSWORD)));
    expect(attempts.map((a) => a.codes)).toEqual(Array.from({ length: 10 }, () => []));
    const cookies = attempts.map((a) => a.response.headers.getSetCookie()[0]?.split(';')[0]);
    expect(new Set(cookies).size).toBe(10);
    const stored = await app.orm.em.fork().findOneOrFail(StaffUser, { id: member.id });
    // A sign-in is not an edit: the record's version is where it was, lastSignInAt is set.
    expect(stored.version).toBe(member.version);
    expect(stored.lastSignInAt).not.toBeNull();
  });

  it("never makes an admin's edit of the account stale", async () => {
    const admin = await app.staff(StaffRole.ADMIN);
    const member = await app.staff(StaffRole.VIEWER);
    const versionRead = member.version;
    expect((await signIn(member.email, TEST_PASSWORD)).codes).toEqual([]);
    const change = await app.run(
      'mutation($input: ChangeStaffRoleInput!) { changeStaffRole(input: $input) { user { role } } }',
      { input: { id: member.globalId, role: 'EDITOR', expectedVersion: versionRead } },
      admin,
    );
    expect(dataOf(change)).toEqual({ changeStaffRole: { user: { role: 'EDITOR' } } });
  });

  it('slows an address after 3 wrong passwords (429, Retry-After), while the member signs in from theirs', async () => {
    const member = await app.staff(StaffRole.EDITOR);
    for (let i = 0; i < 3; i++) {
      const wrong = await signIn(member.email, 'not the password at all', '203.0.113.50');
      expect(wrong.codes).toEqual(['UNAUTHENTICATED']);
    }
    // Even the right password waits its turn at that address: the refusal reveals nothing.
    const slowed = await signIn(member.email, TEST_PASSWORD, '203.0.113.50');
    expect(slowed.response.status).toBe(429);
    expect(slowed.response.headers.get('retry-after')).toBe('1');
    expect(slowed.codes).toEqual([LimitCode.RATE_LIMITED]);
    expect(slowed.body.errors?.[0]?.extensions).toMatchObject({ retryAfterSeconds: 1 });
    const member2 = await signIn(member.email, TEST_PASSWORD, '198.51.100.50');
    expect(member2.codes).toEqual([]);
    expect(member2.response.status).toBe(200);
  });
});
