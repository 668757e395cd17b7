import { Writable } from 'node:stream';
import { serverAudits } from 'graphql-http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDACTED_PATHS } from './logger.js';
import { TEST_PASSWORD } from './test/factories.js';
import { createTestApp, StaffRole, type TestApp } from './test/test-app.js';

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    response,
    body: (await response.json()) as {
      data?: Record<string, unknown>;
      errors?: { extensions?: { code?: string } }[];
    },
  };
}

describe('Beacon over HTTP', () => {
  let app: TestApp;
  let url: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    const logger = pino({ level: 'debug', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink);
    app = await createTestApp({}, { logger });
    url = await app.listen();
  });
  afterAll(() => app?.close());

  it('answers the health and readiness probes', async () => {
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: app.config.database.kind });
  });

  it('opens Apollo Sandbox when a browser visits /graphql', async () => {
    const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/sandbox/i);
    expect(html).toContain('CreatorsOnEatingDisorders');
  });

  it('signs staff in with an httpOnly SameSite cookie, keeps the session, and signs out', async () => {
    const editor = await app.staff(StaffRole.EDITOR);
    const signIn = await gql(
      url,
      `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { email } } }`,
      {
        e: editor.email,
        p: TEST_PASSWORD,
      },
    );
    const setCookie = signIn.response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^beacon_session=[\w-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(';')[0] ?? '';

    const me = await gql(url, '{ me { email role } }', {}, cookie);
    expect(me.body.data).toEqual({ me: { email: editor.email, role: 'EDITOR' } });

    const out = await gql(url, 'mutation { signOut }', {}, cookie);
    expect(out.body.data).toEqual({ signOut: true });
    expect(out.response.headers.get('set-cookie')).toMatch(/beacon_session=;.*Max-Age=0/i);
    expect((await gql(url, '{ me { email } }', {}, cookie)).body.data).toEqual({ me: null });

    // Neither the password nor the session token reached the logs.
    const logs = logLines.join('');
    expect(logs).not.toContain(TEST_PASSWORD);
    expect(logs).not.toContain(cookie.split('=')[1]);
  });

  it('refuses a mutation without a session as UNAUTHENTICATED', async () => {
    const { body } = await gql(
      url,
      'mutation { archiveCreator(input: { id: "x", expectedVersion: 1 }) { creator { id } } }',
    );
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('echoes a well-formed request id so logs and clients can be matched', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-123' },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
  });

  it('gives every error the request id of the x-request-id header, so a person can quote it', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-err-1' },
      body: JSON.stringify({
        query: 'mutation { archiveCreator(input: { id: "x", expectedVersion: 1 }) { creator { id } } }',
      }),
    });
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(response.headers.get('x-request-id')).toBe('trace-err-1');
    expect(body.errors.map((e) => e.extensions)).toEqual([
      { code: 'UNAUTHENTICATED', requestId: 'trace-err-1' },
    ]);

    // A generated id when the client sent none, the same in the header and the body; validation errors too.
    const invalid = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ creators { notAField } }' }),
    });
    const generated = invalid.headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    const invalidBody = (await invalid.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(invalidBody.errors[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      requestId: generated,
    });
  });

  it('logs an internal error with the request id the client was given, and tells the client nothing more', async () => {
    const broken = new Proxy(
      {},
      {
        get: () => () => {
          throw new Error('disk on fire at 10.0.0.1');
        },
      },
    );
    const result = await app.run('{ creators(first: 1) { nodes { handle } } }', {}, null, {
      em: broken as never,
    });
    const error = result.errors?.[0];
    expect(error?.message).toBe('Internal server error');
    expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const requestId = error?.extensions?.requestId;
    expect(requestId).toEqual(expect.any(String));
    const logged = logLines
      .map((line) => JSON.parse(line) as { msg?: string; requestId?: string; err?: { message?: string } })
      .find((line) => line.msg === 'internal error in a GraphQL operation' && line.requestId === requestId);
    expect(logged?.err?.message).toContain('disk on fire');
  });

  it('passes every MUST and SHOULD of the GraphQL-over-HTTP audit', async () => {
    const audits = serverAudits({ url: `${url}/graphql`, fetchFn: fetch });
    const failures: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status !== 'ok' && (audit.name.startsWith('MUST') || audit.name.startsWith('SHOULD')))
        failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });
});
