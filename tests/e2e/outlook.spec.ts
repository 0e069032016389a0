import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { EVERY_DAY, seedSettings, seedTeam, wallClockIn, type TeamRow } from './helpers';
import { DEFAULT_SETTINGS } from '../../utils/team/types';

/*
 * Outlook on the web, end to end, on each of the four origins of CONTRACT.md §3: the built
 * extension on tests/fixtures/outlook/{mail,calendar}.html. People's hours are relative to the
 * real now (content scripts cannot see a test clock) and they work every day.
 */

const ORIGINS = ['https://outlook.office.com', 'https://outlook.office365.com', 'https://outlook.live.com', 'https://outlook.cloud.microsoft'];
const TOKYO = 'Asia/Tokyo';
const BERLIN = 'Europe/Berlin';
const EVIL = '<img src=x onerror=alert(1)>';

const working = (email: string, name: string, zone = BERLIN): TeamRow => ({ email, name, timeZone: zone, workStart: wallClockIn(zone, -60), workEnd: wallClockIn(zone, 120), workDays: EVERY_DAY });
const offNow = (email: string, name: string, zone = TOKYO): TeamRow => ({ email, name, timeZone: zone, workStart: wallClockIn(zone, 120), workEnd: wallClockIn(zone, 300), workDays: EVERY_DAY });

const AIKO = offNow('aiko@example.jp', 'Aiko Tanaka');
// Still working when Aiko starts, so the suggestion is the minute Aiko's hours begin.
const WENDY = { ...working('wendy@example.de', 'Wendy Weber'), workEnd: wallClockIn(BERLIN, 300) };
// Two team members who share a display name: a chip showing only "Sam Lee" cannot be told apart.
const SAM_A = working('sam.a@example.com', 'Sam Lee', 'Europe/London');
const SAM_B = offNow('sam.b@example.com', 'Sam Lee', 'Australia/Sydney');
const TEAM = [AIKO, WENDY, SAM_A, SAM_B];

type Sent = { to: string[]; cc: string[]; bcc: string[]; subject: string; how: string };
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: Sent[] }).__sent);
const marker = (page: Page, name: string) => page.locator(`baton-ui[data-baton="${name}"]`);
const byName = (page: Page, name: string) => page.locator(`baton-ui[data-baton="recipient-time"][data-name="${name}"]`);
const byEmail = (page: Page, email: string) => page.locator(`baton-ui[data-baton="recipient-time"][data-email="${email}"]`);
const advice = (page: Page) => marker(page, 'send-advice');
const guard = (page: Page) => marker(page, 'send-guard');
const send = (page: Page) => page.locator('[data-testid="ComposeSendButton"]');

function mailUrl(origin: string, query: Record<string, string>) {
  return `${origin}/mail/inbox/id/AAQkAD?${new URLSearchParams(query).toString()}`;
}

function expectSuggestedNearTwoHours(iso: string | null) {
  expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/);
  const delta = Date.parse(iso!) - Date.now();
  expect(delta).toBeGreaterThan(118 * 60_000);
  expect(delta).toBeLessThan(121 * 60_000);
}

/** A local wall time `YYYY-MM-DDTHH:mm` (the machine's zone, which is the browser's) two days ahead at hh:00. */
function dayAhead(hour: number): { at: string; start: number } {
  const d = new Date();
  const start = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 2, hour, 0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { at: `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}T${pad(hour)}:00`, start: start.getTime() };
}

