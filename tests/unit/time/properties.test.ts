import fc from 'fast-check';
import { fairSlots, isWorkingAt, localWallTime, statusAt, suggestSendTime, type Recipient } from '@/utils/time';
import { DAY, MINUTE, ZONES, instantArb, recipientsArb, transitionsOf } from './arbitraries';

/**
 * The promises of issue 3 as fast-check properties, each checked by brute force with isWorkingAt
 * minute by minute (the engine itself sweeps span edges and prefix sums, so the two are independent
 * in method). Wall-time agreement with Intl is in intl-agreement.test.ts; isWorkingAt against the
 * CONTRACT rule in contract-oracle.test.ts.
 */

const transitions = transitionsOf(ZONES);
const userZone = fc.constantFrom(...ZONES);
const known = (list: readonly Recipient[]) => list.filter((r) => r.schedule !== null);
const workingCount = (list: readonly Recipient[], at: number) => list.filter((r) => isWorkingAt(r.schedule!, at)).length;

describe('send-time suggestion (fast-check, checked minute by minute)', () => {
  it('never before now; the verdict, the recipients said to be working and the earliest-best minute are all true', () => {
    const branches = { ok: 0, unknown: 0, everyone: 0, most: 0 };
    fc.assert(
      fc.property(recipientsArb(0, 4), recipientsArb(0, 2), instantArb(transitions), userZone, fc.constantFrom(1, 2, 14), (to, cc, now, zone, horizonDays) => {
        const r = suggestSendTime({ now, userZone: zone, to, cc, horizonDays });
        const To = known(to);
        // Cc informs, never decides: the list is exactly the Cc people outside their hours now.
        expect(r.ccOutsideNow.map((x) => x.key)).toEqual(known(cc).filter((x) => !isWorkingAt(x.schedule!, now)).map((x) => x.key));
        if (To.length === 0) {
          branches.unknown++;
          expect(r.verdict).toBe('unknown');
          return;
        }
        expect(r.outsideNow.map((x) => x.key)).toEqual(To.filter((x) => !isWorkingAt(x.schedule!, now)).map((x) => x.key));
        if (r.outsideNow.length === 0) {
          branches.ok++;
          expect(r.verdict).toBe('ok');
          expect(r.suggestedAt).toBeNull();
          return;
        }
        expect(r.verdict).toBe('off-hours');
        const at = r.suggestedAt!;
        expect(at).toBeGreaterThanOrEqual(now);
        expect(at % MINUTE).toBe(0);
        expect(at).toBeLessThan(now + horizonDays * DAY + MINUTE);
        // Everyone the result calls working is working; the others are not.
        for (const entry of r.atSuggestion) {
          const who = [...to, ...cc].find((x) => x.key === entry.key && entry.field === (to.includes(x) ? 'to' : 'cc'))!;
          expect(entry.status).toBe(statusAt(who.schedule!, at, zone).status);
          expect(entry.localTime).toBe(localWallTime(at, who.schedule!.zone));
        }
        expect(r.atSuggestion.filter((x) => x.field === 'to')).toHaveLength(To.length);
        expect(r.userLocalAtSuggestion).toBe(localWallTime(at, zone));
        const best = workingCount(To, at);
        expect(r.everyoneWorkingAtSuggestion).toBe(best === To.length);
        expect(r.stillOutsideAtSuggestion.map((x) => x.key)).toEqual(To.filter((x) => !isWorkingAt(x.schedule!, at)).map((x) => x.key));
        for (const x of r.stillOutsideAtSuggestion) expect(r.explanation).toContain(x.label);
        if (best === To.length) branches.everyone++;
        else branches.most++;
        // No earlier minute from now on does as well (so: earliest when everyone works, else the most, ties earliest).
        for (let t = Math.ceil(now / MINUTE) * MINUTE; t < at; t += MINUTE) {
          if (workingCount(To, t) >= best) throw new Error(`${new Date(t).toISOString()} is earlier than ${new Date(at).toISOString()} and as good`);
        }
        // And when not everyone, no minute in the whole horizon has more.
        if (best < To.length) {
          for (let t = at; t < Math.ceil(now / MINUTE) * MINUTE + horizonDays * DAY; t += 15 * MINUTE) expect(workingCount(To, t)).toBeLessThanOrEqual(best);
        }
      }),
      { numRuns: 150 },
    );
    // Every branch was exercised, so the property cannot pass by never reaching a check.
    expect(Math.min(branches.ok, branches.unknown, branches.everyone, branches.most)).toBeGreaterThan(0);
  });
});

