import type { Recipient } from './send';
import { cityOf } from './names';
import { DAY, instantOfWall, isoDateOfDay, localWallTime, wallAt } from './zone';

export interface DstShift {
  key: string;
  label: string;
  zone: string;
  /** The organizer's local date of the first occurrence at the new time, `YYYY-MM-DD`. */
  fromDate: string;
  /** The guest's local `HH:mm` before and from that date. */
  before: string;
  after: string;
  message: string;
}

export interface DstInput {
  /** The first occurrence's start; the meeting repeats weekly at the same wall time for the organizer. */
  firstStart: number;
  organizerZone: string;
  guests: readonly Recipient[];
  horizonMonths?: number;
  /** Look from the occurrence in effect now (defaults to the first one). */
  now?: number;
}

const WEEK = 7 * DAY;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2027-03-14` → "14 Mar 2027". */
export function readableDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/**
 * For a weekly meeting, each date within the horizon from which a guest's local time for it changes
 * because either side changes its clocks: "From 14 Mar 2027 this is 08:00 for Sydney, was 09:00."
 */
export function dstShifts(input: DstInput): DstShift[] {
  const { firstStart, organizerZone } = input;
  const firstWall = wallAt(organizerZone, firstStart);
  const occurrence = (k: number) => instantOfWall(organizerZone, firstWall + k * WEEK);
  const now = input.now ?? firstStart;
  let k = Math.max(0, Math.floor((now - firstStart) / WEEK));
  while (k > 0 && occurrence(k) > now) k--;
  const startK = k;
  const horizonEnd = occurrence(startK) + (input.horizonMonths ?? 6) * 30.44 * DAY;
  const shifts: DstShift[] = [];
  for (const guest of input.guests) {
    if (!guest.schedule) continue;
    const zone = guest.schedule.zone;
    let previous = localWallTime(occurrence(startK), zone).slice(11);
    for (let i = startK + 1; occurrence(i) <= horizonEnd; i++) {
      const at = occurrence(i);
      const time = localWallTime(at, zone).slice(11);
      if (time !== previous) {
        const fromDate = isoDateOfDay(Math.floor(wallAt(organizerZone, at) / DAY));
        const place = cityOf(zone);
        const who = guest.label && guest.label !== place ? `${guest.label} (${place})` : place;
        shifts.push({
          key: guest.key,
          label: guest.label,
          zone,
          fromDate,
          before: previous,
          after: time,
          message: `From ${readableDate(fromDate)} this is ${time} for ${who}, was ${previous}.`,
        });
        previous = time;
      }
    }
  }
  return shifts.sort((a, b) => a.fromDate.localeCompare(b.fromDate));
}
