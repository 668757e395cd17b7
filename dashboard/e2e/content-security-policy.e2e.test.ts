/**
 * The built dashboard runs under Beacon's Content-Security-Policy in Chromium: signing in and moving
 * between pages breaks no rule of the policy (the browser reports each violation it blocks), and the
 * policy really is enforced (an inline script injected into the page does not run).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../server/src/test/factories.js';
import { createTestApp, StaffRole, type TestApp } from '../../server/src/test/test-app.js';

const CHROMIUM = '/usr/bin/chromium';
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');

describe("the dashboard under Beacon's Content-Security-Policy", () => {
  let app: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    if (!existsSync(path.join(dist, 'index.html')))
      throw new Error('run pnpm build first: dashboard/dist is missing');
    app = await createTestApp({ BEACON_DASHBOARD_DIR: dist });
    baseUrl = await app.listen();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs in and shows creators without a single policy violation, and blocks injected inline script', async () => {
    const editor = await app.staff(StaffRole.EDITOR);
    const page = await (await browser.newContext()).newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${baseUrl}/`);
    await page.getByLabel('Email').fill(editor.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(TEST_PASSWORD);
    await page.getByRole('textbox', { name: 'Password' }).press('Enter');
    await page.getByRole('heading', { name: 'What needs you', level: 1 }).waitFor();
    expect(violations).toEqual([]);

    // The policy is enforced, not only sent: markup that sneaks in an inline script does not run it.
    // (A string, evaluated in the page: this file is compiled without the DOM's types.)
    const ran = await page.evaluate(`(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return window.__injected === true;
    })()`);
    expect(ran).toBe(false);
    expect(violations.some((v) => /script/i.test(v))).toBe(true);
  });
});