/** `HH:mm` of an instant in a zone. */
function wallAt(at: number, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

/** An iCalendar feed with these meetings (UTC), served by a route: never the network. */
async function serveFeed(context: BrowserContext, url: string, spans: Array<[number, number]>) {
  const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const events = spans.map(([s, e], i) => ['BEGIN:VEVENT', `UID:m${i}@example.com`, `DTSTAMP:${stamp(Date.now())}`, `DTSTART:${stamp(s)}`, `DTEND:${stamp(e)}`, `SUMMARY:Meeting ${i}`, 'END:VEVENT'].join('\r\n'));
  const body = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Baton tests//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/calendar; charset=utf-8', body }));
}

async function seed(worker: Worker, rows: TeamRow[] = TEAM) {
  await seedTeam(worker, rows);
}

for (const origin of ORIGINS) {
  const host = new URL(origin).hostname;

  test.describe(`Outlook mail on ${host}`, () => {
    test('recipient-time by name and by address; same-name people stay unknown and say why; an XSS name is text; send-advice; schedule-send', async ({ openFixture, serviceWorker }) => {
      await seed(serviceWorker);
      const page = await openFixture(mailUrl(origin, { to: `Aiko Tanaka|Wendy Weber <Wendy@Example.DE>|Sam Lee`, cc: EVIL, late: '1' }), 'outlook/mail.html');
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await expect(marker(page, 'recipient-time')).toHaveCount(4);

      // Matched by display name only: data-name, never data-email.
      const aiko = byName(page, 'Aiko Tanaka');
      await expect(aiko).toHaveAttribute('data-status', 'off-hours');
      await expect(aiko).toHaveAttribute('data-zone', TOKYO);
      await expect(aiko).toHaveAttribute('data-local-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
      expect((await aiko.getAttribute('data-local-time'))?.slice(11)).toBe(wallClockIn(TOKYO, 0));
      await expect(aiko).not.toHaveAttribute('data-email', /.*/);
      // Drawn right after Outlook's own chip.
      expect(await aiko.evaluate((el) => el.previousElementSibling?.textContent?.startsWith('Aiko Tanaka'))).toBe(true);

      // `Name <address>`: the address wins.
      const wendy = byEmail(page, 'wendy@example.de');
      await expect(wendy).toHaveAttribute('data-status', 'working');
      await expect(wendy).toHaveAttribute('data-zone', BERLIN);

      // Two team members called Sam Lee: unknown, and the card says why.
      const sam = byName(page, 'Sam Lee');
      await expect(sam).toHaveAttribute('data-status', 'unknown');
      await expect(sam).not.toHaveAttribute('data-zone', /.*/);
      await sam.locator('button').first().hover();
      await expect(sam.locator('[role=tooltip]')).toContainText(/more than one person in your team is called “Sam Lee”/i);

      // A name that is markup is drawn as text; nothing runs.
      const evil = byName(page, EVIL);
      await expect(evil).toHaveAttribute('data-field', 'cc');
      await evil.locator('button').first().hover();
      await expect(evil.locator('[role=tooltip]')).toContainText(EVIL);
      expect(await page.evaluate(() => [...document.querySelectorAll('baton-ui')].reduce((n, h) => n + (h.shadowRoot?.querySelectorAll('img').length ?? 0), 0))).toBe(0);

      // To decides: Aiko is off-hours; the suggestion is when her hours start.
      await expect(advice(page)).toHaveAttribute('data-verdict', 'off-hours');
      const suggested = await advice(page).getAttribute('data-suggested-at');
      expectSuggestedNearTwoHours(suggested);

      // schedule-send opens Outlook's own Schedule send (the split button's menu) and fills it.
      await advice(page).locator('[data-baton-action="schedule-send"]').click();
      const picker = page.locator('#schedulePicker');
      await expect(picker).toBeVisible();
      const at = Date.parse(suggested!);
      await expect(picker.locator('input').nth(0)).toHaveValue(new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric' }).format(at));
      await expect(picker.locator('input').nth(1)).toHaveValue(new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' }).format(at));
      await page.waitForTimeout(200);
      expect(await sent(page)).toEqual([]);
      expect(dialogs).toEqual([]);
    });

    test('send-guard: Send is held; cancel sends nothing; send-anyway sends exactly once; Ctrl+Enter too', async ({ openFixture, serviceWorker }) => {
      await seed(serviceWorker);
      const page = await openFixture(mailUrl(origin, { to: 'Aiko Tanaka', subject: 'Numbers' }), 'outlook/mail.html');
      await expect(advice(page)).toHaveAttribute('data-verdict', 'off-hours');
      await send(page).click();
      await expect(guard(page).getByRole('dialog')).toBeVisible();
      await expect(guard(page)).toHaveAttribute('data-suggested-at', /Z$/);
      await guard(page).locator('[data-baton-action="cancel"]').click();
      await expect(guard(page)).toHaveCount(0);
      await page.waitForTimeout(200);
      expect(await sent(page)).toEqual([]);

      await send(page).click();
      await guard(page).locator('[data-baton-action="send-anyway"]').click();
      await expect.poll(() => sent(page)).toHaveLength(1);
      await page.waitForTimeout(400);
      expect(await sent(page)).toEqual([{ to: ['Aiko Tanaka'], cc: [], bcc: [], subject: 'Numbers', how: 'click' }]);

      // Ctrl+Enter from the body is held the same way.
      await page.locator('[aria-multiline="true"]').click();
      await page.keyboard.type('Hi');
      await page.keyboard.press('Control+Enter');
      await expect(guard(page).getByRole('dialog')).toBeVisible();
      await guard(page).locator('[data-baton-action="cancel"]').click();
      await page.waitForTimeout(200);
      expect(await sent(page)).toHaveLength(1);
      await page.keyboard.press('Control+Enter');
      await guard(page).locator('[data-baton-action="send-anyway"]').click();
      await expect.poll(() => sent(page)).toHaveLength(2);
      await page.waitForTimeout(400);
      expect(await sent(page)).toHaveLength(2);

      // The guard's own schedule-send opens Outlook's Schedule send, and sends nothing.
      await send(page).click();
      await guard(page).locator('[data-baton-action="schedule-send"]').click();
      await expect(page.locator('#schedulePicker')).toBeVisible();
      await page.waitForTimeout(200);
      expect(await sent(page)).toHaveLength(2);
    });

    test('calendar new-event form: guest-time by name and address, meeting-load from the feed, async-alternative with write-update to Outlook', async ({ openFixture, serviceWorker, context, serveFixture, allowNetwork }) => {
      const { at, start } = dayAhead(15);
      const FEED = 'https://calendar.google.com/calendar/ical/me%40example.com/private-0a1b2c/basic.ics';
      allowNetwork('https://calendar.google.com/calendar/ical/');
      // Three one-hour meetings earlier that day: with this one, 4 h → heavy.
      await serveFeed(context, FEED, [6, 5, 4].map((h) => [start - h * 3_600_000, start - (h - 1) * 3_600_000] as [number, number]));
      const lena = { email: 'lena@example.de', name: 'Lena Vogel', timeZone: BERLIN, workStart: wallAt(start - 3_600_000, BERLIN), workEnd: wallAt(start + 7_200_000, BERLIN), workDays: EVERY_DAY };
      const aiko = { ...AIKO, workStart: wallAt(start + 7_200_000, TOKYO), workEnd: wallAt(start + 14_400_000, TOKYO) };
      await seedTeam(serviceWorker, [lena, aiko, SAM_A, SAM_B]);
      await seedSettings(serviceWorker, { ...DEFAULT_SETTINGS, feedUrl: FEED });
      await expect.poll(async () => Object.keys(((await serviceWorker.evaluate(() => chrome.storage.local.get('calendarFeed'))) as { calendarFeed?: { days: object } }).calendarFeed?.days ?? {}).length, { timeout: 10_000 }).toBeGreaterThan(0);

      const query = new URLSearchParams({ at, dur: '60', title: 'Weekly status update', guests: 'Aiko Tanaka|Lena Vogel <lena@example.de>|Sam Lee', opt: EVIL, repeat: '1' });
      const page = await openFixture(`${origin}/calendar/deeplink/compose?${query.toString()}`, 'outlook/calendar.html');
      const row = (attr: string, value: string) => page.locator(`[data-baton="guest-time"][${attr}="${value}"]`);

      await expect(row('data-name', 'Aiko Tanaka')).toHaveAttribute('data-status', 'off-hours');
      await expect(row('data-name', 'Aiko Tanaka')).toHaveAttribute('data-zone', TOKYO);
      await expect(row('data-name', 'Aiko Tanaka')).toHaveAttribute('data-local-start', new RegExp(`T${wallAt(start, TOKYO)}$`));
      await expect(row('data-email', 'lena@example.de')).toHaveAttribute('data-status', 'working');
      await expect(row('data-email', 'lena@example.de')).toHaveAttribute('data-local-start', new RegExp(`T${wallAt(start, BERLIN)}$`));
      await expect(row('data-name', 'Sam Lee')).toHaveAttribute('data-status', 'unknown');
      await expect(row('data-name', 'Sam Lee')).not.toHaveAttribute('data-zone', /.*/);
      await expect(row('data-name', EVIL)).toHaveAttribute('data-status', 'unknown');
      // Only guests: the form's own Send does not make it a mail compose.
      await expect(marker(page, 'send-advice')).toHaveCount(0);

      const load = page.locator('[data-baton="meeting-load"]');
      await expect(load).toHaveAttribute('data-level', 'heavy');
      await expect(load).toHaveAttribute('data-meetings', '4');
      await expect(load).toHaveAttribute('data-meeting-minutes', '240');

      const alt = page.locator('[data-baton="async-alternative"]');
      await expect(alt).toHaveAttribute('data-reasons', /\bstatus-update\b/);
      await expect(alt).toHaveAttribute('data-reasons', /\brecurring\b/);
      const write = alt.locator('[data-baton-action="write-update"]');
      const href = await write.getAttribute('href');
      expect(href?.startsWith(`${origin}/mail/deeplink/compose?`)).toBe(true);
      const url = new URL(href!);
      // The name-matched guest is mailed at her team address; the page's address is used as is.
      expect(url.searchParams.get('to')?.split(';').sort()).toEqual(['aiko@example.jp', 'lena@example.de']);
      expect(url.searchParams.get('subject')).toBe('Weekly status update');
      expect(url.searchParams.get('body')).toContain('written update');
      await serveFixture(`${origin}/mail/deeplink/compose*`, 'plain/page.html');
      const [tab] = await Promise.all([context.waitForEvent('page'), write.click()]);
      expect(tab.url().startsWith(`${origin}/mail/deeplink/compose?`)).toBe(true);
      expect(await page.evaluate(() => [...document.querySelectorAll('baton-ui')].reduce((n, h) => n + (h.shadowRoot?.querySelectorAll('img').length ?? 0), 0))).toBe(0);
    });
  });
}

test.describe('Outlook variants (outlook.office.com)', () => {
  const origin = ORIGINS[0]!;

  test('German compose: labels and "Senden planen" found; the picker gets German formats', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await openFixture(mailUrl(origin, { lang: 'de', to: 'Aiko Tanaka', bcc: 'Wendy Weber' }), 'outlook/mail.html');
    await expect(byName(page, 'Aiko Tanaka')).toHaveAttribute('data-field', 'to');
    await expect(byName(page, 'Wendy Weber')).toHaveAttribute('data-field', 'bcc');
    await expect(advice(page)).toHaveAttribute('data-verdict', 'off-hours');
    const at = Date.parse((await advice(page).getAttribute('data-suggested-at'))!);
    await advice(page).locator('[data-baton-action="schedule-send"]').click();
    const picker = page.locator('#schedulePicker');
    await expect(picker.locator('input').nth(0)).toHaveValue(new Intl.DateTimeFormat('de-DE', { year: 'numeric', month: 'numeric', day: 'numeric' }).format(at));
    await expect(picker.locator('input').nth(1)).toHaveValue(new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit' }).format(at));
    expect(await sent(page)).toEqual([]);
  });

  for (const lang of ['fr', 'es', 'ja']) {
    test(`${lang} compose: the Schedule send item is found by role and text`, async ({ openFixture, serviceWorker }) => {
      await seed(serviceWorker);
      const page = await openFixture(mailUrl(origin, { lang, to: 'Aiko Tanaka' }), 'outlook/mail.html');
      await advice(page).locator('[data-baton-action="schedule-send"]').click();
      await expect(page.locator('#schedulePicker input').nth(1)).not.toHaveValue('');
      expect(await sent(page)).toEqual([]);
    });
  }

  test('an open persona card gives a name-only chip its address; a typed address is pending', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await openFixture(mailUrl(origin, { to: 'Sam Lee', card: 'Sam Lee', cards: 'Sam Lee:sam.b@example.com' }), 'outlook/mail.html');
    await expect(byEmail(page, 'sam.b@example.com')).toHaveAttribute('data-zone', 'Australia/Sydney');
    const well = page.locator('[data-field="cc"]');
    await well.click();
    await page.keyboard.type('Wendy@Example.de');
    await expect(byEmail(page, 'wendy@example.de')).toHaveAttribute('data-pending', 'true');
    await page.keyboard.press('Enter');
    await expect(byEmail(page, 'wendy@example.de')).not.toHaveAttribute('data-pending', /.*/);
    await expect(byEmail(page, 'wendy@example.de')).toHaveAttribute('data-field', 'cc');
  });

  test('popped-out compose; chips added and removed later', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await openFixture(mailUrl(origin, { view: 'popout', to: 'Wendy Weber' }), 'outlook/mail.html');
    await expect(advice(page)).toHaveAttribute('data-verdict', 'ok');
    await page.evaluate(() => (window as unknown as { fixture: { addChip(f: string, e: string): void } }).fixture.addChip('to', 'Aiko Tanaka'));
    await expect(advice(page)).toHaveAttribute('data-verdict', 'off-hours');
    await page.evaluate(() => (window as unknown as { fixture: { removeChip(f: string, t: string): void } }).fixture.removeChip('to', 'Aiko Tanaka'));
    await expect(byName(page, 'Aiko Tanaka')).toHaveCount(0);
    await expect(advice(page)).toHaveAttribute('data-verdict', 'ok');
  });

  test('Japanese event form: labels, yyyy/m/d dates, 24-hour times', async ({ openFixture, serviceWorker }) => {
    const { at, start } = dayAhead(10);
    await seedTeam(serviceWorker, [{ ...WENDY, workStart: wallAt(start - 3_600_000, BERLIN), workEnd: wallAt(start + 3_600_000, BERLIN) }]);
    const query = new URLSearchParams({ lang: 'ja', at, dur: '30', title: '設計レビュー', guests: 'Wendy Weber' });
    const page = await openFixture(`${origin}/calendar/deeplink/compose?${query.toString()}`, 'outlook/calendar.html');
    const row = page.locator('[data-baton="guest-time"][data-name="Wendy Weber"]');
    await expect(row).toHaveAttribute('data-status', 'working');
    await expect(row).toHaveAttribute('data-local-start', new RegExp(`T${wallAt(start, BERLIN)}$`));
    await expect(page.locator('[data-baton="meeting-load"]')).toHaveAttribute('data-meetings', '1');
  });

  test('screenshot of a compose with chips and advice; no serious axe violations', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await openFixture(mailUrl(origin, { to: 'Aiko Tanaka|Wendy Weber <wendy@example.de>', cc: 'Sam Lee', subject: 'Q4 numbers' }), 'outlook/mail.html');
    await page.setViewportSize({ width: 1200, height: 560 });
    await expect(advice(page)).toHaveAttribute('data-verdict', 'off-hours');
    await expect(marker(page, 'recipient-time')).toHaveCount(3);
    const results = await new AxeBuilder({ page }).include('baton-ui').analyze();
    expect(results.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id)).toEqual([]);
    await byName(page, 'Aiko Tanaka').locator('button').first().hover();
    await page.screenshot({ path: 'docs/screenshots/outlook-compose.png' });
  });
});
