import type { DayRelation, PersonStatus, Schedule } from './types';
import { dayOffOn, isWorkingAt, workingSpans } from './schedule';
import { zoneAbbr } from './names';
import { DAY, MINUTE, localWallTime, offsetAt, wallAt, weekdayOfDay } from './zone';

/** How far ahead statusAt looks for the next working period. */
const NEXT_WORK_HORIZON = 30 * DAY;

/**
 * A person's status at an instant (CONTRACT.md §2): working; else holiday on a public holiday of
 * their country; else weekend on a day that is not a working day (or a personal day off); else
 * off-hours. With their wall time, zone name, offset from the user and day relative to the user's.
 */
export function statusAt(schedule: Schedule, at: number, userZone: string): PersonStatus {
  const zone = schedule.zone;
  const wall = wallAt(zone, at);
  const day = Math.floor(wall / DAY);
  const userDay = Math.floor(wallAt(userZone, at) / DAY);
  const working = isWorkingAt(schedule, at);
  const off = working ? null : dayOffOn(schedule, day);
  const status: PersonStatus['status'] = working
    ? 'working'
    : off?.kind === 'holiday'
      ? 'holiday'
      : off || !schedule.weekly[weekdayOfDay(day)]?.length
        ? 'weekend'
        : 'off-hours';
  return {
    status,
    zone,
    localTime: localWallTime(at, zone),
    zoneAbbr: zoneAbbr(zone, at),
    offsetFromUserMinutes: (offsetAt(zone, at) - offsetAt(userZone, at)) / MINUTE,
    dayRelation: relation(day - userDay),
    nextWorkStart: nextWorkStart(schedule, at),
    ...(off?.kind === 'holiday' ? { holidayName: off.name } : {}),
  };
}

function relation(diff: number): DayRelation {
  return diff < 0 ? 'yesterday' : diff > 0 ? 'tomorrow' : 'today';
}

/** The start of the working period containing `at`, else of the next one within 30 days, else null. */
export function nextWorkStart(schedule: Schedule, at: number): number | null {
  // Most people work within a few days: look at a short window first, then at the rest.
  // Two days back so a period already running reports its real start.
  for (const [from, to] of [[at - 2 * DAY, at + 3 * DAY], [at + 3 * DAY, at + NEXT_WORK_HORIZON]] as const) {
    for (const [start, end] of workingSpans(schedule, from, to)) if (end > at) return start;
  }
  return null;
}
