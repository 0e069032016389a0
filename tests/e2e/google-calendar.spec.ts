import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedSettings, seedTeam } from './helpers';
import { DEFAULT_SETTINGS } from '../../utils/team/types';

const APP = 'https://calendar.google.com/calendar/u/0/r';
const FIXTURE = 'google-calendar/app.html';

/** The team: one guest per interesting zone. 22 Mar 2027: New York is already on EDT, Europe not yet. */
async function seed(worker: Worker, settings: Partial<typeof DEFAULT_SETTINGS> = {}) {
  await seedTeam(worker, [
    { email: 'aiko@example.jp', name: 'Aiko Tanaka', timeZone: 'Asia/Tokyo' },
    { email: 'ravi@example.in', name: 'Ravi Kumar', timeZone: 'Asia/Kolkata' },
    { email: 'lena@example.de', name: 'Lena Vogel', timeZone: 'Europe/Berlin' },
    { email: 'priya@example.np', name: 'Priya Shrestha', timeZone: 'Asia/Kathmandu', workStart: '10:00', workEnd: '18:00' },
    { email: 'x@evil.example', name: 'Evil', timeZone: 'Europe/London' },
  ]);
  await seedSettings(worker, { me: { ...DEFAULT_SETTINGS.me, timeZone: 'America/New_York' }, ...settings });
}

const row = (page: Page, email: string) => page.locator(`[data-baton="guest-time"][data-email="${email}"]`);

async function openEditor(page: Page) {
  await page.evaluate(() => (window as unknown as { __fx: { openEditor(): void } }).__fx.openEditor());
  await expect(row(page, 'lena@example.de')).toBeVisible();
}

