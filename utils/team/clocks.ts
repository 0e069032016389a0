import { DateTime, FixedOffsetZone } from 'luxon';
import { isWorkingAt, localDayNumber, NO_HOLIDAYS, offsetAt, scheduleOf, statusAt, type HolidayCalendar } from '@/utils/time';
import type { DayRelation, Schedule, Status, Weekday } from '@/utils/time/types';
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
 * A schedule's working periods that touch [from, to), clipped to it. Wall times become instants by
 * plain arithmetic over the zone's offset (the engine's, cached per zone and day, exact across DST);
 * whether a date is a day off (public holiday, personal day off) is the engine's call, asked once
 * per zone, country and date.
 */
export function workingSpans(schedule: Schedule, from: number, to: number): Span[] {
  const spans: Span[] = [];
  const zone = schedule.zone;
  const firstDay = localDayNumber(zone, from) - 1;
  const lastDay = localDayNumber(zone, to);
  for (let dayNumber = firstDay; dayNumber <= lastDay; dayNumber++) {
    const weekday = (((new Date(dayNumber * DAY).getUTCDay() + 6) % 7) + 1) as Weekday;
    const intervals = schedule.weekly[weekday];
    if (!intervals?.length) continue;
    let off: boolean | undefined;
    for (const interval of intervals) {
      const start = wallToInstant(zone, dayNumber, interval.start);
      const end = wallToInstant(zone, dayNumber, interval.end);
      if (end <= from || start >= to || end <= start) continue;
      off ??= isDayOff(schedule, dayNumber);
      if (off) break;
      spans.push({ start: Math.max(start, from), end: Math.min(end, to) });
    }
  }
  return spans;
}

const DAY = 86_400_000;

/** The instant of a wall time (minutes after local midnight, may pass 24:00) on a local date. */
function wallToInstant(zone: string, dayNumber: number, minutes: number): number {
  const wall = dayNumber * DAY + minutes * 60_000;
  const guess = wall - offsetAt(zone, wall);
  return wall - offsetAt(zone, guess);
}

const dayOffCache = new Map<string, boolean>();

/** A working weekday that is a day off anyway (holiday, personal day off), as the engine says. */
function isDayOff(schedule: Schedule, dayNumber: number): boolean {
  if (!schedule.country && !schedule.daysOff?.length) return false;
  const key = `${schedule.zone}|${schedule.country ?? ''}|${schedule.daysOff?.join(',') ?? ''}|${dayNumber}`;
  let off = dayOffCache.get(key);
  if (off === undefined) {
    if (dayOffCache.size > 10_000) dayOffCache.clear();
    // A probe that works all day every day: not working at local noon means the date itself is off.
    const probe: Schedule = { ...schedule, weekly: ALL_DAY };
    off = !isWorkingAt(probe, wallToInstant(schedule.zone, dayNumber, 12 * 60));
    dayOffCache.set(key, off);
  }
  return off;
}

const ALL_DAY: Schedule['weekly'] = { 1: [{ start: 0, end: 1440 }], 2: [{ start: 0, end: 1440 }], 3: [{ start: 0, end: 1440 }], 4: [{ start: 0, end: 1440 }], 5: [{ start: 0, end: 1440 }], 6: [{ start: 0, end: 1440 }], 7: [{ start: 0, end: 1440 }] };

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

type SharedRow = Omit<ClockRow, 'person' | 'label'>;
/** Rows of the last moment asked for, by schedule: the popup asks again as more rows come in. */
let shared = new Map<string, SharedRow>();
let sharedMoment = '';

/**
 * Every cache here assumes one holiday calendar: when the store hands out a new one, they all start
 * again (it changes only when the background recomputes the holiday cache).
 */
let cachesCalendar: HolidayCalendar = NO_HOLIDAYS;
function keepCachesFor(holidays: HolidayCalendar): void {
  if (holidays === cachesCalendar) return;
  cachesCalendar = holidays;
  shared = new Map();
  sharedMoment = '';
  spanCache.clear();
  spanCacheDay = '';
  dayOffCache.clear();
}

export function clockRows(people: readonly Person[], at: number, day: UserDay, holidays: HolidayCalendar = NO_HOLIDAYS): ClockRow[] {
  keepCachesFor(holidays);
  const moment = `${at}|${day.zone}|${day.start}`;
  if (moment !== sharedMoment) {
    shared = new Map();
    sharedMoment = moment;
  }
  return people.map((person) => {
    const key = scheduleKey(person);
    let computed = shared.get(key);
    if (!computed) {
      const schedule = scheduleOf(person, holidays);
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
        spans: spansFor(() => schedule, key, day),
      };
      shared.set(key, computed);
    }
    return { person, label: person.name || person.email || person.id, ...computed };
  });
}

/** Spans depend only on the schedule and the user's day, not on the moment: keep them for the day. */
const spanCache = new Map<string, Span[]>();
let spanCacheDay = '';

function spansFor(schedule: () => Schedule, key: string, day: UserDay): Span[] {
  const dayKey = `${day.zone}|${day.start}`;
  if (dayKey !== spanCacheDay) {
    spanCache.clear();
    spanCacheDay = dayKey;
  }
  let spans = spanCache.get(key);
  if (!spans) {
    spans = workingSpans(schedule(), day.start, day.end);
    spanCache.set(key, spans);
  }
  return spans;
}

/** Their working periods on the user's day, for the overlap: shared per schedule like the rows'. */
export function spansOfPeople(people: readonly Person[], day: UserDay, holidays: HolidayCalendar = NO_HOLIDAYS): Span[][] {
  keepCachesFor(holidays);
  return people.map((person) => spansFor(() => scheduleOf(person, holidays), scheduleKey(person), day));
}

/** West to east (by each zone's offset at the moment), then by name: the popup's order. */
export function sortByZone(people: readonly Person[], at: number): Person[] {
  const keyed = people.map((person) => ({ person, offset: sortOffset(person.timeZone, at), label: (person.name || person.email || '').toLowerCase() }));
  keyed.sort((a, b) => a.offset - b.offset || a.label.localeCompare(b.label));
  return keyed.map((k) => k.person);
}

/** The engine's offset, or NaN for a zone this runtime does not know (as luxon answers). */
function sortOffset(zone: string, at: number): number {
  try {
    return offsetAt(zone, at);
  } catch {
    return Number.NaN;
  }
}

/** People whose name, address or zone contain every word of the query. */
export function matchPeople(people: readonly Person[], query: string): readonly Person[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return people;
  return people.filter((p) => {
    const hay = `${p.name ?? ''} ${p.email ?? ''} ${p.timeZone.replace(/_/g, ' ')} ${p.country ?? ''}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
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
  return `back ${atOffset(next, zone).toFormat('ccc HH:mm')}`;
}

/**
 * A DateTime for formatting a wall time: at the zone's offset as the engine knows it (cached per
 * zone and day), so luxon formats without asking Intl for the zone's offset on every call.
 */
function atOffset(at: number, zone: string): DateTime {
  return DateTime.fromMillis(at, { zone: FixedOffsetZone.instance(offsetAt(zone, at) / 60_000) });
}

/** "09:00–17:00" in the user's time for a span. */
export function formatSpan(span: Span, zone: string): string {
  const f = (t: number) => atOffset(t, zone).toFormat('HH:mm');
  return `${f(span.start)}–${f(span.end)}`;
}

export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h && m ? `${h} h ${m} min` : h ? `${h} h` : `${m} min`;
}
