import type { BrowserContext, Page, Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, FIXTURES_DIR, test } from './fixtures';
import { EVERY_DAY, seedSettings, seedTeam, wallClockIn, type TeamRow } from './helpers';
import { DEFAULT_SETTINGS } from '../../utils/team/types';

/*
 * Lifecycle: Baton's UI must never outlive what it belongs to — an extension reload (the old
 * content script can no longer drive its UI), a compose closed while the send guard is up, a
 * Calendar editor closed. "Stale" means any Baton element left over; "duplicate" means two sets.
 */

const TOKYO = 'Asia/Tokyo';
const BERLIN = 'Europe/Berlin';
const offNow = (email: string, name: string): TeamRow => ({ email, name, timeZone: TOKYO, workStart: wallClockIn(TOKYO, 120), workEnd: wallClockIn(TOKYO, 300), workDays: EVERY_DAY });
const working = (email: string, name: string): TeamRow => ({ email, name, timeZone: BERLIN, workStart: wallClockIn(BERLIN, -60), workEnd: wallClockIn(BERLIN, 120), workDays: EVERY_DAY });
const TEAM = [offNow('aiko@example.jp', 'Aiko Tanaka'), working('wendy@example.de', 'Wendy Weber')];
const GMAIL = 'https://mail.google.com/mail/u/0/?view=popup&to=aiko@example.jp:Aiko,wendy@example.de:Wendy';

const baton = (page: Page, name?: string) => page.locator(name ? `[data-baton="${name}"]` : '[data-baton]');
const sendButton = (page: Page) => page.locator('.IZ .Up div[role=button]:not([aria-haspopup])').first();
type Sent = unknown[];
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: Sent }).__sent);

/** Every Baton shadow host on the page, with its marker: the whole set, to compare before and after. */
const markers = (page: Page) => page.locator('baton-ui').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-baton')).sort());

async function expectOneSet(page: Page) {
  await expect(baton(page, 'recipient-time')).toHaveCount(2);
  await expect(baton(page, 'recipient-time').and(page.locator('[data-email="aiko@example.jp"]'))).toHaveAttribute('data-status', 'off-hours');
  await expect(baton(page, 'send-advice')).toHaveCount(1);
  await expect(baton(page, 'send-advice')).toHaveAttribute('data-verdict', 'off-hours');
}

/**
 * chrome://extensions, in developer mode: Chromium re-enables a command-line (unpacked) extension
 * after a reload only in developer mode, as it does for a developer who presses Reload.
 */
async function extensionsPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(() => (globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(c: object): Promise<void> } } }).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
  return page;
}

/** chrome.runtime.reload() from the service worker, and the new worker once it runs. */
async function reloadExtension(context: BrowserContext, worker: Worker): Promise<Worker> {
  await (await extensionsPage(context)).close();
  const next = context.waitForEvent('serviceworker', { predicate: (w) => w !== worker, timeout: 15_000 });
  // Later than the call's return: the worker dies with the reload.
  await worker.evaluate(() => void setTimeout(() => chrome.runtime.reload(), 50));
  const fresh = await next;
  expect(await fresh.evaluate(() => chrome.runtime.id)).toBe(new URL(worker.url()).host);
  return fresh;
}

/** Switch the extension off and on again (chrome.management from chrome://extensions). */
async function disableEnable(context: BrowserContext, id: string, between: () => Promise<void>): Promise<Worker> {
  const page = await extensionsPage(context);
  type Mgmt = { chrome: { management: { setEnabled(id: string, on: boolean): Promise<void> } } };
  await page.evaluate((x) => (globalThis as unknown as Mgmt).chrome.management.setEnabled(x, false), id);
  await between();
  const next = context.waitForEvent('serviceworker', { timeout: 15_000 });
  await page.evaluate((x) => (globalThis as unknown as Mgmt).chrome.management.setEnabled(x, true), id);
  const fresh = await next;
  await page.close();
  return fresh;
}

