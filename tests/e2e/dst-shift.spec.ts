import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedSettings, seedTeam } from './helpers';
import { DEFAULT_SETTINGS } from '../../utils/team/types';

/*
 * CONTRACT.md §2 `dst-shift` (issue 18 §4): a series as the editor states it — in English, French
 * and Japanese, daily, every two weeks and monthly — gives one row per person whose local start
 * changes within 12 months, with the date (the organizer's) and the times before and after.
 *
 * The meeting: Monday 22 Mar 2027, 09:00 in New York (already on summer time). Berlin moves on
 * Sunday 28 Mar (14:00 → 15:00); Tokyo, Kolkata and Kathmandu keep their clocks, so they move
 * when New York falls back on Sunday 7 Nov (22:00 → 23:00, 18:30 → 19:30, 18:45 → 19:45).
 */

const TEAM = [
  { email: 'aiko@example.jp', name: 'Aiko Tanaka', timeZone: 'Asia/Tokyo' },
  { email: 'ravi@example.in', name: 'Ravi Kumar', timeZone: 'Asia/Kolkata' },
  { email: 'lena@example.de', name: 'Lena Vogel', timeZone: 'Europe/Berlin' },
  { email: 'priya@example.np', name: 'Priya Shrestha', timeZone: 'Asia/Kathmandu' },
];

async function seed(worker: Worker) {
  await seedTeam(worker, TEAM);
  await seedSettings(worker, { me: { ...DEFAULT_SETTINGS.me, timeZone: 'America/New_York' } });
}

type Row = [who: string, on: string, before: string, after: string];

/** Every dst-shift row on the page, by its data-email or data-name, sorted. */
async function rows(page: Page): Promise<Row[]> {
  const found = await page.locator('[data-baton="dst-shift"]').evaluateAll((els) =>
    els.map((el) => [
      (el.getAttribute('data-email') ?? `name:${el.getAttribute('data-name')}`) + (el.hasAttribute('data-self') ? ' (self)' : ''),
      el.getAttribute('data-on') ?? '',
      el.getAttribute('data-local-start-before') ?? '',
      el.getAttribute('data-local-start-after') ?? '',
    ]),
  );
  return (found as Row[]).sort((a, b) => a[0].localeCompare(b[0]));
}

const nov = (date: string): Row[] => [
  ['aiko@example.jp', date, '22:00', '23:00'],
  ['priya@example.np', date, '18:45', '19:45'],
  ['ravi@example.in', date, '18:30', '19:30'],
];
const expected = (berlin: string, november: string): Row[] => {
  const lena: Row = ['lena@example.de', berlin, '14:00', '15:00'];
  return [...nov(november), lena].sort((a, b) => a[0].localeCompare(b[0]));
};

const SERIES: Array<{ kind: string; words: Record<'en' | 'fr' | 'ja', string>; rows: Row[] }> = [
  { kind: 'daily', words: { en: 'Daily', fr: 'Tous les jours', ja: '毎日' }, rows: expected('2027-03-28', '2027-11-07') },
  { kind: 'every 2 weeks', words: { en: 'Every 2 weeks on Monday', fr: 'Toutes les 2 semaines le lundi', ja: '2 週間ごとの 月曜日' }, rows: expected('2027-04-05', '2027-11-15') },
  // The fourth Monday: 26 Apr is the first after Berlin moves, 22 Nov the first after New York.
  { kind: 'monthly', words: { en: 'Monthly on the fourth Monday', fr: 'Tous les mois le quatrième lundi', ja: '毎月 第4 月曜日' }, rows: expected('2027-04-26', '2027-11-22') },
];

const CALENDAR = 'https://calendar.google.com/calendar/u/0/r/eventedit';

