/**
 * The developer's explorer offline, in Debian's Chromium: with every request outside Beacon's own origin
 * refused (as on a train, or behind a firewall that blocks Apollo's CDN), opening /graphql lands in
 * Beacon's bundled GraphiQL, which loads the schema and runs an operation against Beacon, breaking no
 * rule of the explorer's Content-Security-Policy (the browser's violation events and console lines).
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaign } from '../../server/src/test/factories.js';
import { createTestApp, type TestApp } from '../../server/src/test/test-app.js';

const CHROMIUM = '/usr/bin/chromium';

describe('the bundled explorer, offline, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  const refused: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Debian's Chromium is missing at ${CHROMIUM}: run 'apt-get install -y chromium' as root`,
      );
    }
    app = await createTestApp({ BEACON_ADMIN_EMAIL: 'dev.lead@example.org' });
    await buildCampaign(app.orm.em.fork(), { name: 'Explorer Test Campaign' });
    baseUrl = await app.listen();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Offline but for Beacon: every other request fails as a network error.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(baseUrl)) return route.continue();
      refused.push(url);
      return route.abort('internetdisconnected');
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
    });
    await page.addInitScript(`document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations = [...(window.__cspViolations ?? []), event.violatedDirective + ' ' + (event.blockedURI || 'inline')];
    })`);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('goes from /graphql to the bundled explorer, which loads the schema and runs an operation', async () => {
    await page.goto(`${baseUrl}/graphql`);
    await page.waitForURL(`${baseUrl}/graphql/explorer`);
    // The CDN was asked for Sandbox, and refused.
    expect(refused.some((url) => url.includes('embeddable-sandbox.cdn.apollographql.com'))).toBe(true);

    // The example operations are in the editor, signing in as the configured admin.
    await page.getByText('CreatorsOnEatingDisorders').first().waitFor();
    await page.locator('.graphiql-query-editor', { hasText: 'dev.lead@example.org' }).waitFor();

    // The documentation explorer reads Beacon's schema, from Beacon.
    await page.getByRole('button', { name: /show documentation explorer/i }).click();
    await page.getByText('Query', { exact: true }).first().waitFor();

    // Running an operation: GraphiQL asks which one, then shows Beacon's answer.
    await page.getByRole('button', { name: /execute query/i }).click();
    await page.getByRole('menuitem', { name: 'Campaigns' }).click();
    await page.locator('.result-window', { hasText: 'Explorer Test Campaign' }).waitFor();

    expect(refused.filter((url) => !url.includes('apollographql.com'))).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate('window.__cspViolations ?? []')).toEqual([]);
  });
});