test.describe('lifecycle: extension reloaded mid-session', () => {
  test('the open compose loses the old UI (nothing stale), and a fresh load has exactly one set', async ({ context, openFixture, serviceWorker }) => {
    await seedTeam(serviceWorker, TEAM);
    const page = await openFixture(GMAIL, 'gmail/mail.html');
    await expectOneSet(page);
    const before = await markers(page);

    await reloadExtension(context, serviceWorker);
    // The old content script can no longer read storage or be told of changes: its UI goes,
    // rather than staying on screen with stale times and a guard nobody drives.
    await expect(page.locator('baton-ui')).toHaveCount(0, { timeout: 5_000 });
    // Gmail's own Send works untouched by the dead instance.
    await sendButton(page).click();
    await expect.poll(() => sent(page)).toHaveLength(1);

    await page.reload();
    await expectOneSet(page);
    expect(await markers(page)).toEqual(before);
    // Nothing else arrives later (a second instance would add a second set).
    await page.waitForTimeout(1_000);
    expect(await markers(page)).toEqual(before);
  });

  test('a reload while the send guard is open takes the guard away and leaves Send to Gmail', async ({ context, openFixture, serviceWorker }) => {
    await seedTeam(serviceWorker, TEAM);
    const page = await openFixture(GMAIL, 'gmail/mail.html');
    await expectOneSet(page);
    await sendButton(page).click();
    await expect(baton(page, 'send-guard').getByRole('dialog')).toBeVisible();

    await reloadExtension(context, serviceWorker);
    await expect(page.locator('baton-ui')).toHaveCount(0, { timeout: 5_000 });
    // The guard's key trap went with it: keys reach the page again.
    await page.locator('input[name=subjectbox]').first().fill('Still typing');
    await expect(page.locator('input[name=subjectbox]').first()).toHaveValue('Still typing');
    expect(await sent(page)).toEqual([]);
    await sendButton(page).click();
    await expect.poll(() => sent(page)).toHaveLength(1);
  });

  test('switched off and on again: off takes the UI away, on brings back one set (no duplicates)', async ({ context, openFixture, serviceWorker, extensionId }) => {
    await seedTeam(serviceWorker, TEAM);
    const page = await openFixture(GMAIL, 'gmail/mail.html');
    await expectOneSet(page);
    const before = await markers(page);
    await disableEnable(context, extensionId, async () => {
      await expect(page.locator('baton-ui')).toHaveCount(0, { timeout: 5_000 });
    });
    // The team survived the switch, and the next load draws exactly what was there before.
    await page.reload();
    await expectOneSet(page);
    await page.waitForTimeout(1_000);
    expect(await markers(page)).toEqual(before);
  });

  test('UI left in the document by an earlier instance is removed when Baton starts: one set, none stale', async ({ context, serviceWorker }) => {
    await seedTeam(serviceWorker, TEAM);
    // The page as an earlier Baton left it: its shadow hosts still beside the recipients.
    const html = readFileSync(path.join(FIXTURES_DIR, 'gmail/mail.html'), 'utf8').replace(
      '</body>',
      `<baton-ui data-baton="recipient-time" data-email="aiko@example.jp" data-stale></baton-ui>
       <baton-ui data-baton="send-advice" data-verdict="ok" data-stale></baton-ui>
       <baton-ui data-baton="send-guard" data-stale></baton-ui>
       <script>for (const n of document.querySelectorAll('baton-ui[data-stale]')) n.attachShadow({ mode: 'open' }).textContent = 'stale';</script>
       </body>`,
    );
    await context.route('https://mail.google.com/mail/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    const page = await context.newPage();
    await page.goto(GMAIL);
    await expectOneSet(page);
    await expect(page.locator('[data-stale]')).toHaveCount(0);
  });
});

test.describe('lifecycle: closing what Baton is attached to', () => {
  test('a compose closed while the send guard is open leaves no guard, no UI and no key trap', async ({ openFixture, serviceWorker }) => {
    await seedTeam(serviceWorker, TEAM);
    const page = await openFixture(GMAIL, 'gmail/mail.html');
    await expectOneSet(page);
    await sendButton(page).click();
    await expect(baton(page, 'send-guard').getByRole('dialog')).toBeVisible();

    // Gmail discards the draft (its own shortcut or the close box): the compose leaves the DOM.
    await page.evaluate(() => document.querySelector('.AD')?.remove());
    await expect(baton(page)).toHaveCount(0);
    await expect(page.locator('baton-ui')).toHaveCount(0);

    // The guard's capture-phase key listener must be gone: typing and Escape reach the page.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'probe';
      document.body.append(input);
    });
    await page.locator('#probe').pressSequentially('hello');
    await expect(page.locator('#probe')).toHaveValue('hello');
    const prevented = page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          window.addEventListener('keydown', (e) => resolve(e.defaultPrevented), { once: true });
        }),
    );
    await page.locator('#probe').press('Escape');
    expect(await prevented).toBe(false);

    // A new compose gets a fresh, single set, and its own guard works.
    await page.evaluate(() =>
      (window as unknown as { fixture: { openCompose(o: unknown): number } }).fixture.openCompose({ to: [{ email: 'aiko@example.jp', name: 'Aiko' }] }),
    );
    await expect(baton(page, 'recipient-time')).toHaveCount(1);
    await expect(baton(page, 'send-advice')).toHaveCount(1);
    await sendButton(page).click();
    await expect(baton(page, 'send-guard')).toHaveCount(1);
    expect(await sent(page)).toEqual([]);
  });

  test('a compose closed with chips and advice drawn leaves nothing behind', async ({ openFixture, serviceWorker }) => {
    await seedTeam(serviceWorker, TEAM);
    const page = await openFixture('https://mail.google.com/mail/u/0/?view=two&to=aiko@example.jp:Aiko,wendy@example.de:Wendy', 'gmail/mail.html');
    await expect(baton(page, 'send-advice')).toHaveCount(2);
    await expect(baton(page, 'recipient-time')).toHaveCount(4);
    await page.evaluate(() => document.querySelector('.AD')?.remove());
    await expect(baton(page, 'send-advice')).toHaveCount(1);
    await expect(baton(page, 'recipient-time')).toHaveCount(2);
    await page.evaluate(() => document.querySelector('.AD')?.remove());
    await expect(page.locator('baton-ui')).toHaveCount(0);
  });
});

