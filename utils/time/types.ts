import type { HolidayCalendar } from './holidays';

/**
 * The engine's public types. Everything in utils/time is pure: no DOM, no browser.*, and
 * "now", zones and schedules are arguments. Instants are epoch milliseconds (UTC).
 */

/** CONTRACT.md §2. */
export type Status = 'working' | 'off-hours' | 'weekend' | 'holiday' | 'unknown';

/** One working interval in minutes from local midnight of the day it starts; end > start, end ≤ 2880
 *  (an overnight shift 22:00–06:00 is {start: 1320, end: 1800} and belongs to the day it starts on). */
export interface WorkInterval {
  start: number;
  end: number;
}

/** Luxon weekday numbers: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A person's working pattern, ready for the engine. */
export interface Schedule {
  zone: string;
  /** Working intervals per weekday; a weekday absent or empty is not a working day. */
  weekly: Partial<Record<Weekday, WorkInterval[]>>;
  /** ISO 3166-1 alpha-2: public holidays of this country are days off. */
  country?: string;
  /** Personal days off, local ISO dates. */
  daysOff?: readonly string[];
  /** Where the country's public holidays are looked up; none means no public holidays are known. */
  holidays?: HolidayCalendar;
}

export type DayRelation = 'yesterday' | 'today' | 'tomorrow';

export interface PersonStatus {
  status: Exclude<Status, 'unknown'>;
  zone: string;
  /** Their wall time, `YYYY-MM-DDTHH:mm`. */
  localTime: string;
  /** Short zone name as Intl gives it ("JST", "GMT+5:45"). */
  zoneAbbr: string;
  /** Their UTC offset minus the user's, in minutes, at that instant. */
  offsetFromUserMinutes: number;
  /** Their calendar date relative to the user's at that instant. */
  dayRelation: DayRelation;
  /** When their next working period starts (the current one's start if working), or null if none within 30 days. */
  nextWorkStart: number | null;
  /** Name of the public holiday, when status is holiday. */
  holidayName?: string;
}
