import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness';
import { quickAdd } from './team';
import { attr, click, count, expectAttr, expectCount, marker, WAIT, wallClockIn } from './dom';

/*
 * Outlook on the web in Firefox: tests/fixtures/outlook/{mail,calendar}.html at outlook.office.com.
 * The team is added through Gmail's quick-add first (same browser, same storage): Aiko Tanaka in
 * Tokyo, off now (hours start in two hours), and Lena Vogel in Berlin, working now.
 */

const ORIGIN = 'https://outlook.office.com';
const TOKYO = 'Asia/Tokyo';
const BERLIN = 'Europe/Berlin';
const byName = (name: string) => marker('recipient-time', `[data-name="${name}"]`);
const byEmail = (email: string) => marker('recipient-time', `[data-email="${email}"]`);
const SEND = '[data-testid="ComposeSendButton"]';
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent);
const mail = (query: Record<string, string>) => `${ORIGIN}/mail/inbox/id/AAQkAD?${new URLSearchParams({ view: 'reading', ...query })}`;

let ff: FirefoxSession;
beforeAll(async () => {
  ff = await launchFirefox({ timeZone: 'America/New_York' });
});
afterAll(async () => ff?.close());
afterEach(() => ff.expectClean());

describe('Outlook in Firefox', () => {
  test('the team, added in Gmail', async () => {
    await quickAdd(ff, 'aiko@example.jp', 'Tokyo', TOKYO, wallClockIn(TOKYO, 120), wallClockIn(TOKYO, 300), 'Aiko Tanaka');
    await quickAdd(ff, 'lena@example.de', 'Berlin', BERLIN, wallClockIn(BERLIN, -60), wallClockIn(BERLIN, 300), 'Lena Vogel');
  });

  test('mail: recipient-time by name and by address, a stranger unknown; send advice with the suggested instant', async () => {
    const page = await ff.open(mail({ to: 'Aiko Tanaka|Lena Vogel <lena@example.de>|Sam Lee' }), 'outlook/mail.html');
    await expectCount(page, marker('recipient-time'), 3);
    await expectAttr(page, byName('Aiko Tanaka'), 'data-status', 'off-hours');
    expect(await attr(page, byName('Aiko Tanaka'), 'data-zone')).toBe(TOKYO);
    expect(await attr(page, byName('Aiko Tanaka'), 'data-email')).toBeNull();
    await expectAttr(page, byEmail('lena@example.de'), 'data-status', 'working');
    await expectAttr(page, byName('Sam Lee'), 'data-status', 'unknown');
    await expectAttr(page, marker('send-advice'), 'data-verdict', 'off-hours');
    const delta = Date.parse((await attr(page, marker('send-advice'), 'data-suggested-at'))!) - Date.now();
    expect(delta).toBeGreaterThan(118 * 60_000);
    expect(delta).toBeLessThan(121 * 60_000);
    await page.close();
  });

  test('mail: the guard holds Send; cancel sends nothing; send anyway sends exactly once', async () => {
    const page = await ff.open(mail({ to: 'Aiko Tanaka', subject: 'Numbers' }), 'outlook/mail.html');
    await expectAttr(page, marker('send-advice'), 'data-verdict', 'off-hours');
    await click(page, SEND);
    await expectCount(page, marker('send-guard'), 1);
    await click(page, `${marker('send-guard')} >>> [data-baton-action="cancel"]`);
    await expectCount(page, marker('send-guard'), 0);
    expect(await sent(page)).toEqual([]);
    await click(page, SEND);
    await click(page, `${marker('send-guard')} >>> [data-baton-action="send-anyway"]`);
    await expect.poll(() => sent(page), WAIT).toHaveLength(1);
    expect(await sent(page)).toEqual([{ to: ['Aiko Tanaka'], cc: [], bcc: [], subject: 'Numbers', how: 'click' }]);
    await page.close();
  });

  test('event form: guest times by address and by name, a stranger unknown; not taken for a mail compose', async () => {
    const page = await ff.open(`${ORIGIN}/calendar/deeplink/compose?${new URLSearchParams({ in: '60', dur: '30', title: 'Planning', guests: 'Lena Vogel <lena@example.de>|Aiko Tanaka|Sam Lee' })}`, 'outlook/calendar.html');
    const row = (key: string, value: string) => `[data-baton="guest-time"][${key}="${value}"]`;
    await expectAttr(page, row('data-email', 'lena@example.de'), 'data-zone', BERLIN);
    await expectAttr(page, row('data-name', 'Aiko Tanaka'), 'data-zone', TOKYO);
    await expectAttr(page, row('data-name', 'Sam Lee'), 'data-status', 'unknown');
    expect(await attr(page, row('data-email', 'lena@example.de'), 'data-local-start')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    expect(await count(page, marker('send-advice'))).toBe(0);
    await page.close();
  });
});
