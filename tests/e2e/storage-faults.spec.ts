import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { EVERY_DAY, seedTeam, wallClockIn } from './helpers';

/*
 * Storage faults, in real Chromium storage: quota exceeded, a corrupted stored value, and two
 * contexts writing the team at once. Each: nothing valid lost, and the user told in words.
 */

const importInput = (page: Page) => page.locator('input[type=file][data-baton-action="import"]');
const result = (page: Page) => page.locator('[data-baton="import-result"]');
const notices = (page: Page) => page.locator('[data-baton="storage-notices"]');
const placement = (page: Page) => page.locator('[data-baton="team-placement"]');
const clocks = (page: Page) => page.locator('[data-baton="team-clock"]');

type Stored = { id: string; email?: string; name?: string; timeZone: string };
const storedPeople = (worker: Worker) =>
  worker.evaluate(async () => ((await chrome.storage.local.get('team')).team as { people?: Stored[] } | undefined)?.people ?? []);
const syncKeys = (worker: Worker) => worker.evaluate(async () => Object.keys(await chrome.storage.sync.get(null)).sort());

async function openOptions(context: BrowserContext, optionsUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(optionsUrl);
  await expect(page.getByRole('heading', { name: 'Team', exact: true })).toBeVisible();
  await expect(page.locator('main[aria-busy="false"]')).toBeVisible();
  return page;
}

async function openPopup(context: BrowserContext, popupUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(popupUrl);
  return page;
}

/** A team CSV of `n` people (about 90 bytes each once stored as JSON). */
function teamCsv(n: number, prefix = 'p'): Buffer {
  const rows = Array.from({ length: n }, (_, i) => `${prefix}${i}@example.com,Person ${prefix}${i},Asia/Tokyo,09:00,18:00,Mon-Fri,JP`);
  return Buffer.from(['email,name,timeZone,workStart,workEnd,workDays,country', ...rows].join('\n'));
}

async function importCsv(page: Page, csv: Buffer, name = 'team.csv') {
  await importInput(page).setInputFiles({ name, mimeType: 'text/csv', buffer: csv });
  await expect(result(page)).toHaveAttribute('data-outcome', 'ok');
}

/**
 * Make this page's team writes land `ms` late (its Web Lock is held meanwhile), so another
 * context's write is forced into the gap: the interleaving that loses an edit without the lock.
 */
async function slowTeamWrites(page: Page, ms: number) {
  await page.evaluate((delay) => {
    type Area = { set(items: Record<string, unknown>): Promise<void> };
    const g = globalThis as unknown as { chrome?: { storage?: { local?: Area } }; browser?: { storage?: { local?: Area } } };
    for (const area of new Set([g.chrome?.storage?.local, g.browser?.storage?.local])) {
      if (!area) continue;
      const set = area.set.bind(area);
      area.set = async (items) => {
        if ('team' in items) await new Promise((resolve) => setTimeout(resolve, delay));
        return set(items);
      };
    }
  }, ms);
}

test.describe('storage faults: quota', () => {
  test('a team too large for browser sync is kept whole on this device, and the options page says so', async ({ context, optionsUrl, popupUrl, serviceWorker }) => {
    const page = await openOptions(context, optionsUrl);
    await importCsv(page, teamCsv(1_500));
    await expect(placement(page)).toContainText('kept whole on this device only');
    await expect(placement(page)).toContainText(/Your team is \d+ KB, more than browser sync holds/);
    expect(await storedPeople(serviceWorker)).toHaveLength(1_500);
    expect((await syncKeys(serviceWorker)).filter((k) => k.startsWith('teamCopy'))).toEqual([]);
    const popup = await openPopup(context, popupUrl);
    await expect(clocks(popup).first()).toBeVisible();

    // Back under the budget: the copy returns to sync and the notice goes.
    await importCsv(page, teamCsv(20));
    await expect(placement(page)).toHaveCount(0);
    expect((await syncKeys(serviceWorker)).filter((k) => k.startsWith('teamCopy.')).length).toBeGreaterThan(0);
    expect(await storedPeople(serviceWorker)).toHaveLength(20);
  });

  test('when Chrome refuses the write (QUOTA_BYTES exceeded), the team is kept locally and the user is told why', async ({ context, optionsUrl, serviceWorker }) => {
    // Other data already fills most of sync's 102,400 bytes.
    await serviceWorker.evaluate(async () => {
      const filler: Record<string, string> = {};
      for (let i = 0; i < 11; i++) filler[`filler.${i}`] = 'x'.repeat(7_000);
      await chrome.storage.sync.set(filler);
    });
    const page = await openOptions(context, optionsUrl);
    await importCsv(page, teamCsv(300));
    await expect(placement(page)).toContainText('Browser sync refused the team');
    await expect(placement(page)).toContainText(/quota/i);
    await expect(placement(page)).toContainText('kept whole on this device only');
    const people = await storedPeople(serviceWorker);
    expect(people).toHaveLength(300);
    expect(people.at(-1)?.email).toBe('p299@example.com');
    // No half-written copy left in sync that a new device could read as the team.
    expect((await syncKeys(serviceWorker)).filter((k) => k.startsWith('teamCopy'))).toEqual([]);
    // The page still works: an edit after the refusal lands.
    await page.getByRole('button', { name: 'Delete Person p0' }).click();
    await expect.poll(async () => (await storedPeople(serviceWorker)).length).toBe(299);
  });
});

