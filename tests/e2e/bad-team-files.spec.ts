import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * Bad team files through the real file input: each is refused with `import-result`
 * data-outcome="error", the message names the problem (every bad row, CONTRACT.md §1), and the
 * team is exactly as it was, in storage and in the popup. The full table is in
 * tests/unit/team/bad-team-files.test.ts; these are the ones worth a real browser.
 */

const H = 'email,name,timeZone,workStart,workEnd,workDays,country';
const importInput = (page: Page) => page.locator('input[type=file][data-baton-action="import"]');
const result = (page: Page) => page.locator('[data-baton="import-result"]');
const storedTeam = (worker: Worker) => worker.evaluate(async () => (await chrome.storage.local.get('team')).team);

const BAD: Array<{ name: string; mimeType: string; buffer: Buffer; says: string[]; notRows?: string[] }> = [
  {
    name: 'mars.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([H, 'ok@example.com,Ok,Asia/Tokyo,09:00,17:00,Mon-Fri,JP', 'mars@example.com,Mars,Mars/Olympus,09:00,17:00,Mon-Fri,', 'late@example.com,Late,Europe/Paris,9am,25:00,Weekdays,FR'].join('\n')),
    says: [
      'row 3: unknown time zone "Mars/Olympus"',
      'row 4: workStart "9am" is not a 24-hour time like 09:00',
      'row 4: workEnd "25:00" is not a 24-hour time like 09:00',
      'row 4: workDays "Weekdays" is not a list of days',
    ],
    notRows: ['row 2:'],
  },
  {
    name: 'photo.csv',
    mimeType: 'text/csv',
    buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.alloc(64, 0)]),
    says: ['This is not a text file. Choose a team file saved as CSV or JSON.'],
  },
  {
    name: 'wrong-shape.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ people: [{ email: 'a@example.com', timeZone: 5 }, 'Bo'] })),
    says: ['person 1, row 2: timeZone must be text (like "Asia/Tokyo")', 'person 2, row 3: is not an object with email, name, timeZone'],
  },
  { name: 'header-only.csv', mimeType: 'text/csv', buffer: Buffer.from(`${H}\r\n`), says: ['The file has a header but no people.'] },
];

test.describe('bad team files', () => {
  test('refused whole with every problem named; the team in storage and the popup unchanged', async ({ context, optionsUrl, popupUrl, serviceWorker }) => {
    const page = await context.newPage();
    await page.goto(optionsUrl);
    await importInput(page).setInputFiles({
      name: 'team.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([H, 'aiko@example.com,Aiko,Asia/Tokyo,09:00,18:00,Mon-Fri,JP', 'ravi@example.com,Ravi,Asia/Kolkata,10:00,19:00,Mon-Fri,IN'].join('\n')),
    });
    await expect(result(page)).toHaveAttribute('data-outcome', 'ok');
    const before = await storedTeam(serviceWorker);
    expect((before as { people: unknown[] }).people).toHaveLength(2);

    const popup = await context.newPage();
    await popup.goto(popupUrl);
    await expect(popup.locator('[data-baton="team-clock"]')).toHaveCount(2);

    for (const file of BAD) {
      await importInput(page).setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: file.buffer });
      await expect(result(page), file.name).toHaveAttribute('data-outcome', 'error');
      await expect(result(page)).toContainText(`Nothing was imported: ${file.name}`);
      await expect(result(page)).toContainText('Your team is unchanged.');
      for (const line of file.says) await expect(result(page)).toContainText(line);
      for (const row of file.notRows ?? []) await expect(result(page)).not.toContainText(row);
      await expect(result(page).locator('li')).toHaveCount(file.says.length);
      expect(await storedTeam(serviceWorker), file.name).toEqual(before);
    }
    // The open popup never saw a change either.
    await expect(popup.locator('[data-baton="team-clock"]')).toHaveCount(2);
    await expect(popup.locator('[data-baton="team-clock"][data-email="aiko@example.com"]')).toHaveAttribute('data-zone', 'Asia/Tokyo');
  });

  test('a 10 MB file is refused by its size at once, and the page stays responsive', async ({ context, optionsUrl, serviceWorker }) => {
    const page = await context.newPage();
    await page.goto(optionsUrl);
    await expect(page.getByRole('heading', { name: 'Team', exact: true })).toBeVisible();
    const row = 'someone@example.com,Someone,Asia/Tokyo,09:00,17:00,Mon-Fri,JP\n';
    const big = Buffer.from(H + '\n' + row.repeat(Math.ceil((10 * 1024 * 1024) / row.length)));
    expect(big.length).toBeGreaterThan(10 * 1024 * 1024);

    await importInput(page).setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: big });
    // From the file being handed to the input to the answer on screen.
    const started = Date.now();
    await expect(result(page)).toHaveAttribute('data-outcome', 'error');
    const answeredMs = Date.now() - started;
    await expect(result(page)).toContainText('The file is 10.0 MB; a team file can be at most 5 MB. Is it the right file?');
    expect(answeredMs).toBeLessThan(1_000);
    // The main thread is free: a frame comes promptly and the page still takes input.
    const frameMs = await page.evaluate(() => new Promise<number>((resolve) => {
      const t = performance.now();
      requestAnimationFrame(() => resolve(performance.now() - t));
    }));
    expect(frameMs).toBeLessThan(200);
    await page.getByRole('searchbox').first().fill('still typing');
    await expect(page.getByRole('searchbox').first()).toHaveValue('still typing');
    expect(await storedTeam(serviceWorker)).toBeUndefined();
  });
});
