import type { BrowserContext, Page, Worker } from '@playwright/test';
import path from 'node:path';
import { expect, FIXTURES_DIR, test } from './fixtures';
import { seedTeam } from './helpers';
import { HOST_MATCHES } from '../../utils/hosts/origins';

/*
 * Least privilege (issue 8): the manifest's optional `https://*\/*` is asked for only when the user
 * saves a calendar feed in options, and then only for that feed's host. Chromium's permission
 * prompt cannot be answered headless, so every extension page gets chrome.permissions.request
 * (and .remove) replaced by a recorder from its first moment; the answer is the test's to give.
 * What Baton actually holds is read from the service worker (chrome.permissions.getAll).
 */

interface Recorded {
  calls: Array<{ method: string; origins: string[] }>;
}

/** Replace permissions.request/remove in every extension page, before any of Baton's code runs. */
async function recordPermissionCalls(context: BrowserContext) {
  await context.addInitScript(() => {
    const g = globalThis as unknown as { chrome?: { permissions?: Record<string, unknown> }; __perm?: Recorded & { answer: boolean } };
    const permissions = g.chrome?.permissions;
    if (!permissions) return;
    const rec: Recorded & { answer: boolean } = (g.__perm = { calls: [], answer: true });
    for (const method of ['request', 'remove']) {
      permissions[method] = (p: { origins?: string[] }, callback?: (ok: boolean) => void) => {
        rec.calls.push({ method, origins: p?.origins ?? [] });
        const answer = method === 'request' ? rec.answer : true;
        // Callback style (the webextension polyfill) and promise style both answered.
        callback?.(answer);
        return Promise.resolve(answer);
      };
    }
  });
}

const calls = (page: Page) => page.evaluate(() => (globalThis as unknown as { __perm: Recorded }).__perm.calls);
const answerNo = (page: Page) => page.evaluate(() => void ((globalThis as unknown as { __perm: { answer: boolean } }).__perm.answer = false));
const granted = (worker: Worker) => worker.evaluate(async () => (await chrome.permissions.getAll()).origins ?? []);
const storedFeedUrl = (worker: Worker) => worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { feedUrl?: string } | undefined)?.feedUrl ?? '');

async function openOptions(context: BrowserContext, optionsUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(optionsUrl);
  await expect(page.locator('main[aria-busy="false"]')).toBeVisible();
  return page;
}

async function saveFeed(page: Page, address: string) {
  await page.locator('#feed-url').fill(address);
  await page.getByRole('button', { name: 'Save feed' }).click();
}

test.describe('least privilege: the optional host permission', () => {
  test.beforeEach(async ({ context }) => recordPermissionCalls(context));

  test('nothing is asked for on install, on opening options or the popup, or on any other action there', async ({ context, optionsUrl, popupUrl, serviceWorker }) => {
    expect((await granted(serviceWorker)).sort()).toEqual([...HOST_MATCHES].sort());
    const page = await openOptions(context, optionsUrl);
    // The stub is in place in this page (so a call would have been seen).
    expect(await calls(page)).toEqual([]);
    // Import a team, export it both ways, search, switch every checkbox twice, set a recorder URL.
    await page.locator('input[type=file][data-baton-action="import"]').setInputFiles(path.join(FIXTURES_DIR, 'team/good.csv'));
    await expect(page.locator('[data-baton="import-result"]')).toHaveAttribute('data-outcome', 'ok');
    await Promise.all([page.waitForEvent('download'), page.locator('[data-baton-action="export"]').click()]);
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /CSV/ }).first().click()]);
    await page.getByLabel('Search the team').fill('aiko');
    await page.getByLabel('Search the team').fill('');
    for (const box of await page.locator('input[type=checkbox]').all()) {
      // Switches are drawn over their input: force reaches it through the track, as a click on the label does.
      const was = await box.isChecked();
      await box.click({ force: true });
      await expect(box).toBeChecked({ checked: !was });
      await box.click({ force: true });
      await expect(box).toBeChecked({ checked: was });
    }
    const video = page.locator('input[type=url]:not(#feed-url)').first();
    await video.fill('https://www.loom.com/record');
    await video.press('Tab');
    await page.reload();
    await expect(page.locator('main[aria-busy="false"]')).toBeVisible();
    expect(await calls(page)).toEqual([]);

    const popup = await context.newPage();
    await popup.goto(popupUrl);
    await expect(popup.locator('[data-baton="team-clock"]').first()).toBeVisible();
    expect(await calls(popup)).toEqual([]);
    expect((await granted(serviceWorker)).sort()).toEqual([...HOST_MATCHES].sort());
  });

  test('saving a feed asks once, for exactly https://<its host>/* (webcal:// and a port included), and saves it', async ({ context, optionsUrl, serviceWorker }) => {
    await seedTeam(serviceWorker, [{ email: 'aiko@example.jp', name: 'Aiko Tanaka', timeZone: 'Asia/Tokyo' }]);
    const page = await openOptions(context, optionsUrl);
    await saveFeed(page, 'webcal://feeds.example.org:8443/cal/private-0a1b/basic.ics');
    await expect.poll(() => storedFeedUrl(serviceWorker)).toBe('https://feeds.example.org:8443/cal/private-0a1b/basic.ics');
    expect(await calls(page)).toEqual([{ method: 'request', origins: ['https://feeds.example.org/*'] }]);
    // The recorder said yes without granting: the background, which checks before it fetches,
    // records that it may not read the feed — and fetches nothing (the harness fails on any request).
    await expect(page.locator('.feed-current [role=alert]')).toContainText('not allowed to read feeds.example.org');
  });

  test('a refused request leaves the feed unsaved, says so, and keeps the address to try again', async ({ context, optionsUrl, serviceWorker }) => {
    const page = await openOptions(context, optionsUrl);
    await answerNo(page);
    await saveFeed(page, 'https://feeds.example.org/basic.ics');
    await expect(page.locator('form [role=alert]')).toHaveText('Baton was not allowed to read feeds.example.org, so the feed was not saved. To use it, save it again and choose Allow.');
    expect(await calls(page)).toEqual([{ method: 'request', origins: ['https://feeds.example.org/*'] }]);
    expect(await storedFeedUrl(serviceWorker)).toBe('');
    await expect(page.locator('#feed-url')).toHaveValue('https://feeds.example.org/basic.ics');
    await expect(page.locator('.feed-current')).toHaveCount(0);
    expect((await granted(serviceWorker)).sort()).toEqual([...HOST_MATCHES].sort());
  });

  test('removing the feed gives its host back', async ({ context, optionsUrl, serviceWorker }) => {
    const page = await openOptions(context, optionsUrl);
    await saveFeed(page, 'https://feeds.example.org/basic.ics');
    await expect.poll(() => storedFeedUrl(serviceWorker)).toBe('https://feeds.example.org/basic.ics');
    await page.getByRole('button', { name: 'Remove feed' }).click();
    await expect.poll(() => storedFeedUrl(serviceWorker)).toBe('');
    await expect.poll(() => calls(page)).toEqual([
      { method: 'request', origins: ['https://feeds.example.org/*'] },
      { method: 'remove', origins: ['https://feeds.example.org/*'] },
    ]);
  });
});
