import { createMatcher, normaliseEmail, normaliseName } from '@/utils/team/match';
import { formatWorkDays, parseHHmm, parseWorkDays } from '@/utils/team/schedule-fields';
import type { Person, Team } from '@/utils/team/types';

const p = (email: string | undefined, name: string | undefined, timeZone = 'Asia/Tokyo'): Person => ({
  id: email ?? `name:${name}`,
  ...(email ? { email } : {}),
  ...(name ? { name } : {}),
  timeZone,
  workStart: '09:00',
  workEnd: '17:00',
  workDays: 'Mon-Fri',
});

const team: Team = {
  people: [p('aiko@example.jp', 'Aiko Tanaka'), p('ravi@example.in', 'Ravi Kumar', 'Asia/Kolkata'), p('a.smith@one.com', 'Alex Smith'), p('alex@two.com', 'Alex Smith'), p(undefined, 'Zoë Müller', 'Europe/Berlin')],
  domainRules: [
    { pattern: '*.co.jp', timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '18:00', workDays: 'Mon-Fri' },
    { pattern: 'sales.co.jp', timeZone: 'Asia/Osaka' as string, workStart: '10:00', workEnd: '19:00', workDays: 'Mon-Fri' },
    { pattern: 'example.org', timeZone: 'America/Chicago', workStart: '08:00', workEnd: '16:00', workDays: 'Mon-Fri' },
  ],
};
const matcher = createMatcher(team);

describe('matching recipients to the team', () => {
  it('by address, ignoring case, a +tag and mailto:', () => {
    expect(normaliseEmail('Aiko+Newsletter@Example.JP')).toBe('aiko@example.jp');
    expect(matcher.match({ email: 'mailto:AIKO+x@example.jp' })).toMatchObject({ kind: 'person', by: 'email', person: { name: 'Aiko Tanaka' } });
  });

  it('by display name when the page shows no address: case, accents, spacing and "Family, Given" order fold', () => {
    expect(normaliseName('  ZOE   muller ')).toBe('zoe muller');
    expect(matcher.match({ name: 'zoe MULLER' })).toMatchObject({ kind: 'person', by: 'name' });
    expect(matcher.match({ name: 'Kumar, Ravi' })).toMatchObject({ kind: 'person', person: { email: 'ravi@example.in' } });
    expect(matcher.match({ name: 'Aiko Tanaka (she/her)' })).toMatchObject({ kind: 'person', person: { email: 'aiko@example.jp' } });
  });

  it('two people with one name and no address to tell them apart: unknown, with the reason', () => {
    expect(matcher.match({ name: 'Alex Smith' })).toEqual({ kind: 'unknown', reason: 'ambiguous-name' });
    expect(matcher.match({ email: 'alex@two.com', name: 'Alex Smith' })).toMatchObject({ kind: 'person', person: { email: 'alex@two.com' } });
  });

  it('an address the team does not know is not matched by its name to someone with another address', () => {
    expect(matcher.match({ email: 'aiko@elsewhere.com', name: 'Aiko Tanaka' })).toEqual({ kind: 'unknown', reason: 'not-in-team' });
  });

  it('domain rules: exact domains and *.suffix, the most specific first', () => {
    expect(matcher.match({ email: 'ken@tokyo.co.jp' })).toMatchObject({ kind: 'rule', rule: { pattern: '*.co.jp' } });
    expect(matcher.match({ email: 'ken@co.jp' })).toMatchObject({ kind: 'rule', rule: { pattern: '*.co.jp' } });
    expect(matcher.match({ email: 'ken@sales.co.jp' })).toMatchObject({ kind: 'rule', rule: { pattern: 'sales.co.jp' } });
    expect(matcher.match({ email: 'x@example.org' })).toMatchObject({ kind: 'rule', schedule: { zone: 'America/Chicago' } });
    expect(matcher.match({ email: 'x@sub.example.org' })).toEqual({ kind: 'unknown', reason: 'not-in-team' });
  });

  it('nothing to go on is unknown too', () => {
    expect(matcher.match({})).toEqual({ kind: 'unknown', reason: 'no-identity' });
  });
});

describe('team-file fields', () => {
  it.each([
    ['09:00', 540],
    ['9:30', 570],
    ['24:00', 1440],
    ['00:00', 0],
    ['25:00', null],
    ['09:60', null],
    ['9am', null],
    ['', null],
  ])('parseHHmm(%j) = %j', (text, minutes) => expect(parseHHmm(text)).toBe(minutes));

  it.each([
    ['Mon-Fri', [1, 2, 3, 4, 5], 'Mon-Fri'],
    ['Sun-Thu', [1, 2, 3, 4, 7], 'Sun-Thu'],
    ['Fri-Sat', [5, 6], 'Fri,Sat'],
    ['mon, tue ,THU', [1, 2, 4], 'Mon,Tue,Thu'],
    ['Mon-Wed,Fri', [1, 2, 3, 5], 'Mon-Wed,Fri'],
    ['Sat-Mon', [1, 6, 7], 'Sat-Mon'],
    ['Mon-Sun', [1, 2, 3, 4, 5, 6, 7], 'Mon-Sun'],
  ])('workDays %j → %j → %j', (text, days, canonical) => {
    expect(parseWorkDays(text)).toEqual(days);
    expect(formatWorkDays(parseWorkDays(text)!)).toBe(canonical);
  });

  it.each(['Monday', 'Mon-Fri-Sat', 'Lun-Ven', 'Mon;Tue'])('refuses %j', (text) => expect(parseWorkDays(text)).toBeNull());
});
