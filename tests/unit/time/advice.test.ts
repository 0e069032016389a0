import { asyncSignals, dstShifts, fairSlots, meetingLoad, scheduleOf, suggestSendTime, type Recipient } from '@/utils/time';
import { DEFAULT_LOAD } from '@/utils/team/types';

const utc = (iso: string) => Date.parse(iso);
const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());
const person = (key: string, timeZone: string, workStart = '09:00', workEnd = '17:00', workDays = 'Mon-Fri'): Recipient => ({
  key,
  label: key,
  schedule: scheduleOf({ timeZone, workStart, workEnd, workDays }),
});

describe('send-time suggestion', () => {
  const aiko = person('Aiko', 'Asia/Tokyo');
  const lena = person('Lena', 'Europe/Berlin');
  const maya = person('Maya', 'America/New_York', '09:00', '12:00');
  const kenji = person('Kenji', 'Asia/Tokyo', '09:00', '12:00');

  it('ok when everyone in To works now; Cc outside their hours is said, never blocking', () => {
    const r = suggestSendTime({ now: utc('2026-11-23T10:00Z'), userZone: 'Europe/Berlin', to: [lena], cc: [aiko] });
    expect(r.verdict).toBe('ok');
    expect(r.suggestedAt).toBeNull();
    expect(r.ccOutsideNow.map((x) => x.key)).toEqual(['Aiko']);
  });

  it('off-hours: the earliest minute when every known To recipient works, with times for everyone', () => {
    const r = suggestSendTime({ now: utc('2026-11-23T11:00Z'), userZone: 'Europe/Berlin', to: [aiko, { key: 'x', label: 'X', schedule: null }] });
    expect(r.verdict).toBe('off-hours');
    expect(iso(r.suggestedAt)).toBe('2026-11-24T00:00:00.000Z'); // Tue 09:00 Tokyo
    expect(r.everyoneWorkingAtSuggestion).toBe(true);
    expect(r.userLocalAtSuggestion).toBe('2026-11-24T01:00');
    expect(r.atSuggestion).toEqual([{ key: 'Aiko', label: 'Aiko', field: 'to', zone: 'Asia/Tokyo', localTime: '2026-11-24T09:00', status: 'working' }]);
  });

  it('to the minute, never before now', () => {
    const r = suggestSendTime({ now: utc('2026-11-23T23:59:30Z'), userZone: 'UTC', to: [aiko] }); // 08:59:30 Tokyo
    expect(iso(r.suggestedAt)).toBe('2026-11-24T00:00:00.000Z');
  });

  it('never in a weekend: Friday evening suggests Monday morning', () => {
    const r = suggestSendTime({ now: utc('2026-11-27T10:00Z'), userZone: 'UTC', to: [aiko] }); // Fri 19:00 Tokyo
    expect(iso(r.suggestedAt)).toBe('2026-11-30T00:00:00.000Z');
  });

  it('unknown when no To recipient is known', () => {
    expect(suggestSendTime({ now: 0, userZone: 'UTC', to: [{ key: 'x', label: 'X', schedule: null }] }).verdict).toBe('unknown');
    expect(suggestSendTime({ now: 0, userZone: 'UTC', to: [] }).verdict).toBe('unknown');
  });

  it('when no minute in 14 days suits all, the earliest with the most, naming who is still outside', () => {
    const r = suggestSendTime({ now: utc('2026-11-23T05:00Z'), userZone: 'UTC', to: [maya, kenji] }); // both off now
    expect(r.verdict).toBe('off-hours');
    expect(r.everyoneWorkingAtSuggestion).toBe(false);
    expect(iso(r.suggestedAt)).toBe('2026-11-23T14:00:00.000Z'); // Maya's Monday 09:00
    expect(r.stillOutsideAtSuggestion.map((x) => x.key)).toEqual(['Kenji']);
    expect(r.explanation).toContain('Kenji');
  });
});

describe('fair slots', () => {
  const berlin = person('berlin', 'Europe/Berlin');
  const newYork = person('ny', 'America/New_York');
  const tokyo = person('tokyo', 'Asia/Tokyo');
  const day = { from: utc('2026-11-23T00:00Z'), to: utc('2026-11-24T00:00Z') };

  it('everyone inside their hours first, at 15-minute steps, earliest among equals', () => {
    const [best, second] = fairSlots({ guests: [berlin, newYork], durationMinutes: 60, ...day, userZone: 'UTC' });
    expect(iso(best!.start)).toBe('2026-11-23T14:00:00.000Z'); // 15:00 Berlin, 09:00 New York
    expect(best!.outsideCount).toBe(0);
    expect(iso(second!.start)).toBe('2026-11-23T14:15:00.000Z');
    expect(best!.fits.every((f) => f.insideHours)).toBe(true);
  });

  it('then fewest outside, then fewest minutes outside', () => {
    const [best] = fairSlots({ guests: [berlin, newYork, tokyo], durationMinutes: 60, ...day, userZone: 'UTC' });
    expect(best!.outsideCount).toBe(1);
    expect(best!.minutesOutside).toBe(60);
  });

  it('among equals, spares whoever was asked outside their hours most often lately', () => {
    const plain = fairSlots({ guests: [tokyo, newYork], durationMinutes: 60, ...day, userZone: 'UTC' })[0]!;
    expect(iso(plain.start)).toBe('2026-11-23T00:00:00.000Z'); // Tokyo's morning, New York outside
    const fair = fairSlots({ guests: [tokyo, newYork], durationMinutes: 60, ...day, userZone: 'UTC', ledger: { ny: 5 } })[0]!;
    expect(iso(fair.start)).toBe('2026-11-23T14:00:00.000Z'); // New York's morning, Tokyo outside
  });

  it('distinct slots do not overlap each other', () => {
    const slots = fairSlots({ guests: [berlin, newYork], durationMinutes: 60, ...day, userZone: 'UTC', distinct: true });
    // 13:45 (15 minutes outside for New York) overlaps the first; 08:00 is the earliest with the next least.
    expect(slots.map((s) => iso(s.start))).toEqual(['2026-11-23T14:00:00.000Z', '2026-11-23T15:00:00.000Z', '2026-11-23T08:00:00.000Z']);
  });
});

