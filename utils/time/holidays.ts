/**
 * Public holidays as the engine asks for them. The engine never loads holiday data itself: the
 * background computes it (date-holidays) into a small cache, and surfaces hand the engine a
 * calendar over that cache; tests hand it a table.
 */
export interface HolidayCalendar {
  /** The public holiday's name on a local date (`YYYY-MM-DD`) in a country (ISO alpha-2), or null. */
  holidayOn(country: string, isoDate: string): string | null;
}

export const NO_HOLIDAYS: HolidayCalendar = { holidayOn: () => null };

/** Holidays by country, then by date: `{ DE: { '2026-12-25': 'Christmas Day' } }`. */
export type HolidayTable = Readonly<Record<string, Readonly<Record<string, string>>>>;

export function calendarFromTable(table: HolidayTable): HolidayCalendar {
  return { holidayOn: (country, isoDate) => table[country.toUpperCase()]?.[isoDate] ?? null };
}
