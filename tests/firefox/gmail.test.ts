import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness';
import { quickAdd } from './team';
import { attr, click, count, deep, expectAttr, expectCount, fixture, marker, WAIT, wallClockIn } from './dom';

/*
 * Gmail in Firefox, on tests/fixtures/gmail/mail.html at mail.google.com. The team is built the way
 * a user builds it in Gmail, through the unknown chip's quick-add (Baton's own UI, stored in the
 * add-on's storage): Aiko in Tokyo, off now (hours start in two hours), and Wendy in Berlin,
 * working now. The file's pages share the browser, so the team stays for every test after.
 */

const TOKYO = 'Asia/Tokyo';
const BERLIN = 'Europe/Berlin';
const GMAIL = 'https://mail.google.com/mail/u/0/';

type Sent = { to: string[] };
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: Sent[] }).__sent);
const chip = (email: string) => marker('recipient-time', `[data-email="${email}"]`);
const SEND = '.IZ .Up div[role=button]:not([aria-haspopup])';
const guardAction = (action: string) => `${marker('send-guard')} >>> [data-baton-action="${action}"]`;

let ff: FirefoxSession;

beforeAll(async () => {
  ff = await launchFirefox({ timeZone: 'America/New_York' });
});
afterAll(async () => ff?.close());
afterEach(() => ff.expectClean());

/** The suggestion must be the minute Aiko's hours start: two hours from now, ± a minute for the clock. */
function expectSuggestedNearTwoHours(iso: string | null) {
  expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:00(\.000)?)?Z$/);
  const delta = Date.parse(iso!) - Date.now();
  expect(delta).toBeGreaterThan(118 * 60_000);
  expect(delta).toBeLessThan(121 * 60_000);
}

