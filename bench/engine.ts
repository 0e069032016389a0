/**
 * Engine bench: the three figures issue 3 sets targets for, each against a plain minute-by-minute
 * scan over the same inputs (written here, using only isWorkingAt) as the same-run baseline.
 */
import { fairSlots, isWorkingAt, scheduleOf, statusAt, suggestSendTime, type Recipient } from '@/utils/time';
import type { Schedule } from '@/utils/time/types';
import { DateTime } from 'luxon';
import { median } from './report';

export interface EngineBenchRow {
  name: string;
  medianMs: number;
  baselineMs?: number;
  ratio?: number;
  targetMs?: number;
}

const ZONES = ['Asia/Tokyo', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'America/Los_Angeles', 'Asia/Kathmandu', 'Pacific/Auckland', 'America/Sao_Paulo', 'Africa/Lagos', 'Asia/Dubai', 'Pacific/Chatham'];
const HOURS = [['09:00', '17:00'], ['08:00', '16:30'], ['10:00', '18:00'], ['22:00', '06:00']] as const;
const DAYS = ['Mon-Fri', 'Sun-Thu', 'Mon-Fri', 'Sat-Wed'];
const MINUTE = 60_000;
const DAY = 86_400_000;

function schedules(count: number): Schedule[] {
  return Array.from({ length: count }, (_, i) =>
    scheduleOf({ timeZone: ZONES[i % ZONES.length]!, workStart: HOURS[i % HOURS.length]![0], workEnd: HOURS[i % HOURS.length]![1], workDays: DAYS[i % DAYS.length]! }),
  );
}

function time(fn: () => unknown, iterations: number, warmup = 10): number {
  // Warm up so the JIT has compiled the hot paths and the zone caches hold the days asked about.
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/** Baseline: luxon for the wall time and zone name, and the next start found minute by minute. */
function naiveStatus(s: Schedule, now: number): { working: boolean; local: string; abbr: string; next: number | null } {
  const local = DateTime.fromMillis(now, { zone: s.zone });
  let next: number | null = null;
  for (let at = Math.ceil(now / MINUTE) * MINUTE; at < now + 30 * DAY; at += MINUTE) {
    if (isWorkingAt(s, at)) {
      next = at;
      break;
    }
  }
  return { working: isWorkingAt(s, now), local: local.toFormat("yyyy-MM-dd'T'HH:mm"), abbr: local.offsetNameShort ?? '', next };
}

/** Baseline: the earliest minute where everyone works, scanning minute by minute; else the most. */
function naiveSuggestion(to: Schedule[], now: number, horizonDays: number): number {
  let best = now;
  let bestCount = -1;
  for (let at = Math.ceil(now / MINUTE) * MINUTE; at < now + horizonDays * DAY; at += MINUTE) {
    let count = 0;
    for (const s of to) if (isWorkingAt(s, at)) count++;
    if (count === to.length) return at;
    if (count > bestCount) {
      bestCount = count;
      best = at;
    }
  }
  return best;
}

/** Baseline: every 15-minute slot, every guest's every minute in it checked; the same ranking as the engine's. */
function naiveSlots(guests: Schedule[], from: number, to: number, durationMinutes: number): number {
  let best = { start: from, outside: Infinity, minutes: Infinity };
  for (let start = Math.ceil(from / (15 * MINUTE)) * 15 * MINUTE; start + durationMinutes * MINUTE <= to; start += 15 * MINUTE) {
    let outside = 0;
    let minutes = 0;
    for (const g of guests) {
      let missed = 0;
      for (let m = 0; m < durationMinutes; m++) if (!isWorkingAt(g, start + m * MINUTE)) missed++;
      if (missed > 0) outside++;
      minutes += missed;
    }
    if (outside < best.outside || (outside === best.outside && minutes < best.minutes)) best = { start, outside, minutes };
  }
  return best.start;
}

export async function runEngineBench({ quick }: { quick: boolean }): Promise<EngineBenchRow[]> {
  const iterations = quick ? 5 : 30;
  const baselineIterations = quick ? 1 : 3;
  // A Friday evening in Berlin: most people are off, so the suggestion has to look ahead.
  const now = Date.UTC(2026, 10, 27, 17, 3);
  const rows: EngineBenchRow[] = [];

  const people = schedules(500);
  const statuses = time(() => people.map((s) => statusAt(s, now, 'Europe/Berlin')), iterations);
  const naiveStatuses = time(() => people.map((s) => naiveStatus(s, now)), baselineIterations, 1);
  // Same answers: working, wall time, and (for those off now) the next start the minute scan finds.
  const agree = people.every((s) => {
    const fast = statusAt(s, now, 'Europe/Berlin');
    const slow = naiveStatus(s, now);
    return (fast.status === 'working') === slow.working && fast.localTime === slow.local && (slow.working || fast.nextWorkStart === slow.next);
  });
  rows.push({
    name: `statuses for 500 people (status, local time, next start)${agree ? '' : ' (ANSWERS DIFFER)'}`,
    medianMs: statuses,
    baselineMs: naiveStatuses,
    ratio: naiveStatuses / statuses,
    targetMs: 5,
  });

  // 50 recipients in 12 zones: no minute in 14 days has all of them working, so both scan the horizon.
  const fifty = schedules(50);
  const to: Recipient[] = fifty.map((schedule, i) => ({ key: `p${i}`, label: `Person ${i}`, schedule }));
  const suggest = time(() => suggestSendTime({ now, userZone: 'Europe/Berlin', to, horizonDays: 14 }), iterations);
  const naiveSuggest = time(() => naiveSuggestion(fifty, now, 14), baselineIterations, 1);
  const check = suggestSendTime({ now, userZone: 'Europe/Berlin', to, horizonDays: 14 }).suggestedAt;
  const naiveAnswer = naiveSuggestion(fifty, now, 14);
  rows.push({
    name: `send suggestion, 50 recipients in 12 zones, 14 days${check === naiveAnswer ? '' : ' (ANSWERS DIFFER)'}`,
    medianMs: suggest,
    baselineMs: naiveSuggest,
    ratio: naiveSuggest / suggest,
    targetMs: 10,
  });

  // 30 guests, 10 working days (two weeks from a Monday), one-hour meeting.
  const thirty = schedules(30);
  const guests: Recipient[] = thirty.map((schedule, i) => ({ key: `g${i}`, label: `Guest ${i}`, schedule }));
  const from = Date.UTC(2026, 10, 30);
  const until = from + 14 * DAY;
  const slots = time(() => fairSlots({ guests, durationMinutes: 60, from, to: until, userZone: 'Europe/Berlin' }), iterations);
  const naive = time(() => naiveSlots(thirty, from, until, 60), baselineIterations, 1);
  const same = fairSlots({ guests, durationMinutes: 60, from, to: until, userZone: 'Europe/Berlin', count: 1 })[0]?.start === naiveSlots(thirty, from, until, 60);
  rows.push({ name: `fair slots, 30 guests over 10 working days${same ? '' : ' (ANSWERS DIFFER)'}`, medianMs: slots, baselineMs: naive, ratio: naive / slots, targetMs: 50 });
  return rows;
}