test.describe('lifecycle: Google Calendar', () => {
  const APP = 'https://calendar.google.com/calendar/u/0/r';
  type Fx = { __fx: { openEditor(): void; toGrid(): void; openQuickCreate(d: number): void } };

  async function seedCalendar(worker: Worker) {
    await seedTeam(worker, [
      { email: 'lena@example.de', name: 'Lena Vogel', timeZone: 'Europe/Berlin' },
      { email: 'priya@example.np', name: 'Priya Shrestha', timeZone: 'Asia/Kathmandu' },
    ]);
    await seedSettings(worker, { me: { ...DEFAULT_SETTINGS.me, timeZone: 'America/New_York' } });
  }

  test('closing the editor (back to the grid, in-app) removes its panel; reopening draws one', async ({ openFixture, serviceWorker }) => {
    await seedCalendar(serviceWorker);
    const page = await openFixture(`${APP}/week/2027/3/22`, 'google-calendar/app.html');
    const panel = page.locator('baton-ui[data-baton="event-editor"]');
    await page.evaluate(() => (window as unknown as Fx).__fx.openEditor());
    await expect(baton(page, 'guest-time').and(page.locator('[data-email="lena@example.de"]'))).toBeVisible();
    await expect(panel).toHaveCount(1);

    await page.evaluate(() => (window as unknown as Fx).__fx.toGrid());
    await expect(panel).toHaveCount(0);
    await expect(baton(page, 'guest-time')).toHaveCount(0);
    await expect(baton(page, 'meeting-load')).toHaveCount(0);

    // Browser Back/forward through the SPA: the same rule both ways.
    await page.goBack();
    await expect(panel).toHaveCount(1);
    await page.goBack();
    await expect(panel).toHaveCount(0);
    await page.evaluate(() => (window as unknown as Fx).__fx.openEditor());
    await expect(panel).toHaveCount(1);
    await expect(baton(page, 'guest-time').and(page.locator('[data-email="lena@example.de"]'))).toHaveCount(1);
  });

  test('a quick-create dialog removed from the DOM takes its panel with it', async ({ openFixture, serviceWorker }) => {
    await seedCalendar(serviceWorker);
    const page = await openFixture(`${APP}/week/2027/3/22`, 'google-calendar/app.html');
    await page.evaluate(() => (window as unknown as Fx).__fx.openQuickCreate(24));
    const panel = page.locator('baton-ui[data-baton="event-editor"]');
    await expect(panel).toHaveCount(1);
    await expect(baton(page, 'guest-time')).toHaveCount(2);
    await page.evaluate(() => document.getElementById('quick')?.remove());
    await expect(panel).toHaveCount(0);
    await expect(baton(page, 'guest-time')).toHaveCount(0);
  });
});