describe('DST shifts for a recurring meeting', () => {
  it('weekly 17:00 New York with a Sydney guest: 09:00, then 08:00 from 14 Mar 2027 (the first change only, CONTRACT dst-shift)', () => {
    const shifts = dstShifts({ firstStart: utc('2027-03-07T22:00Z'), organizerZone: 'America/New_York', guests: [person('Sydney', 'Australia/Sydney')] });
    expect(shifts.map((s) => [s.fromDate, s.before, s.after])).toEqual([['2027-03-14', '09:00', '08:00']]);
    expect(shifts[0]!.message).toBe('From 14 Mar 2027 this is 08:00 for Sydney, was 09:00.');
  });

  it('a guest whose zone moves with the organizer sees no shift', () => {
    expect(dstShifts({ firstStart: utc('2027-03-07T22:00Z'), organizerZone: 'America/New_York', guests: [person('Toronto', 'America/Toronto')] })).toEqual([]);
  });
});

describe('meeting load', () => {
  const user = scheduleOf({ timeZone: 'Europe/Berlin', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' });
  const at = (hhmm: string) => utc(`2026-11-23T${hhmm}:00+01:00`);
  const meeting = (from: string, to: string) => ({ start: at(from), end: at(to) });
  const load = (events: Array<{ start: number; end: number }>) => meetingLoad({ day: '2026-11-23', user, events, thresholds: DEFAULT_LOAD });

  it('one meeting is ok', () => {
    expect(load([meeting('10:00', '11:00')])).toMatchObject({ level: 'ok', meetings: 1, meetingMinutes: 60, longestFreeMinutes: 360, backToBackChains: 0 });
  });

  it('heavy at 4 hours, counting overlaps once, with back-to-back chains', () => {
    const r = load([meeting('09:00', '10:00'), meeting('10:00', '11:00'), meeting('10:30', '11:00'), meeting('11:00', '13:00')]);
    expect(r).toMatchObject({ level: 'heavy', meetings: 4, meetingMinutes: 240, longestFreeMinutes: 240, backToBackChains: 1 });
  });

  it('heavy at 5 meetings, or when no two-hour block is left', () => {
    expect(load(['09', '10', '11', '12', '13'].map((h) => meeting(`${h}:00`, `${h}:15`))).level).toBe('heavy');
    const r = load([meeting('10:00', '11:00'), meeting('12:30', '13:30'), meeting('15:00', '15:30')]);
    expect(r.longestFreeMinutes).toBe(90);
    expect(r.level).toBe('heavy');
  });

  it('overloaded at 6 hours or 7 meetings', () => {
    expect(load([meeting('09:00', '15:00')]).level).toBe('overloaded');
    expect(load(['09', '10', '11', '12', '13', '14', '15'].map((h) => meeting(`${h}:00`, `${h}:10`))).level).toBe('overloaded');
  });

  it('only the user’s day counts: a meeting the evening before is left out', () => {
    expect(load([{ start: at('08:00') - 12 * 3_600_000, end: at('08:00') - 11 * 3_600_000 }]).meetings).toBe(0);
  });
});

describe('async signals', () => {
  const base = { description: 'Agenda: review the Q3 numbers and decide on hiring.', guests: [], recurring: false, start: utc('2026-11-23T10:00Z'), userZone: 'UTC' };
  it.each([
    'Weekly status',
    'Team sync',
    'Daily stand-up',
    'Check-in',
    'Project update',
    'Statusmeeting Vertrieb',
    'Wochenbericht',
    'Point hebdo équipe',
    'Mise à jour produit',
    'Reunión semanal',
    'Seguimiento del proyecto',
    'Atualização semanal',
    '週次定例',
    '進捗報告',
  ])('"%s" reads like a status update', (title) => {
    expect(asyncSignals({ ...base, title })).toContain('status-update');
  });

  it.each(['Design review', 'Hiring decision', 'Checking the budget', 'Offsite planning'])('"%s" does not', (title) => {
    expect(asyncSignals({ ...base, title })).not.toContain('status-update');
  });

  it('no agenda, many attendees, wide spread and recurring, in CONTRACT order', () => {
    const guests = [
      person('Tokyo', 'Asia/Tokyo', '09:00', '12:00'),
      person('NY', 'America/New_York', '09:00', '12:00'),
      ...Array.from({ length: 6 }, (_, i) => ({ key: `u${i}`, label: `u${i}`, schedule: null })),
    ];
    expect(asyncSignals({ ...base, title: 'Weekly status', description: ' ', guests, recurring: true })).toEqual(['status-update', 'no-agenda', 'many-attendees', 'wide-time-spread', 'recurring']);
    expect(asyncSignals({ ...base, title: 'Design review', guests: guests.slice(0, 2) })).toEqual(['wide-time-spread']);
    expect(asyncSignals({ ...base, title: 'Design review', guests: [person('a', 'Europe/Berlin'), person('b', 'Europe/London')] })).toEqual([]);
  });
});
