import type { Schedule, Weekday, WorkInterval } from './types';
import type { HolidayCalendar } from './holidays';
import { DAY, MINUTE, instantsOfWall, isoDateOfDay, wallAt, weekdayOfDay } from './zone';
import { parseHHmm, parseWorkDays } from '@/utils/team/schedule-fields';

/** The team-file fields a schedule is made from (a Person, a DomainRule, the user's Me). */
export interface ScheduleFields {
  timeZone?: string;
  workStart?: string;
  workEnd?: string;
  workDays?: string;
  country?: string;
  daysOff?: readonly string[];
}

export const DEFAULT_HOURS = { workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' } as const;

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * A schedule from team-file fields. workEnd earlier than workStart is an overnight shift that
 * belongs to the day it starts on (CONTRACT.md §1); equal start and end mean around the clock.
 * Fields that do not parse fall back to the defaults, as an empty cell does.
 */
export function scheduleOf(fields: ScheduleFields, holidays?: HolidayCalendar): Schedule {
  const start = parseHHmm(fields.workStart ?? '') ?? parseHHmm(DEFAULT_HOURS.workStart)!;
  const rawEnd = parseHHmm(fields.workEnd ?? '') ?? parseHHmm(DEFAULT_HOURS.workEnd)!;
  const end = rawEnd > start ? rawEnd : rawEnd + 1440;
  const days = parseWorkDays(fields.workDays ?? '');
  const weekdays = days && days.length > 0 ? days : parseWorkDays(DEFAULT_HOURS.workDays)!;
  const weekly: Partial<Record<Weekday, WorkInterval[]>> = {};
  for (const day of weekdays) weekly[day] = [{ start, end: Math.min(end, start + 1440) }];
  return {
    zone: fields.timeZone || browserZone(),
    weekly,
    ...(fields.country ? { country: fields.country.toUpperCase() } : {}),
    ...(fields.daysOff?.length ? { daysOff: [...fields.daysOff] } : {}),
    ...(holidays ? { holidays } : {}),
  };
}

/** Why a local date is off although its weekday may be a working day. */
export type DayOff = { kind: 'holiday'; name: string } | { kind: 'personal' } | null;

export function dayOffOn(schedule: Schedule, dayNumber: number): DayOff {
  if (!schedule.country && !schedule.daysOff?.length) return null;
  const iso = isoDateOfDay(dayNumber);
  if (schedule.country && schedule.holidays) {
    const name = schedule.holidays.holidayOn(schedule.country, iso);
    if (name) return { kind: 'holiday', name };
  }
  if (schedule.daysOff?.includes(iso)) return { kind: 'personal' };
  return null;
}

/**
 * CONTRACT.md §1: working when the moment falls on a working day and start ≤ local time < end; an
 * overnight shift belongs to the day it starts on (so a holiday stops the shifts starting on it).
 */
export function isWorkingAt(schedule: Schedule, at: number): boolean {
  const wall = wallAt(schedule.zone, at);
  const day = Math.floor(wall / DAY);
  const minute = (wall - day * DAY) / MINUTE;
  for (const interval of schedule.weekly[weekdayOfDay(day)] ?? []) {
    if (interval.start <= minute && minute < interval.end && !dayOffOn(schedule, day)) return true;
  }
  for (const interval of schedule.weekly[weekdayOfDay(day - 1)] ?? []) {
    if (interval.end > 1440 && minute + 1440 < interval.end && interval.start <= minute + 1440 && !dayOffOn(schedule, day - 1)) return true;
  }
  return false;
}

/** Sorted, disjoint [start, end) instants. */
export type Spans = Array<[number, number]>;

/**
 * The instants in [from, to) when a schedule is working, as sorted disjoint spans: exactly the
 * instants isWorkingAt accepts, including across DST gaps and overlaps.
 */
export function workingSpans(schedule: Schedule, from: number, to: number): Spans {
  if (to <= from) return [];
  const firstDay = Math.floor(wallAt(schedule.zone, from) / DAY) - 2;
  const lastDay = Math.floor(wallAt(schedule.zone, to) / DAY) + 1;
  const raw: Spans = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const intervals = schedule.weekly[weekdayOfDay(day)];
    if (!intervals?.length || dayOffOn(schedule, day)) continue;
    for (const interval of intervals) {
      const wallStart = day * DAY + interval.start * MINUTE;
      for (const [a, b] of instantsOfWall(schedule.zone, wallStart, day * DAY + interval.end * MINUTE)) {
        const s = Math.max(a, from);
        const e = Math.min(b, to);
        if (s < e) raw.push([s, e]);
      }
    }
  }
  return mergeSpans(raw);
}

export function mergeSpans(spans: Spans): Spans {
  spans.sort((x, y) => x[0] - y[0]);
  const out: Spans = [];
  for (const [s, e] of spans) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** The instants in both lists. */
export function intersectSpans(a: Spans, b: Spans): Spans {
  const out: Spans = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i]![0], b[j]![0]);
    const e = Math.min(a[i]![1], b[j]![1]);
    if (s < e) out.push([s, e]);
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return out;
}

/** Total ms of the spans inside [from, to). */
export function coveredMs(spans: Spans, from: number, to: number): number {
  let total = 0;
  for (const [s, e] of spans) {
    if (e <= from) continue;
    if (s >= to) break;
    total += Math.min(e, to) - Math.max(s, from);
  }
  return total;
}
