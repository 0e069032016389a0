import Holidays from 'date-holidays';
import type { HolidayTable } from '@/utils/time/holidays';
import { HOLIDAY_CACHE_VERSION, type HolidayCache } from './cache';

/**
 * Public holidays from date-holidays, for the background only: the library and its data are far
 * too big for content scripts (their budget is 100 KB gzipped), so it computes a small table for
 * them (cache.ts). Only `public` holidays count (CONTRACT.md §1: not optional, bank, school or observance).
 */

/** Longest run of days one holiday entry may cover; a guard against a malformed rule, not a limit of real data (6 days at most). */
const MAX_DAYS = 14;

let known: Set<string> | null = null;

/** Whether date-holidays has data for a country (ISO alpha-2, any case). */
export function isKnownCountry(country: string): boolean {
  known ??= new Set(Object.keys(new Holidays().getCountries()));
  return known.has(country.toUpperCase());
}

/**
 * A country's public holidays in the given years by local date, with English names where the data
 * has them (else the country's own language). A holiday over several days (Eid in the UAE: 3)
 * marks each; two holidays on one date share it, names joined. Unknown countries have none.
 */
export function publicHolidaysOf(country: string, years: readonly number[]): Record<string, string> {
  const code = country.toUpperCase();
  if (!isKnownCountry(code)) return {};
  const hd = new Holidays(code, { languages: ['en'], types: ['public'] });
  // date-holidays computes start and end in the country's first zone.
  const zone = hd.getTimezones()[0] ?? 'UTC';
  const out: Record<string, string> = {};
  for (const year of years) {
    for (const holiday of hd.getHolidays(year, 'en')) {
      if (holiday.type !== 'public') continue;
      const first = holiday.date.slice(0, 10);
      const last = wallDateOf(new Date(holiday.end.getTime() - 1), zone);
      for (const date of datesFrom(first, last)) {
        const existing = out[date];
        if (!existing) out[date] = holiday.name;
        else if (!existing.split(' / ').includes(holiday.name)) out[date] = `${existing} / ${holiday.name}`;
      }
    }
  }
  return out;
}

/** `YYYY-MM-DD` of an instant's wall date in a zone. */
function wallDateOf(at: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The ISO dates from `first` to `last` inclusive (at least `first`, at most MAX_DAYS). */
function datesFrom(first: string, last: string): string[] {
  const dates = [first];
  const day = Date.parse(`${first}T00:00:00Z`);
  for (let i = 1; i < MAX_DAYS; i++) {
    const next = new Date(day + i * 86_400_000).toISOString().slice(0, 10);
    if (next > last) break;
    dates.push(next);
  }
  return dates;
}

/**
 * The cache for these countries and years. Countries already in `previous` for the same years and
 * source are taken from it rather than computed again (a team edit rarely adds a country).
 */
export function computeHolidayCache(countries: readonly string[], years: readonly number[], source: string, now: number, previous: HolidayCache | null = null): HolidayCache {
  const reusable = previous && previous.source === source && sameList(previous.years, years) ? new Set(previous.countries) : new Set<string>();
  const byCountry: Record<string, Readonly<Record<string, string>>> = {};
  for (const country of countries) {
    const days = reusable.has(country) ? (previous!.byCountry[country] ?? {}) : publicHolidaysOf(country, years);
    if (Object.keys(days).length > 0) byCountry[country] = days;
  }
  return { version: HOLIDAY_CACHE_VERSION, years: [...years], countries: [...countries], byCountry: byCountry as HolidayTable, source, computedAt: now };
}

export function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
