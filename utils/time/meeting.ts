import type { Schedule, Status } from './types';
import type { Recipient } from './send';
import { coveredMs, workingSpans, type Spans } from './schedule';
import { statusAt } from './status';
import { MINUTE, localWallTime } from './zone';

export interface GuestFit {
  key: string;
  label: string;
  status: Status;
  zone?: string;
  /** Their wall times at the meeting's start and end, `YYYY-MM-DDTHH:mm`. */
  localStart?: string;
  localEnd?: string;
  /** The whole meeting lies inside their working hours. */
  insideHours: boolean;
  /** Minutes of the meeting outside their hours (0 for unknown guests). */
  minutesOutside: number;
}

export interface MeetingInput {
  start: number;
  end: number;
  userZone: string;
  guests: readonly Recipient[];
}

/** Each guest's local start and end, status at the start, and how much of the meeting is outside their hours. */
export function meetingFit({ start, end, userZone, guests }: MeetingInput): GuestFit[] {
  return guests.map((guest) => fitOf(guest, start, end, userZone, guest.schedule ? workingSpans(guest.schedule, start, end) : []));
}

function fitOf(guest: Recipient, start: number, end: number, userZone: string, spans: Spans): GuestFit {
  if (!guest.schedule) return { key: guest.key, label: guest.label, status: 'unknown', insideHours: false, minutesOutside: 0 };
  const outsideMs = end - start - coveredMs(spans, start, end);
  return {
    key: guest.key,
    label: guest.label,
    status: statusAt(guest.schedule, start, userZone).status,
    zone: guest.schedule.zone,
    localStart: localWallTime(start, guest.schedule.zone),
    localEnd: localWallTime(end, guest.schedule.zone),
    insideHours: outsideMs <= 0,
    minutesOutside: Math.ceil(outsideMs / MINUTE),
  };
}

export interface FairSlotsInput {
  guests: readonly Recipient[];
  durationMinutes: number;
  /** Slots start at or after `from` and end by `to`. */
  from: number;
  to: number;
  userZone: string;
  /** Slot starts fall on multiples of this many minutes (every zone's offset is a multiple of 15). */
  stepMinutes?: number;
  count?: number;
  /** How often each guest (by key) was recently asked to meet outside their hours. */
  ledger?: Readonly<Record<string, number>>;
  /** Only slots that do not overlap a better one. */
  distinct?: boolean;
}

export interface SlotRank {
  start: number;
  end: number;
  /** Known guests not inside their hours for the whole slot. */
  outsideCount: number;
  minutesOutside: number;
  /** Sum of the ledger counts of the guests the slot puts outside their hours. */
  burden: number;
  fits: GuestFit[];
}

/**
 * The best slots for everyone: ranked by everyone inside hours, then fewest people outside, then
 * fewest minutes outside, then (among equals) sparing those asked outside their hours most often
 * recently, then earliest. Each guest's working time is prefix-summed once, so every candidate
 * costs one lookup per guest.
 */
export function fairSlots(input: FairSlotsInput): SlotRank[] {
  const step = (input.stepMinutes ?? 15) * MINUTE;
  const duration = input.durationMinutes * MINUTE;
  const count = input.count ?? 3;
  // A step of zero (or less) would never advance: no slots rather than a hung page.
  if (duration <= 0 || step <= 0 || input.to - input.from < duration) return [];
  const known = input.guests.filter((g): g is Recipient & { schedule: Schedule } => g.schedule !== null);
  const first = Math.ceil(input.from / step) * step;
  const last = input.to - duration;
  if (first > last) return [];
  const cumulative = known.map((g) => cumulativeWork(workingSpans(g.schedule, first, last + duration)));
  const ledger = input.ledger ?? {};
  const ranked: Array<Omit<SlotRank, 'fits'>> = [];
  for (let start = first; start <= last; start += step) {
    const end = start + duration;
    let outsideCount = 0;
    let outsideMs = 0;
    let burden = 0;
    for (let g = 0; g < known.length; g++) {
      const out = duration - (cumulative[g]!(end) - cumulative[g]!(start));
      if (out > 0) {
        outsideCount++;
        outsideMs += out;
        burden += ledger[known[g]!.key] ?? 0;
      }
    }
    ranked.push({ start, end, outsideCount, minutesOutside: Math.ceil(outsideMs / MINUTE), burden });
  }
  ranked.sort((a, b) => a.outsideCount - b.outsideCount || a.minutesOutside - b.minutesOutside || a.burden - b.burden || a.start - b.start);
  const chosen: typeof ranked = [];
  for (const slot of ranked) {
    if (chosen.length >= count) break;
    if (input.distinct && chosen.some((c) => slot.start < c.end && c.start < slot.end)) continue;
    chosen.push(slot);
  }
  return chosen.map((slot) => ({ ...slot, fits: meetingFit({ start: slot.start, end: slot.end, userZone: input.userZone, guests: input.guests }) }));
}

/** Working ms from the first span's start up to an instant, by binary search over the span ends. */
function cumulativeWork(spans: Spans): (at: number) => number {
  const before: number[] = [];
  let total = 0;
  for (const [s, e] of spans) {
    before.push(total);
    total += e - s;
  }
  return (at) => {
    // The first span that ends after `at`.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]![1] <= at) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= spans.length) return total;
    return before[lo]! + Math.max(0, at - spans[lo]![0]);
  };
}
