/**
 * The developer's explorer over HTTP: the /graphql landing page falls back to Beacon's bundled explorer,
 * which Beacon serves entirely from its own origin (no CDN), opening with the configured admin's email in
 * the example sign-in; Apollo Sandbox's telemetry stays off unless configured on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** Every URL a page loads: script sources and stylesheet links. */
function loadedUrls(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
}

/** The JSON data block with this id. */
function dataBlock(html: string, id: string): Record<string, unknown> {
  const match = new RegExp(`<script type="application/json" id="${id}">([^<]*)</script>`).exec(html);
  if (!match) throw new Error(`no data block ${id}`);
  return JSON.parse(match[1] as string) as Record<string, unknown>;
}

describe('the bundled explorer and the landing page', () => {
  let app: TestApp;
  let url: string;

  beforeAll(async () => {
    app = await createTestApp({ BEACON_ADMIN_EMAIL: 'Ops.Lead@Example.org' });
    url = await app.listen();
  });
  afterAll(() => app?.close());

  it('serves the explorer page and every file it loads from Beacon itself, none from a CDN', async () => {
    const page = await fetch(`${url}/graphql/explorer`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);

    const urls = loadedUrls(html);
    expect(urls).toEqual(
      expect.arrayContaining([
        '/graphql/explorer/assets/react.production.min.js',
        '/graphql/explorer/assets/react-dom.production.min.js',
        '/graphql/explorer/assets/graphiql.min.js',
        '/graphql/explorer/assets/graphiql.min.css',
        '/graphql/explorer/assets/explorer.js',
      ]),
    );
    for (const asset of urls) {
      expect(asset, asset).toMatch(/^\/graphql\/explorer\/assets\//);
      const response = await fetch(`${url}${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('content-type'), asset).toMatch(
        asset.endsWith('.css') ? /^text\/css/ : /javascript/,
      );
      expect((await response.text()).length, asset).toBeGreaterThan(100);
    }
    // GraphiQL itself is the bundle, not a loader for one.
    const graphiql = await (await fetch(`${url}/graphql/explorer/assets/graphiql.min.js`)).text();
    expect(graphiql).toContain('createFetcher');
  });

  it('opens the explorer on the example operations, signing in as the configured admin', async () => {
    const html = await (await fetch(`${url}/graphql/explorer`)).text();
    const settings = dataBlock(html, 'beacon-explorer');
    expect(settings.endpoint).toBe('/graphql');
    expect(settings.document).toContain('email: "ops.lead@example.org"');
    expect(settings.document).not.toContain('admin@beacon.local');
  });

  it('serves nothing else from disk under the explorer path', async () => {
    for (const path of ['assets/package.json', 'assets/..%2F..%2Fpackage.json', 'assets/graphiql.js']) {
      expect((await fetch(`${url}/graphql/explorer/${path}`)).status, path).toBe(404);
    }
  });

  it('opens Apollo Sandbox at /graphql in a browser, going to the bundled explorer when the CDN fails, telemetry off', async () => {
    const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const settings = dataBlock(html, 'beacon-landing');
    expect(settings).toMatchObject({
      endpoint: '/graphql',
      explorer: '/graphql/explorer',
      runTelemetry: false,
    });
    expect(settings.document).toContain('email: "ops.lead@example.org"');
    // The only third-party file is Sandbox itself; the script that falls back is Beacon's own.
    const thirdParty = loadedUrls(html).filter((u) => /^https?:/.test(u));
    expect(thirdParty).toHaveLength(1);
    expect(thirdParty[0]).toMatch(/^https:\/\/embeddable-sandbox\.cdn\.apollographql\.com\//);
    expect(loadedUrls(html)).toContain('/graphql/explorer/assets/landing.js');
    const landing = await (await fetch(`${url}/graphql/explorer/assets/landing.js`)).text();
    expect(landing).toContain('window.location.replace(settings.explorer)');
    expect(html).toContain('href="/graphql/explorer"');
  });
});

describe('the landing page with BEACON_SANDBOX_TELEMETRY=true', () => {
  let app: TestApp;
  let url: string;

  beforeAll(async () => {
    app = await createTestApp({ BEACON_SANDBOX_TELEMETRY: 'true' });
    url = await app.listen();
  });
  afterAll(() => app?.close());

  it('lets Sandbox send its telemetry', async () => {
    const html = await (await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(dataBlock(html, 'beacon-landing').runTelemetry).toBe(true);
  });
});
