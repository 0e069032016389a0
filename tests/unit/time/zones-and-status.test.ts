import { calendarFromTable, instantOfWall, isWorkingAt, localWallTime, meetingFit, scheduleOf, statusAt, workingSpans } from '@/utils/time';

const utc = (iso: string) => Date.parse(iso);
const H = 3_600_000;

describe('wall times in awkward zones', () => {
  it.each([
    ['America/St_Johns', '2026-11-23T12:00Z', '2026-11-23T08:30'], // −3:30
    ['Asia/Kathmandu', '2026-11-23T12:00Z', '2026-11-23T17:45'], // +5:45
    ['Pacific/Chatham', '2026-11-23T12:00Z', '2026-11-24T01:45'], // +13:45 in its summer
    ['Pacific/Chatham', '2026-07-01T12:00Z', '2026-07-02T00:45'], // +12:45 in its winter
    ['Pacific/Kiritimati', '2026-11-23T12:00Z', '2026-11-24T02:00'], // +14
    ['Pacific/Pago_Pago', '2026-11-23T12:00Z', '2026-11-23T01:00'], // −11
    ['Europe/Berlin', '2027-03-28T00:59Z', '2027-03-28T01:59'], // just before the spring gap
    ['Europe/Berlin', '2027-03-28T01:00Z', '2027-03-28T03:00'], // 02:00–02:59 never happens
    ['Europe/Berlin', '2026-10-25T00:30Z', '2026-10-25T02:30'], // first 02:30 (CEST)
    ['Europe/Berlin', '2026-10-25T01:30Z', '2026-10-25T02:30'], // second 02:30 (CET)
  ])('%s at %s is %s', (zone, at, wall) => {
    expect(localWallTime(utc(at), zone)).toBe(wall);
  });

  it('a wall time inside the spring gap names the moment the clocks jump; one in the overlap names the earlier', () => {
    const gapDay = Date.UTC(2027, 2, 28);
    expect(new Date(instantOfWall('Europe/Berlin', gapDay + 2.5 * H)).toISOString()).toBe('2027-03-28T01:00:00.000Z');
    const overlapDay = Date.UTC(2026, 9, 25);
    expect(new Date(instantOfWall('Europe/Berlin', overlapDay + 2.5 * H)).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('working hours across DST', () => {
  const early = scheduleOf({ timeZone: 'Europe/Berlin', workStart: '02:30', workEnd: '10:00', workDays: 'Mon-Sun' });

  it('hours starting at a wall time that does not exist start when the clocks jump past it', () => {
    expect(isWorkingAt(early, utc('2027-03-28T00:59Z'))).toBe(false); // 01:59 local
    expect(isWorkingAt(early, utc('2027-03-28T01:00Z'))).toBe(true); // 03:00 local
    expect(workingSpans(early, utc('2027-03-28T00:00Z'), utc('2027-03-28T12:00Z'))).toEqual([[utc('2027-03-28T01:00Z'), utc('2027-03-28T08:00Z')]]);
  });

  it('an hour that happens twice is worked twice', () => {
    const night = scheduleOf({ timeZone: 'Europe/Berlin', workStart: '02:00', workEnd: '03:00', workDays: 'Mon-Sun' });
    const spans = workingSpans(night, utc('2026-10-24T20:00Z'), utc('2026-10-25T06:00Z'));
    expect(spans).toEqual([[utc('2026-10-25T00:00Z'), utc('2026-10-25T02:00Z')]]);
    expect(isWorkingAt(night, utc('2026-10-25T00:30Z'))).toBe(true);
    expect(isWorkingAt(night, utc('2026-10-25T01:30Z'))).toBe(true);
  });
});

describe('working weeks and shifts', () => {
  const at = (iso: string) => utc(iso);
  it('a Sunday–Thursday week has Friday and Saturday off', () => {
    const s = scheduleOf({ timeZone: 'Asia/Jerusalem', workStart: '09:00', workEnd: '17:00', workDays: 'Sun-Thu' });
    expect(statusAt(s, at('2026-11-27T10:00Z'), 'UTC').status).toBe('weekend'); // Fri 12:00
    expect(statusAt(s, at('2026-11-28T10:00Z'), 'UTC').status).toBe('weekend'); // Sat 12:00
    expect(statusAt(s, at('2026-11-29T10:00Z'), 'UTC').status).toBe('working'); // Sun 12:00
    expect(statusAt(s, at('2026-11-26T18:00Z'), 'UTC').status).toBe('off-hours'); // Thu 20:00
  });

  it('a Saturday–Wednesday week has Thursday and Friday off', () => {
    const s = scheduleOf({ timeZone: 'Asia/Kabul', workStart: '08:00', workEnd: '16:00', workDays: 'Sat-Wed' });
    expect(statusAt(s, at('2026-11-26T06:00Z'), 'UTC').status).toBe('weekend'); // Thu 10:30
    expect(statusAt(s, at('2026-11-28T06:00Z'), 'UTC').status).toBe('working'); // Sat 10:30
  });

  it('an overnight shift belongs to the day it starts on', () => {
    const s = scheduleOf({ timeZone: 'America/New_York', workStart: '22:00', workEnd: '06:00', workDays: 'Mon-Fri' });
    expect(statusAt(s, at('2026-11-28T04:00Z'), 'UTC').status).toBe('working'); // Fri 23:00
    expect(statusAt(s, at('2026-11-28T10:00Z'), 'UTC').status).toBe('working'); // Sat 05:00, Friday's shift
    expect(statusAt(s, at('2026-11-28T12:00Z'), 'UTC').status).toBe('weekend'); // Sat 07:00
    expect(statusAt(s, at('2026-11-30T08:00Z'), 'UTC').status).toBe('off-hours'); // Mon 03:00: Sunday had no shift
    expect(statusAt(s, at('2026-12-01T08:00Z'), 'UTC').status).toBe('working'); // Tue 03:00, Monday's shift
  });

  it('a public holiday is a day off, by name; a shift that began the evening before runs on', () => {
    const holidays = calendarFromTable({ JP: { '2027-01-01': "New Year's Day" } });
    const office = scheduleOf({ timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri', country: 'JP' }, holidays);
    const s = statusAt(office, at('2027-01-01T01:00Z'), 'Europe/Berlin'); // Fri 10:00 JST
    expect(s.status).toBe('holiday');
    expect(s.holidayName).toBe("New Year's Day");
    expect(new Date(s.nextWorkStart!).toISOString()).toBe('2027-01-04T00:00:00.000Z'); // Mon 09:00 JST
    const night = scheduleOf({ timeZone: 'Asia/Tokyo', workStart: '22:00', workEnd: '06:00', workDays: 'Mon-Fri', country: 'JP' }, holidays);
    expect(isWorkingAt(night, at('2026-12-31T18:00Z'))).toBe(true); // 03:00 on the holiday, Thursday's shift
    expect(statusAt(night, at('2027-01-01T14:00Z'), 'UTC').status).toBe('holiday'); // 23:00: no shift starts on it
  });

  it('a personal day off is not a working day', () => {
    const s = scheduleOf({ timeZone: 'Europe/Paris', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri', daysOff: ['2026-11-24'] });
    expect(statusAt(s, at('2026-11-24T10:00Z'), 'UTC').status).toBe('weekend');
    expect(statusAt(s, at('2026-11-25T10:00Z'), 'UTC').status).toBe('working');
  });
});

describe('status at an instant', () => {
  it('says the local time, zone name, offset from the user, day relation and next start', () => {
    const kiritimati = scheduleOf({ timeZone: 'Pacific/Kiritimati', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' });
    const s = statusAt(kiritimati, utc('2026-11-23T12:00Z'), 'Pacific/Pago_Pago');
    expect(s).toMatchObject({ status: 'off-hours', zone: 'Pacific/Kiritimati', localTime: '2026-11-24T02:00', offsetFromUserMinutes: 25 * 60, dayRelation: 'tomorrow' });
    expect(s.zoneAbbr).toBe('GMT+14');
    expect(new Date(s.nextWorkStart!).toISOString()).toBe('2026-11-23T19:00:00.000Z');
    const back = statusAt(scheduleOf({ timeZone: 'Pacific/Pago_Pago' }), utc('2026-11-23T12:00Z'), 'Pacific/Kiritimati');
    expect(back.dayRelation).toBe('yesterday');
    expect(back.offsetFromUserMinutes).toBe(-25 * 60);
  });

  it('while working, the next start is the start of the current period', () => {
    const s = scheduleOf({ timeZone: 'Asia/Kathmandu', workStart: '10:00', workEnd: '18:00', workDays: 'Mon-Fri' });
    const st = statusAt(s, utc('2026-11-23T06:00Z'), 'UTC'); // 11:45
    expect(st.status).toBe('working');
    expect(new Date(st.nextWorkStart!).toISOString()).toBe('2026-11-23T04:15:00.000Z');
  });
});

describe('meeting fit', () => {
  it('a meeting across midnight for a guest: local start and end on two dates, inside an overnight shift', () => {
    const start = utc('2026-11-24T14:30Z'); // 23:30 JST
    const end = start + H;
    const [night, office] = meetingFit({
      start,
      end,
      userZone: 'Europe/London',
      guests: [
        { key: 'n', label: 'Night', schedule: scheduleOf({ timeZone: 'Asia/Tokyo', workStart: '22:00', workEnd: '06:00', workDays: 'Mon-Fri' }) },
        { key: 'o', label: 'Office', schedule: scheduleOf({ timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' }) },
      ],
    });
    expect(night).toMatchObject({ status: 'working', localStart: '2026-11-24T23:30', localEnd: '2026-11-25T00:30', insideHours: true, minutesOutside: 0 });
    expect(office).toMatchObject({ status: 'off-hours', insideHours: false, minutesOutside: 60 });
  });

  it('an unknown guest has no zone and never counts as outside', () => {
    const [g] = meetingFit({ start: 0, end: H, userZone: 'UTC', guests: [{ key: 'x', label: 'X', schedule: null }] });
    expect(g).toEqual({ key: 'x', label: 'X', status: 'unknown', insideHours: false, minutesOutside: 0 });
  });
});
