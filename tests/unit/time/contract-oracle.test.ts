import fc from 'fast-check';
import { isWorkingAt, nextWorkStart, scheduleOf, statusAt, workingSpans } from '@/utils/time';
import { DAY, MINUTE, ZONES, fieldsArb, instantArb, scheduleFrom, transitionsOf, type Fields } from './arbitraries';

/**
 * CONTRACT.md §1 written out a second time, independently of the engine: the wall clock from Intl,
 * then "a working day and workStart ≤ local time < workEnd; an overnight shift belongs to the day
 * it starts on; public holidays and personal days off are not working days". The engine's
 * isWorkingAt, statusAt and workingSpans must say exactly what this says.
 */

const formats = new Map<string, Intl.DateTimeFormat>();
function wallOf(zone: string, at: number): { date: string; weekday: number; minute: number; previousDate: string; previousWeekday: number } {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(zone, format);
  }
  const p = Object.fromEntries(format.formatToParts(at).map((x) => [x.type, x.value]));
  const day = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day));
  const weekday = ((new Date(day).getUTCDay() + 6) % 7) + 1; // 1 = Monday … 7 = Sunday
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    weekday,
    minute: Number(p.hour) * 60 + Number(p.minute),
    previousDate: new Date(day - DAY).toISOString().slice(0, 10),
    previousWeekday: weekday === 1 ? 7 : weekday - 1,
  };
}

function oracle(f: Fields, at: number): 'working' | 'holiday' | 'weekend' | 'off-hours' {
  const w = wallOf(f.timeZone, at);
  const workday = (weekday: number, date: string) => f.days.includes(weekday) && !f.holidays[date] && !f.daysOff.includes(date);
  const overnight = f.end <= f.start;
  const today = workday(w.weekday, w.date) && w.minute >= f.start && (overnight || w.minute < f.end);
  const fromYesterday = overnight && workday(w.previousWeekday, w.previousDate) && w.minute < f.end;
  if (today || fromYesterday) return 'working';
  if (f.holidays[w.date]) return 'holiday';
  if (!f.days.includes(w.weekday) || f.daysOff.includes(w.date)) return 'weekend';
  return 'off-hours';
}

const transitions = transitionsOf(ZONES);

