import { DateTime } from 'luxon';
import { isWorkingAt, scheduleOf, statusAt } from '@/utils/time';
import type { DayRelation, Schedule, Status } from '@/utils/time/types';
import type { Span } from './overlap';
import type { Person } from './types';

/**
 * The popup's team clocks as data: each person's status and wall time at a moment, and their
 * working hours laid on the user's day. Pure: the moment and zones are arguments. People who share
 * a schedule (same zone, hours, days, country) are computed once, which is most of a large team.
 */

export interface UserDay {
  zone: string;
  /** The user's local midnight and the next one (23 or 25 hours apart on DST days). */
  start: number;
  end: number;
  /** `YYYY-MM-DD` */
  date: string;
}

export function userDayOf(at: number, zone: string): UserDay {
  const start = DateTime.fromMillis(at, { zone }).startOf('day');
  return { zone, start: start.toMillis(), end: start.plus({ days: 1 }).toMillis(), date: start.toISODate() ?? '' };
}

/** The instant of a wall time (minutes after midnight) on the user's day. */
export function atUserMinute(day: UserDay, minutes: number): number {
  return DateTime.fromMillis(day.start, { zone: day.zone })
    .set({ hour: Math.floor(minutes / 60), minute: minutes % 60 })
    .toMillis();
}

/** Minutes after the user's midnight of an instant on that day. */
export function userMinuteOf(day: UserDay, at: number): number {
  const t = DateTime.fromMillis(at, { zone: day.zone });
  return t.hour * 60 + t.minute;
}

/**
 * A schedule's working periods that touch [from, to), clipped to it. Each period is checked with
 * the engine's isWorkingAt at its start, so holidays and days off drop out exactly as the engine says.
 */
export function workingSpans(schedule: Schedule, from: number, to: number): Span[] {
  const spans: Span[] = [];
  const first = DateTime.fromMillis(from, { zone: schedule.zone }).startOf('day').minus({ days: 1 });
  const last = DateTime.fromMillis(to, { zone: schedule.zone }).startOf('day');
  for (let day = first; day <= last; day = day.plus({ days: 1 })) {
    for (const interval of schedule.weekly[day.weekday as keyof Schedule['weekly']] ?? []) {
      const start = wallTime(day, interval.start);
      const end = wallTime(day, interval.end);
      if (end <= from || start >= to || end <= start) continue;
      if (!isWorkingAt(schedule, start)) continue;
      spans.push({ start: Math.max(start, from), end: Math.min(end, to) });
    }
  }
  return spans;
}

function wallTime(day: DateTime, minutes: number): number {
  return day.plus({ days: Math.floor(minutes / 1440) }).set({ hour: Math.floor((minutes % 1440) / 60), minute: minutes % 60 }).toMillis();
}

export interface ClockRow {
  person: Person;
  /** What the row shows as the name: the name, else the address. */
  label: string;
  status: Exclude<Status, 'unknown'>;
  zone: string;
  zoneAbbr: string;
  /** `YYYY-MM-DDTHH:mm`, their wall time at the moment. */
  localTime: string;
  dayRelation: DayRelation;
  offsetFromUserMinutes: number;
  nextWorkStart: number | null;
  holidayName?: string;
  /** Their working periods on the user's day. */
  spans: Span[];
}

export function scheduleKey(person: Person): string {
  return [person.timeZone, person.workStart, person.workEnd, person.workDays, person.country ?? '', (person.daysOff ?? []).join(',')].join('|');
}

export function clockRows(people: readonly Person[], at: number, day: UserDay): ClockRow[] {
  const shared = new Map<string, Omit<ClockRow, 'person' | 'label'>>();
  return people.map((person) => {
    const key = scheduleKey(person);
    let computed = shared.get(key);
    if (!computed) {
      const schedule = scheduleOf(person);
      const s = statusAt(schedule, at, day.zone);
      computed = {
        status: s.status,
        zone: s.zone,
        zoneAbbr: s.zoneAbbr,
        localTime: s.localTime,
        dayRelation: s.dayRelation,
        offsetFromUserMinutes: s.offsetFromUserMinutes,
        nextWorkStart: s.nextWorkStart,
        ...(s.holidayName ? { holidayName: s.holidayName } : {}),
        spans: spansFor(schedule, key, day),
      };
      shared.set(key, computed);
    }
    return { person, label: person.name || person.email || person.id, ...computed };
  });
}

/** Spans depend only on the schedule and the user's day, not on the moment: keep them for the day. */
const spanCache = new Map<string, Span[]>();
let spanCacheDay = '';

function spansFor(schedule: Schedule, key: string, day: UserDay): Span[] {
  const dayKey = `${day.zone}|${day.start}`;
  if (dayKey !== spanCacheDay) {
    spanCache.clear();
    spanCacheDay = dayKey;
  }
  let spans = spanCache.get(key);
  if (!spans) {
    spans = workingSpans(schedule, day.start, day.end);
    spanCache.set(key, spans);
  }
  return spans;
}

/** "+8 h", "−5:30 h", "same time" */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'same time';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''} h`;
}

/** "in 2 h 15 min", "Mon 09:00" (their wall time) for when someone is back at work. */
export function formatBack(next: number | null, at: number, zone: string): string | null {
  if (next === null) return null;
  const minutes = Math.round((next - at) / 60_000);
  if (minutes <= 0) return null;
  if (minutes < 60) return `back in ${minutes} min`;
  if (minutes < 12 * 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return `back in ${h} h${m ? ` ${m} min` : ''}`;
  }
  return `back ${DateTime.fromMillis(next, { zone }).toFormat('ccc HH:mm')}`;
}

/** "09:00–17:00" in the user's time for a span. */
export function formatSpan(span: Span, zone: string): string {
  const f = (t: number) => DateTime.fromMillis(t, { zone }).toFormat('HH:mm');
  return `${f(span.start)}–${f(span.end)}`;
}

export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h && m ? `${h} h ${m} min` : h ? `${h} h` : `${m} min`;
}