test.describe('Google Calendar', () => {
  test('grid → editor without a reload: guest times, headline, meeting load counted once, async alternative', async ({ serviceWorker, openFixture }) => {
    await seed(serviceWorker);
    const page = await openFixture(`${APP}/week/2027/3/22`, FIXTURE);
    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    // The grid's load marks: Monday heavy (4 h), Tuesday overloaded (7 meetings).
    await expect(page.locator('[data-baton="day-load"][data-day="2027-03-22"]')).toHaveAttribute('data-level', 'heavy');
    await expect(page.locator('[data-baton="day-load"][data-day="2027-03-23"]')).toHaveAttribute('data-level', 'overloaded');
    await expect(page.locator('[data-baton="day-load"][data-day="2027-03-24"]')).toHaveCount(0);

    await page.locator('[data-eventid]', { hasText: 'Design sync' }).click();
    await expect(page).toHaveURL(/\/r\/eventedit\//);
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);

    // Only one side changed clocks: 09:00 New York (EDT) is 14:00 in Berlin (still CET).
    await expect(row(page, 'lena@example.de')).toHaveAttribute('data-local-start', '2027-03-22T14:00');
    await expect(row(page, 'lena@example.de')).toHaveAttribute('data-status', 'working');
    await expect(row(page, 'lena@example.de')).toHaveAttribute('data-zone', 'Europe/Berlin');
    // A +5:45 guest.
    await expect(row(page, 'priya@example.np')).toHaveAttribute('data-local-start', '2027-03-22T18:45');
    await expect(row(page, 'priya@example.np')).toHaveAttribute('data-status', 'off-hours');
    await expect(row(page, 'priya@example.np')).toHaveAttribute('data-zone', 'Asia/Kathmandu');
    await expect(row(page, 'aiko@example.jp')).toHaveAttribute('data-local-start', '2027-03-22T22:00');
    await expect(row(page, 'ravi@example.in')).toHaveAttribute('data-local-start', '2027-03-22T18:30');
    // Not in the team: unknown, with no zone or time.
    const sam = row(page, 'sam@partner.example');
    await expect(sam).toHaveAttribute('data-status', 'unknown');
    await expect(sam).not.toHaveAttribute('data-zone', /.*/);
    await expect(sam).not.toHaveAttribute('data-local-start', /.*/);
    // The organizer is not a guest; the stale hidden dialog's guest is never read.
    await expect(row(page, 'me@example.com')).toHaveCount(0);
    await expect(row(page, 'stale@example.com')).toHaveCount(0);
    // All rows in ONE panel.
    await expect(page.locator('baton-ui[data-baton="event-editor"]')).toHaveCount(1);
    await expect(page.locator('[data-baton="guest-time"]')).toHaveCount(5);

    await expect(page.getByRole('status').filter({ hasText: 'outside their hours' })).toHaveText(
      /^3 of 5 guests are outside their hours: Aiko 22:00, Ravi 18:30, Priya 18:45/,
    );

    // Monday: Design sync is in the grid already, counted once: 4 meetings, 4 h → heavy.
    const load = page.locator('[data-baton="meeting-load"]');
    await expect(load).toHaveAttribute('data-meetings', '4');
    await expect(load).toHaveAttribute('data-meeting-minutes', '240');
    await expect(load).toHaveAttribute('data-level', 'heavy');

    const alt = page.locator('[data-baton="async-alternative"]');
    await expect(alt).toHaveAttribute('data-reasons', /\bstatus-update\b/);
    await expect(alt).toHaveAttribute('data-reasons', /\brecurring\b/);

    // Recurring and Europe changes clocks on 28 Mar: a DST warning.
    await expect(page.locator('baton-ui[data-baton="event-editor"] .dst').first()).toBeVisible();

    const violations = (await new AxeBuilder({ page }).include('baton-ui').analyze()).violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
    expect(violations).toEqual([]);
    await page.locator('baton-ui[data-baton="event-editor"]').screenshot({ path: 'docs/screenshots/google-calendar-editor.png' });
    await page.screenshot({ path: 'docs/screenshots/google-calendar-editor-page.png' });
  });

  test('a fairer slot fills the editor and the guest times follow', async ({ serviceWorker, openFixture }) => {
    await seed(serviceWorker);
    const page = await openFixture(`${APP}/week/2027/3/22`, FIXTURE);
    await openEditor(page);
    const slots = page.locator('baton-ui[data-baton="event-editor"] button.slot');
    await expect(slots.first()).toBeVisible();
    expect(await slots.count()).toBeLessThanOrEqual(3);
    const before = await page.locator('#app #xStTiIn').inputValue();
    const chosen = await slots.first().getAttribute('data-slot-start');
    await slots.first().click();
    await expect(page.locator('#app #xStTiIn')).not.toHaveValue(before);
    // The rows now describe the chosen slot.
    const startUtc = new Date(chosen!);
    const berlin = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', dateStyle: 'short', timeStyle: 'short' }).format(startUtc).replace(' ', 'T');
    await expect(row(page, 'lena@example.de')).toHaveAttribute('data-local-start', berlin);
  });

  test('XSS in a guest name is drawn as text', async ({ serviceWorker, openFixture }) => {
    await seed(serviceWorker);
    const page = await openFixture(`${APP}/week/2027/3/22`, FIXTURE);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await openEditor(page);
    await page.evaluate(() => (window as unknown as { __fx: { addGuest(e: string, n: string): void } }).__fx.addGuest('x@evil.example', '<img src=x onerror=alert(1)>'));
    const evil = row(page, 'x@evil.example');
    await expect(evil).toContainText('<img src=x onerror=alert(1)>');
    await expect(page.locator('baton-ui img')).toHaveCount(0);
    await page.waitForTimeout(200);
    expect(dialogs).toBe(0);
  });

  test('write-update opens a Gmail compose to the guests with the title and a template', async ({ serviceWorker, openFixture, context, serveFixture }) => {
    await seed(serviceWorker);
    await serveFixture('https://mail.google.com/**', 'plain/page.html');
    const page = await openFixture(`${APP}/week/2027/3/22`, FIXTURE);
    await openEditor(page);
    const [popup] = await Promise.all([context.waitForEvent('page'), page.locator('[data-baton-action="write-update"]').click()]);
    await popup.waitForLoadState('domcontentloaded');
    const url = new URL(popup.url());
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('to')?.split(',').sort()).toEqual(['aiko@example.jp', 'lena@example.de', 'priya@example.np', 'ravi@example.in', 'sam@partner.example']);
    expect(url.searchParams.get('su')).toBe('Design sync');
    const body = url.searchParams.get('body') ?? '';
    for (const part of ['Context', 'What changed', 'Decision needed', 'How to reply']) expect(body).toContain(part);
  });

  test('record-video asks for a recorder when none is set, saves it, and opens it', async ({ serviceWorker, openFixture, context, serveFixture }) => {
    await seed(serviceWorker);
    await serveFixture('https://www.loom.com/**', 'plain/page.html');
    const page = await openFixture(`${APP}/week/2027/3/22`, FIXTURE);
    await openEditor(page);
    await page.locator('[data-baton-action="record-video"]').click();
    await page.getByLabel("Your video recorder's address").fill('https://www.loom.com/record');
    const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Save and open' }).click()]);
    expect(popup.url()).toBe('https://www.loom.com/record');
    await expect.poll(() => serviceWorker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { videoUrl: string }).videoUrl)).toBe('https://www.loom.com/record');
    // Now it is a plain link to the recorder.
    await expect(page.locator('[data-baton-action="record-video"]')).toHaveAttribute('href', 'https://www.loom.com/record');
  });

  test('record-video opens the recorder set in options', async ({ serviceWorker, openFixture, context, serveFixture }) => {
    await seed(serviceWorker, { videoUrl: 'https://www.loom.com/record' });
    await serveFixture('https://www.loom.com/**', 'plain/page.html');
    const page = await openFixture(`${APP}/week/2027/3/22`, FIXTURE);
    await openEditor(page);
    const [popup] = await Promise.all([context.waitForEvent('page'), page.locator('[data-baton-action="record-video"]').click()]);
    expect(popup.url()).toBe('https://www.loom.com/record');
  });

  test('quick-create dialog gets its own panel; closing (hiding) it removes the panel', async ({ serviceWorker, openFixture }) => {
    await seed(serviceWorker);
    const page = await openFixture(`${APP}/week/2027/3/22`, FIXTURE);
    await page.evaluate(() => (window as unknown as { __fx: { openQuickCreate(d: number): void } }).__fx.openQuickCreate(24));
    const dialog = page.locator('[role="dialog"]:visible');
    // Wed 24 Mar, 2:00–3:00pm New York = 18:00Z: 19:00 in Berlin, 23:45 in Kathmandu.
    await expect(dialog.locator('[data-baton="guest-time"][data-email="lena@example.de"]')).toHaveAttribute('data-local-start', '2027-03-24T19:00');
    await expect(dialog.locator('[data-baton="guest-time"][data-email="priya@example.np"]')).toHaveAttribute('data-local-start', '2027-03-24T23:45');
    await expect(dialog.locator('[data-baton="meeting-load"]')).toHaveAttribute('data-meetings', '2');
    await page.evaluate(() => (window as unknown as { __fx: { closeQuickCreate(): void } }).__fx.closeQuickCreate());
    await expect(page.locator('baton-ui[data-baton="event-editor"]')).toHaveCount(0);
  });

  test('German Calendar: dates and 24-hour times read from the text', async ({ serviceWorker, openFixture }) => {
    await seed(serviceWorker);
    const page = await openFixture(`${APP}/week/2027/3/22?hl=de`, FIXTURE);
    await expect(page.locator('[data-baton="day-load"][data-day="2027-03-23"]')).toHaveAttribute('data-level', 'overloaded');
    await openEditor(page);
    await expect(row(page, 'lena@example.de')).toHaveAttribute('data-local-start', '2027-03-22T14:00');
    await expect(page.locator('[data-baton="meeting-load"]')).toHaveAttribute('data-meetings', '4');
  });

  test('the editor is re-created: the panel comes back, once', async ({ serviceWorker, openFixture }) => {
    await seed(serviceWorker);
    const page = await openFixture(`${APP}/week/2027/3/22`, FIXTURE);
    await openEditor(page);
    await page.evaluate(() => (window as unknown as { __fx: { recreateEditor(): void } }).__fx.recreateEditor());
    await expect(row(page, 'lena@example.de')).toBeVisible();
    await expect(page.locator('baton-ui[data-baton="event-editor"]')).toHaveCount(1);
  });

  test('typing a new time updates the guest rows', async ({ serviceWorker, openFixture }) => {
    await seed(serviceWorker);
    const page = await openFixture(`${APP}/week/2027/3/22`, FIXTURE);
    await openEditor(page);
    await page.locator('#app #xStTiIn').fill('11:00am');
    await page.locator('#app #xEnTiIn').fill('12:00pm');
    await expect(row(page, 'lena@example.de')).toHaveAttribute('data-local-start', '2027-03-22T16:00');
  });
});
