import { fakeBrowser } from 'wxt/testing';
import { calendarFromCache, getHolidayCache, getHolidayTable, readHolidayCache, saveHolidayCache, watchHolidays, type HolidayCache } from '@/utils/holidays/cache';
import { NO_HOLIDAYS } from '@/utils/time';

const CACHE: HolidayCache = {
  version: 1,
  years: [2026, 2027, 2028],
  countries: ['DE', 'JP', 'XX'],
  byCountry: { JP: { '2027-01-01': "New Year's Day" }, DE: { '2026-10-03': 'National Holiday' } },
  source: '1.0.0',
  computedAt: 123,
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('holidays: cache', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is empty until the background has written it', async () => {
    expect(await getHolidayCache()).toBeNull();
    expect(await getHolidayTable()).toEqual({});
  });

  it('round trip: what is saved in local:holidays is read back the same', async () => {
    await saveHolidayCache(CACHE);
    expect((await fakeBrowser.storage.local.get('holidays')).holidays).toEqual(CACHE);
    expect(await getHolidayCache()).toEqual(CACHE);
    expect(await getHolidayTable()).toEqual(CACHE.byCountry);
  });

  it('reads defensively: another version or shape is no cache; damaged entries are dropped', () => {
    expect(readHolidayCache(null)).toBeNull();
    expect(readHolidayCache({ ...CACHE, version: 2 })).toBeNull();
    expect(readHolidayCache({ ...CACHE, years: ['2026'] })).toBeNull();
    expect(readHolidayCache({ ...CACHE, countries: 'JP' })).toBeNull();
    const damaged = readHolidayCache({ ...CACHE, byCountry: { JP: { '2027-01-01': "New Year's Day", 'Jan 2': 'x', '2027-01-03': 7 }, jp: {}, DE: 'no' } });
    expect(damaged?.byCountry).toEqual({ JP: { '2027-01-01': "New Year's Day" } });
  });

  it('watchHolidays hands over each new cache', async () => {
    const seen: Array<HolidayCache | null> = [];
    const stop = watchHolidays((cache) => seen.push(cache));
    await saveHolidayCache(CACHE);
    await settle();
    stop();
    expect(seen).toEqual([CACHE]);
  });

  it('calendarFromCache: the engine sees the table; no cache means none known', () => {
    const calendar = calendarFromCache(CACHE);
    expect(calendar.holidayOn('JP', '2027-01-01')).toBe("New Year's Day");
    expect(calendar.holidayOn('jp', '2027-01-01')).toBe("New Year's Day");
    expect(calendar.holidayOn('JP', '2027-01-02')).toBeNull();
    expect(calendar.holidayOn('XX', '2027-01-01')).toBeNull();
    expect(calendarFromCache(null)).toBe(NO_HOLIDAYS);
    expect(calendarFromCache({ ...CACHE, byCountry: {} })).toBe(NO_HOLIDAYS);
  });
});
