import type { Recipient } from './send';
import { cityOf } from './names';
import { occurrences, WEEKLY, type RecurrenceRule } from './recurrence';
import { DAY, isoDateOfDay, localWallTime, wallAt } from './zone';

/** CONTRACT.md §2 `dst-shift`: one person whose local start for the series changes. */
export interface DstShift {
  key: string;
  label: string;
  zone: string;
  /** The organizer's own row (their calendar zone differs from the series' zone). */
  self: boolean;
  /** The organizer's local date of the first occurrence at the new time, `YYYY-MM-DD`. */
  fromDate: string;
  /** The person's local `HH:mm` at the first occurrence, and at that one. */
  before: string;
  after: string;
  message: string;
}

export interface DstInput {
  /** The first occurrence's start. */
  firstStart: number;
  /** The series as the editor states it; weekly when not known. */
  rule?: RecurrenceRule;
  /** The zone whose wall time the series keeps (the event's own zone); defaults to the organizer's. */
  seriesZone?: string;
  /** The organizer's calendar zone: dates are said in it. */
  organizerZone: string;
  guests: readonly Recipient[];
  /** The organizer as a person: their local start shifts too when the series keeps another zone's time. */
  organizer?: { key: string; label: string };
  /** How far to look, in calendar months after the first occurrence (12). */
  horizonMonths?: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2027-03-14` → "14 Mar 2027". */
export function readableDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/**
 * For each person (guests, and the organizer), the first occurrence of the series within the
 * horizon whose start reads differently on their clock than the first occurrence's did — because
 * either side changes its clocks: "From 14 Mar 2027 this is 08:00 for Sydney, was 09:00."
 */
export function dstShifts(input: DstInput): DstShift[] {
  const { firstStart, organizerZone } = input;
  const seriesZone = input.seriesZone ?? organizerZone;
  const starts = occurrences(input.rule ?? WEEKLY, firstStart, seriesZone, input.horizonMonths ?? 12);
  const people: Array<{ key: string; label: string; zone: string; self: boolean }> = input.guests.flatMap((g) => (g.schedule ? [{ key: g.key, label: g.label, zone: g.schedule.zone, self: false }] : []));
  if (input.organizer) people.push({ ...input.organizer, zone: organizerZone, self: true });
  const shifts: DstShift[] = [];
  for (const person of people) {
    const before = localWallTime(firstStart, person.zone).slice(11);
    const at = starts.find((s) => localWallTime(s, person.zone).slice(11) !== before);
    if (at === undefined) continue;
    const after = localWallTime(at, person.zone).slice(11);
    const fromDate = isoDateOfDay(Math.floor(wallAt(organizerZone, at) / DAY));
    const place = cityOf(person.zone);
    const who = person.self ? 'you' : person.label && person.label !== place ? `${person.label} (${place})` : place;
    shifts.push({ key: person.key, label: person.label, zone: person.zone, self: person.self, fromDate, before, after, message: `From ${readableDate(fromDate)} this is ${after} for ${who}, was ${before}.` });
  }
  return shifts.sort((a, b) => a.fromDate.localeCompare(b.fromDate));
}
