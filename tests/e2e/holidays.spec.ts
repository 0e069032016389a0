import Holidays from 'date-holidays';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EVERY_DAY, seedSettings, seedTeam, wallClockIn } from './helpers';

/**
 * Public holidays end to end: the background computes them from the team's countries into
 * `local:holidays`, and the popup's rows say `holiday` for someone whose country has one today.
 * The country is found at test time (date-holidays, on the Node side): one with a public holiday
 * on today's date in its own zone, away from midnight so the date cannot turn during the test.
 */

interface Today {
  country: string;
  zone: string;
  name: string;
}

function localParts(zone: string, at: number): { date: string; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** A country with a public holiday on today's local date in its first zone (the one date-holidays computes in). */
function countryWithHolidayToday(now = Date.now()): Today | null {
  for (const country of Object.keys(new Holidays().getCountries())) {
    const hd = new Holidays(country);
    const zone = hd.getTimezones()[0];
    if (!zone) continue;
    const { date, minutes } = localParts(zone, now);
    // Two hours of margin either side of midnight: hours of ±90 min around now must stay on this date.
    if (minutes < 120 || minutes > 22 * 60) continue;
    const holiday = hd.getHolidays(Number(date.slice(0, 4)), 'en').find((h) => h.type === 'public' && h.date.slice(0, 10) === date);
    if (holiday) return { country, zone, name: holiday.name };
  }
  return null;
}

const clock = (page: Page, email: string) => page.locator(`[data-baton="team-clock"][data-email="${email}"]`);

test.describe('public holidays', () => {
  test('the popup says holiday for someone whose country has a public holiday today', async ({ context, popupUrl, serviceWorker }) => {
    const today = countryWithHolidayToday();
    test.skip(!today, 'No country on Earth has a public holiday today (away from midnight in its zone); tests/unit/holidays/surfaces.test.tsx proves the same path on a fixed date.');
    const { country, zone, name } = today!;
    const hours = { timeZone: zone, workStart: wallClockIn(zone, -90), workEnd: wallClockIn(zone, 90), workDays: EVERY_DAY };
    await seedSettings(serviceWorker, { me: { timeZone: 'UTC', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' } });
    // The same hours twice: only the country differs, so only the holiday can tell them apart.
    await seedTeam(serviceWorker, [
      { email: 'holiday@example.com', name: 'Holly Day', country, ...hours },
      { email: 'twin@example.com', name: 'Twin Nocountry', ...hours },
    ]);

    // The background computed the country's holidays into local:holidays.
    await expect
      .poll(async () => serviceWorker.evaluate(async (c) => ((await chrome.storage.local.get('holidays')).holidays as { countries?: string[] } | undefined)?.countries?.includes(c) ?? false, country))
      .toBe(true);

    const page = await context.newPage();
    await page.goto(popupUrl);
    await expect(clock(page, 'twin@example.com')).toHaveAttribute('data-status', 'working');
    await expect(clock(page, 'holiday@example.com')).toHaveAttribute('data-status', 'holiday');
    await expect(clock(page, 'holiday@example.com')).toHaveAttribute('data-zone', zone);
    await expect(clock(page, 'holiday@example.com')).toContainText(name);
  });

  test('the cache covers the user\'s own country and follows team edits; an open popup follows the cache', async ({ context, popupUrl, serviceWorker }) => {
    const stored = () => serviceWorker.evaluate(async () => (await chrome.storage.local.get('holidays')).holidays as { countries: string[]; years: number[]; byCountry: Record<string, Record<string, string>> } | undefined);
    await seedSettings(serviceWorker, { me: { timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri', country: 'JP' } });
    await seedTeam(serviceWorker, [{ email: 'lars@example.de', timeZone: 'Europe/Berlin', country: 'DE' }]);
    await expect.poll(async () => (await stored())?.countries).toEqual(['DE', 'JP']);
    const year = new Date().getUTCFullYear();
    const cache = (await stored())!;
    expect(cache.years).toEqual([year - 1, year, year + 1]);
    expect(cache.byCountry.JP?.[`${year}-01-01`]).toBe("New Year's Day");
    expect(cache.byCountry.DE?.[`${year}-12-25`]).toBeTruthy();

    // Someone in Brazil joins, working all day every day: the popup, already open, picks the new country up.
    const page = await context.newPage();
    await page.goto(popupUrl);
    await expect(page.locator('[data-baton="team-clock"]')).toHaveCount(1);
    await seedTeam(serviceWorker, [
      { email: 'lars@example.de', timeZone: 'Europe/Berlin', country: 'DE' },
      { email: 'bia@example.br', timeZone: 'America/Sao_Paulo', workStart: '00:00', workEnd: '00:00', workDays: EVERY_DAY, country: 'BR' },
    ]);
    await expect.poll(async () => (await stored())?.countries).toEqual(['BR', 'DE', 'JP']);
    // Holiday or working, as the cache says for today in São Paulo (asked together, in case midnight passes).
    await expect
      .poll(async () => {
        const brToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(Date.now());
        const expected = (await stored())!.byCountry.BR?.[brToday] ? 'holiday' : 'working';
        return (await clock(page, 'bia@example.br').getAttribute('data-status')) === expected;
      })
      .toBe(true);
  });
});