describe('the engine says what CONTRACT.md §1 says (fast-check against an Intl oracle)', () => {
  it('found the DST transitions the instants cluster around', () => {
    expect(transitions.length).toBeGreaterThan(40);
  });

  it('isWorkingAt and statusAt at random instants, half of them near DST transitions', () => {
    let working = 0;
    const seen = new Set<string>();
    fc.assert(
      fc.property(fieldsArb, instantArb(transitions), (f, at) => {
        const s = scheduleFrom(f);
        const expected = oracle(f, at);
        seen.add(expected);
        if (expected === 'working') working++;
        expect(isWorkingAt(s, at)).toBe(expected === 'working');
        expect(statusAt(s, at, 'UTC').status).toBe(expected);
        // And at the edges of the periods nearby, where an off-by-one would sit (the oracle judges).
        for (const [a, b] of workingSpans(s, at - DAY, at + DAY)) {
          for (const edge of [a - 1, a, b - 1, b]) expect(isWorkingAt(s, edge), new Date(edge).toISOString()).toBe(oracle(f, edge) === 'working');
        }
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: every status was met, and a fair share of working instants.
    expect([...seen].sort()).toEqual(['holiday', 'off-hours', 'weekend', 'working']);
    expect(working).toBeGreaterThan(200);
  });

  it('working spans are exactly the instants isWorkingAt accepts: at each edge, a millisecond either side, and at random', () => {
    fc.assert(
      fc.property(fieldsArb, instantArb(transitions), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 10, maxLength: 10 }), (f, from, probes) => {
        const s = scheduleFrom(f);
        const to = from + 4 * DAY;
        const spans = workingSpans(s, from, to);
        for (let i = 0; i < spans.length; i++) {
          const [a, b] = spans[i]!;
          expect(a).toBeLessThan(b);
          expect(a).toBeGreaterThanOrEqual(from);
          expect(b).toBeLessThanOrEqual(to);
          // Sorted, disjoint and merged: a gap between neighbours.
          if (i > 0) expect(a).toBeGreaterThan(spans[i - 1]![1]);
          expect(isWorkingAt(s, a)).toBe(true);
          expect(isWorkingAt(s, b - 1)).toBe(true);
          if (a > from) expect(isWorkingAt(s, a - 1)).toBe(false);
          if (b < to) expect(isWorkingAt(s, b)).toBe(false);
        }
        for (const p of probes) {
          const at = from + Math.floor(p * (to - from - 1));
          expect(spans.some(([a, b]) => a <= at && at < b)).toBe(isWorkingAt(s, at));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('minute by minute across whole DST days, an awkward schedule is worked exactly when the oracle says', () => {
    // Every minute of the two days around each transition, for a 02:30 start and an overnight shift.
    const fields: Fields[] = ZONES.flatMap((timeZone) => [
      { timeZone, start: 150, end: 600, days: [1, 2, 3, 4, 5, 6, 7], holidays: {}, daysOff: [] },
      { timeZone, start: 1350, end: 150, days: [1, 2, 3, 4, 5, 6, 7], holidays: {}, daysOff: [] },
    ]);
    let minutes = 0;
    for (const f of fields) {
      const s = scheduleFrom(f);
      for (const t of transitionsOf([f.timeZone]).slice(0, 2)) {
        const from = Math.floor(t / MINUTE) * MINUTE - DAY;
        const spans = workingSpans(s, from, from + 2 * DAY);
        for (let at = from; at < from + 2 * DAY; at += MINUTE) {
          minutes++;
          const expected = oracle(f, at) === 'working';
          if (isWorkingAt(s, at) !== expected || spans.some(([a, b]) => a <= at && at < b) !== expected) {
            throw new Error(`${f.timeZone} ${f.start}–${f.end} at ${new Date(at).toISOString()}: expected ${expected}`);
          }
        }
      }
    }
    expect(minutes).toBeGreaterThan(100_000);
  });

  it('nextWorkStart is the start of the period running now, else the first minute of the next one', () => {
    fc.assert(
      fc.property(fieldsArb, instantArb(transitions), (f, raw) => {
        const s = scheduleFrom(f);
        const at = Math.floor(raw / MINUTE) * MINUTE;
        const start = nextWorkStart(s, at);
        if (start === null) {
          for (let t = at; t < at + 30 * DAY; t += 15 * MINUTE) expect(isWorkingAt(s, t)).toBe(false);
          return;
        }
        expect(isWorkingAt(s, start)).toBe(true);
        expect(isWorkingAt(s, start - MINUTE)).toBe(false);
        // Nothing changes between the start and now (working) or between now and the start (not).
        const [lo, hi] = start <= at ? [start, at] : [at, start];
        const working = start <= at;
        for (let t = lo; t < hi; t += MINUTE) if (isWorkingAt(s, t) !== working) throw new Error(`${new Date(t).toISOString()} between ${new Date(lo).toISOString()} and ${new Date(hi).toISOString()}`);
      }),
      { numRuns: 300 },
    );
  });

  it('a round-the-clock Monday-to-Friday week started on Monday, however late in the week it is asked', () => {
    const s = scheduleOf({ timeZone: 'UTC', workStart: '00:00', workEnd: '24:00', workDays: 'Mon-Fri' });
    for (const day of ['23', '24', '25', '26', '27']) {
      expect(new Date(nextWorkStart(s, Date.parse(`2026-11-${day}T12:00Z`))!).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    }
    expect(new Date(nextWorkStart(s, Date.parse('2026-11-28T12:00Z'))!).toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });
});
