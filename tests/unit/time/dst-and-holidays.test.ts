import Holidays from 'date-holidays';
import { calendarFromTable, isWorkingAt, localWallTime, meetingFit, scheduleOf, statusAt, suggestSendTime, workingSpans, type HolidayTable } from '@/utils/time';

/**
 * Issue 3's tables with real data: DST gap and overlap in Berlin as a person with hours there sees
 * them, and public holidays from date-holidays (type "public" only, as CONTRACT.md §1 says) — the
 * engine never loads that package itself, so the test builds the table the background would.
 */

const utc = (iso: string) => Date.parse(iso);
const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

function publicHolidays(countries: Record<string, string>, years: number[]): HolidayTable {
  const table: Record<string, Record<string, string>> = {};
  for (const [country, language] of Object.entries(countries)) {
    const hd = new Holidays(country);
    table[country] = {};
    for (const year of years) for (const h of hd.getHolidays(year, language)) if (h.type === 'public') table[country]![h.date.slice(0, 10)] = h.name;
  }
  return table;
}
const holidays = calendarFromTable(publicHolidays({ JP: 'en', DE: 'de' }, [2026, 2027]));

describe('the Berlin spring gap: 2027-03-28 02:00–02:59 does not exist', () => {
  const early = scheduleOf({ timeZone: 'Europe/Berlin', workStart: '02:30', workEnd: '10:00', workDays: 'Mon-Sun' });

  it.each([
    ['2027-03-28T00:30:00.000Z', '2027-03-28T01:30', 'GMT+1'],
    ['2027-03-28T00:59:59.999Z', '2027-03-28T01:59', 'GMT+1'],
    ['2027-03-28T01:00:00.000Z', '2027-03-28T03:00', 'GMT+2'],
    ['2027-03-28T01:30:00.000Z', '2027-03-28T03:30', 'GMT+2'],
  ])('at %s the wall clock reads %s (%s)', (at, wall, abbr) => {
    expect(localWallTime(utc(at), 'Europe/Berlin')).toBe(wall);
    expect(statusAt(early, utc(at), 'UTC').zoneAbbr).toBe(abbr);
  });

  it('someone whose hours start at 02:30 is off-hours until the clocks jump, then starts at 03:00', () => {
    const before = statusAt(early, utc('2027-03-28T00:30Z'), 'UTC');
    expect(before).toMatchObject({ status: 'off-hours', localTime: '2027-03-28T01:30', offsetFromUserMinutes: 60 });
    expect(iso(before.nextWorkStart)).toBe('2027-03-28T01:00:00.000Z');
    const after = statusAt(early, utc('2027-03-28T01:00Z'), 'UTC');
    expect(after).toMatchObject({ status: 'working', localTime: '2027-03-28T03:00', offsetFromUserMinutes: 120 });
    // Their day is half an hour shorter: 03:00–10:00 CEST.
    expect(workingSpans(early, utc('2027-03-27T12:00Z'), utc('2027-03-29T12:00Z'))).toEqual([
      [utc('2027-03-28T01:00Z'), utc('2027-03-28T08:00Z')],
      [utc('2027-03-29T00:30Z'), utc('2027-03-29T08:00Z')],
    ]);
  });

  it('a send suggestion for them names the jump, never a minute of the missing hour', () => {
    const r = suggestSendTime({ now: utc('2027-03-28T00:10Z'), userZone: 'Europe/Berlin', to: [{ key: 'e', label: 'Early', schedule: early }] });
    expect(iso(r.suggestedAt)).toBe('2027-03-28T01:00:00.000Z');
    expect(r.userLocalAtSuggestion).toBe('2027-03-28T03:00');
  });
});

describe('the Berlin autumn overlap: 2026-10-25 02:00–02:59 happens twice', () => {
  const half = scheduleOf({ timeZone: 'Europe/Berlin', workStart: '02:30', workEnd: '03:00', workDays: 'Mon-Sun' });

  it.each([
    ['2026-10-25T00:30Z', '2026-10-25T02:30', 'GMT+2', true],
    ['2026-10-25T00:59Z', '2026-10-25T02:59', 'GMT+2', true],
    ['2026-10-25T01:00Z', '2026-10-25T02:00', 'GMT+1', false],
    ['2026-10-25T01:15Z', '2026-10-25T02:15', 'GMT+1', false],
    ['2026-10-25T01:30Z', '2026-10-25T02:30', 'GMT+1', true],
    ['2026-10-25T02:00Z', '2026-10-25T03:00', 'GMT+1', false],
  ])('at %s it is %s %s; 02:30–03:00 hours working: %s', (at, wall, abbr, working) => {
    const s = statusAt(half, utc(at), 'UTC');
    expect([s.localTime, s.zoneAbbr, s.status === 'working']).toEqual([wall, abbr, working]);
    expect(isWorkingAt(half, utc(at))).toBe(working);
  });

  it('02:30–03:00 is worked both times: two spans, and between them the next start is the second', () => {
    expect(workingSpans(half, utc('2026-10-24T12:00Z'), utc('2026-10-25T12:00Z'))).toEqual([
      [utc('2026-10-25T00:30Z'), utc('2026-10-25T01:00Z')],
      [utc('2026-10-25T01:30Z'), utc('2026-10-25T02:00Z')],
    ]);
    expect(iso(statusAt(half, utc('2026-10-25T01:10Z'), 'UTC').nextWorkStart)).toBe('2026-10-25T01:30:00.000Z');
  });

  it('a meeting over the overlap: an hour of wall clock is two hours long', () => {
    const [fit] = meetingFit({
      start: utc('2026-10-25T00:00Z'),
      end: utc('2026-10-25T02:00Z'),
      userZone: 'UTC',
      guests: [{ key: 'b', label: 'Berlin', schedule: scheduleOf({ timeZone: 'Europe/Berlin', workStart: '02:00', workEnd: '03:00', workDays: 'Mon-Sun' }) }],
    });
    expect(fit).toMatchObject({ localStart: '2026-10-25T02:00', localEnd: '2026-10-25T03:00', insideHours: true, minutesOutside: 0 });
  });
});

