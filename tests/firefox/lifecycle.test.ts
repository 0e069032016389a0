import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness';
import { count, deep, expectAttr, expectCount, marker, WAIT } from './dom';

/*
 * Baton switched off and on again mid-session, as about:addons does (AddonManager over the
 * privileged BiDi scope): off takes its UI off the screen of the open page, on brings back exactly one set
 * — in the open tab (Firefox injects content scripts into matching tabs when an add-on starts)
 * and after a reload.
 */

const GMAIL = 'https://mail.google.com/mail/u/0/?view=popup&to=aiko@example.jp:Aiko,nobody@example.org&cc=wendy@example.de';

let ff: FirefoxSession;
beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => ff?.close());
afterEach(() => ff.expectClean());

/** Every Baton shadow host in the page, by marker, sorted: the whole set, to compare. */
const markers = (page: Page) => deep<string[]>(page, 'baton-ui', '(all) => all.map((n) => n.getAttribute("data-baton")).sort()');

/** Baton hosts that still take up room on screen. */
const shown = (page: Page) => deep<string[]>(page, 'baton-ui', '(all) => all.filter((n) => n.getClientRects().length > 0).map((n) => n.getAttribute("data-baton"))');

async function expectOneSet(page: Page) {
  await expectCount(page, marker('recipient-time'), 3);
  await expectCount(page, marker('send-advice'), 1);
  await expectAttr(page, marker('send-advice'), 'data-verdict', 'unknown');
}

describe('Firefox: the add-on disabled and re-enabled mid-session', () => {
  test('off takes the UI away; on brings back one set in the open tab and after a reload (no duplicates)', async () => {
    const page = await ff.open(GMAIL, 'gmail/mail.html');
    await expectOneSet(page);
    const before = await markers(page);

    await ff.setEnabled(false);
    // Firefox gives the dead scripts no chance to remove their hosts; none may still be shown.
    await expect.poll(() => shown(page), WAIT).toEqual([]);

    await ff.setEnabled(true);
    await expectOneSet(page);
    // Held for a while: no second set arrives late.
    await expect.poll(() => markers(page), WAIT).toEqual(before);
    expect(await shown(page)).toEqual(before.filter((m) => m !== 'send-guard'));
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await markers(page)).toEqual(before);

    await page.reload();
    await expectOneSet(page);
    expect(await markers(page)).toEqual(before);
    expect(await count(page, 'baton-ui')).toBe(before.length);
    await page.close();
  });
});
