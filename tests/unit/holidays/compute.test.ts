// @vitest-environment node
import Holidays from 'date-holidays';
import { computeHolidayCache, isKnownCountry, publicHolidaysOf } from '@/utils/holidays/compute';

describe('holidays: compute (date-holidays, public only)', () => {
  it('Japan: 2027-01-01 is a public holiday with its English name', () => {
    const jp = publicHolidaysOf('JP', [2027]);
    expect(jp['2027-01-01']).toBe("New Year's Day");
    // Substitute and equinox days come from the data too.
    expect(Object.keys(jp).length).toBeGreaterThanOrEqual(15);
  });

  it('observances, bank and optional days are not public holidays', () => {
    // Mother's Day (second Sunday of May) is an observance in the US and Germany.
    expect(publicHolidaysOf('US', [2026])['2026-05-10']).toBeUndefined();
    const de = publicHolidaysOf('DE', [2026]);
    expect(de['2026-05-10']).toBeUndefined();
    // Christmas Eve is a "bank" half day in Germany; Christmas Day is public.
    expect(de['2026-12-24']).toBeUndefined();
    expect(de['2026-12-25']).toBeTruthy();
    // English names where the data has them, not "Tag der Deutschen Einheit".
    expect(de['2026-10-03']).toBeTruthy();
    expect(de['2026-10-03']).not.toBe('Tag der Deutschen Einheit');
    expect(de['2026-10-03']).toBe(new Holidays('DE').getHolidays(2026, 'en').find((h) => h.date.startsWith('2026-10-03'))?.name);
  });

  it('agrees with date-holidays for every public holiday of a few countries (and nothing else)', () => {
    for (const country of ['US', 'GB', 'IN', 'BR', 'DE', 'JP']) {
      const ours = publicHolidaysOf(country, [2026]);
      const theirs = new Holidays(country).getHolidays(2026, 'en');
      const publicDates = new Set(theirs.filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
      const otherDates = theirs.filter((h) => h.type !== 'public' && !publicDates.has(h.date.slice(0, 10))).map((h) => h.date.slice(0, 10));
      for (const date of publicDates) expect(ours[date], `${country} ${date}`).toBeTruthy();
      for (const date of otherDates) expect(ours[date], `${country} ${date} is not public`).toBeUndefined();
      for (const date of Object.keys(ours)) expect(publicDates.has(date), `${country} ${date}`).toBe(true);
    }
  });

  it('a holiday over several days marks each of them (Eid al-Fitr in the UAE)', () => {
    const entry = new Holidays('AE').getHolidays(2026, 'en').find((h) => h.type === 'public' && h.end.getTime() - h.start.getTime() > 2 * 86_400_000);
    expect(entry).toBeDefined();
    const ae = publicHolidaysOf('AE', [2026]);
    const first = entry!.date.slice(0, 10);
    const days = Math.round((entry!.end.getTime() - entry!.start.getTime()) / 86_400_000);
    for (let i = 0; i < days; i++) {
      const date = new Date(Date.parse(`${first}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
      expect(ae[date], date).toBe(entry!.name);
    }
  });

  it('unknown or lower-case codes', () => {
    expect(isKnownCountry('XX')).toBe(false);
    expect(publicHolidaysOf('XX', [2026])).toEqual({});
    expect(publicHolidaysOf('jp', [2027])['2027-01-01']).toBe("New Year's Day");
  });

  it('computeHolidayCache: every country asked for, only those with holidays in the table, previous entries reused', () => {
    const cache = computeHolidayCache(['DE', 'JP', 'XX'], [2026, 2027], '1.0.0', 5);
    expect(cache).toMatchObject({ version: 1, years: [2026, 2027], countries: ['DE', 'JP', 'XX'], source: '1.0.0', computedAt: 5 });
    expect(Object.keys(cache.byCountry).sort()).toEqual(['DE', 'JP']);
    expect(cache.byCountry.JP?.['2027-01-01']).toBe("New Year's Day");
    expect(cache.byCountry.DE?.['2026-12-25']).toBeTruthy();

    // A previous cache of the same years and source is trusted for the countries it has.
    const marked = { ...cache, byCountry: { ...cache.byCountry, JP: { '2027-01-01': 'from the previous cache' } } };
    const next = computeHolidayCache(['JP', 'US'], [2026, 2027], '1.0.0', 6, marked);
    expect(next.byCountry.JP?.['2027-01-01']).toBe('from the previous cache');
    expect(next.byCountry.US?.['2026-07-03'] ?? next.byCountry.US?.['2026-07-04']).toBeTruthy();
    // Another source (a new extension version) computes again.
    expect(computeHolidayCache(['JP'], [2026, 2027], '1.0.1', 7, marked).byCountry.JP?.['2027-01-01']).toBe("New Year's Day");
  });
});
