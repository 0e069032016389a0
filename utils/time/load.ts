import type { LoadThresholds } from '@/utils/team/types';
import type { Schedule } from './types';
import { mergeSpans, workingSpans, type Spans } from './schedule';
import { DAY, MINUTE, dayOfIsoDate, instantOfWall } from './zone';

export interface LoadInput {
  /** The user's local date, `YYYY-MM-DD`. */
  day: string;
  /** The user's schedule; its zone decides where the day starts and ends. */
  user: Schedule;
  events: ReadonlyArray<{ start: number; end: number }>;
  thresholds: LoadThresholds;
}

export interface MeetingLoad {
  meetings: number;
  /** Minutes of the day in meetings; overlapping meetings count once. */
  meetingMinutes: number;
  /** The longest block inside the user's hours that day with no meeting. */
  longestFreeMinutes: number;
  /** Runs of two or more meetings with at most five minutes between them. */
  backToBackChains: number;
  level: 'ok' | 'heavy' | 'overloaded';
  /** Why the level is what it is, as sentences. */
  reasons: string[];
}

const BACK_TO_BACK_GAP = 5 * MINUTE;

const hours = (minutes: number) => `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;

/** One day's meeting load for the user: counts, free time inside their hours and a level. */
export function meetingLoad({ day, user, events, thresholds }: LoadInput): MeetingLoad {
  const dayNumber = dayOfIsoDate(day);
  const dayStart = instantOfWall(user.zone, dayNumber * DAY);
  const dayEnd = instantOfWall(user.zone, (dayNumber + 1) * DAY);
  const clipped: Spans = [];
  for (const e of events) {
    const s = Math.max(e.start, dayStart);
    const t = Math.min(e.end, dayEnd);
    if (s < t) clipped.push([s, t]);
  }
  clipped.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const busy = mergeSpans(clipped.map(([s, e]) => [s, e] as [number, number]));
  const meetingMinutes = Math.round(busy.reduce((n, [s, e]) => n + (e - s), 0) / MINUTE);

  const work = workingSpans(user, dayStart, dayEnd);
  const workMinutes = Math.round(work.reduce((n, [s, e]) => n + (e - s), 0) / MINUTE);
  const longestFreeMinutes = Math.round(longestGap(work, busy) / MINUTE);

  let chains = 0;
  let chainLength = 1;
  for (let i = 1; i <= clipped.length; i++) {
    const linked = i < clipped.length && clipped[i]![0] - maxEndBefore(clipped, i) <= BACK_TO_BACK_GAP;
    if (linked) chainLength++;
    else {
      if (chainLength >= 2) chains++;
      chainLength = 1;
    }
  }

  const meetings = clipped.length;
  const reasons: string[] = [];
  let level: MeetingLoad['level'] = 'ok';
  if (meetingMinutes >= thresholds.overloadedMinutes) reasons.push(`${hours(meetingMinutes)} of meetings (overloaded from ${hours(thresholds.overloadedMinutes)})`);
  if (meetings >= thresholds.overloadedMeetings) reasons.push(`${meetings} meetings (overloaded from ${thresholds.overloadedMeetings})`);
  if (reasons.length) level = 'overloaded';
  else {
    if (meetingMinutes >= thresholds.heavyMinutes) reasons.push(`${hours(meetingMinutes)} of meetings (heavy from ${hours(thresholds.heavyMinutes)})`);
    if (meetings >= thresholds.heavyMeetings) reasons.push(`${meetings} meetings (heavy from ${thresholds.heavyMeetings})`);
    // Only a day with meetings and room for such a block can have lost it to meetings.
    if (meetings > 0 && workMinutes >= thresholds.minFreeBlockMinutes && longestFreeMinutes < thresholds.minFreeBlockMinutes) {
      reasons.push(`no free block of ${hours(thresholds.minFreeBlockMinutes)} left in your hours`);
    }
    if (reasons.length) level = 'heavy';
  }
  return { meetings, meetingMinutes, longestFreeMinutes, backToBackChains: chains, level, reasons };
}

function maxEndBefore(sorted: Spans, i: number): number {
  let end = -Infinity;
  for (let k = 0; k < i; k++) end = Math.max(end, sorted[k]![1]);
  return end;
}

/** The longest stretch of `work` not covered by `busy` (both sorted, disjoint). */
function longestGap(work: Spans, busy: Spans): number {
  let longest = 0;
  let b = 0;
  for (const [ws, we] of work) {
    let cursor = ws;
    while (b < busy.length && busy[b]![1] <= ws) b++;
    let k = b;
    while (k < busy.length && busy[k]![0] < we) {
      longest = Math.max(longest, Math.min(busy[k]![0], we) - cursor);
      cursor = Math.max(cursor, busy[k]![1]);
      k++;
    }
    longest = Math.max(longest, we - cursor);
  }
  return Math.max(0, longest);
}
