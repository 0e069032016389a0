import fc from 'fast-check';
import { calendarFromTable, scheduleOf, type Recipient, type Schedule } from '@/utils/time';

/**
 * Shared fast-check generators for the engine's property tests: schedules in zones with DST in both
 * hemispheres, half- and quarter-hour offsets and the date line, odd start times (02:30 falls in
 * Europe's spring gap), overnight shifts, holidays and personal days off.
 */

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export const ZONES = [
  'Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham',
  'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Tokyo', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Tehran',
  'America/Havana', 'Europe/London', 'Pacific/Auckland', 'UTC',
];

export const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

export const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The raw team-file fields, kept beside the schedule so an oracle can judge from them alone. */
export interface Fields {
  timeZone: string;
  start: number;
  end: number;
  days: number[];
  holidays: Record<string, string>;
  daysOff: string[];
}

/** Start and end on a 5-minute grid, biased to the awkward ones (midnight, DST hours, 24:00). */
const minuteOfDay = fc.oneof(
  fc.integer({ min: 0, max: 287 }).map((k) => k * 5),
  fc.constantFrom(0, 60, 120, 150, 180, 1320, 1380, 1439),
);

const isoDate = fc.integer({ min: Date.UTC(2026, 0, 1) / DAY, max: Date.UTC(2028, 11, 31) / DAY }).map((d) => new Date(d * DAY).toISOString().slice(0, 10));

export const fieldsArb: fc.Arbitrary<Fields> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    start: minuteOfDay,
    end: fc.oneof(minuteOfDay, fc.constant(1440)),
    days: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
    holidays: fc.dictionary(isoDate, fc.constantFrom('Founding Day', 'Harvest Festival'), { maxKeys: 40 }),
    daysOff: fc.array(isoDate, { maxLength: 20 }),
  })
  .filter((f) => f.start !== f.end && !(f.start === 0 && f.end === 1440));

export function scheduleFrom(f: Fields): Schedule {
  return scheduleOf(
    { timeZone: f.timeZone, workStart: hhmm(f.start), workEnd: hhmm(f.end), workDays: f.days.map((d) => DAY_NAMES[d - 1]).join(','), country: 'ZZ', daysOff: f.daysOff },
    calendarFromTable({ ZZ: f.holidays }),
  );
}

export const scheduleArb: fc.Arbitrary<Schedule> = fieldsArb.map(scheduleFrom);

/** Instants over 2026–2028, half of them within two days of one of the zones' DST transitions. */
export function instantArb(transitions: readonly number[]): fc.Arbitrary<number> {
  const uniform = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 11, 1) });
  if (transitions.length === 0) return uniform;
  const near = fc.tuple(fc.constantFrom(...transitions), fc.integer({ min: -2 * DAY, max: 2 * DAY })).map(([t, d]) => t + d);
  return fc.oneof(uniform, near);
}

/** DST transitions of the zones above in 2026–2028, found with Intl (not the engine): probe daily, bisect. */
export function transitionsOf(zones: readonly string[]): number[] {
  const out: number[] = [];
  for (const zone of zones) {
    const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    const offset = (at: number) => format.formatToParts(at).find((p) => p.type === 'timeZoneName')!.value;
    let before = offset(Date.UTC(2026, 0, 1));
    for (let t = Date.UTC(2026, 0, 2); t < Date.UTC(2029, 0, 1); t += DAY) {
      const now = offset(t);
      if (now === before) continue;
      let lo = t - DAY;
      let hi = t;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (offset(mid) === before) lo = mid;
        else hi = mid;
      }
      out.push(hi);
      before = now;
    }
  }
  return out;
}

export const recipientsArb = (min: number, max: number): fc.Arbitrary<Recipient[]> =>
  fc.array(fc.option(scheduleArb, { freq: 6, nil: null }), { minLength: min, maxLength: max }).map((list) => list.map((schedule, i) => ({ key: `r${i}`, label: `Person ${i}`, schedule })));
