/** Helpers the spotlight workflow's browser tests share: keyboard travel and the phone-width check. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DESKTOP, PHONE } from './harness.js';

/** Presses Tab until `target` has the focus, as a keyboard user would; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** At 390 px wide nothing scrolls sideways; the desktop width is restored after. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await page.setViewportSize(PHONE);
  await expect
    .poll(() =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    )
    .toBeLessThanOrEqual(0);
  await page.setViewportSize(DESKTOP);
}

/** The recognition's status (the live region beside the "Status" heading) reads `label`. */
export async function expectStatus(page: Page, label: string): Promise<void> {
  const status = page.getByRole('region', { name: 'Status' }).getByRole('status');
  await expect.poll(() => status.textContent()).toBe(label);
}
