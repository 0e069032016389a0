import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { expect, FIXTURES_DIR, test } from './fixtures';
import { seedTeam } from './helpers';
import { makeSyntheticTeam } from '../support/synthetic-team';

const teamFixture = (name: string) => path.join(FIXTURES_DIR, 'team', name);
const result = (page: Page) => page.locator('[data-baton="import-result"]');
const importInput = (page: Page) => page.locator('input[type=file][data-baton-action="import"]');

async function storedPeople(worker: Worker): Promise<unknown> {
  return worker.evaluate(async () => ((await chrome.storage.local.get('team')).team as { people: unknown[] } | undefined)?.people ?? []);
}

async function openOptions(page: Page, optionsUrl: string) {
  await page.goto(optionsUrl);
  await expect(page.getByRole('heading', { name: 'Team', exact: true })).toBeVisible();
}

test.describe('options: team file import', () => {
  test('a good CSV imports through the file input, and the popup shows the team', async ({ context, optionsUrl, popupUrl, serviceWorker }) => {
    const page = await context.newPage();
    await openOptions(page, optionsUrl);
    await importInput(page).setInputFiles(teamFixture('good.csv'));
    await expect(result(page)).toHaveAttribute('data-outcome', 'ok');
    await expect(result(page)).toContainText('Imported 4 people');
    await expect(page.getByRole('row', { name: /Tanaka, Aiko/ })).toBeVisible();
    expect(((await storedPeople(serviceWorker)) as Array<{ id: string }>).map((p) => p.id)).toEqual([
      'aiko@example.com',
      'ravi@example.com',
      'night@example.com',
      'name:marta (no email)',
    ]);
    const popup = await context.newPage();
    await popup.goto(popupUrl);
    await expect(popup.locator('[data-baton="team-clock"]')).toHaveCount(4);
    await expect(popup.locator('[data-baton="team-clock"][data-name="Marta (no email)"]')).toHaveAttribute('data-zone', 'Europe/Berlin');
  });

  test('a bad file is refused whole, every bad row named, after a good one the team is exactly as it was', async ({ context, optionsUrl, serviceWorker }) => {
    const page = await context.newPage();
    await openOptions(page, optionsUrl);
    await importInput(page).setInputFiles(teamFixture('semicolon.csv'));
    await expect(result(page)).toHaveAttribute('data-outcome', 'ok');
    const before = await storedPeople(serviceWorker);
    await importInput(page).setInputFiles(teamFixture('bad.csv'));
    await expect(result(page)).toHaveAttribute('data-outcome', 'error');
    await expect(result(page)).toContainText('row 3: unknown time zone "Mars/Olympus"');
    for (const row of ['row 4:', 'row 5:', 'row 6:']) await expect(result(page)).toContainText(row);
    await expect(result(page)).not.toContainText('row 2:');
    expect(await storedPeople(serviceWorker)).toEqual(before);
  });

  test('junk and empty files get a clear message', async ({ context, optionsUrl }) => {
    const page = await context.newPage();
    await openOptions(page, optionsUrl);
    await importInput(page).setInputFiles(teamFixture('junk.bin'));
    await expect(result(page)).toHaveAttribute('data-outcome', 'error');
    await expect(result(page)).toContainText('not a text file');
    await importInput(page).setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await expect(result(page)).toContainText('The file is empty');
  });

  test('export → import gives the same team, with nothing changed', async ({ context, optionsUrl, serviceWorker }) => {
    const page = await context.newPage();
    await openOptions(page, optionsUrl);
    await importInput(page).setInputFiles(teamFixture('good.json'));
    await expect(result(page)).toHaveAttribute('data-outcome', 'ok');
    const before = await storedPeople(serviceWorker);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-baton-action="export"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^baton-team-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { people: unknown[] };
    expect(exported.people).toHaveLength(3);
    await importInput(page).setInputFiles(file);
    await expect(result(page)).toHaveAttribute('data-outcome', 'ok');
    await expect(result(page).locator('[data-change="unchanged"]')).toHaveAttribute('data-count', '3');
    for (const change of ['added', 'updated', 'removed']) await expect(result(page).locator(`[data-change="${change}"]`)).toHaveAttribute('data-count', '0');
    expect(await storedPeople(serviceWorker)).toEqual(before);
  });

  test('an edit in one options tab shows in another within a second, and both tabs keep their edits', async ({ context, optionsUrl, serviceWorker }) => {
    await seedTeam(serviceWorker, [
      { email: 'a@example.com', name: 'Ana', timeZone: 'Asia/Tokyo' },
      { email: 'b@example.com', name: 'Bo', timeZone: 'Europe/Paris' },
    ]);
    const one = await context.newPage();
    const two = await context.newPage();
    await openOptions(one, optionsUrl);
    await openOptions(two, optionsUrl);
    await Promise.all([one.getByRole('button', { name: 'Delete Ana' }).click(), two.getByRole('button', { name: 'Delete Bo' }).click()]);
    await expect(one.getByRole('row', { name: /Ana|Bo/ })).toHaveCount(0, { timeout: 1_000 });
    await expect(two.getByRole('row', { name: /Ana|Bo/ })).toHaveCount(0, { timeout: 1_000 });
    expect(await storedPeople(serviceWorker)).toEqual([]);
  });

  test('2,000 people: only the rows in view are drawn, scrolling and search stay quick', async ({ context, optionsUrl, serviceWorker }) => {
    await serviceWorker.evaluate(async (team) => chrome.storage.local.set({ team }), makeSyntheticTeam(2000));
    const page = await context.newPage();
    await openOptions(page, optionsUrl);
    await expect(page.getByText('2,000 people')).toBeVisible();
    const drawn = await page.locator('#team-table .op-row:not(.op-row--head)').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(60);
    // Scroll the table through in steps; the longest frame stays short.
    const longest = await page.evaluate(async () => {
      const box = document.querySelector<HTMLElement>('.op-table__scroll')!;
      let last = performance.now();
      let worst = 0;
      for (let i = 0; i < 60; i++) {
        box.scrollTop += 1500;
        await new Promise((r) => requestAnimationFrame(r));
        const t = performance.now();
        worst = Math.max(worst, t - last);
        last = t;
      }
      return worst;
    });
    expect(longest).toBeLessThan(200);
    const started = Date.now();
    await page.getByLabel('Search the team').fill('person1999@');
    await expect(page.getByText('1 of 2,000 people')).toBeVisible();
    await expect(page.getByRole('row', { name: /person1999@example\.com/ })).toBeVisible();
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test('axe: no violation of any impact, landmarks included', async ({ context, optionsUrl, serviceWorker }) => {
    // A team, so the virtualised table has rows (and its structure is checked).
    await seedTeam(serviceWorker, [{ email: 'aiko@example.jp', name: 'Aiko Tanaka', timeZone: 'Asia/Tokyo' }, { email: 'ravi@example.in', name: 'Ravi Kumar', timeZone: 'Asia/Kolkata' }]);
    const page = await context.newPage();
    await openOptions(page, optionsUrl);
    await expect(page.getByRole('row', { name: /aiko@example\.jp/ })).toBeVisible();
    await importInput(page).setInputFiles(teamFixture('bad.csv'));
    await expect(result(page)).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const found = await new AxeBuilder({ page }).analyze();
      expect(found.violations.map((v) => `${scheme} ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});

test.describe('screenshots', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`options page (${scheme})`, async ({ context, optionsUrl }) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1200, height: 1000 });
      await openOptions(page, optionsUrl);
      await importInput(page).setInputFiles(teamFixture('good.csv'));
      await expect(result(page)).toHaveAttribute('data-outcome', 'ok');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `docs/screenshots/options-${scheme}.png` });
      await page.evaluate(() => document.getElementById('import')?.scrollIntoView());
      await page.screenshot({ path: `docs/screenshots/options-import-${scheme}.png` });
    });
  }
});
