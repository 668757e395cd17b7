/**
 * The built dashboard runs under Beacon's Content-Security-Policy in Chromium: signing in, opening every
 * page of the navigation and a record from each list breaks no rule of the policy, and the policy really
 * is enforced (an inline script injected into the page does not run, and is reported).
 *
 * Violations are caught twice: the `securitypolicyviolation` event the browser fires on the document for
 * each blocked load or script (recorded by a script installed over the DevTools protocol, which the
 * policy does not govern), and the console line Chromium writes for each.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoProgramme } from '../../server/src/db/seed/demo-programme.js';
import { type Harness, StaffRole, settleLayout, startHarness } from './harness.js';

/** Installed in every document before its own scripts: collects the policy's violation events. */
const RECORD_VIOLATIONS = `(() => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + location.pathname);
  });
})()`;

/** Pages reached from a list that are not a record (forms and filtered lists). */
const NOT_A_RECORD = /\/(new|import|all|edit)$/;

describe("the dashboard under Beacon's Content-Security-Policy", () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({
      seed: async (app) => {
        await seedDemoProgramme(app.orm.em.fork(), { onlyIfEmpty: false });
      },
    });
  });
  afterAll(() => h?.close());

  async function watch(page: Page) {
    const fromConsole: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
    });
    await page.addInitScript(RECORD_VIOLATIONS);
    // Events of the page as it is now (each full load starts a new list), plus every console line so far.
    const fromEvents = async () => (await page.evaluate('window.__cspViolations ?? []')) as string[];
    return { fromConsole, fromEvents };
  }

  /** Loads `path`, waits for its heading and for the page to settle; the violations it raised. */
  async function visit(page: Page, path: string, events: () => Promise<string[]>): Promise<string[]> {
    await page.goto(path);
    await page.locator('main h1').first().waitFor();
    await settleLayout(page);
    return events();
  }

  it('opens every page of the navigation and a record from each list without a policy violation', async () => {
    const page = await h.newPage();
    const { fromConsole, fromEvents } = await watch(page);
    await h.signIn(page, StaffRole.ADMIN);

    const navigation = await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    // An admin sees every page (home, the catalogue, spotlights' campaigns, staff, the audit log).
    expect(navigation.length).toBeGreaterThanOrEqual(8);

    const violations: string[] = [];
    const visited: string[] = [];
    for (const section of navigation) {
      violations.push(...(await visit(page, section, fromEvents)));
      visited.push(section);
      if (section === '/') continue;
      // The first record the list links to, if it has one (the demo programme fills most lists).
      const records = await page
        .locator(`main a[href^="${section}/"]`)
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      const record = records.find((href) => !NOT_A_RECORD.test(href.split('?')[0] ?? ''));
      if (!record) continue;
      violations.push(...(await visit(page, record, fromEvents)));
      visited.push(record);
    }
    // The walk really reached records, not only the lists.
    expect(visited.length).toBeGreaterThanOrEqual(navigation.length + 5);
    expect(violations, visited.join(', ')).toEqual([]);
    expect(fromConsole).toEqual([]);
    expect(h.errorsOf(page)).toEqual([]);
  });

  it('blocks an inline script injected into the page, and reports it', async () => {
    const page = await h.newPage();
    const { fromConsole, fromEvents } = await watch(page);
    await h.signIn(page, StaffRole.EDITOR);
    await page.getByRole('heading', { name: 'What needs you', level: 1 }).waitFor();
    expect(await fromEvents()).toEqual([]);

    // Markup that sneaks in an inline script does not run it. (A string, evaluated in the page: this
    // file is compiled without the DOM's types.)
    await page.evaluate(`(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
    })()`);
    await expect.poll(fromEvents).toEqual([expect.stringMatching(/^script-src/)]);
    expect(await page.evaluate('window.__injected === true')).toBe(false);
    expect(fromConsole.some((line) => /script/i.test(line))).toBe(true);
  });
});