test.describe('storage faults: a corrupted stored value', () => {
  test('junk in local `team`, no sync copy: options and popup still work, say so, and the junk can be exported', async ({ context, optionsUrl, popupUrl, serviceWorker }) => {
    await serviceWorker.evaluate(() => chrome.storage.local.set({ team: 'garbage{"people":', team$: { v: 2 } }));
    const page = await openOptions(context, optionsUrl);
    await expect(notices(page)).toContainText('Your stored team could not be read (it is not a team)');
    await expect(notices(page)).toContainText('export it from Import / export');
    const exportJunk = page.getByRole('button', { name: /Export unreadable stored data \(team\)/ });
    const [download] = await Promise.all([page.waitForEvent('download'), exportJunk.click()]);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual({ team: 'garbage{"people":' });

    const popup = await openPopup(context, popupUrl);
    await expect(notices(popup)).toContainText('could not be read');
    await expect(popup.getByText('No team yet')).toBeVisible();

    // A fresh import works, and the junk stays exportable.
    await importCsv(page, teamCsv(3));
    expect(await storedPeople(serviceWorker)).toHaveLength(3);
    await expect(popup.locator('[data-baton="team-clock"]')).toHaveCount(3);
    expect(await serviceWorker.evaluate(async () => (await chrome.storage.local.get('unreadable')).unreadable)).toEqual({ team: 'garbage{"people":' });
  });

  test('junk in local `team` with a good sync copy: the team comes back from the copy, and the user is told', async ({ context, optionsUrl, popupUrl, serviceWorker }) => {
    const first = await openOptions(context, optionsUrl);
    await importCsv(first, teamCsv(4));
    const good = await storedPeople(serviceWorker);
    await first.close();
    await serviceWorker.evaluate(() => chrome.storage.local.set({ team: [1, 2, 3] }));

    const page = await openOptions(context, optionsUrl);
    await expect(notices(page)).toContainText('restored it from its browser-sync copy');
    for (const p of good) await expect(page.getByRole('row', { name: new RegExp(p.name ?? '') })).toBeVisible();
    const popup = await openPopup(context, popupUrl);
    await expect(clocks(popup)).toHaveCount(4);
    // The next edit saves the restored team, not the damage.
    await page.getByRole('button', { name: 'Delete Person p0' }).click();
    await expect.poll(async () => (await storedPeople(serviceWorker)).map((p) => p.id)).toEqual(good.slice(1).map((p) => p.id));
  });

  test('one damaged entry: the readable people stay, with a notice', async ({ context, optionsUrl, popupUrl, serviceWorker }) => {
    await seedTeam(serviceWorker, [
      { email: 'a@example.com', name: 'Ana', timeZone: 'Asia/Tokyo' },
      { email: 'b@example.com', name: 'Bo', timeZone: 'Europe/Paris' },
    ]);
    await serviceWorker.evaluate(async () => {
      const { team } = (await chrome.storage.local.get('team')) as { team: { people: unknown[] } };
      team.people.push({ email: 42, timeZone: null });
      await chrome.storage.local.set({ team });
    });
    const page = await openOptions(context, optionsUrl);
    await expect(notices(page)).toContainText('1 entry was damaged');
    await expect(page.getByRole('row', { name: /Ana/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Bo/ })).toBeVisible();
    const popup = await openPopup(context, popupUrl);
    await expect(clocks(popup)).toHaveCount(2);
  });

  test('junk in sync `settings`: defaults in use with a notice, the team untouched, the junk exportable', async ({ context, optionsUrl, popupUrl, serviceWorker }) => {
    await seedTeam(serviceWorker, [{ email: 'a@example.com', name: 'Ana', timeZone: 'Asia/Tokyo' }]);
    await serviceWorker.evaluate(() => chrome.storage.sync.set({ settings: 'not settings at all' }));
    const page = await openOptions(context, optionsUrl);
    await expect(notices(page)).toContainText('Settings: the stored settings were not readable; defaults are in use');
    await expect(page.getByRole('row', { name: /Ana/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /Export unreadable stored data \(settings\)/ })).toBeVisible();
    const popup = await openPopup(context, popupUrl);
    await expect(clocks(popup)).toHaveCount(1);
    await expect(notices(popup)).toContainText('Settings:');
    expect(await storedPeople(serviceWorker)).toHaveLength(1);
  });

  test('one bad settings field reverts alone; the good ones are kept', async ({ context, optionsUrl, serviceWorker }) => {
    await serviceWorker.evaluate(() =>
      chrome.storage.sync.set({ settings: { sendGuard: 'sometimes', videoUrl: 'https://loom.example/rec', me: { timeZone: 'Asia/Kolkata' } } }),
    );
    const page = await openOptions(context, optionsUrl);
    await expect(notices(page)).toContainText('"sendGuard" was not readable; its default is in use');
    await expect(page.locator('input[type=url]').first()).toHaveValue('https://loom.example/rec');
  });
});

