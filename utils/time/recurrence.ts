import type { Weekday } from './types';
import { DAY, instantOfWall, wallAt, weekdayOfDay } from './zone';

/**
 * A series as a calendar editor states it ("Every 2 weeks on Monday, Wednesday", "Monthly on the
 * fourth Monday"), and its occurrences. The series repeats at the first occurrence's wall time in
 * its own zone (RFC 5545: DTSTART with a TZID), so its instants move when that zone changes its
 * clocks. Pure: the zone and the first start are arguments.
 */
export interface RecurrenceRule {
  freq: 'daily' | 'weekly' | 'monthly' | 'yearly';
  /** Every how many days, weeks, months or years (≥ 1). */
  interval: number;
  /** Weekly: the days it falls on; absent or empty means the first occurrence's weekday. */
  weekdays?: readonly Weekday[];
  /**
   * Monthly: on the first occurrence's day of the month (`date`, the default), or on its nth
   * weekday (`weekday`: "the fourth Monday"; `nth` −1 is the last one).
   */
  monthlyBy?: 'date' | 'weekday';
  /** Monthly by weekday: 1–5, or −1 for the last; absent means the first occurrence's. */
  nth?: number;
  /** How many occurrences in all, the first included. */
  count?: number;
  /** The last local date (`YYYY-MM-DD`, in the series' zone) an occurrence may fall on. */
  until?: string;
}

export const WEEKLY: RecurrenceRule = { freq: 'weekly', interval: 1 };

/* Civil-calendar arithmetic on day numbers (days since 1970-01-01), H. Hinnant's algorithms. */

export interface Civil {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export function dayOfCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function civilOfDay(dayNumber: number): Civil {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function daysInMonth(year: number, month: number): number {
  return dayOfCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayOfCivil(year, month, 1);
}

/** The same day of the month `months` later, or null when that month is too short (31 Apr). */
export function addMonths(date: Civil, months: number): Civil | null {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return date.day <= daysInMonth(year, month) ? { year, month, day: date.day } : null;
}

/** The day number of the nth (1–5, or −1 = last) given weekday of a month, or null when it has none. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: Weekday, nth: number): number | null {
  const first = dayOfCivil(year, month, 1);
  const length = daysInMonth(year, month);
  if (nth === -1) {
    const last = first + length - 1;
    return last - ((weekdayOfDay(last) - weekday + 7) % 7);
  }
  const day = first + ((weekday - weekdayOfDay(first) + 7) % 7) + (nth - 1) * 7;
  return day < first + length ? day : null;
}

/** The local day after `first + months` calendar months (the end of a horizon), as a day number. */
export function dayMonthsAfter(firstDay: number, months: number): number {
  const c = civilOfDay(firstDay);
  const index = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayOfCivil(year, month, Math.min(c.day, daysInMonth(year, month)));
}

/**
 * The local days (day numbers in the series' zone) the series falls on, from its first day, in
 * order, before `endDay`. The first occurrence always counts (RFC 5545 §3.8.5.3: DTSTART is the
 * first instance), even when it does not match the rule.
 */
export function* occurrenceDays(rule: RecurrenceRule, firstDay: number, endDay: number): Generator<number> {
  const interval = Math.max(1, Math.floor(rule.interval) || 1);
  const lastDay = rule.until ? Math.min(endDay - 1, dayOfIsoDate(rule.until)) : endDay - 1;
  const limit = rule.count !== undefined ? Math.max(1, Math.floor(rule.count)) : Infinity;
  let emitted = 0;
  const emit = function* (day: number): Generator<number> {
    if (day < firstDay || day > lastDay || emitted >= limit) return;
    emitted++;
    yield day;
  };
  if (firstDay > lastDay) return;
  yield* emit(firstDay);
  const start = civilOfDay(firstDay);
  switch (rule.freq) {
    case 'daily':
      for (let day = firstDay + interval; day <= lastDay && emitted < limit; day += interval) yield* emit(day);
      return;
    case 'weekly': {
      const days = [...new Set(rule.weekdays?.length ? rule.weekdays : [weekdayOfDay(firstDay)])].sort((a, b) => a - b);
      const monday = firstDay - (weekdayOfDay(firstDay) - 1);
      for (let week = monday; week <= lastDay && emitted < limit; week += 7 * interval) {
        for (const wd of days) {
          const day = week + wd - 1;
          if (day > firstDay) yield* emit(day);
        }
      }
      return;
    }
    case 'monthly': {
      const byWeekday = rule.monthlyBy === 'weekday';
      const weekday = weekdayOfDay(firstDay);
      const nth = rule.nth ?? Math.ceil(start.day / 7);
      for (let k = 0; emitted < limit; k += interval) {
        const index = start.year * 12 + (start.month - 1) + k;
        const year = Math.floor(index / 12);
        const month = (index % 12) + 1;
        if (dayOfCivil(year, month, 1) > lastDay) return;
        let day: number | null;
        if (byWeekday) day = nthWeekdayOfMonth(year, month, weekday, nth);
        else day = start.day <= daysInMonth(year, month) ? dayOfCivil(year, month, start.day) : null;
        if (day !== null && day > firstDay) yield* emit(day);
      }
      return;
    }
    case 'yearly':
      for (let k = interval; emitted < limit; k += interval) {
        if (dayOfCivil(start.year + k, 1, 1) > lastDay) return;
        const date = addMonths(start, 12 * k);
        if (date) yield* emit(dayOfCivil(date.year, date.month, date.day));
      }
      return;
  }
}

function dayOfIsoDate(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? dayOfCivil(Number(m[1]), Number(m[2]), Number(m[3])) : Infinity;
}

/**
 * The series' start instants within `months` calendar months of the first (local dates in the
 * series' zone before the same date that many months later), each at the first occurrence's
 * wall time there; a wall time in a spring-forward gap starts when the clocks jump.
 */
export function occurrences(rule: RecurrenceRule, firstStart: number, zone: string, months = 12): number[] {
  const firstWall = wallAt(zone, firstStart);
  const firstDay = Math.floor(firstWall / DAY);
  const timeOfDay = firstWall - firstDay * DAY;
  const out: number[] = [];
  for (const day of occurrenceDays(rule, firstDay, dayMonthsAfter(firstDay, months))) {
    out.push(day === firstDay ? firstStart : instantOfWall(zone, day * DAY + timeOfDay));
  }
  return out;
}