describe('Gmail in Firefox', () => {
  test('quick-add on an unknown chip puts the person on the team (the team every later test uses)', async () => {
    await quickAdd(ff, 'aiko@example.jp', 'Tokyo', TOKYO, wallClockIn(TOKYO, 120), wallClockIn(TOKYO, 300));
    await quickAdd(ff, 'wendy@example.de', 'Berlin', BERLIN, wallClockIn(BERLIN, -60), wallClockIn(BERLIN, 120));
  });

  test('a marker for every chip in To, Cc and Bcc: status, zone and local time; a stranger is unknown', async () => {
    const page = await ff.open(`${GMAIL}?view=popup&to=aiko@example.jp:Aiko%20Tanaka,nobody@example.org&cc=wendy@example.de:Wendy&bcc=oscar@example.in`, 'gmail/mail.html');
    await expectCount(page, marker('recipient-time'), 4);
    await expectAttr(page, chip('aiko@example.jp'), 'data-status', 'off-hours');
    expect(await attr(page, chip('aiko@example.jp'), 'data-zone')).toBe(TOKYO);
    expect((await attr(page, chip('aiko@example.jp'), 'data-local-time'))?.slice(11)).toBe(wallClockIn(TOKYO, 0));
    await expectAttr(page, chip('wendy@example.de'), 'data-status', 'working');
    expect(await attr(page, chip('wendy@example.de'), 'data-zone')).toBe(BERLIN);
    await expectAttr(page, chip('nobody@example.org'), 'data-status', 'unknown');
    expect(await attr(page, chip('nobody@example.org'), 'data-zone')).toBeNull();
    await expectAttr(page, chip('oscar@example.in'), 'data-status', 'unknown');
    await page.close();
  });

  test('send advice: off-hours for a To recipient outside their hours, with the suggested instant', async () => {
    const page = await ff.open(`${GMAIL}?view=popup&to=aiko@example.jp:Aiko%20Tanaka&cc=wendy@example.de`, 'gmail/mail.html');
    await expectAttr(page, marker('send-advice'), 'data-verdict', 'off-hours');
    expectSuggestedNearTwoHours(await attr(page, marker('send-advice'), 'data-suggested-at'));
    await expect.poll(() => deep<string>(page, marker('send-advice'), '(all) => all[0]?.shadowRoot?.textContent ?? ""'), WAIT).toContain(`Lands ${wallClockIn(TOKYO, 0)}`);
    await page.goto(`${GMAIL}?view=popup&to=wendy@example.de&cc=aiko@example.jp`);
    await expectAttr(page, marker('send-advice'), 'data-verdict', 'ok');
    expect(await attr(page, marker('send-advice'), 'data-suggested-at')).toBeNull();
    await page.close();
  });

  test('the guard holds a Send click: Cancel sends nothing; Send anyway sends exactly once', async () => {
    const page = await ff.open(`${GMAIL}?view=popup&to=aiko@example.jp:Aiko`, 'gmail/mail.html');
    await expectAttr(page, marker('send-advice'), 'data-verdict', 'off-hours');
    await click(page, SEND);
    await expectCount(page, marker('send-guard'), 1);
    expect(await deep<string | null>(page, `${marker('send-guard')} >>> [role=dialog]`, '(all) => all[0]?.getAttribute("aria-modal") ?? null')).toBe('true');
    await click(page, guardAction('cancel'));
    await expectCount(page, marker('send-guard'), 0);
    expect(await sent(page)).toEqual([]);

    await click(page, SEND);
    await click(page, guardAction('send-anyway'));
    await expect.poll(() => sent(page), WAIT).toHaveLength(1);
    expect((await sent(page))[0]?.to).toEqual(['aiko@example.jp']);
    // The compose closed: its UI went with it, and nothing was sent twice.
    await expectCount(page, marker('send-advice'), 0);
    expect(await sent(page)).toHaveLength(1);
    await page.close();
  });

  test('Ctrl+Enter is held; Escape cancels; schedule-send opens Gmail’s own picker and sends nothing', async () => {
    const page = await ff.open(`${GMAIL}?view=popup&to=aiko@example.jp`, 'gmail/mail.html');
    await expectAttr(page, marker('send-advice'), 'data-verdict', 'off-hours');
    await page.click('[g_editable=true]');
    await page.keyboard.type('Hello');
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    await expectCount(page, marker('send-guard'), 1);
    await page.keyboard.press('Escape');
    await expectCount(page, marker('send-guard'), 0);
    expect(await sent(page)).toEqual([]);

    await click(page, SEND);
    await click(page, guardAction('schedule-send'));
    await expect.poll(() => page.evaluate(() => !!document.querySelector('#picker') && getComputedStyle(document.querySelector('#picker')!).display !== 'none'), WAIT).toBe(true);
    const iso = await attr(page, marker('send-advice'), 'data-suggested-at');
    // Gmail reads its picker in the browser's zone and language: the expectation is computed there.
    const want = await page.evaluate((ms) => new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(new Date(ms)), Date.parse(iso!));
    await expect.poll(() => page.$$eval('#picker input', (inputs) => (inputs[1] as HTMLInputElement | undefined)?.value ?? ''), WAIT).toBe(want);
    expect(await sent(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __scheduled: string[] }).__scheduled)).toEqual([]);
    await page.close();
  });

  test('a German Gmail works the same: chip, schedule-send into the German picker, the guard (no English text relied on)', async () => {
    const page = await ff.open(`${GMAIL}?view=popup&lang=de&to=aiko@example.jp:Aiko`, 'gmail/mail.html');
    await expectAttr(page, chip('aiko@example.jp'), 'data-status', 'off-hours');
    await click(page, `${marker('send-advice')} >>> [data-baton-action="schedule-send"]`);
    // The picker opens showing Gmail's own default date; Baton replaces it with the suggestion's.
    await expect.poll(() => page.$$eval('#picker input', (inputs) => (inputs[0] as HTMLInputElement | undefined)?.value ?? 'Nov 30, 2026'), WAIT).not.toBe('Nov 30, 2026');
    await click(page, SEND);
    await expectCount(page, marker('send-guard'), 1);
    await click(page, guardAction('cancel'));
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  test('inline reply and full-screen compose each get their own UI', async () => {
    const page = await ff.open(`${GMAIL}?view=inline&to=aiko@example.jp:Aiko`, 'gmail/mail.html');
    await expectAttr(page, chip('aiko@example.jp'), 'data-status', 'off-hours');
    await expectCount(page, marker('send-advice'), 1);
    await expectAttr(page, marker('send-advice'), 'data-verdict', 'off-hours');
    await fixture(page, 'fixture', 'openCompose', { kind: 'popup', to: [{ email: 'wendy@example.de' }] });
    await expectCount(page, marker('send-advice'), 2);
    await page.goto(`${GMAIL}?view=fullscreen&to=wendy@example.de:Wendy`);
    await expectAttr(page, chip('wendy@example.de'), 'data-status', 'working');
    await expectCount(page, marker('send-advice'), 1);
    expect(await count(page, marker('recipient-time'))).toBe(1);
    await page.close();
  });
});
