import fc from 'fast-check';
import { fairSlots, isWorkingAt, localWallTime, scheduleOf, statusAt, suggestSendTime, workingSpans, type Recipient } from '@/utils/time';

/** Zones with DST in both hemispheres, half and quarter hours, and the date line. */
const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Tokyo', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Tehran', 'UTC'];
const MINUTE = 60_000;
const DAY = 86_400_000;
const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2028, 0, 1);

const hhmm = fc.integer({ min: 0, max: 95 }).map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);
const days = fc.subarray(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], { minLength: 1 }).map((d) => d.join(','));
const schedule = fc.record({ timeZone: fc.constantFrom(...ZONES), workStart: hhmm, workEnd: hhmm, workDays: days }).map((f) => scheduleOf(f));
const instant = fc.integer({ min: FROM, max: TO });
const recipients = fc.array(schedule, { minLength: 1, maxLength: 3 }).map((list) => list.map((s, i): Recipient => ({ key: `r${i}`, label: `R${i}`, schedule: s })));

describe('engine promises (fast-check)', () => {
  it('working spans are exactly the instants isWorkingAt accepts', () => {
    fc.assert(
      fc.property(schedule, instant, fc.integer({ min: 0, max: 3 * DAY }), (s, from, probe) => {
        const to = from + 3 * DAY;
        const at = from + probe;
        const spans = workingSpans(s, from, to);
        const inSpans = spans.some(([a, b]) => a <= at && at < b);
        return at >= to || inSpans === isWorkingAt(s, at);
      }),
      { numRuns: 400 },
    );
  });

  it('a suggestion is never before now, its working recipients are working, and no earlier minute does as well', () => {
    fc.assert(
      fc.property(recipients, instant, (to, now) => {
        const r = suggestSendTime({ now, userZone: 'UTC', to, horizonDays: 14 });
        if (r.verdict !== 'off-hours') return r.verdict === 'ok' && to.every((x) => isWorkingAt(x.schedule!, now));
        const at = r.suggestedAt!;
        if (at < now || at % MINUTE !== 0) return false;
        const working = (t: number) => to.filter((x) => isWorkingAt(x.schedule!, t)).length;
        for (const entry of r.atSuggestion) if ((entry.status === 'working') !== isWorkingAt(to.find((x) => x.key === entry.key)!.schedule!, at)) return false;
        const best = working(at);
        if (r.everyoneWorkingAtSuggestion !== (best === to.length)) return false;
        for (let t = Math.ceil(now / MINUTE) * MINUTE; t < at; t += MINUTE) if (working(t) >= best) return false;
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it("a fair slot's reported fits agree with status-at-instant and with every minute of the slot", () => {
    fc.assert(
      fc.property(recipients, instant, fc.constantFrom(30, 45, 60), (guests, from, duration) => {
        const slots = fairSlots({ guests, durationMinutes: duration, from, to: from + 2 * DAY, userZone: 'UTC' });
        for (const slot of slots) {
          if (slot.start < from || slot.start % (15 * MINUTE) !== 0) return false;
          let outside = 0;
          for (const fit of slot.fits) {
            const s = guests.find((g) => g.key === fit.key)!.schedule!;
            if (fit.status !== statusAt(s, slot.start, 'UTC').status) return false;
            let inside = true;
            for (let t = slot.start; t < slot.end; t += MINUTE) if (!isWorkingAt(s, t)) inside = false;
            if (fit.insideHours !== inside) return false;
            if (!inside) outside++;
          }
          if (outside !== slot.outsideCount) return false;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('local wall times agree with Intl.DateTimeFormat in every zone this runtime knows', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    let tried = 0;
    let mismatches = 0;
    const rng = fc.sample(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2037, 11, 31) }), { numRuns: zones.length * 4, seed: 42 });
    zones.forEach((zone, z) => {
      const format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      for (let k = 0; k < 4; k++) {
        const at = rng[z * 4 + k]!;
        const p = Object.fromEntries(format.formatToParts(at).map((x) => [x.type, x.value]));
        const expected = `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
        tried++;
        if (localWallTime(at, zone) !== expected) mismatches++;
      }
    });
    console.info(`localWallTime vs Intl: ${tried} instants in ${zones.length} zones, ${mismatches} mismatches`);
    expect(tried).toBeGreaterThan(1000);
    expect(mismatches).toBe(0);
  });
});
