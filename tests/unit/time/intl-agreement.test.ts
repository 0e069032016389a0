import fc from 'fast-check';
import { instantOfWall, localWallTime, offsetAt, wallAt, zoneAbbr } from '@/utils/time';

/**
 * The engine computes wall times by its own arithmetic on cached constant-offset pieces; Intl is the
 * runtime's independent answer. They must agree in every zone, at random instants and, where an
 * off-by-one would hide, right at each transition.
 */

const ZONES = Intl.supportedValuesOf('timeZone');
const MINUTE = 60_000;
const DAY = 86_400_000;

const formats = new Map<string, Intl.DateTimeFormat>();
function parts(zone: string, at: number): Record<string, number> {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    formats.set(zone, format);
  }
  return Object.fromEntries(format.formatToParts(at).filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]));
}
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
function intlWall(zone: string, at: number): string {
  const p = parts(zone, at);
  return `${pad(p.year!, 4)}-${pad(p.month!)}-${pad(p.day!)}T${pad(p.hour!)}:${pad(p.minute!)}`;
}
/** Offset in ms, from Intl's wall clock to the second (so for whole-second instants). */
function intlOffset(zone: string, at: number): number {
  const p = parts(zone, at);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(at / 1000) * 1000;
}

/** Transitions in [from, to) by Intl alone: a probe every `step`, bisected to the millisecond. */
function intlTransitions(zone: string, from: number, to: number, step: number): number[] {
  const out: number[] = [];
  let before = intlOffset(zone, from);
  for (let t = from + step; t < to; t += step) {
    const now = intlOffset(zone, t);
    if (now === before) continue;
    let lo = t - step;
    let hi = t;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (intlOffset(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    out.push(hi);
    before = now;
  }
  return out;
}

describe('localWallTime agrees with Intl.DateTimeFormat', () => {
  it(`in all ${ZONES.length} zones at random instants from 1900 to 2100`, () => {
    const PER_ZONE = 12;
    const instants = fc.sample(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), { numRuns: ZONES.length * PER_ZONE, seed: 20261123 });
    let tried = 0;
    const mismatches: string[] = [];
    ZONES.forEach((zone, z) => {
      for (let k = 0; k < PER_ZONE; k++) {
        const at = instants[z * PER_ZONE + k]!;
        tried++;
        const expected = intlWall(zone, at);
        const got = localWallTime(at, zone);
        if (got !== expected) mismatches.push(`${zone} @ ${new Date(at).toISOString()}: ${got} ≠ Intl ${expected}`);
      }
    });
    console.info(`localWallTime vs Intl, random: tried ${tried} instants in ${ZONES.length} zones, ${mismatches.length} mismatches`);
    expect(ZONES.length).toBeGreaterThan(300);
    expect(tried).toBe(ZONES.length * PER_ZONE);
    expect(mismatches).toEqual([]);
  });

  it(`in all ${ZONES.length} zones at every transition of 2026–2028, to the millisecond either side`, () => {
    let tried = 0;
    let transitions = 0;
    const mismatches: string[] = [];
    for (const zone of ZONES) {
      for (const t of intlTransitions(zone, Date.UTC(2026, 0, 1), Date.UTC(2029, 0, 1), 5 * DAY)) {
        transitions++;
        for (const d of [-MINUTE - 1, -MINUTE, -1000, -1, 0, 1, 999, 1000, MINUTE - 1, MINUTE]) {
          const at = t + d;
          tried++;
          const expected = intlWall(zone, at);
          const got = localWallTime(at, zone);
          if (got !== expected) mismatches.push(`${zone} @ ${new Date(at).toISOString()}: ${got} ≠ Intl ${expected}`);
        }
        // The offset changes at exactly that millisecond (Intl's answer to the second, here on whole seconds).
        if (offsetAt(zone, t - 1000) !== intlOffset(zone, t - 1000) || offsetAt(zone, t) !== intlOffset(zone, t)) mismatches.push(`${zone}: offset at ${new Date(t).toISOString()}`);
      }
    }
    console.info(`localWallTime vs Intl, transitions: ${transitions} transitions, tried ${tried} instants, ${mismatches.length} mismatches`);
    // Dozens of zones keep DST (Europe, North America, Chile, New Zealand, Australia …): two a year each.
    expect(transitions).toBeGreaterThan(300);
    expect(mismatches).toEqual([]);
  });
});

describe('zone names agree with Intl (en-US, short)', () => {
  it(`in all ${ZONES.length} zones, old instants asked before new ones at the same offset`, () => {
    // Anchorage at −9 was "GMT-9" in the 1970s and is "AKST" now: a name cached by offset alone would stick.
    const instants = fc.sample(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2037, 0, 1) }), { numRuns: 24, seed: 7 }).sort((a, b) => a - b);
    let tried = 0;
    const mismatches: string[] = [];
    for (const zone of ZONES) {
      const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
      for (const at of instants) {
        tried++;
        const expected = format.formatToParts(at).find((p) => p.type === 'timeZoneName')!.value;
        if (zoneAbbr(zone, at) !== expected) mismatches.push(`${zone} @ ${new Date(at).toISOString()}: ${zoneAbbr(zone, at)} ≠ Intl ${expected}`);
      }
    }
    console.info(`zoneAbbr vs Intl: tried ${tried}, ${mismatches.length} mismatches`);
    expect(mismatches).toEqual([]);
  });
});

describe('wall times back to instants', () => {
  const zone = fc.constantFrom(...ZONES);
  const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) });

  it('instantOfWall(wallAt(t)) names t, or the earlier instant with the same wall time in an overlap', () => {
    fc.assert(
      fc.property(zone, instant, (z, at) => {
        const t = Math.floor(at / MINUTE) * MINUTE;
        const back = instantOfWall(z, wallAt(z, t));
        expect(localWallTime(back, z)).toBe(localWallTime(t, z));
        expect(back).toBeLessThanOrEqual(t);
        // Earlier only by an overlap's length (at most 3 hours in any zone's history here).
        expect(t - back).toBeLessThanOrEqual(3 * 3_600_000);
        if (back < t) expect(offsetAt(z, back)).toBeGreaterThan(offsetAt(z, t));
      }),
      { numRuns: 3000 },
    );
  });

  it('a wall time in the Berlin spring gap names the jump; one in the autumn overlap the first of two', () => {
    expect(new Date(instantOfWall('Europe/Berlin', Date.UTC(2027, 2, 28, 2, 30))).toISOString()).toBe('2027-03-28T01:00:00.000Z');
    expect(new Date(instantOfWall('Europe/Berlin', Date.UTC(2027, 2, 28, 1, 59))).toISOString()).toBe('2027-03-28T00:59:00.000Z');
    expect(new Date(instantOfWall('Europe/Berlin', Date.UTC(2027, 2, 28, 3, 0))).toISOString()).toBe('2027-03-28T01:00:00.000Z');
    expect(new Date(instantOfWall('Europe/Berlin', Date.UTC(2026, 9, 25, 2, 30))).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(new Date(instantOfWall('Europe/Berlin', Date.UTC(2026, 9, 25, 3, 0))).toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });
});
