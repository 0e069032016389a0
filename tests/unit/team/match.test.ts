import { createMatcher, normaliseEmail, normaliseName } from '@/utils/team/match';
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

describe('matching: the harder cases', () => {
  it('a wildcard never matches a domain that merely ends in the same letters', () => {
    expect(matcher.match({ email: 'x@evilco.jp' })).toEqual({ kind: 'unknown', reason: 'not-in-team' });
    expect(matcher.match({ email: 'x@co.jp.evil.com' })).toEqual({ kind: 'unknown', reason: 'not-in-team' });
  });

  it('an exact domain beats a wildcard over it, and a longer wildcard beats a shorter, whatever the rule order', () => {
    const rules = [
      { pattern: '*.jp', timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' },
      { pattern: '*.example.jp', timeZone: 'Asia/Tokyo', workStart: '10:00', workEnd: '18:00', workDays: 'Mon-Fri' },
      { pattern: 'EXAMPLE.jp', timeZone: 'Asia/Tokyo', workStart: '08:00', workEnd: '16:00', workDays: 'Mon-Fri' },
    ];
    for (const order of [rules, [...rules].reverse()]) {
      const m = createMatcher({ people: [], domainRules: order });
      expect(m.match({ email: 'a@example.jp' })).toMatchObject({ kind: 'rule', rule: { pattern: 'EXAMPLE.jp' } });
      expect(m.match({ email: 'a@dev.example.jp' })).toMatchObject({ kind: 'rule', rule: { pattern: '*.example.jp' } });
      expect(m.match({ email: 'a@other.jp' })).toMatchObject({ kind: 'rule', rule: { pattern: '*.jp' } });
    }
  });

  it('a person always beats a domain rule, and the rule gives the schedule its hours', () => {
    const m = createMatcher({ people: [p('ken@tokyo.co.jp', 'Ken', 'Asia/Tokyo')], domainRules: team.domainRules });
    expect(m.match({ email: 'KEN@tokyo.co.jp' })).toMatchObject({ kind: 'person', by: 'email' });
    const rule = m.match({ email: 'yui@tokyo.co.jp' });
    expect(rule).toMatchObject({ kind: 'rule', schedule: { zone: 'Asia/Tokyo', weekly: { 1: [{ start: 540, end: 1080 }] } } });
  });

  it('angle brackets and spaces around an address fold away; a + at the start of the local part stays', () => {
    expect(normaliseEmail(' <Ravi@Example.IN> ')).toBe('ravi@example.in');
    expect(matcher.match({ email: '<ravi+team@example.in>' })).toMatchObject({ kind: 'person', person: { name: 'Ravi Kumar' } });
    expect(normaliseEmail('+x@example.in')).toBe('+x@example.in');
  });

  it('names: bracketed notes and quotes go, composed and decomposed accents match, an unknown name is not-in-team', () => {
    expect(normaliseName('"Aiko Tanaka" [EXT]')).toBe('aiko tanaka');
    expect(normaliseName('Zoe\u0308 Mu\u0308ller')).toBe(normaliseName('Zoë Müller'));
    expect(matcher.match({ name: 'Zoe\u0308 Mu\u0308ller' })).toMatchObject({ kind: 'person', by: 'name' });
    expect(matcher.match({ name: 'Nobody Here' })).toEqual({ kind: 'unknown', reason: 'not-in-team' });
    expect(matcher.match({ name: '   ' })).toEqual({ kind: 'unknown', reason: 'no-identity' });
  });

  it('"Family, Given" order that is ambiguous stays ambiguous', () => {
    expect(matcher.match({ name: 'Smith, Alex' })).toEqual({ kind: 'unknown', reason: 'ambiguous-name' });
  });

  it('a page address unknown to the team falls back to its domain rule even when the name is shared', () => {
    expect(matcher.match({ email: 'alex@sales.co.jp', name: 'Alex Smith' })).toMatchObject({ kind: 'rule', rule: { pattern: 'sales.co.jp' } });
  });

  it('holidays handed to the matcher reach the schedules it builds', () => {
    const holidays = { holidayOn: (country: string, date: string) => (country === 'JP' && date === '2027-01-01' ? "New Year's Day" : null) };
    const m = createMatcher({ people: [{ ...p('aiko@example.jp', 'Aiko'), country: 'jp' }], domainRules: [] }, holidays);
    const found = m.match({ email: 'aiko@example.jp' });
    expect(found.kind).toBe('person');
    if (found.kind === 'person') {
      expect(found.schedule.country).toBe('JP');
      expect(found.schedule.holidays?.holidayOn('JP', '2027-01-01')).toBe("New Year's Day");
    }
  });
});
