import { atUserMinute, clockRows, formatBack, formatOffset, userDayOf, userMinuteOf, workingSpans } from '@/utils/team/clocks';
import { isWorkingAt, scheduleOf } from '@/utils/time';
import { makeSyntheticTeam } from '../../support/synthetic-team';

describe('team clocks', () => {
  it("the user's day runs midnight to midnight, 23 or 25 hours on DST days", () => {
    const spring = userDayOf(Date.UTC(2026, 2, 29, 12), 'Europe/London');
    expect(spring.date).toBe('2026-03-29');
    expect((spring.end - spring.start) / 3_600_000).toBe(23);
    const day = userDayOf(Date.UTC(2026, 2, 4, 10), 'Asia/Kolkata');
    expect(new Date(day.start).toISOString()).toBe('2026-03-03T18:30:00.000Z');
    expect(new Date(atUserMinute(day, 15 * 60)).toISOString()).toBe('2026-03-04T09:30:00.000Z');
    expect(userMinuteOf(day, Date.UTC(2026, 2, 4, 10))).toBe(15 * 60 + 30);
  });

  // Spans must say exactly what the engine says, every quarter hour of the user's day.
  const days: Array<[string, number, string]> = [
    ['an ordinary Wednesday', Date.UTC(2026, 2, 4, 12), 'Europe/London'],
    ['London spring-forward', Date.UTC(2026, 2, 29, 12), 'Europe/London'],
    ['New York fall-back', Date.UTC(2026, 10, 1, 15), 'America/New_York'],
    ['Christmas in Sydney', Date.UTC(2026, 11, 25, 2), 'Australia/Sydney'],
    ['a Kathmandu Saturday', Date.UTC(2026, 5, 6, 6), 'Asia/Kathmandu'],
  ];
  it.each(days)('working spans agree with the engine: %s', (_name, at, userZone) => {
    const day = userDayOf(at, userZone);
    for (const person of makeSyntheticTeam(80).people) {
      const schedule = scheduleOf(person);
      const spans = workingSpans(schedule, day.start, day.end);
      for (let t = day.start; t < day.end; t += 15 * 60_000) {
        const inSpan = spans.some((s) => s.start <= t && t < s.end);
        expect(inSpan, `${person.timeZone} ${person.workStart}-${person.workEnd} ${person.workDays} ${person.country ?? ''} at ${new Date(t).toISOString()}`).toBe(isWorkingAt(schedule, t));
      }
    }
  });

  it('rows for people who share a schedule are computed once and carry their own identity', () => {
    const team = makeSyntheticTeam(3).people;
    const twin = { ...team[0]!, id: 'twin@example.com', email: 'twin@example.com', name: 'Twin' };
    const at = Date.UTC(2026, 2, 4, 10);
    const rows = clockRows([...team, twin], at, userDayOf(at, 'UTC'));
    expect(rows.map((r) => r.label)).toEqual([...team.map((p) => p.name), 'Twin']);
    expect(rows[3]?.spans).toBe(rows[0]?.spans);
    expect(rows[3]?.localTime).toBe(rows[0]?.localTime);
  });

  it('formats offsets and "back in"', () => {
    expect(formatOffset(0)).toBe('same time');
    expect(formatOffset(330)).toBe('+5:30 h');
    expect(formatOffset(-480)).toBe('−8 h');
    const at = Date.UTC(2026, 2, 4, 10);
    expect(formatBack(at + 45 * 60_000, at, 'UTC')).toBe('back in 45 min');
    expect(formatBack(at + 135 * 60_000, at, 'UTC')).toBe('back in 2 h 15 min');
    expect(formatBack(Date.UTC(2026, 2, 9, 9), at, 'Asia/Tokyo')).toBe('back Mon 18:00');
    expect(formatBack(null, at, 'UTC')).toBeNull();
  });
});
