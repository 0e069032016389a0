import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefox, type FirefoxSession } from './harness';
import { quickAdd } from './team';
import { attr, expectAttr, expectCount, WAIT } from './dom';

/*
 * Baton's own pages in Firefox: the options page and the popup, opened in a tab from the
 * privileged scope (BiDi will not navigate to moz-extension://), showing the person added through
 * Gmail's quick-add from the add-on's own storage.
 */

let ff: FirefoxSession;
beforeAll(async () => {
  ff = await launchFirefox({ timeZone: 'America/New_York' });
});
afterAll(async () => ff?.close());
afterEach(() => ff.expectClean());

describe('Firefox: options and popup', () => {
  test('the team, added in Gmail', async () => {
    await quickAdd(ff, 'aiko@example.jp', 'Tokyo', 'Asia/Tokyo', '09:00', '17:00', 'Aiko Tanaka');
  });

  test('options lists the person, in English (`lang`), with no request', async () => {
    const page = await ff.openExtensionPage('options.html');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.evaluate(() => document.body.textContent ?? ''), WAIT).toContain('aiko@example.jp');
    expect(await page.evaluate(() => document.body.textContent ?? '')).toContain('Aiko Tanaka');
    await page.close();
  });

  test('the popup shows the person’s clock: zone, status, local time', async () => {
    const page = await ff.openExtensionPage('popup.html');
    await expectCount(page, '[data-baton="team-clock"]', 1);
    await expectAttr(page, '[data-baton="team-clock"][data-email="aiko@example.jp"]', 'data-zone', 'Asia/Tokyo');
    expect(await attr(page, '[data-baton="team-clock"]', 'data-status')).toMatch(/^(working|off-hours|weekend|holiday)$/);
    expect(await attr(page, '[data-baton="team-clock"]', 'data-local-time')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    await page.close();
  });
});
