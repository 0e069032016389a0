import { composeModel } from '@/utils/features/compose/model';
import type { RecipientRef } from '@/utils/hosts/types';
import { DEFAULT_SETTINGS, type Person, type Settings, type Team } from '@/utils/team/types';

// Tue 24 Nov 2026 17:14 UTC = Wed 02:14 in Tokyo, Tue 18:14 in Berlin, Tue 12:14 in New York.
const NOW = Date.UTC(2026, 10, 24, 17, 14);
const person = (email: string, name: string, timeZone: string, extra: Partial<Person> = {}): Person => ({ id: email, email, name, timeZone, workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri', ...extra });
const TEAM: Team = {
  people: [person('aiko@example.jp', 'Aiko Tanaka', 'Asia/Tokyo'), person('nina@example.com', 'Nina Ortiz', 'America/New_York'), person('lars@example.de', 'Lars Berg', 'Europe/Berlin')],
  domainRules: [],
};
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, me: { ...DEFAULT_SETTINGS.me, timeZone: 'Europe/Berlin' } };
const el = () => document.createElement('div');
const ref = (field: RecipientRef['field'], email: string, name?: string): RecipientRef => ({ field, email, name, element: el() });

describe('composeModel', () => {
  it('one chip per recipient, with status, zone and their wall time; unknown has neither', () => {
    const { chips } = composeModel([ref('to', 'aiko@example.jp', 'Aiko'), ref('cc', 'nina@example.com'), ref('bcc', 'who@example.org', 'Who')], TEAM, SETTINGS, NOW);
    expect(chips.map((c) => [c.field, c.status, c.zone, c.localTime])).toEqual([
      ['to', 'off-hours', 'Asia/Tokyo', '2026-11-25T02:14'],
      ['cc', 'working', 'America/New_York', '2026-11-24T12:14'],
      ['bcc', 'unknown', undefined, undefined],
    ]);
    expect(chips[0]).toMatchObject({ label: 'Aiko Tanaka', timeText: '02:14', place: 'Tokyo', dateText: 'Wed 25 Nov', offsetText: '+8 h from you', hoursText: '09:00–17:00, Mon-Fri' });
    expect(chips[0]?.nextText).toMatch(/^Next starts 09:00 Wed \(in 6 h 46 min\)$/);
    expect(chips[2]?.label).toBe('Who');
  });

  it('off-hours when a To recipient is outside their hours: who, the suggestion in their zone and the user’s', () => {
    const { advice } = composeModel([ref('to', 'aiko@example.jp'), ref('cc', 'nina@example.com')], TEAM, SETTINGS, NOW);
    expect(advice.verdict).toBe('off-hours');
    expect(advice.suggestedAt).toBe(Date.UTC(2026, 10, 25, 0, 0));
    expect(advice.suggestedIso).toBe('2026-11-25T00:00Z');
    expect(advice.sentence).toBe('Lands 02:14 Wed for Aiko (Tokyo). Schedule for 09:00 Aiko’s time — 01:00 Wed yours?');
    expect(advice.userTimeText).toBe('01:00 Wed 25 Nov');
  });

  it('Cc and Bcc never decide; no known To recipient is unknown', () => {
    expect(composeModel([ref('to', 'nina@example.com'), ref('cc', 'aiko@example.jp'), ref('bcc', 'aiko@example.jp')], TEAM, SETTINGS, NOW).advice.verdict).toBe('ok');
    expect(composeModel([ref('to', 'who@example.org'), ref('cc', 'aiko@example.jp')], TEAM, SETTINGS, NOW).advice.verdict).toBe('unknown');
    expect(composeModel([], TEAM, SETTINGS, NOW).advice).toMatchObject({ verdict: 'unknown', sentence: '' });
  });

  it('names several people outside their hours without pronouns', () => {
    const { advice } = composeModel([ref('to', 'aiko@example.jp'), ref('to', 'lars@example.de')], TEAM, { ...SETTINGS, me: { ...SETTINGS.me, timeZone: 'America/New_York' } }, NOW);
    expect(advice.verdict).toBe('off-hours');
    expect(advice.sentence).toMatch(/^Lands 02:14 Wed for Aiko \(Tokyo\) and 1 more\./);
    expect(advice.sentence).not.toMatch(/\b(her|his)\b/);
  });
});
