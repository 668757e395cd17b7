/** Helpers the spotlight workflow's browser tests share: keyboard travel and the recognition's status. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Presses Tab until `target` has the focus, as a keyboard user would; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The recognition's status (the live region beside the "Status" heading) reads `label`. */
export async function expectStatus(page: Page, label: string): Promise<void> {
  const status = page.getByRole('region', { name: 'Status' }).getByRole('status');
  await expect.poll(() => status.textContent()).toBe(label);
}