describe('fair slots (fast-check, checked minute by minute)', () => {
  it("each slot's reported fits agree with statusAt and with every minute of it; the ranking is the brute-force ranking", () => {
    fc.assert(
      fc.property(
        recipientsArb(1, 3),
        instantArb(transitions),
        fc.constantFrom(15, 30, 45, 60, 90),
        fc.dictionary(fc.constantFrom('r0', 'r1', 'r2'), fc.integer({ min: 0, max: 5 })),
        userZone,
        (guests, from, duration, ledger, zone) => {
          const to = from + DAY;
          const slots = fairSlots({ guests, durationMinutes: duration, from, to, userZone: zone, ledger });
          // Brute force: every 15-minute start, every guest's every minute.
          const all: Array<{ start: number; outside: number; minutes: number; burden: number }> = [];
          for (let start = Math.ceil(from / (15 * MINUTE)) * 15 * MINUTE; start + duration * MINUTE <= to; start += 15 * MINUTE) {
            let outside = 0;
            let minutes = 0;
            let burden = 0;
            for (const g of known(guests)) {
              let missed = 0;
              for (let m = 0; m < duration; m++) if (!isWorkingAt(g.schedule!, start + m * MINUTE)) missed++;
              if (missed) {
                outside++;
                minutes += missed;
                burden += ledger[g.key] ?? 0;
              }
            }
            all.push({ start, outside, minutes, burden });
          }
          all.sort((a, b) => a.outside - b.outside || a.minutes - b.minutes || a.burden - b.burden || a.start - b.start);
          expect(slots.map((s) => s.start)).toEqual(all.slice(0, 3).map((s) => s.start));
          for (const slot of slots) {
            expect(slot.end - slot.start).toBe(duration * MINUTE);
            const mine = all.find((s) => s.start === slot.start)!;
            expect([slot.outsideCount, slot.minutesOutside, slot.burden]).toEqual([mine.outside, mine.minutes, mine.burden]);
            expect(slot.fits.map((f) => f.key)).toEqual(guests.map((g) => g.key));
            for (const fit of slot.fits) {
              const g = guests.find((x) => x.key === fit.key)!;
              if (!g.schedule) {
                expect(fit).toMatchObject({ status: 'unknown', minutesOutside: 0 });
                continue;
              }
              expect(fit.status).toBe(statusAt(g.schedule, slot.start, zone).status);
              expect(fit.localStart).toBe(localWallTime(slot.start, g.schedule.zone));
              let missed = 0;
              for (let t = slot.start; t < slot.end; t += MINUTE) if (!isWorkingAt(g.schedule, t)) missed++;
              expect(fit.minutesOutside).toBe(missed);
              expect(fit.insideHours).toBe(missed === 0);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('distinct slots never overlap one another, and each is the best not overlapping those before it', () => {
    fc.assert(
      fc.property(recipientsArb(1, 3), instantArb(transitions), fc.constantFrom(30, 60, 120), (guests, from, duration) => {
        const input = { guests, durationMinutes: duration, from, to: from + 2 * DAY, userZone: 'UTC' };
        const distinct = fairSlots({ ...input, distinct: true });
        const everything = fairSlots({ ...input, count: 10_000 });
        const chosen: typeof distinct = [];
        for (const slot of everything) {
          if (chosen.length === 3) break;
          if (!chosen.some((c) => slot.start < c.end && c.start < slot.end)) chosen.push(slot);
        }
        expect(distinct.map((s) => s.start)).toEqual(chosen.map((s) => s.start));
      }),
      { numRuns: 40 },
    );
  });
});
