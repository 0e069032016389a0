/**
 * Today's overlap: where several people's working intervals meet. Intervals are half-open
 * [start, end) in epoch milliseconds; pure, no zones (clocks.ts puts the intervals on the user's day).
 */
export interface Span {
  start: number;
  end: number;
}

export interface CoverageSegment extends Span {
  /** How many of the lists are working throughout the segment. */
  count: number;
}

/** Merge one person's intervals (sorted, touching ones joined). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** For each stretch of time, how many people are working (sweep over every start and end). */
export function coverage(lists: ReadonlyArray<readonly Span[]>): CoverageSegment[] {
  const events: Array<[number, number]> = [];
  for (const list of lists) for (const s of mergeSpans(list)) events.push([s.start, 1], [s.end, -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: CoverageSegment[] = [];
  let count = 0;
  events.forEach(([time, delta], i) => {
    count += delta;
    const next = events[i + 1];
    if (next && next[0] > time && count > 0) {
      const last = out[out.length - 1];
      if (last && last.end === time && last.count === count) last.end = next[0];
      else out.push({ start: time, end: next[0], count });
    }
  });
  return out;
}

export interface Overlap {
  /** Everyone in the lists: the windows where all of them work (empty when there are none). */
  all: Span[];
  /** When nobody-less-than-everyone overlap exists: the windows with the most people working. */
  best: Span[];
  bestCount: number;
  people: number;
}

export function overlapOf(lists: ReadonlyArray<readonly Span[]>): Overlap {
  const segments = coverage(lists);
  const people = lists.length;
  const all = joinSpans(segments.filter((s) => s.count === people));
  const bestCount = segments.reduce((m, s) => Math.max(m, s.count), 0);
  const best = joinSpans(segments.filter((s) => s.count === bestCount));
  return { all: people > 0 ? all : [], best: bestCount > 0 ? best : [], bestCount, people };
}

function joinSpans(segments: readonly Span[]): Span[] {
  return mergeSpans(segments.map((s) => ({ start: s.start, end: s.end })));
}
