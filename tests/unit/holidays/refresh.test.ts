import { fakeBrowser } from 'wxt/testing';
import { getHolidayCache, saveHolidayCache } from '@/utils/holidays/cache';
import { countriesOf, yearsAround } from '@/utils/holidays/countries';
import { createHolidayRefresher, refreshHolidays } from '@/utils/holidays/refresh';
import { saveTeam, settingsItem } from '@/utils/storage';
import { DEFAULT_SETTINGS, type Person, type Settings, type Team } from '@/utils/team/types';

const person = (id: string, extra: Partial<Person> = {}): Person => ({ id, email: id, timeZone: 'UTC', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri', ...extra });
const TEAM: Team = {
  people: [person('aiko@example.jp', { country: 'JP', timeZone: 'Asia/Tokyo' }), person('lars@example.de', { country: 'de' }), person('nobody@example.com'), person('aki@example.jp', { country: 'JP' })],
  domainRules: [{ pattern: '*.in', timeZone: 'Asia/Kolkata', workStart: '10:00', workEnd: '18:00', workDays: 'Mon-Fri', country: 'IN' }],
};
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, me: { ...DEFAULT_SETTINGS.me, country: 'US' } };
// Wednesday 2026-06-10 12:00 UTC.
const NOW = Date.UTC(2026, 5, 10, 12);
const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

describe('holidays: which countries and years', () => {
  it('the union of people, domain rules and the user, each once, upper case', () => {
    expect(countriesOf(TEAM, SETTINGS)).toEqual(['DE', 'IN', 'JP', 'US']);
    expect(countriesOf({ people: [person('a', { country: ' fr ' }), person('b', { country: 'France' })], domainRules: [] }, DEFAULT_SETTINGS)).toEqual(['FR']);
  });

  it('last, this and next year', () => {
    expect(yearsAround(NOW)).toEqual([2025, 2026, 2027]);
  });
});

describe('holidays: refresh', () => {
  beforeEach(() => fakeBrowser.reset());

  it('computes every country in use for three years, then writes nothing while they stay the same', async () => {
    expect(await refreshHolidays({ team: TEAM, settings: SETTINGS, now: NOW, source: '1.0.0' })).toBe('written');
    const cache = await getHolidayCache();
    expect(cache).toMatchObject({ version: 1, years: [2025, 2026, 2027], countries: ['DE', 'IN', 'JP', 'US'], source: '1.0.0' });
    expect(Object.keys(cache!.byCountry).sort()).toEqual(['DE', 'IN', 'JP', 'US']);
    expect(cache!.byCountry.JP?.['2027-01-01']).toBe("New Year's Day");
    expect(cache!.byCountry.IN?.['2026-01-26']).toBeTruthy(); // Republic Day
    expect(cache!.byCountry.US?.['2025-12-25']).toBeTruthy();

    // Someone's hours change: the same countries, nothing to write.
    const edited: Team = { ...TEAM, people: TEAM.people.map((p) => ({ ...p, workStart: '08:00' })) };
    expect(await refreshHolidays({ team: edited, settings: SETTINGS, now: NOW, source: '1.0.0' })).toBe('unchanged');
    // A new country, a new year or a new extension version: written again.
    expect(await refreshHolidays({ team: { ...TEAM, people: [...TEAM.people, person('zoe@example.fr', { country: 'FR' })] }, settings: SETTINGS, now: NOW, source: '1.0.0' })).toBe('written');
    expect((await getHolidayCache())!.countries).toEqual(['DE', 'FR', 'IN', 'JP', 'US']);
    expect(await refreshHolidays({ team: TEAM, settings: SETTINGS, now: Date.UTC(2027, 0, 1), source: '1.0.0' })).toBe('written');
    expect((await getHolidayCache())!.years).toEqual([2026, 2027, 2028]);
    expect(await refreshHolidays({ team: TEAM, settings: SETTINGS, now: Date.UTC(2027, 0, 1), source: '1.0.1' })).toBe('written');
    // A country nobody names any more is dropped.
    expect(await refreshHolidays({ team: { people: [], domainRules: [] }, settings: DEFAULT_SETTINGS, now: NOW, source: '1.0.1' })).toBe('written');
    expect(await getHolidayCache()).toMatchObject({ countries: [], byCountry: {} });
  });

  it('an unreadable stored cache is replaced', async () => {
    await fakeBrowser.storage.local.set({ holidays: { version: 99 } });
    expect(await refreshHolidays({ team: TEAM, settings: SETTINGS, now: NOW, source: '1.0.0' })).toBe('written');
    expect((await getHolidayCache())?.countries).toEqual(['DE', 'IN', 'JP', 'US']);
  });

  it('requests during a refresh are answered by one more run with the freshest input', async () => {
    let reads = 0;
    let team: Team = { people: [person('a', { country: 'JP' })], domainRules: [] };
    const refresher = createHolidayRefresher(async () => {
      reads++;
      return { team, settings: DEFAULT_SETTINGS, now: NOW, source: '1' };
    });
    const first = refresher.refresh();
    team = { people: [person('a', { country: 'JP' }), person('b', { country: 'GB' })], domainRules: [] };
    const second = refresher.refresh();
    const third = refresher.refresh();
    await Promise.all([first, second, third]);
    expect(reads).toBe(2);
    expect((await getHolidayCache())?.countries).toEqual(['GB', 'JP']);
  });

  it('a failing refresh is reported and the next one still runs', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const refresher = createHolidayRefresher(async () => {
      if (fail) throw new Error('storage gone');
      return { team: TEAM, settings: SETTINGS, now: NOW, source: '1' };
    }, (e) => errors.push(e));
    await refresher.refresh();
    fail = false;
    await refresher.refresh();
    expect(errors).toHaveLength(1);
    expect((await getHolidayCache())?.countries).toEqual(['DE', 'IN', 'JP', 'US']);
  });
});

describe('holidays: the background keeps the cache', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no alarms or manifest: the feed alarm code needs the first, the cache's source the second.
    Object.assign(fakeBrowser.alarms, { get: vi.fn(async () => undefined), create: vi.fn(async () => undefined), clear: vi.fn(async () => true) });
    Object.assign(fakeBrowser.alarms.onAlarm, { addListener: vi.fn() });
    Object.assign(fakeBrowser.runtime, { getManifest: () => ({ manifest_version: 3, name: 'Baton', version: '9.9.9' }) });
  });

  it('computes the union of countries at start and again when the team or settings change', async () => {
    await saveTeam({ people: [person('aiko@example.jp', { country: 'JP' })], domainRules: [] });
    const background = (await import('@/entrypoints/background')).default;
    background.main();
    await vi.waitFor(async () => expect((await getHolidayCache())?.countries).toEqual(['JP']));
    expect((await getHolidayCache())?.source).toBe('9.9.9');

    await saveTeam(TEAM);
    await vi.waitFor(async () => expect((await getHolidayCache())?.countries).toEqual(['DE', 'IN', 'JP']));
    await settingsItem.setValue(SETTINGS);
    await vi.waitFor(async () => expect((await getHolidayCache())?.countries).toEqual(['DE', 'IN', 'JP', 'US']));
    const cache = await getHolidayCache();
    // The background uses the real clock: Christmas of this year is in the table.
    expect(cache!.byCountry.US?.[`${new Date().getUTCFullYear()}-12-25`]).toBeTruthy();

    // Startup recomputes when the stored cache is gone or stale.
    await saveHolidayCache({ ...cache!, source: 'old' });
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect((await getHolidayCache())?.source).toBe('9.9.9'));
    await settle();
  });
});