test.describe('dst-shift: Google Calendar', () => {
  for (const series of SERIES) {
    for (const lang of ['en', 'fr', 'ja'] as const) {
      test(`${series.kind} in ${lang} ("${series.words[lang]}")`, async ({ serviceWorker, openFixture }) => {
        await seed(serviceWorker);
        // A new event (no instance id in the URL) whose repeat drop-down is a listbox with no id:
        // only its words say the rule.
        const query = new URLSearchParams({ repeat: series.words[lang], rec: 'listbox' });
        const page = await openFixture(`${CALENDAR}?${query}`, 'google-calendar/app.html');
        await expect(page.locator('[data-baton="guest-time"][data-email="lena@example.de"]')).toBeVisible();
        await expect.poll(() => rows(page)).toEqual(series.rows);
      });
    }
  }

  test('does not repeat, in French: no rows and no "recurring" reason', async ({ serviceWorker, openFixture }) => {
    await seed(serviceWorker);
    const page = await openFixture(`${CALENDAR}?${new URLSearchParams({ recurring: '0', rec: 'listbox' })}`, 'google-calendar/app.html');
    // The fixture's first option is "Does not repeat"; say it in French.
    await page.evaluate(() => {
      const opt = document.querySelector('#app [role="listbox"] [role="option"]');
      if (opt) opt.textContent = 'Ne se répète pas';
    });
    await expect(page.locator('[data-baton="guest-time"][data-email="lena@example.de"]')).toBeVisible();
    await expect(page.locator('[data-baton="async-alternative"]')).not.toHaveAttribute('data-reasons', /\brecurring\b/);
    await expect(page.locator('[data-baton="dst-shift"]')).toHaveCount(0);
  });

  test("the event's own zone (London): times read there, and the organizer's own row shifts", async ({ serviceWorker, openFixture }) => {
    await seed(serviceWorker);
    const query = new URLSearchParams({ repeat: 'Daily', rec: 'listbox', etz: '(GMT+00:00) Greenwich Mean Time - London' });
    const page = await openFixture(`${CALENDAR}?${query}`, 'google-calendar/app.html');
    // 09:00 London (GMT) on 22 Mar is 10:00 in Berlin.
    await expect(page.locator('[data-baton="guest-time"][data-email="lena@example.de"]')).toHaveAttribute('data-local-start', '2027-03-22T10:00');
    // The UK moves on 28 Mar with Berlin: Lena keeps 10:00; New York (the organizer) goes 05:00 → 04:00.
    const self = page.locator('[data-baton="dst-shift"][data-self]');
    await expect(self).toHaveAttribute('data-email', 'me@example.com');
    await expect(self).toHaveAttribute('data-on', '2027-03-28');
    await expect(self).toHaveAttribute('data-local-start-before', '05:00');
    await expect(self).toHaveAttribute('data-local-start-after', '04:00');
    await expect(page.locator('[data-baton="dst-shift"][data-email="lena@example.de"]')).toHaveCount(0);
  });
});

test.describe('dst-shift: Outlook on the web', () => {
  for (const series of SERIES) {
    for (const lang of ['en', 'fr', 'ja'] as const) {
      test(`${series.kind} in ${lang} ("${series.words[lang]}")`, async ({ serviceWorker, openFixture }) => {
        await seed(serviceWorker);
        // The form's labels in Japanese for ja; French words in the English form for fr.
        const query = new URLSearchParams({
          lang: lang === 'ja' ? 'ja' : 'en',
          at: '2027-03-22T09:00',
          dur: '60',
          title: 'Planning',
          guests: TEAM.map((p) => `${p.name} <${p.email}>`).join('|'),
          repeat: series.words[lang],
        });
        const page = await openFixture(`https://outlook.office.com/calendar/deeplink/compose?${query}`, 'outlook/calendar.html');
        await expect(page.locator('[data-baton="guest-time"][data-email="lena@example.de"]')).toHaveAttribute('data-local-start', '2027-03-22T14:00');
        await expect.poll(() => rows(page)).toEqual(series.rows);
      });
    }
  }

  test("the event's own zone from Outlook's time-zone drop-down (a Windows name)", async ({ serviceWorker, openFixture }) => {
    await seed(serviceWorker);
    const query = new URLSearchParams({
      at: '2027-03-22T09:00',
      dur: '60',
      guests: 'Lena Vogel <lena@example.de>',
      repeat: 'Every day',
      etz: '(UTC+00:00) Dublin, Edinburgh, Lisbon, London',
    });
    const page = await openFixture(`https://outlook.office.com/calendar/deeplink/compose?${query}`, 'outlook/calendar.html');
    await expect(page.locator('[data-baton="guest-time"][data-email="lena@example.de"]')).toHaveAttribute('data-local-start', '2027-03-22T10:00');
    const self = page.locator('[data-baton="dst-shift"][data-self]');
    await expect(self).toHaveAttribute('data-on', '2027-03-28');
    await expect(self).toHaveAttribute('data-local-start-before', '05:00');
    await expect(self).toHaveAttribute('data-local-start-after', '04:00');
  });
});
