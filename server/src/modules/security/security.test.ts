/**
 * What a browser and a careless client meet at Beacon's edge: security headers on every response (a
 * strict Content-Security-Policy, no framing, no sniffing, no referrer, HSTS only over https), CORS only
 * for allow-listed origins, and request bodies Beacon cannot read answered as GraphQL JSON errors with a
 * code, never Express's HTML page with a stack trace, in development too.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';

function directives(header: string | null): Map<string, string> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name as string, values.join(' ')] as const;
      }),
  );
}

describe('security headers', () => {
  let app: TestApp;
  let url: string;

  beforeAll(async () => {
    app = await createTestApp({ NODE_ENV: 'development' });
    url = await app.listen();
  });
  afterAll(() => app?.close());

  it('sends a policy that runs no inline script and lets nothing frame Beacon, on every response', async () => {
    for (const path of ['/', '/healthz', '/graphql?query=%7B__typename%7D']) {
      const response = await fetch(`${url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp.get('script-src'), path).toMatch(
        /^'self'( https:\/\/embeddable-sandbox\.cdn\.apollographql\.com)?$/,
      );
      expect(csp.get('script-src-attr'), path).toBe("'none'");
      expect(csp.get('object-src'), path).toBe("'none'");
      expect(csp.get('frame-ancestors'), path).toBe("'none'");
      expect(csp.get('default-src'), path).toBe("'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      // Plain http (cookies not Secure): no HSTS, no upgrade of requests.
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(csp.has('upgrade-insecure-requests')).toBe(false);
    }
  });

  it('lets the explorer on /graphql run workers from its own origin, and the dashboard not', async () => {
    const explorer = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(directives(explorer.headers.get('content-security-policy')).get('worker-src')).toBe(
      "'self' blob:",
    );
    const dashboard = await fetch(`${url}/`);
    expect(directives(dashboard.headers.get('content-security-policy')).get('worker-src')).toBe("'none'");
  });

  it('adds HSTS and upgrades requests when cookies are Secure (https)', async () => {
    const secure = await createTestApp({ BEACON_COOKIE_SECURE: 'true' });
    try {
      const base = await secure.listen();
      const response = await fetch(`${base}/healthz`);
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
      expect(
        directives(response.headers.get('content-security-policy')).has('upgrade-insecure-requests'),
      ).toBe(true);
    } finally {
      await secure.close();
    }
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });

  it('allows no other origin by default', async () => {
    const app = await createTestApp();
    try {
      const url = await app.listen();
      const answer = await preflight(url, 'https://partner.example');
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      const post = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://partner.example' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(post.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await app.close();
    }
  });

  it('allows the origins BEACON_CORS_ORIGINS lists, without credentials, and only those', async () => {
    const app = await createTestApp({ BEACON_CORS_ORIGINS: 'https://partner.example, https://hub.example' });
    try {
      const url = await app.listen();
      const allowed = await preflight(url, 'https://partner.example');
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example');
      expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
      const other = await preflight(url, 'https://evil.example');
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await app.close();
    }
  });

  it('refuses a malformed allow-list at start', async () => {
    const { loadConfig } = await import('../../config.js');
    expect(() => loadConfig({ BEACON_CORS_ORIGINS: 'https://partner.example/path' })).toThrow(
      /BEACON_CORS_ORIGINS/,
    );
  });
});

describe('request bodies Beacon cannot read', () => {
  let app: TestApp;
  let url: string;

  beforeAll(async () => {
    // Development: where Express's default error page would print a stack trace.
    app = await createTestApp({ NODE_ENV: 'development' });
    url = await app.listen();
  });
  afterAll(() => app?.close());

  const send = async (body: string | Buffer, headers: Record<string, string>) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { accept: 'application/graphql-response+json', ...headers },
      body,
    });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type'), text };
  };

  const cases: [string, () => [string | Buffer, Record<string, string>], number, string][] = [
    [
      'malformed JSON',
      () => ['{"query": "{ __typename }"', { 'content-type': 'application/json' }],
      400,
      'BAD_REQUEST',
    ],
    [
      'a charset other than UTF-8',
      () => ['{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=latin1' }],
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a corrupt gzip body',
      () => [
        Buffer.from('this is not gzip at all'),
        { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      ],
      400,
      'BAD_REQUEST',
    ],
    [
      'an unknown content encoding',
      () => [
        '{"query":"{ __typename }"}',
        { 'content-type': 'application/json', 'content-encoding': 'compress' },
      ],
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a body over 1 MB',
      () => [
        JSON.stringify({ query: '{ __typename }', variables: { x: 'y'.repeat(1_100_000) } }),
        { 'content-type': 'application/json' },
      ],
      413,
      'PAYLOAD_TOO_LARGE',
    ],
  ];

  it.each(cases)(
    'answers %s with a GraphQL JSON error and a code, no HTML, no stack',
    async (_what, make, status, code) => {
      const [body, headers] = make();
      const answer = await send(body, headers);
      expect(answer.status).toBe(status);
      expect(answer.type).toMatch(/^application\/graphql-response\+json/);
      const parsed = JSON.parse(answer.text) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(parsed.errors.map((e) => e.extensions.code)).toEqual([code]);
      expect(answer.text).not.toMatch(/<html|<pre|\bat .+\.js:\d+/i);
    },
  );

  it('answers a GET whose URL is over what Node reads (a long document) with a JSON error, not a bare status', async () => {
    const query = `{ __typename ${'#'.repeat(20_000)}\n}`;
    const response = await fetch(`${url}/graphql?query=${encodeURIComponent(query)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(431);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const parsed = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(parsed.errors.map((e) => e.extensions.code)).toEqual(['BAD_REQUEST']);
    expect(parsed.errors[0]?.message).toMatch(/POST/);
  });

  it('still reads a well-formed gzip body', async () => {
    const answer = await send(gzipSync(JSON.stringify({ query: '{ __typename }' })), {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a bad request outside /graphql with a line of text, not a stack trace', async () => {
    for (const path of ['/%E0%A4%A', '/no/such/page']) {
      const response = await fetch(`${url}${path}`);
      const text = await response.text();
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
      expect(text, path).not.toMatch(/<html|\bat .+\.js:\d+/i);
    }
  });
});