describe('public holidays from date-holidays (public only)', () => {
  const tokyo = scheduleOf({ timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri', country: 'JP' }, holidays);
  const berlin = scheduleOf({ timeZone: 'Europe/Berlin', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri', country: 'de' }, holidays);
  const berlinNight = scheduleOf({ timeZone: 'Europe/Berlin', workStart: '22:00', workEnd: '06:00', workDays: 'Mon-Fri', country: 'DE' }, holidays);

  it("Japan, 2027-01-01: holiday by name; 31 Dec (a bank holiday, not public) is a working day", () => {
    const s = statusAt(tokyo, utc('2027-01-01T01:00Z'), 'Europe/Berlin');
    expect(s).toMatchObject({ status: 'holiday', holidayName: "New Year's Day", localTime: '2027-01-01T10:00', dayRelation: 'today', offsetFromUserMinutes: 480 });
    expect(iso(s.nextWorkStart)).toBe('2027-01-04T00:00:00.000Z');
    expect(statusAt(tokyo, utc('2026-12-31T01:00Z'), 'UTC').status).toBe('working');
  });

  it('a mail to Tokyo on New Year’s Eve evening is best sent on Monday 4 January, 09:00 JST', () => {
    const r = suggestSendTime({ now: utc('2026-12-31T10:00Z'), userZone: 'Europe/Berlin', to: [{ key: 'a', label: 'Aiko', schedule: tokyo }] });
    expect(r.verdict).toBe('off-hours');
    expect(iso(r.suggestedAt)).toBe('2027-01-04T00:00:00.000Z');
    expect(r.userLocalAtSuggestion).toBe('2027-01-04T01:00');
  });

  it('Germany, 2026-10-03 (a Saturday): holiday, not weekend, named in German', () => {
    expect(statusAt(berlin, utc('2026-10-03T10:00Z'), 'UTC')).toMatchObject({ status: 'holiday', holidayName: 'Tag der Deutschen Einheit' });
    expect(statusAt(berlin, utc('2026-10-04T10:00Z'), 'UTC')).toMatchObject({ status: 'weekend' });
  });

  it('Christmas 2026: the night shift that began on the 24th runs into the holiday; none starts on the 25th', () => {
    expect(statusAt(berlinNight, utc('2026-12-25T02:00Z'), 'UTC').status).toBe('working'); // Fri 03:00, Thursday's shift
    const evening = statusAt(berlinNight, utc('2026-12-25T22:00Z'), 'UTC'); // Fri 23:00 on the holiday
    expect(evening).toMatchObject({ status: 'holiday', holidayName: '1. Weihnachtstag' });
    expect(statusAt(berlinNight, utc('2026-12-26T02:00Z'), 'UTC').status).toBe('holiday'); // Sat 03:00, 2. Weihnachtstag
    expect(statusAt(berlinNight, utc('2026-12-27T02:00Z'), 'UTC').status).toBe('weekend'); // Sun 03:00
    expect(iso(evening.nextWorkStart)).toBe('2026-12-28T21:00:00.000Z'); // Mon 22:00
  });

  it('a country without the calendar has no holidays; a personal day off is a weekend-like day', () => {
    const bare = scheduleOf({ timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri', country: 'JP' });
    expect(statusAt(bare, utc('2027-01-01T01:00Z'), 'UTC').status).toBe('working');
    const away = scheduleOf({ timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri', country: 'JP', daysOff: ['2026-12-30'] }, holidays);
    expect(statusAt(away, utc('2026-12-30T01:00Z'), 'UTC').status).toBe('weekend');
  });

  it('no working period within 30 days: nextWorkStart is null', () => {
    const days = Array.from({ length: 40 }, (_, i) => new Date(Date.UTC(2026, 10, 20 + i)).toISOString().slice(0, 10));
    const away = scheduleOf({ timeZone: 'UTC', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Sun', daysOff: days });
    expect(statusAt(away, utc('2026-11-23T10:00Z'), 'UTC').nextWorkStart).toBeNull();
  });
});
