/**
 * The browser test harness every dashboard feature's e2e file uses: a real Beacon (throwaway database of
 * the lane's engine, migrated like production) serving the built dashboard (dashboard/dist), Debian's
 * Chromium driven by playwright-core, and helpers to act as staff of any role, run axe, and take
 * screenshots at desktop and phone widths into dashboard/e2e/screenshots/.
 *
 *   const h = await startHarness();            // in beforeAll; h.close() in afterAll
 *   const page = await h.newPage();            // 1440 × 900, en-GB, Europe/London
 *   await h.signIn(page, StaffRole.EDITOR);    // creates the staff member, signs in through the form
 *   await h.expectAccessible(page);            // fails on serious or critical axe violations
 *   await h.screenshots(page, 'creators');     // creators-1440.png and creators-390.png
 *
 * Run `pnpm build` first: the harness refuses a missing or stale dist rather than test old code.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { StaffUser } from '../../server/src/modules/staff/staff-user.entity.js';
import { TEST_PASSWORD } from '../../server/src/test/factories.js';
import { createTestApp, StaffRole, type TestApp } from '../../server/src/test/test-app.js';

export { StaffRole, TEST_PASSWORD };

const CHROMIUM = '/usr/bin/chromium';
const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '../dist');
const src = path.resolve(here, '../src');
export const SCREENSHOTS_DIR = path.join(here, 'screenshots');
export const DESKTOP = { width: 1440, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The newest modification time under `dir`, to tell a stale build from a fresh one. */
const newest = (dir: string): number =>
  Math.max(
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => statSync(path.join(e.parentPath, e.name)).mtimeMs),
  );

function requireBuiltDashboard() {
  const index = path.join(dist, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`${index} is missing: run pnpm build first (pnpm --filter @beacon/dashboard build)`);
  }
  if (newest(src) > statSync(index).mtimeMs) {
    throw new Error('dashboard/dist is older than dashboard/src: run pnpm build first');
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Debian's Chromium is missing at ${CHROMIUM}: run 'apt-get install -y chromium' as root`);
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

export interface Harness {
  readonly app: TestApp;
  readonly baseUrl: string;
  /** A fresh browser context (its own cookies) and page; script errors are collected for `errorsOf`. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** Creates a staff member of `role` (or uses `user`) and signs in through the sign-in page. */
  signIn(page: Page, who: StaffRole | StaffUser, overrides?: Partial<StaffUser>): Promise<StaffUser>;
  /** axe's serious and critical violations on the page as it is now (WCAG 2.2 A and AA, best practice). */
  axe(page: Page): Promise<AxeViolation[]>;
  /** Fails, naming each rule and element, when axe finds a serious or critical violation. */
  expectAccessible(page: Page): Promise<void>;
  /** Full-page screenshots at 1440 px and 390 px wide: `<name>-1440.png`, `<name>-390.png`. */
  screenshots(page: Page, name: string): Promise<void>;
  /** Script errors and console errors the page raised. */
  errorsOf(page: Page): string[];
  close(): Promise<void>;
}

/**
 * Waits until the layout has settled after a resize or navigation: the shell moves its navigation out after
 * a resize and slides the page over, lists re-measure. Settled means no finite animation runs and neither
 * the main column's offset nor the page height changed for 300 ms. Waits for a state, not for a time.
 */
export async function settleLayout(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __beaconLayout?: { key: string; since: number } };
      const main = document.getElementById('main') ?? document.body;
      const key = `${getComputedStyle(main).paddingLeft}|${document.documentElement.scrollHeight}|${document.documentElement.scrollWidth}`;
      const now = performance.now();
      // Endless animations (a spinner) never finish; only finite ones (transitions) are waited for.
      const moving = document
        .getAnimations()
        .some((a) => a.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY);
      if (w.__beaconLayout?.key !== key || moving) {
        w.__beaconLayout = { key, since: now };
        return false;
      }
      return now - w.__beaconLayout.since > 300;
    },
    undefined,
    { polling: 50, timeout: 10_000 },
  );
}

/**
 * At a phone's width (390 px), once the layout has settled, nothing scrolls sideways. The page's viewport
 * is put back as it was.
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const original = page.viewportSize() ?? DESKTOP;
  await page.setViewportSize(PHONE);
  await settleLayout(page);
  const overflow = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    widest: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`),
  }));
  if (overflow.scrollWidth > overflow.clientWidth) {
    throw new Error(
      `the page scrolls sideways at ${PHONE.width} px: ${overflow.scrollWidth} > ${overflow.clientWidth}; overflowing: ${overflow.widest.join(', ')}`,
    );
  }
  if (original.width !== PHONE.width || original.height !== PHONE.height)
    await page.setViewportSize(original);
}

/**
 * The toasts on screen, and the controls (buttons, links, fields) one of them sits on top of: a control is
 * covered when the element under its middle belongs to a toast. Toasts must leave every control usable.
 */
export function controlsUnderToasts(page: Page): Promise<{ toasts: number; covered: string[] }> {
  return page.evaluate(() => {
    const toasts = [...document.querySelectorAll('button[aria-label="Dismiss notification"]')].map(
      (close) => close.parentElement as HTMLElement,
    );
    const covered = [...document.querySelectorAll('button, a[href], input, select, textarea')]
      .filter((el) => !toasts.some((t) => t.contains(el)))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return hit !== null && toasts.some((t) => t.contains(hit));
      })
      .map((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim());
    return { toasts: toasts.length, covered };
  });
}

/** Whether `locator` holds the keyboard focus now. */
export const isFocused = (locator: Locator): Promise<boolean> =>
  locator.evaluate((el) => el === document.activeElement);

