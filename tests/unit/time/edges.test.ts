import { asyncSignals, dstShifts, fairSlots, meetingLoad, scheduleOf, statusAt, suggestSendTime, type Recipient } from '@/utils/time';
import { DEFAULT_LOAD } from '@/utils/team/types';

/** The rest of issue 3's table: status fields across awkward zones, send and slot edges, load boundaries, DST with both sides moving, async words. */

const utc = (iso: string) => Date.parse(iso);
const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());
const person = (key: string, timeZone: string, workStart = '09:00', workEnd = '17:00', workDays = 'Mon-Fri'): Recipient => ({
  key,
  label: key,
  schedule: scheduleOf({ timeZone, workStart, workEnd, workDays }),
});
const nobody = (key: string): Recipient => ({ key, label: key, schedule: null });

describe('status seen from St. John’s (−3:30) on Monday 2026-11-23 12:00Z (08:30 there)', () => {
  it.each([
    // zone, status, their wall time, offset from the user, day relation, next start
    ['America/St_Johns', 'off-hours', '2026-11-23T08:30', 0, 'today', '2026-11-23T12:30:00.000Z'],
    ['Asia/Kathmandu', 'off-hours', '2026-11-23T17:45', 555, 'today', '2026-11-24T03:15:00.000Z'],
    ['Pacific/Chatham', 'off-hours', '2026-11-24T01:45', 1035, 'tomorrow', '2026-11-23T19:15:00.000Z'],
    ['Pacific/Kiritimati', 'off-hours', '2026-11-24T02:00', 1050, 'tomorrow', '2026-11-23T19:00:00.000Z'],
    ['Pacific/Pago_Pago', 'off-hours', '2026-11-23T01:00', -450, 'today', '2026-11-23T20:00:00.000Z'],
    ['Europe/Berlin', 'working', '2026-11-23T13:00', 270, 'today', '2026-11-23T08:00:00.000Z'],
    ['Asia/Riyadh', 'working', '2026-11-23T15:00', 390, 'today', '2026-11-23T06:00:00.000Z'],
  ])('%s: %s at %s, %i min ahead, %s, next start %s', (zone, status, localTime, offset, relation, next) => {
    const s = statusAt(scheduleOf({ timeZone: zone, workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' }), utc('2026-11-23T12:00Z'), 'America/St_Johns');
    expect([s.status, s.localTime, s.offsetFromUserMinutes, s.dayRelation, iso(s.nextWorkStart)]).toEqual([status, localTime, offset, relation, next]);
  });

  it('yesterday for someone west of the date line when the user is already in tomorrow', () => {
    const s = statusAt(scheduleOf({ timeZone: 'Pacific/Pago_Pago' }), utc('2026-11-23T12:00Z'), 'Pacific/Chatham');
    expect([s.dayRelation, s.offsetFromUserMinutes]).toEqual(['yesterday', -1485]);
  });

  it('weekends that are not Saturday–Sunday: Fri–Sat for a Sun–Thu week, and Sunday is a working day', () => {
    const dubai = scheduleOf({ timeZone: 'Asia/Riyadh', workStart: '09:00', workEnd: '17:00', workDays: 'Sun-Thu' });
    expect(statusAt(dubai, utc('2026-11-27T08:00Z'), 'UTC').status).toBe('weekend'); // Fri 11:00
    const sat = statusAt(dubai, utc('2026-11-28T08:00Z'), 'UTC'); // Sat 11:00
    expect(sat.status).toBe('weekend');
    expect(iso(sat.nextWorkStart)).toBe('2026-11-29T06:00:00.000Z'); // Sun 09:00
    expect(statusAt(dubai, utc('2026-11-29T08:00Z'), 'UTC').status).toBe('working');
  });
});

describe('send suggestion edges', () => {
  const aiko = person('Aiko', 'Asia/Tokyo');
  const kenji = person('Kenji', 'Asia/Tokyo', '09:00', '12:00');
  const maya = person('Maya', 'America/New_York', '09:00', '12:00');
  const liam = person('Liam', 'Europe/London', '13:00', '15:00');

  it('only Cc is known: unknown, and the Cc note is still there', () => {
    const r = suggestSendTime({ now: utc('2026-11-23T12:00Z'), userZone: 'UTC', to: [nobody('x')], cc: [aiko] });
    expect(r.verdict).toBe('unknown');
    expect(r.suggestedAt).toBeNull();
    expect(r.ccOutsideNow.map((x) => x.key)).toEqual(['Aiko']);
  });

  it('Cc outside their hours never moves the suggestion, and is described at it', () => {
    const r = suggestSendTime({ now: utc('2026-11-23T12:00Z'), userZone: 'UTC', to: [aiko], cc: [maya] });
    expect(iso(r.suggestedAt)).toBe('2026-11-24T00:00:00.000Z'); // Aiko's Tuesday 09:00; Maya is asleep
    expect(r.atSuggestion.map((x) => [x.key, x.field, x.status])).toEqual([
      ['Aiko', 'to', 'working'],
      ['Maya', 'cc', 'off-hours'],
    ]);
  });

  it('when nobody-all-at-once: the most at once beats an earlier minute with fewer', () => {
    const r = suggestSendTime({ now: utc('2026-11-23T05:00Z'), userZone: 'UTC', to: [kenji, maya, liam] });
    // Liam starts at 13:00Z alone; at 14:00Z Maya joins him; Kenji (00–03Z) never overlaps either.
    expect(iso(r.suggestedAt)).toBe('2026-11-23T14:00:00.000Z');
    expect(r.everyoneWorkingAtSuggestion).toBe(false);
    expect(r.stillOutsideAtSuggestion.map((x) => x.key)).toEqual(['Kenji']);
    expect(r.explanation).toBe('No time in the next 14 days has everyone in To working. At 14:00 your time (2026-11-23) the most are; Kenji is still outside their hours.');
  });

  it('nobody working within a short horizon: the earliest minute from now, everyone named', () => {
    const r = suggestSendTime({ now: utc('2026-11-27T18:00:30Z'), userZone: 'UTC', to: [aiko, kenji], horizonDays: 1 }); // Friday night in Tokyo
    expect(iso(r.suggestedAt)).toBe('2026-11-27T18:01:00.000Z');
    expect(r.everyoneWorkingAtSuggestion).toBe(false);
    expect(r.explanation).toContain('Aiko and Kenji are still outside');
  });

  it('an overnight worker is reachable in their night: ok now', () => {
    const night = person('Nia', 'America/Chicago', '22:00', '06:00');
    expect(suggestSendTime({ now: utc('2026-11-24T10:00Z'), userZone: 'UTC', to: [night] }).verdict).toBe('ok'); // Tue 04:00, Monday's shift
  });
});

describe('fair slots: the ledger only breaks ties', () => {
  const berlin = person('berlin', 'Europe/Berlin');
  const newYork = person('ny', 'America/New_York');
  const tokyo = person('tokyo', 'Asia/Tokyo');
  const day = { from: utc('2026-11-23T00:00Z'), to: utc('2026-11-24T00:00Z'), userZone: 'UTC' };

  it('a heavy ledger never buys a slot that puts more people outside', () => {
    const [best] = fairSlots({ guests: [berlin, newYork, tokyo], durationMinutes: 60, ...day, ledger: { tokyo: 100 } });
    expect(best).toMatchObject({ outsideCount: 1, minutesOutside: 60, burden: 100 });
    expect(best!.fits.find((f) => f.key === 'tokyo')!.insideHours).toBe(false);
  });

  it('unknown guests never count as outside', () => {
    const [best] = fairSlots({ guests: [berlin, nobody('x')], durationMinutes: 30, ...day });
    expect(best).toMatchObject({ start: utc('2026-11-23T08:00Z'), outsideCount: 0 });
    expect(best!.fits[1]).toMatchObject({ key: 'x', status: 'unknown' });
  });

  it('a slot longer than the range, or no time at all, gives nothing', () => {
    expect(fairSlots({ guests: [berlin], durationMinutes: 25 * 60, ...day })).toEqual([]);
    expect(fairSlots({ guests: [berlin], durationMinutes: 0, ...day })).toEqual([]);
    expect(fairSlots({ guests: [berlin], durationMinutes: 30, stepMinutes: 0, ...day })).toEqual([]);
  });

  it('Chatham’s +13:45 still meets on a 15-minute grid', () => {
    const [best] = fairSlots({ guests: [person('c', 'Pacific/Chatham'), berlin], durationMinutes: 15, ...day });
    // Chatham 09:00–17:00 is 19:15Z (Sunday) to 03:15Z: no overlap with Berlin 08–16Z, so the nearest edge.
    expect(best!.outsideCount).toBe(1);
    expect(best!.start % (15 * 60_000)).toBe(0);
  });
});

describe('meeting load at the default thresholds’ edges (user in Berlin, 09:00–17:00)', () => {
  const user = scheduleOf({ timeZone: 'Europe/Berlin', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Sun' });
  const on = (date: string) => (from: string, to: string) => ({ start: utc(`${date}T${from}:00+01:00`), end: utc(`${date}T${to}:00+01:00`) });
  const m = on('2026-11-23');
  const load = (events: Array<{ start: number; end: number }>, day = '2026-11-23') => meetingLoad({ day, user, events, thresholds: DEFAULT_LOAD });

  it.each([
    ['3 h 59 min in one', [m('09:00', '12:59')], 'ok'],
    ['4 h in one', [m('09:00', '13:00')], 'heavy'],
    ['4 short meetings', [m('09:00', '09:15'), m('11:30', '11:45'), m('14:00', '14:15'), m('16:30', '16:45')], 'ok'],
    ['5 short meetings', [m('09:00', '09:15'), m('11:30', '11:45'), m('14:00', '14:15'), m('16:30', '16:45'), m('16:45', '17:00')], 'heavy'],
    ['a 2 h block left exactly', [m('11:00', '12:00'), m('14:00', '15:00')], 'ok'],
    ['no 2 h block left (119 min at most)', [m('10:59', '12:00'), m('13:59', '15:01')], 'heavy'],
    ['5 h 59 min', [m('09:00', '14:59')], 'heavy'],
    ['6 h', [m('09:00', '15:00')], 'overloaded'],
    ['6 meetings', ['09', '10', '11', '12', '13', '14'].map((h) => m(`${h}:00`, `${h}:10`)), 'heavy'],
    ['7 meetings', ['09', '10', '11', '12', '13', '14', '15'].map((h) => m(`${h}:00`, `${h}:10`)), 'overloaded'],
    ['an evening meeting past midnight counts only until midnight', [{ start: utc('2026-11-23T20:00:00+01:00'), end: utc('2026-11-24T03:00:00+01:00') }], 'heavy'],
  ])('%s → %s', (_, events, level) => {
    expect(load(events).level).toBe(level);
  });

  it('a meeting from 00:00 to 03:00 on the autumn DST night is four hours long', () => {
    const r = load([{ start: utc('2026-10-24T22:00Z'), end: utc('2026-10-25T02:00Z') }], '2026-10-25');
    expect(r).toMatchObject({ meetings: 1, meetingMinutes: 240, level: 'heavy' });
  });

  it('the thresholds are the caller’s', () => {
    const strict = { ...DEFAULT_LOAD, heavyMinutes: 30, heavyMeetings: 2 };
    expect(meetingLoad({ day: '2026-11-23', user, events: [m('10:00', '10:30')], thresholds: strict }).level).toBe('heavy');
  });
});

describe('DST shifts when either side moves', () => {
  it('London organizer, New York guest: the US moves first (10:00 → 11:00); the UK following is no new change from the first', () => {
    const shifts = dstShifts({ firstStart: utc('2027-03-01T15:00Z'), organizerZone: 'Europe/London', guests: [person('Maya', 'America/New_York')] });
    expect(shifts.map((s) => [s.fromDate, s.before, s.after])).toEqual([['2027-03-15', '10:00', '11:00']]);
    expect(shifts[0]!.message).toBe('From 15 Mar 2027 this is 11:00 for Maya (New York), was 10:00.');
  });

  it('a series that keeps London time, seen by a New York organizer: their own row shifts', () => {
    const shifts = dstShifts({ firstStart: utc('2027-03-01T15:00Z'), seriesZone: 'Europe/London', organizerZone: 'America/New_York', organizer: { key: 'me', label: 'You' }, guests: [] });
    expect(shifts.map((s) => [s.key, s.self, s.fromDate, s.before, s.after])).toEqual([['me', true, '2027-03-15', '10:00', '11:00']]);
  });

  it('a shift later than 12 months after the first occurrence is not said', () => {
    // Monthly from 1 Apr 2027 (Berlin already on summer time): the next change is November's.
    const rule = { freq: 'monthly', interval: 1 } as const;
    expect(dstShifts({ firstStart: utc('2027-04-01T07:00Z'), rule, organizerZone: 'Europe/Berlin', guests: [person('T', 'Asia/Tokyo')] }).map((s) => s.fromDate)).toEqual(['2027-11-01']);
    expect(dstShifts({ firstStart: utc('2027-04-01T07:00Z'), rule, organizerZone: 'Europe/Berlin', guests: [person('T', 'Asia/Tokyo')], horizonMonths: 6 })).toEqual([]);
  });

  it('unknown guests and guests in a zone without DST on the same offset rhythm are quiet', () => {
    expect(dstShifts({ firstStart: utc('2027-03-07T22:00Z'), organizerZone: 'America/New_York', guests: [nobody('x')] })).toEqual([]);
    expect(dstShifts({ firstStart: utc('2027-06-07T12:00Z'), organizerZone: 'Asia/Tokyo', guests: [person('k', 'Asia/Kolkata')] })).toEqual([]);
  });
});

describe('async signals: more words, boilerplate descriptions, counts', () => {
  const base = { description: 'Agenda: review the Q3 numbers and decide on hiring.', guests: [], recurring: false, start: utc('2026-11-23T10:00Z'), userZone: 'UTC' };
  it.each(['Reunião de status', 'Abstimmung Marketing', 'Compte rendu hebdo', 'Informe semanal', '朝会', 'Wochenstatus Vertrieb', 'Teamsync', 'Weekly Round-up', 'stand up', 'Status-Update Q3'])('"%s" is a status update', (title) => {
    expect(asyncSignals({ ...base, title })).toContain('status-update');
  });

  it.each(['Statistics workshop', 'Updated pricing proposal', 'Synchrotron beamline review', 'Budget'])('"%s" is not', (title) => {
    expect(asyncSignals({ ...base, title })).not.toContain('status-update');
  });

  it('a description with only a link and markup is no agenda', () => {
    expect(asyncSignals({ ...base, title: 'Design review', description: '<p><a href="https://meet.google.com/abc-defg-hij">https://meet.google.com/abc-defg-hij</a></p>' })).toEqual(['no-agenda']);
    expect(asyncSignals({ ...base, title: 'Design review', description: 'Join Zoom Meeting https://zoom.us/j/123' })).toEqual(['no-agenda']);
  });

  it('8 guests are many, 7 are not', () => {
    const guests = (n: number) => Array.from({ length: n }, (_, i) => nobody(`g${i}`));
    expect(asyncSignals({ ...base, title: 'Design review', guests: guests(7) })).toEqual([]);
    expect(asyncSignals({ ...base, title: 'Design review', guests: guests(8) })).toEqual(['many-attendees']);
  });

  it('wide time spread counts the organizer when given', () => {
    const guests = [person('Berlin', 'Europe/Berlin')];
    const user = scheduleOf({ timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '12:00', workDays: 'Mon-Fri' });
    expect(asyncSignals({ ...base, title: 'Design review', guests })).toEqual([]);
    expect(asyncSignals({ ...base, title: 'Design review', guests, user })).toEqual(['wide-time-spread']);
  });
});
