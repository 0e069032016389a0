import fc from 'fast-check';
import { coverage, mergeSpans, overlapOf, type Span } from '@/utils/team/overlap';

const h = (hours: number) => hours * 3_600_000;

describe('overlap', () => {
  it('merges touching and overlapping spans', () => {
    expect(mergeSpans([{ start: h(5), end: h(6) }, { start: h(1), end: h(3) }, { start: h(3), end: h(4) }])).toEqual([
      { start: h(1), end: h(4) },
      { start: h(5), end: h(6) },
    ]);
  });

  it('finds where everyone works', () => {
    const o = overlapOf([[{ start: h(9), end: h(17) }], [{ start: h(13), end: h(21) }], [{ start: h(0), end: h(2) }, { start: h(15), end: h(24) }]]);
    expect(o.all).toEqual([{ start: h(15), end: h(17) }]);
    expect(o.bestCount).toBe(3);
  });

  it('when no one window holds everyone, gives the windows with the most people', () => {
    const o = overlapOf([[{ start: h(0), end: h(8) }], [{ start: h(6), end: h(12) }], [{ start: h(16), end: h(20) }]]);
    expect(o.all).toEqual([]);
    expect(o.bestCount).toBe(2);
    expect(o.best).toEqual([{ start: h(6), end: h(8) }]);
  });

  it('a person with no hours today leaves no overlap for all', () => {
    const o = overlapOf([[{ start: h(9), end: h(17) }], []]);
    expect(o.all).toEqual([]);
    expect(o.best).toEqual([{ start: h(9), end: h(17) }]);
  });

  it('coverage counts agree with a minute-by-minute count (property)', () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 96 }), fc.integer({ min: 1, max: 40 })).map(([s, len]): Span => ({ start: s * 15, end: Math.min(1440, (s + len) * 15) }));
    fc.assert(
      fc.property(fc.array(fc.array(span, { maxLength: 3 }), { minLength: 1, maxLength: 5 }), (lists) => {
        const segments = coverage(lists);
        for (let t = 0; t < 1440; t += 5) {
          const expected = lists.filter((l) => l.some((s) => s.start <= t && t < s.end)).length;
          const seg = segments.find((s) => s.start <= t && t < s.end);
          expect(seg?.count ?? 0).toBe(expected);
        }
      }),
    );
  });
});
