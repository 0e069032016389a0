import type { Weekday } from '@/utils/time/types';

/** The team file's time and day fields (CONTRACT.md §1), parsed and written back in one canonical form. */

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** `HH:mm` (24-hour; `9:30` and `24:00` accepted) → minutes after midnight, or null. */
export function parseHHmm(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** Minutes after midnight → `HH:mm`. */
export function formatHHmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

function dayIndex(token: string): number {
  const t = token.trim().toLowerCase();
  return DAY_NAMES.findIndex((name) => name.toLowerCase() === t);
}

/**
 * `Mon-Fri`, `Sun-Thu` (ranges wrap past Sunday), `Mon,Tue,Thu`, or a mix → sorted weekdays.
 * Empty text → []; any token that is not an English three-letter day name → null.
 */
export function parseWorkDays(text: string): Weekday[] | null {
  const days = new Set<Weekday>();
  const trimmed = text.trim();
  if (!trimmed) return [];
  for (const part of trimmed.split(',')) {
    const ends = part.split('-');
    if (ends.length > 2) return null;
    const from = dayIndex(ends[0]!);
    const to = ends.length === 2 ? dayIndex(ends[1]!) : from;
    if (from < 0 || to < 0) return null;
    for (let i = from; ; i = (i + 1) % 7) {
      days.add((i + 1) as Weekday);
      if (i === to) break;
    }
  }
  return [...days].sort((a, b) => a - b);
}

/**
 * Weekdays → the canonical text: runs of three or more as ranges (wrapping past Sunday, so a
 * Sunday-to-Thursday week is `Sun-Thu`), other days listed: `Mon-Fri`, `Fri,Sat`, `Mon-Wed,Fri`.
 */
export function formatWorkDays(days: readonly Weekday[]): string {
  const set = new Set(days);
  if (set.size === 0) return '';
  if (set.size === 7) return 'Mon-Sun';
  // Monday first, unless a run wraps past Sunday: then it starts where that run starts (Sun-Thu).
  let start = 0;
  if (set.has(7) && set.has(1)) {
    start = 6;
    while (set.has(start as Weekday)) start--;
  }
  const parts: string[] = [];
  let runStart = -1;
  let runLength = 0;
  const flush = () => {
    if (runLength === 0) return;
    if (runLength >= 3) parts.push(`${DAY_NAMES[runStart]}-${DAY_NAMES[(runStart + runLength - 1) % 7]}`);
    else for (let k = 0; k < runLength; k++) parts.push(DAY_NAMES[(runStart + k) % 7]!);
    runLength = 0;
  };
  for (let k = 0; k < 7; k++) {
    const index = (start + k) % 7;
    if (set.has((index + 1) as Weekday)) {
      if (runLength === 0) runStart = index;
      runLength++;
    } else flush();
  }
  flush();
  return parts.join(',');
}
