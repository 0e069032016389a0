import type { Span } from '@/utils/team/overlap';
import type { UserDay } from '@/utils/team/clocks';

/**
 * A person's working hours on the user's day: 24 hours left to right (the user's midnight to
 * midnight), working periods filled, a line at the moment shown. Decorative for screen readers:
 * the row's text says the same.
 */
export function DayBar({ spans, day, at, highlight }: { spans: readonly Span[]; day: UserDay; at: number; highlight?: readonly Span[] }) {
  const length = day.end - day.start;
  const pct = (t: number) => `${(((t - day.start) / length) * 100).toFixed(3)}%`;
  const width = (s: Span) => `${(((s.end - s.start) / length) * 100).toFixed(3)}%`;
  return (
    <div className="pc-bar" aria-hidden="true">
      {highlight?.map((s) => <span key={`h${s.start}`} className="pc-bar__overlap" style={{ left: pct(s.start), width: width(s) }} />)}
      {spans.map((s) => (
        <span key={s.start} className="pc-bar__work" style={{ left: pct(s.start), width: width(s) }} />
      ))}
      {at >= day.start && at < day.end ? <span className="pc-bar__now" style={{ left: pct(at) }} /> : null}
    </div>
  );
}

/** 00 06 12 18 24 under the bars, in the user's time. */
export function DayScale() {
  return (
    <div className="pc-scale" aria-hidden="true">
      {['00', '06', '12', '18', '24'].map((h) => (
        <span key={h}>{h}</span>
      ))}
    </div>
  );
}
