import fc from 'fast-check';
import { dstShifts, occurrences, scheduleOf, type RecurrenceRule, type Recipient, type Weekday } from '@/utils/time';
import { DAY, MINUTE, ZONES } from './arbitraries';

/**
 * Issue 18 §4: for every rule the editor can state, the `dst-shift` answer (CONTRACT.md §2) agrees
 * with an oracle that knows nothing of the engine: it walks the calendar one local day at a time,
 * asks a per-day predicate whether the series falls on it, finds that day's start with Intl alone
 * (bisecting Intl's offsets around gaps) and reads every person's clock with Intl.
 */

/* ------------------------------------------------------------------ the Intl oracle */

const formats = new Map<string, Intl.DateTimeFormat>();
function intlParts(zone: string, at: number) {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    formats.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  return { y: Number(p.year), m: Number(p.month), d: Number(p.day), H: Number(p.hour) % 24, M: Number(p.minute) };
}
/** Wall clock as UTC-epoch ms of the same fields. */
const intlWall = (zone: string, at: number) => {
  const p = intlParts(zone, at);
  return Date.UTC(p.y, p.m - 1, p.d, p.H, p.M);
};
const hhmm = (zone: string, at: number) => {
  const p = intlParts(zone, at);
  return `${String(p.H).padStart(2, '0')}:${String(p.M).padStart(2, '0')}`;
};
const isoDay = (zone: string, at: number) => {
  const p = intlParts(zone, at);
  return `${p.y}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;
};

/** The instant whose wall clock reads `wall`: the earlier in an overlap; in a gap, the jump itself. */
function oracleInstant(zone: string, wall: number): number {
  // The offsets in force a day either side (and at the first guess) are every offset this wall
  // time can have: try each, keep the instants that read right.
  const offsetAt = (t: number) => intlWall(zone, t) - Math.floor(t / MINUTE) * MINUTE;
  const offsets = new Set([offsetAt(wall - DAY), offsetAt(wall), offsetAt(wall + DAY)]);
  for (const off of [...offsets]) offsets.add(offsetAt(wall - off));
  const hits = [...offsets].map((off) => wall - off).filter((t) => intlWall(zone, t) === wall);
  if (hits.length) return Math.min(...hits);
  // A gap: the first instant whose wall clock is later than `wall`, by bisection between a wall
  // just before it (≤ wall) and one after it.
  let lo = wall - 14 * 60 * MINUTE;
  let hi = wall + 12 * 60 * MINUTE;
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (intlWall(zone, mid) < wall) lo = mid;
    else hi = mid;
  }
  return hi;
}

const weekday = (utcDay: number) => ((new Date(utcDay * DAY).getUTCDay() + 6) % 7) + 1;

function oracleIsOccurrence(rule: RecurrenceRule, first: number, day: number): boolean {
  const a = new Date(first * DAY);
  const b = new Date(day * DAY);
  const iv = rule.interval;
  switch (rule.freq) {
    case 'daily':
      return (day - first) % iv === 0;
    case 'weekly': {
      const days = rule.weekdays?.length ? rule.weekdays : [weekday(first)];
      const weeks = (day - (weekday(day) - 1) - (first - (weekday(first) - 1))) / 7;
      return days.includes(weekday(day) as Weekday) && weeks % iv === 0;
    }
    case 'monthly': {
      const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
      if (months % iv !== 0) return false;
      if (rule.monthlyBy !== 'weekday') return b.getUTCDate() === a.getUTCDate();
      if (weekday(day) !== weekday(first)) return false;
      const nth = rule.nth ?? Math.ceil(a.getUTCDate() / 7);
      if (nth === -1) return new Date((day + 7) * DAY).getUTCMonth() !== b.getUTCMonth();
      return Math.ceil(b.getUTCDate() / 7) === nth;
    }
    case 'yearly':
      return b.getUTCMonth() === a.getUTCMonth() && b.getUTCDate() === a.getUTCDate() && (b.getUTCFullYear() - a.getUTCFullYear()) % iv === 0;
  }
}

interface Person {
  key: string;
  zone: string;
  self: boolean;
}

function oracleShifts(rule: RecurrenceRule, firstStart: number, seriesZone: string, organizerZone: string, people: Person[]) {
  const firstWall = intlWall(seriesZone, firstStart);
  const firstDay = Math.floor(firstWall / DAY);
  const timeOfDay = firstWall - firstDay * DAY;
  const f = new Date(firstDay * DAY);
  const y = f.getUTCFullYear();
  const m = f.getUTCMonth();
  const lastOfTarget = new Date(Date.UTC(y, m + 13, 0)).getUTCDate();
  const endDay = Date.UTC(y, m + 12, Math.min(f.getUTCDate(), lastOfTarget)) / DAY;
  const until = rule.until ? Date.parse(`${rule.until}T00:00Z`) / DAY : Infinity;
  const starts: number[] = [];
  for (let day = firstDay; day < endDay && day <= until && starts.length < (rule.count ?? Infinity); day++) {
    if (day === firstDay) starts.push(firstStart);
    else if (oracleIsOccurrence(rule, firstDay, day)) starts.push(oracleInstant(seriesZone, day * DAY + timeOfDay));
  }
  const out = new Map<string, [string, string, string]>();
  for (const p of people) {
    const before = hhmm(p.zone, firstStart);
    const at = starts.find((s) => hhmm(p.zone, s) !== before);
    if (at !== undefined) out.set(p.key, [isoDay(organizerZone, at), before, hhmm(p.zone, at)]);
  }
  return { starts, shifts: out };
}

/* ------------------------------------------------------------------ generators */

const ruleArb: fc.Arbitrary<RecurrenceRule> = fc.oneof(
  fc.record({ freq: fc.constant('daily' as const), interval: fc.integer({ min: 1, max: 3 }) }),
  fc.record(
    { freq: fc.constant('weekly' as const), interval: fc.integer({ min: 1, max: 4 }), weekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7] as Weekday[]) },
    { requiredKeys: ['freq', 'interval'] },
  ),
  fc.record({ freq: fc.constant('monthly' as const), interval: fc.integer({ min: 1, max: 3 }), monthlyBy: fc.constant('date' as const) }),
  fc.record(
    { freq: fc.constant('monthly' as const), interval: fc.integer({ min: 1, max: 2 }), monthlyBy: fc.constant('weekday' as const), nth: fc.constantFrom(1, 2, 3, 4, -1) },
    { requiredKeys: ['freq', 'interval', 'monthlyBy'] },
  ),
  fc.record({ freq: fc.constant('yearly' as const), interval: fc.constant(1) }),
);
const boundedRuleArb = fc
  .tuple(ruleArb, fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }), fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }))
  .map(([rule, count, untilDays]) => ({ rule, count, untilDays }));

// Start times biased to DST hours (02:30 is in Europe's and America's spring gap, 01:30 repeats in autumn).
const minuteArb = fc.oneof(fc.integer({ min: 0, max: 95 }).map((k) => k * 15), fc.constantFrom(90, 120, 150, 180, 1410));
const dayArb = fc.integer({ min: Date.UTC(2026, 0, 1) / DAY, max: Date.UTC(2027, 11, 31) / DAY });

describe('dst-shift agrees with a day-by-day Intl oracle', () => {
  it('over random rules, series zones, organizer zones and guests', () => {
    fc.assert(
      fc.property(
        boundedRuleArb,
        dayArb,
        minuteArb,
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ZONES),
        fc.array(fc.constantFrom(...ZONES), { minLength: 0, maxLength: 4 }),
        ({ rule: base, count, untilDays }, day, minute, seriesZone, organizerZone, guestZones) => {
          const firstStart = oracleInstant(seriesZone, day * DAY + minute * MINUTE);
          const firstDay = Math.floor(intlWall(seriesZone, firstStart) / DAY);
          const rule: RecurrenceRule = {
            ...base,
            ...(count !== undefined ? { count } : {}),
            ...(untilDays !== undefined ? { until: new Date((firstDay + untilDays) * DAY).toISOString().slice(0, 10) } : {}),
          };
          const guests: Recipient[] = guestZones.map((zone, i) => ({ key: `g${i}`, label: `G${i}`, schedule: scheduleOf({ timeZone: zone }) }));
          const people: Person[] = [...guestZones.map((zone, i) => ({ key: `g${i}`, zone, self: false })), { key: 'me', zone: organizerZone, self: true }];
          const oracle = oracleShifts(rule, firstStart, seriesZone, organizerZone, people);
          expect(occurrences(rule, firstStart, seriesZone)).toEqual(oracle.starts);
          const engine = dstShifts({ firstStart, rule, seriesZone, organizerZone, guests, organizer: { key: 'me', label: 'You' } });
          expect(new Map(engine.map((s) => [s.key, [s.fromDate, s.before, s.after]]))).toEqual(oracle.shifts);
          for (const s of engine) expect(s.self).toBe(s.key === 'me');
        },
      ),
      { numRuns: 250 },
    );
  }, 120_000);
});

/* ------------------------------------------------------------------ tables */

const utc = (iso: string) => Date.parse(iso);
const iso = (at: number) => new Date(at).toISOString().slice(0, 16) + 'Z';

describe('occurrences as the editor states them', () => {
  // Monday 22 Mar 2027, 09:00 New York (EDT since 14 Mar).
  const first = utc('2027-03-22T13:00Z');
  const take = (rule: RecurrenceRule, n: number) => occurrences(rule, first, 'America/New_York').slice(0, n).map(iso);

  it.each<[string, RecurrenceRule, string[]]>([
    ['daily', { freq: 'daily', interval: 1 }, ['2027-03-22T13:00Z', '2027-03-23T13:00Z', '2027-03-24T13:00Z']],
    ['every weekday', { freq: 'weekly', interval: 1, weekdays: [1, 2, 3, 4, 5] }, ['2027-03-22T13:00Z', '2027-03-23T13:00Z', '2027-03-24T13:00Z', '2027-03-25T13:00Z', '2027-03-26T13:00Z', '2027-03-29T13:00Z']],
    ['weekly on Monday', { freq: 'weekly', interval: 1 }, ['2027-03-22T13:00Z', '2027-03-29T13:00Z']],
    ['every 2 weeks on Monday and Thursday', { freq: 'weekly', interval: 2, weekdays: [1, 4] }, ['2027-03-22T13:00Z', '2027-03-25T13:00Z', '2027-04-05T13:00Z', '2027-04-08T13:00Z']],
    ['monthly on day 22', { freq: 'monthly', interval: 1, monthlyBy: 'date' }, ['2027-03-22T13:00Z', '2027-04-22T13:00Z', '2027-05-22T13:00Z']],
    ['monthly on the fourth Monday', { freq: 'monthly', interval: 1, monthlyBy: 'weekday', nth: 4 }, ['2027-03-22T13:00Z', '2027-04-26T13:00Z', '2027-05-24T13:00Z']],
    ['monthly on the last Monday', { freq: 'monthly', interval: 1, monthlyBy: 'weekday', nth: -1 }, ['2027-03-22T13:00Z', '2027-03-29T13:00Z', '2027-04-26T13:00Z', '2027-05-31T13:00Z']],
    ['annually on March 22', { freq: 'yearly', interval: 1 }, ['2027-03-22T13:00Z']],
    ['daily, 2 times', { freq: 'daily', interval: 1, count: 2 }, ['2027-03-22T13:00Z', '2027-03-23T13:00Z']],
    ['daily until 23 Mar', { freq: 'daily', interval: 1, until: '2027-03-23' }, ['2027-03-22T13:00Z', '2027-03-23T13:00Z']],
  ])('%s', (_, rule, expected) => {
    expect(take(rule, expected.length + (rule.count || rule.until || rule.freq === 'yearly' ? 5 : 0))).toEqual(expected);
  });

  it('monthly on the 31st skips short months; 29 Feb yearly skips common years', () => {
    const jan31 = occurrences({ freq: 'monthly', interval: 1 }, utc('2027-01-31T10:00Z'), 'UTC').map(iso);
    expect(jan31.slice(0, 3)).toEqual(['2027-01-31T10:00Z', '2027-03-31T10:00Z', '2027-05-31T10:00Z']);
    expect(occurrences({ freq: 'yearly', interval: 1 }, utc('2028-02-29T10:00Z'), 'UTC', 60).map(iso)).toEqual(['2028-02-29T10:00Z', '2032-02-29T10:00Z']);
  });

  it('a daily 02:30 in New York starts at 03:00 on the spring-forward day and is 02:30 again after', () => {
    const days = occurrences({ freq: 'daily', interval: 1 }, utc('2027-03-13T07:30Z'), 'America/New_York').slice(0, 3).map(iso);
    expect(days).toEqual(['2027-03-13T07:30Z', '2027-03-14T07:00Z', '2027-03-15T06:30Z']);
  });
});

describe('dst-shift per rule (the dates the e2e rows expect)', () => {
  const tokyo: Recipient = { key: 'aiko', label: 'Aiko', schedule: scheduleOf({ timeZone: 'Asia/Tokyo' }) };
  const berlin: Recipient = { key: 'lena', label: 'Lena', schedule: scheduleOf({ timeZone: 'Europe/Berlin' }) };
  // Monday 22 Mar 2027, 09:00 New York: Berlin moves on Sunday 28 Mar, New York in November.
  const base = { firstStart: utc('2027-03-22T13:00Z'), organizerZone: 'America/New_York', guests: [tokyo, berlin] };
  const rows = (rule: RecurrenceRule) => dstShifts({ ...base, rule }).map((s) => [s.key, s.fromDate, s.before, s.after]);

  it.each<[string, RecurrenceRule, string[][]]>([
    ['daily', { freq: 'daily', interval: 1 }, [['lena', '2027-03-28', '14:00', '15:00'], ['aiko', '2027-11-07', '22:00', '23:00']]],
    ['every 2 weeks', { freq: 'weekly', interval: 2 }, [['lena', '2027-04-05', '14:00', '15:00'], ['aiko', '2027-11-15', '22:00', '23:00']]],
    ['monthly on day 22', { freq: 'monthly', interval: 1 }, [['lena', '2027-04-22', '14:00', '15:00'], ['aiko', '2027-11-22', '22:00', '23:00']]],
  ])('%s', (_, rule, expected) => {
    expect(rows(rule)).toEqual(expected);
  });
});
