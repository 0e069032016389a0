import { storage } from '#imports';

/**
 * The meetings Baton knows of, per local day of the user (`YYYY-MM-DD`), for meeting load.
 * Times only — never titles, guests or ids — and only for a window around today.
 * Two sources, kept apart so one never overwrites the other: days seen in a calendar grid, and
 * days from the user's iCalendar feed (written by the background).
 */

export interface TimeSpan {
  /** Epoch ms. */
  start: number;
  end: number;
}

export type DayMap = Record<string, TimeSpan[]>;

export interface GridDays {
  days: DayMap;
  /** When each day was last seen in a grid (epoch ms), for pruning. */
  seenAt: Record<string, number>;
}

export interface FeedState {
  /** The feed URL these days came from; days from another URL are ignored. */
  url: string;
  days: DayMap;
  /** The URL of the last attempt (successful or not). */
  checkedUrl: string;
  /** Meetings in the stored window, for the options page. */
  meetings: number;
  /** Last successful fetch (epoch ms), or 0. */
  fetchedAt: number;
  /** Last attempt (epoch ms). */
  checkedAt: number;
  /** Why the last attempt failed, in words for the options page; null when it worked. */
  error: string | null;
}

export const EMPTY_GRID_DAYS: GridDays = { days: {}, seenAt: {} };
export const EMPTY_FEED: FeedState = { url: '', checkedUrl: '', days: {}, meetings: 0, fetchedAt: 0, checkedAt: 0, error: null };

export const gridDaysItem = storage.defineItem<GridDays>('local:calendarDays', { fallback: EMPTY_GRID_DAYS, version: 1 });
export const feedItem = storage.defineItem<FeedState>('local:calendarFeed', { fallback: EMPTY_FEED, version: 1 });

/** Days kept: two weeks back (older load is history), and at most this many days in all. */
export const KEEP_PAST_DAYS = 14;
export const MAX_DAYS = 200;

/** Drop days more than KEEP_PAST_DAYS before `today` (`YYYY-MM-DD`). Future days stay: users plan ahead. Pure. */
export function pruneDays<T>(days: Record<string, T>, today: string): Record<string, T> {
  const min = Date.parse(`${today}T00:00:00Z`) - KEEP_PAST_DAYS * 86_400_000;
  const out: Record<string, T> = {};
  for (const [day, value] of Object.entries(days)) {
    const at = Date.parse(`${day}T00:00:00Z`);
    if (Number.isFinite(at) && at >= min) out[day] = value;
  }
  return out;
}

/** Spans sorted and de-duplicated (same start and end = the same meeting seen twice). */
export function normalizeSpans(spans: readonly TimeSpan[]): TimeSpan[] {
  const seen = new Set<string>();
  return [...spans]
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((s) => {
      const key = `${s.start}-${s.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Grid days after a scan: each scanned day is replaced by what the grid shows now. Pure. */
export function mergeGridDays(current: GridDays, scanned: DayMap, now: number, today: string): GridDays {
  const days = { ...current.days };
  const seenAt = { ...current.seenAt };
  for (const [day, spans] of Object.entries(scanned)) {
    days[day] = normalizeSpans(spans);
    seenAt[day] = now;
  }
  const kept = pruneDays(seenAt, today);
  // Bounded storage: past the cap, the days seen longest ago go first.
  const order = Object.entries(kept).sort((a, b) => b[1] - a[1]).slice(0, MAX_DAYS);
  const keptDays: DayMap = {};
  const keptSeen: Record<string, number> = {};
  for (const [day, at] of order) {
    keptSeen[day] = at;
    if (days[day]) keptDays[day] = days[day];
  }
  return { days: keptDays, seenAt: keptSeen };
}

export function sameDayMaps(a: DayMap, b: DayMap, only?: readonly string[]): boolean {
  const keys = only ?? [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.every((k) => JSON.stringify(a[k] ?? []) === JSON.stringify(b[k] ?? []));
}

/** Meetings on a day from both sources, each meeting once. */
export function eventsOnDay(day: string, grid: GridDays, feed: FeedState, feedUrl: string): TimeSpan[] {
  const fromFeed = feedUrl && feed.url === feedUrl ? (feed.days[day] ?? []) : [];
  return normalizeSpans([...(grid.days[day] ?? []), ...fromFeed]);
}