/**
 * After Escape, Cancel or a save: waits until `dialog` has gone and the keyboard focus is on `target` (the
 * control that opened it, or wherever closing it is meant to put the person), so the next key a keyboard
 * user presses acts there.
 */
export async function expectClosedWithFocusOn(dialog: Locator, target: Locator): Promise<void> {
  await expect.poll(() => dialog.count(), { message: `${dialog} is still open` }).toBe(0);
  await expect.poll(() => isFocused(target), { message: `the focus is not on ${target}` }).toBe(true);
}

/** What a screen reader reads after a control's name: the text of the elements its aria-describedby names. */
export const accessibleDescription = (locator: Locator): Promise<string> =>
  locator.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' '),
  );

/** Tab (forwards) until `target` has focus, as a keyboard user would; fails if it is not reachable. */
export async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target} with Tab`);
}

/**
 * The browser's Back button: the history moves back one entry the way the button moves it (started by the
 * browser, not by the page's script). Unlike `page.goBack()`, it does not wait for a navigation: a page
 * asking "Discard your changes?" holds it.
 */
export async function pressBack(page: Page): Promise<void> {
  const devtools = await page.context().newCDPSession(page);
  try {
    const { currentIndex, entries } = await devtools.send('Page.getNavigationHistory');
    const previous = entries[currentIndex - 1];
    if (!previous) throw new Error('There is no page to go back to');
    await devtools.send('Page.navigateToHistoryEntry', { entryId: previous.id });
  } finally {
    await devtools.detach();
  }
}

/** The focused element as a person would name it: its tag and accessible text (`h1: Grants`). */
export const focusedElement = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    return `${el.tagName.toLowerCase()}: ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}`;
  });

/**
 * With a native select focused, presses ArrowDown (one option at a time, waiting for the select to show
 * each) until it shows `label`, as a keyboard user choosing from the list would.
 */
export async function arrowToOption(page: Page, select: Locator, label: string, limit = 30): Promise<void> {
  const shown = () => select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.label ?? '');
  for (let i = 0; i < limit; i++) {
    const before = await shown();
    if (before === label) return;
    await page.keyboard.press('ArrowDown');
    // The next key moves on from what the select shows: wait until it shows the next option.
    await page.waitForFunction(
      ({ el, was }) => ((el as HTMLSelectElement | null)?.selectedOptions[0]?.label ?? '') !== was,
      { el: await select.elementHandle(), was: before },
    );
  }
  throw new Error(`Could not reach the option "${label}" with the arrow keys`);
}

export async function startHarness(
  options: { seed?: (app: TestApp) => Promise<void> } = {},
): Promise<Harness> {
  requireBuiltDashboard();
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const app = await createTestApp({ BEACON_DASHBOARD_DIR: dist });
  await options.seed?.(app);
  const baseUrl = await app.listen();
  const browser: Browser = await chromium.launch({
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
  const contexts: BrowserContext[] = [];
  const errors = new WeakMap<Page, string[]>();

  const harness: Harness = {
    app,
    baseUrl,
    async newPage(viewport = DESKTOP) {
      const context = await browser.newContext({
        viewport,
        locale: 'en-GB',
        timezoneId: 'Europe/London',
        baseURL: baseUrl,
      });
      contexts.push(context);
      const page = await context.newPage();
      const list: string[] = [];
      errors.set(page, list);
      page.on('pageerror', (error) => list.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') list.push(message.text());
      });
      return page;
    },
    async signIn(page, who, overrides = {}) {
      const user = typeof who === 'string' ? await app.staff(who, overrides) : who;
      await page.goto('/');
      await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
      await page.getByLabel('Email').fill(user.email);
      await page.getByRole('textbox', { name: 'Password' }).fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      return user;
    },
    async axe(page) {
      // Evaluated over the DevTools protocol, which the page's Content-Security-Policy (no inline script)
      // does not govern; a script tag would be refused, as it should be.
      if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
      // Judge the page at rest: a drawer or dialog still fading in has colours half-way to their own,
      // which axe would read as poor contrast. Finite animations and transitions are awaited; endless
      // ones (a spinner) are not.
      await page.evaluate(`Promise.all(document.getAnimations()
        .filter((a) => a.effect && a.effect.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)))`);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (...args: unknown[]) => Promise<{ violations: AxeViolation[] }> };
          }
        ).axe;
        const result = await axe.run(document, {
          runOnly: {
            type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
          },
          resultTypes: ['violations'],
        });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
        }));
      });
      return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    },
    async expectAccessible(page) {
      const violations = await harness.axe(page);
      if (violations.length === 0) return;
      const described = violations
        .map(
          (v) =>
            `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`,
        )
        .join('\n');
      throw new Error(
        `axe found ${violations.length} serious or critical violation(s) on ${page.url()}:\n${described}`,
      );
    },
    async screenshots(page, name) {
      const original = page.viewportSize() ?? DESKTOP;
      for (const size of [DESKTOP, PHONE]) {
        await page.setViewportSize(size);
        // From the top: a full-page shot of a scrolled page draws the fixed header half-way down it.
        await page.evaluate(() => window.scrollTo(0, 0));
        await settleLayout(page);
        await page.screenshot({
          path: path.join(SCREENSHOTS_DIR, `${name}-${size.width}.png`),
          fullPage: true,
          animations: 'disabled',
        });
      }
      await page.setViewportSize(original);
    },
    errorsOf: (page) => errors.get(page) ?? [],
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close();
      await app.close();
    },
  };
  return harness;
}
