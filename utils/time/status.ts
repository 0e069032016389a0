import type { DayRelation, PersonStatus, Schedule } from './types';
import { dayOffOn, isWorkingAt, workingSpans } from './schedule';
import { zoneAbbr } from './names';
import { DAY, MINUTE, instantsOfWall, localWallTime, offsetAt, wallAt, weekdayOfDay } from './zone';

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

/**
 * The start of the working period containing `at`, else of the next one within 30 days, else null.
 * A period still running 30 days back (around the clock every day) reports its start as 30 days back.
 */
export function nextWorkStart(schedule: Schedule, at: number): number | null {
  if (isWorkingAt(schedule, at)) {
    // Look back for the real start: a window's first span may only be cut off by the window, as a
    // Monday-to-Friday round-the-clock week would be two days back (it once reported that cut).
    for (let back = 2 * DAY; ; back = Math.min(back * 4, NEXT_WORK_HORIZON)) {
      const spans = workingSpans(schedule, at - back, at + 1);
      const start = spans[spans.length - 1]?.[0] ?? at;
      if (start > at - back || back >= NEXT_WORK_HORIZON) return start;
    }
  }
  return firstStartAfter(schedule, at);
}

/**
 * When not working at `at`: the earliest start of a working interval after it, within the horizon.
 * Day by day from the day before (an autumn overlap can put a later instant on an earlier wall
 * day), stopping a day after the first find (wall order is instant order except inside an
 * overlap, which is shorter than a day). Cheaper than building spans for a window: this runs
 * once per person per clock tick.
 */
function firstStartAfter(schedule: Schedule, at: number): number | null {
  const firstDay = Math.floor(wallAt(schedule.zone, at) / DAY) - 1;
  let best = Infinity;
  let stopAfter = firstDay + NEXT_WORK_HORIZON / DAY + 1;
  for (let day = firstDay; day <= stopAfter; day++) {
    const intervals = schedule.weekly[weekdayOfDay(day)];
    if (!intervals?.length || dayOffOn(schedule, day)) continue;
    for (const interval of intervals) {
      for (const [start, end] of instantsOfWall(schedule.zone, day * DAY + interval.start * MINUTE, day * DAY + interval.end * MINUTE)) {
        // Not working at `at`, so a span that ends after it also starts after it.
        if (end > at && start < best) best = start;
      }
    }
    if (best !== Infinity && stopAfter > day + 1) stopAfter = day + 1;
  }
  return best < at + NEXT_WORK_HORIZON ? best : null;
}
