import { IANAZone } from 'luxon';

/**
 * Zone arithmetic on epoch milliseconds. A zone's offset is constant between transitions, so each
 * UTC day is cut into at most a few pieces of constant offset, found once and cached: every later
 * question (offset, wall time, the instants of a wall-time range) is plain arithmetic on them.
 */

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

interface Piece {
  from: number;
  to: number;
  /** Offset from UTC in ms during [from, to). */
  offset: number;
}

const zones = new Map<string, IANAZone>();
/** Pieces by zone, then by UTC day number (nested maps: no key strings built on the hot path). */
const dayPieces = new Map<string, Map<number, Piece[]>>();
let cachedDays = 0;

function ianaZone(zone: string): IANAZone {
  let z = zones.get(zone);
  if (!z) {
    z = IANAZone.create(zone);
    if (!z.isValid) throw new RangeError(`Unknown time zone "${zone}"`);
    zones.set(zone, z);
  }
  return z;
}

/** True for an IANA zone name this runtime knows. */
export function isValidZone(zone: string): boolean {
  return typeof zone === 'string' && zone.length > 0 && IANAZone.isValidZone(zone);
}

function rawOffset(zone: IANAZone, at: number): number {
  return zone.offset(at) * MINUTE;
}

/** The first instant in (lo, hi] whose offset differs from lo's; offsets change at most once in it. */
function transitionBetween(zone: IANAZone, lo: number, hi: number): number {
  const before = rawOffset(zone, lo);
  // To the millisecond: a transition found to the second would misplace the instants around it.
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (rawOffset(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Constant-offset pieces covering one UTC day (day number since the epoch). */
function piecesOfDay(zoneName: string, dayNumber: number): Piece[] {
  let byDay = dayPieces.get(zoneName);
  let pieces = byDay?.get(dayNumber);
  if (pieces) return pieces;
  const zone = ianaZone(zoneName);
  const start = dayNumber * DAY;
  pieces = [];
  // Six-hour probes: no zone changes its offset twice within six hours.
  let from = start;
  let offset = rawOffset(zone, start);
  for (let probe = start + 6 * HOUR; probe <= start + DAY; probe += 6 * HOUR) {
    const next = rawOffset(zone, probe);
    if (next !== offset) {
      const at = transitionBetween(zone, probe - 6 * HOUR, probe);
      if (at > from) pieces.push({ from, to: at, offset });
      from = at;
      offset = next;
    }
  }
  pieces.push({ from, to: start + DAY, offset });
  if (++cachedDays > 200_000) {
    dayPieces.clear();
    cachedDays = 0;
    byDay = undefined;
  }
  if (!byDay) {
    byDay = new Map();
    dayPieces.set(zoneName, byDay);
  }
  byDay.set(dayNumber, pieces);
  return pieces;
}

/** Offset from UTC of a zone at an instant, in ms. */
export function offsetAt(zone: string, at: number): number {
  const pieces = piecesOfDay(zone, Math.floor(at / DAY));
  for (const piece of pieces) if (at < piece.to) return piece.offset;
  return pieces[pieces.length - 1]!.offset;
}

/** The wall clock at an instant as ms since 1970-01-01T00:00 local (continuous, jumps at transitions). */
export function wallAt(zone: string, at: number): number {
  return at + offsetAt(zone, at);
}

/** The local calendar day at an instant, as days since 1970-01-01. */
export function localDayNumber(zone: string, at: number): number {
  return Math.floor(wallAt(zone, at) / DAY);
}

/**
 * Every instant whose wall clock lies in [wallFrom, wallTo), as sorted disjoint intervals. Usually
 * one; empty inside a spring-forward gap; two when an autumn overlap repeats part of the range.
 */
export function instantsOfWall(zone: string, wallFrom: number, wallTo: number): Array<[number, number]> {
  if (wallTo <= wallFrom) return [];
  // Offsets lie within −12 h … +14 h, so the instants lie within these UTC days.
  const firstDay = Math.floor((wallFrom - 15 * HOUR) / DAY);
  const lastDay = Math.floor((wallTo + 13 * HOUR) / DAY);
  const out: Array<[number, number]> = [];
  for (let day = firstDay; day <= lastDay; day++) {
    for (const piece of piecesOfDay(zone, day)) {
      const from = Math.max(piece.from, wallFrom - piece.offset);
      const to = Math.min(piece.to, wallTo - piece.offset);
      if (from >= to) continue;
      const last = out[out.length - 1];
      if (last && last[1] >= from) last[1] = Math.max(last[1], to);
      else out.push([from, to]);
    }
  }
  return out;
}

/**
 * The instant a wall time names: the earlier of two in an overlap; in a gap, the moment the
 * clocks jump (the first instant whose wall time is later).
 */
export function instantOfWall(zone: string, wall: number): number {
  const spans = instantsOfWall(zone, wall, wall + DAY);
  return spans.length ? spans[0]![0] : wall - offsetAt(zone, wall);
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * `YYYY-MM-DD` of a day number, by civil-calendar arithmetic (H. Hinnant's days-to-civil): a hot
 * path (every wall time shown), where building a Date and an ISO string cost most of a status.
 */
export function isoDateOfDay(dayNumber: number): string {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  // Years outside 0000–9999 keep Date's form (±YYYYYY), so nothing changes for them.
  if (year < 0 || year > 9999) return new Date(dayNumber * DAY).toISOString().slice(0, 10);
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${pad(month)}-${pad(day)}`;
}

/** Day number of a `YYYY-MM-DD` date. */
export function dayOfIsoDate(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

/** Luxon weekday (1 = Monday … 7 = Sunday) of a day number; 1970-01-01 was a Thursday. */
export function weekdayOfDay(dayNumber: number): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return ((((dayNumber + 3) % 7) + 7) % 7 + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** A wall clock (ms since local epoch) as `YYYY-MM-DDTHH:mm`. */
export function formatWall(wall: number): string {
  const day = Math.floor(wall / DAY);
  const minutes = Math.floor((wall - day * DAY) / MINUTE);
  return `${isoDateOfDay(day)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A person's wall time at an instant, `YYYY-MM-DDTHH:mm` (CONTRACT.md §2). */
export function localWallTime(at: number, zone: string): string {
  return formatWall(wallAt(zone, at));
}

/** An instant as ISO 8601 UTC to the minute, `2026-11-23T14:05Z` (CONTRACT.md §2). */
export function toIsoUtcMinute(at: number): string {
  return `${new Date(Math.floor(at / MINUTE) * MINUTE).toISOString().slice(0, 16)}Z`;
}
