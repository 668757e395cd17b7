/**
 * No secret reaches a log line, through real failing paths with the production logger: a staff insert
 * the database refuses is logged as its statement without its values (not the argon2id hash, not the
 * email), and signing in, failing to, accepting an invitation and signing out leave no password, hash,
 * session token, invitation token or cookie in the logs.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, withoutSqlValues } from './logger.js';
import type { StaffUser } from './modules/staff/staff-user.entity.js';
import { TEST_PASSWORD } from './test/factories.js';
import { codesOf, createTestApp, lane, StaffRole, type TestApp } from './test/test-app.js';

describe('logs', () => {
  let app: TestApp;
  let url: string;
  let admin: StaffUser;
  const lines: string[] = [];
  const logs = () => lines.join('');

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    app = await createTestApp({}, { logger: createLogger({ logLevel: 'trace' }, sink) });
    url = await app.listen();
    admin = await app.staff(StaffRole.ADMIN);
  });
  afterAll(() => app?.close());

  async function refuseStaffInserts(): Promise<void> {
    const connection = app.orm.em.getConnection();
    if (lane() === 'sqlite') {
      await connection.execute(
        "create trigger refuse_staff before insert on staff_user begin select raise(abort, 'refused by the test'); end",
      );
    } else {
      await connection.execute(
        "create function refuse_staff() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$",
      );
      await connection.execute(
        'create trigger refuse_staff before insert on staff_user for each row execute function refuse_staff()',
      );
    }
  }

  it('logs a failed staff insert as its statement, without the hash, the email or any other value', async () => {
    await refuseStaffInserts();
    const secret = 'a very secret passphrase for the log test';
    const result = await app.run(
      'mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { user { id } } }',
      {
        input: {
          email: 'logged.never@beacon.test',
          displayName: 'Never Logged',
          role: 'VIEWER',
          password: secret,
        },
      },
      admin,
    );
    expect(codesOf(result)).toEqual(['INTERNAL_SERVER_ERROR']);
    const failure = lines.find((l) => l.includes('internal error in a GraphQL operation'));
    expect(failure).toBeDefined();
    // What operators need is there: the statement's shape and the database's reason.
    expect(failure).toMatch(/insert into \W+staff_user/);
    expect(failure).toContain('password_hash');
    expect(failure).toContain('refused by the test');
    for (const leaked of ['$argon2id$', secret, 'logged.never@beacon.test', 'Never Logged']) {
      expect(logs()).not.toContain(leaked);
    }
  });

  it('keeps passwords, session tokens, invitation tokens and cookies out of every line', async () => {
    const post = (query: string, variables: Record<string, unknown>, cookie?: string) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
    const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }';
    await post(SIGN_IN, { input: { email: admin.email, password: 'the wrong password, logged?' } });
    const signedIn = await post(SIGN_IN, { input: { email: admin.email, password: TEST_PASSWORD } });
    const cookie = (signedIn.headers.getSetCookie()[0] ?? '').split(';')[0] as string;
    const token = cookie.split('=')[1] as string;
    expect(token.length).toBeGreaterThan(20);
    const invited = await post(
      'mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { invitationToken } }',
      { input: { email: 'invitee@beacon.test', displayName: 'Invitee', role: 'EDITOR' } },
      cookie,
    );
    // The insert trigger of the test above refuses new staff: this fails inside the database, and is logged.
    const invitation = (
      (await invited.json()) as { data?: { createStaffUser?: { invitationToken?: string } } }
    ).data?.createStaffUser?.invitationToken;
    await post(
      'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id } } }',
      { input: { token: 'a-guessed-invitation-token', password: 'new member password!' } },
    );
    await post('mutation { signOut }', {}, cookie);
    const text = logs();
    expect(lines.length).toBeGreaterThan(3);
    for (const secret of [
      TEST_PASSWORD,
      'the wrong password, logged?',
      'new member password!',
      'a-guessed-invitation-token',
      token,
      '$argon2',
      ...(invitation ? [invitation] : []),
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('takes values out of SQL but keeps its identifiers', () => {
    expect(
      withoutSqlValues(
        `insert into "staff_user" ("id", "email", "version") values ('01a2', 'o''brien@x.test', 12) returning "version" - invalid input syntax for type uuid: "abc"`,
      ),
    ).toBe(
      `insert into "staff_user" ("id", "email", "version") values ('?', '?', ?) returning "version" - invalid input syntax for type uuid: "?"`,
    );
  });
});