test.describe('storage faults: two contexts writing at once', () => {
  test('two options tabs, writes forced to overlap: both edits survive', async ({ context, optionsUrl, serviceWorker }) => {
    await seedTeam(serviceWorker, [
      { email: 'a@example.com', name: 'Ana', timeZone: 'Asia/Tokyo' },
      { email: 'b@example.com', name: 'Bo', timeZone: 'Europe/Paris' },
      { email: 'c@example.com', name: 'Cy', timeZone: 'Europe/Paris' },
    ]);
    const one = await openOptions(context, optionsUrl);
    const two = await openOptions(context, optionsUrl);
    await slowTeamWrites(one, 1_500);
    await one.getByRole('button', { name: 'Delete Ana' }).click();
    await two.getByRole('button', { name: 'Delete Bo' }).click();
    await expect.poll(async () => (await storedPeople(serviceWorker)).map((p) => p.id), { timeout: 8_000 }).toEqual(['c@example.com']);
    await expect(one.getByRole('row', { name: /Ana|Bo/ })).toHaveCount(0);
    await expect(two.getByRole('row', { name: /Ana|Bo/ })).toHaveCount(0);
    // Settled: nothing undoes it later.
    await one.waitForTimeout(2_000);
    expect((await storedPeople(serviceWorker)).map((p) => p.id)).toEqual(['c@example.com']);
  });

  test('options tab and a Gmail quick-add at the same moment: both edits survive', async ({ context, optionsUrl, serviceWorker, openFixture }) => {
    const BERLIN = 'Europe/Berlin';
    await seedTeam(serviceWorker, [
      { email: 'wendy@example.de', name: 'Wendy Weber', timeZone: BERLIN, workStart: wallClockIn(BERLIN, -60), workEnd: wallClockIn(BERLIN, 120), workDays: EVERY_DAY },
      { email: 'old@example.com', name: 'Olga Old', timeZone: 'Asia/Tokyo' },
    ]);
    const gmail = await openFixture('https://mail.google.com/mail/u/0/?view=popup&to=newbie@example.jp:Nao%20Newbie', 'gmail/mail.html');
    const chip = gmail.locator('baton-ui[data-baton="recipient-time"][data-email="newbie@example.jp"]');
    await expect(chip).toHaveAttribute('data-status', 'unknown');
    await chip.locator('[data-baton-action="add-to-team"]').click();
    await chip.getByRole('searchbox').fill('Tokyo');
    await expect(chip.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Asia/Tokyo');
    await chip.getByLabel('Starts').fill('09:00');
    await chip.getByLabel('Ends').fill('17:00');

    const options = await openOptions(context, optionsUrl);
    await slowTeamWrites(options, 1_500);
    await options.getByRole('button', { name: 'Delete Olga Old' }).click();
    await chip.locator('[data-baton-action="quick-add-save"]').click();

    await expect
      .poll(async () => (await storedPeople(serviceWorker)).map((p) => p.id).sort(), { timeout: 8_000 })
      .toEqual(['newbie@example.jp', 'wendy@example.de']);
    await gmail.waitForTimeout(2_000);
    expect((await storedPeople(serviceWorker)).map((p) => p.id).sort()).toEqual(['newbie@example.jp', 'wendy@example.de']);
    await expect(chip).toHaveAttribute('data-zone', 'Asia/Tokyo');
    await expect(options.getByRole('row', { name: /Nao Newbie/ })).toBeVisible();
    await expect(options.getByRole('row', { name: /Olga Old/ })).toHaveCount(0);
  });
});
