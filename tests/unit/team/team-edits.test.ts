import { diffPeople, listNames } from '@/utils/team/team-diff';
import { withImportedPeople, withoutPerson, withoutRule, withPerson, withRule } from '@/utils/team/team-edits';
import type { DomainRule, Person, Team } from '@/utils/team/types';

const p = (id: string, extra: Partial<Person> = {}): Person => ({ id, email: id, timeZone: 'UTC', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri', ...extra });
const rule = (pattern: string, timeZone = 'Asia/Tokyo'): DomainRule => ({ pattern, timeZone, workStart: '09:00', workEnd: '18:00', workDays: 'Mon-Fri' });
const team = (people: Person[], domainRules: DomainRule[] = []): Team => ({ people, domainRules });

describe('team edits', () => {
  it('adds, replaces in place (also under a new address) and removes', () => {
    const t = team([p('a@x.com'), p('b@x.com'), p('c@x.com')]);
    expect(withPerson(t, p('d@x.com')).people.map((x) => x.id)).toEqual(['a@x.com', 'b@x.com', 'c@x.com', 'd@x.com']);
    expect(withPerson(t, p('b@x.com', { timeZone: 'Asia/Tokyo' }), 'b@x.com').people.map((x) => [x.id, x.timeZone])).toEqual([
      ['a@x.com', 'UTC'],
      ['b@x.com', 'Asia/Tokyo'],
      ['c@x.com', 'UTC'],
    ]);
    expect(withPerson(t, p('bee@x.com'), 'b@x.com').people.map((x) => x.id)).toEqual(['a@x.com', 'bee@x.com', 'c@x.com']);
    expect(withoutPerson(t, 'b@x.com').people.map((x) => x.id)).toEqual(['a@x.com', 'c@x.com']);
  });

  it('keeps days off across an edit and an import (the team file does not carry them)', () => {
    const t = team([p('a@x.com', { daysOff: ['2026-12-24'] })]);
    expect(withPerson(t, p('a@x.com', { workStart: '08:00' }), 'a@x.com').people[0]?.daysOff).toEqual(['2026-12-24']);
    expect(withImportedPeople(t, [p('a@x.com'), p('b@x.com')]).people.map((x) => x.daysOff)).toEqual([['2026-12-24'], undefined]);
  });

  it('an import replaces people and keeps domain rules', () => {
    const t = team([p('a@x.com')], [rule('*.co.jp')]);
    expect(withImportedPeople(t, [p('b@x.com')])).toEqual(team([p('b@x.com')], [rule('*.co.jp')]));
  });

  it('edits domain rules by pattern', () => {
    const t = team([], [rule('*.co.jp'), rule('example.com')]);
    expect(withRule(t, rule('*.co.jp', 'Asia/Seoul')).domainRules.map((r) => r.timeZone)).toEqual(['Asia/Seoul', 'Asia/Tokyo']);
    expect(withRule(t, rule('*.jp'), '*.co.jp').domainRules.map((r) => r.pattern)).toEqual(['*.jp', 'example.com']);
    expect(withoutRule(t, 'example.com').domainRules.map((r) => r.pattern)).toEqual(['*.co.jp']);
  });

  it('diffs two people lists by id and team-file fields', () => {
    const before = [p('a@x.com'), p('b@x.com'), p('c@x.com')];
    const after = [p('a@x.com'), p('b@x.com', { workEnd: '18:00' }), p('d@x.com')];
    const diff = diffPeople(before, after);
    expect(diff.added.map((x) => x.id)).toEqual(['d@x.com']);
    expect(diff.updated.map((u) => [u.after.id, u.fields])).toEqual([['b@x.com', ['workEnd']]]);
    expect(diff.removed.map((x) => x.id)).toEqual(['c@x.com']);
    expect(diff.unchanged.map((x) => x.id)).toEqual(['a@x.com']);
  });

  it('lists names for people', () => {
    expect(listNames([p('a@x.com', { name: 'Ana' })])).toBe('Ana');
    expect(listNames([p('a@x.com', { name: 'Ana' }), p('b@x.com')])).toBe('Ana and b@x.com');
    expect(listNames(Array.from({ length: 7 }, (_, i) => p(`${i}@x.com`)), 2)).toBe('0@x.com, 1@x.com and 5 others');
  });
});
