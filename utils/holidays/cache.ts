import { storage } from '#imports';
import { calendarFromTable, NO_HOLIDAYS, type HolidayCalendar, type HolidayTable } from '@/utils/time/holidays';

/**
 * The public-holiday cache: written by the background (compute.ts), read everywhere else. Only
 * this small table reaches content scripts; the holiday library never does.
 */

export const HOLIDAY_CACHE_VERSION = 1;

export interface HolidayCache {
  version: typeof HOLIDAY_CACHE_VERSION;
  /** The years computed, e.g. [2025, 2026, 2027]. */
  years: number[];
  /** Every country asked for, including ones with no known holidays (so they are not asked for again). */
  countries: string[];
  /** Public holidays by country (ISO alpha-2) and local date: `{ JP: { '2027-01-01': "New Year's Day" } }`. */
  byCountry: HolidayTable;
  /** What computed it (the extension's version): a new version recomputes, as its holiday data may differ. */
  source: string;
  computedAt: number;
}

const holidaysItem = storage.defineItem<unknown>('local:holidays', { fallback: null });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{2}$/;

/** A stored cache, read defensively: another version or a damaged value is no cache (the background recomputes). */
export function readHolidayCache(raw: unknown): HolidayCache | null {
  if (!isObject(raw) || raw.version !== HOLIDAY_CACHE_VERSION || !isObject(raw.byCountry)) return null;
  if (!Array.isArray(raw.years) || !raw.years.every(Number.isInteger)) return null;
  if (!Array.isArray(raw.countries) || !raw.countries.every((c) => typeof c === 'string' && COUNTRY.test(c))) return null;
  const byCountry: Record<string, Record<string, string>> = {};
  for (const [country, days] of Object.entries(raw.byCountry)) {
    if (!COUNTRY.test(country) || !isObject(days)) continue;
    const clean: Record<string, string> = {};
    for (const [date, name] of Object.entries(days)) if (ISO_DATE.test(date) && typeof name === 'string' && name) clean[date] = name;
    byCountry[country] = clean;
  }
  return {
    version: HOLIDAY_CACHE_VERSION,
    years: raw.years as number[],
    countries: raw.countries as string[],
    byCountry,
    source: typeof raw.source === 'string' ? raw.source : '',
    computedAt: typeof raw.computedAt === 'number' ? raw.computedAt : 0,
  };
}

export async function getHolidayCache(): Promise<HolidayCache | null> {
  return readHolidayCache(await holidaysItem.getValue());
}

export async function saveHolidayCache(cache: HolidayCache): Promise<void> {
  await holidaysItem.setValue(cache);
}

/** Holidays by country and date; empty until the background has computed them. */
export async function getHolidayTable(): Promise<HolidayTable> {
  return (await getHolidayCache())?.byCountry ?? {};
}

export function watchHolidays(cb: (cache: HolidayCache | null) => void): () => void {
  return holidaysItem.watch((next) => cb(readHolidayCache(next)));
}

/** The engine's view of a cache; no cache means no public holidays are known. */
export function calendarFromCache(cache: HolidayCache | null): HolidayCalendar {
  return cache && Object.keys(cache.byCountry).length > 0 ? calendarFromTable(cache.byCountry) : NO_HOLIDAYS;
}
