import type { DomainRule, Person, Team } from './types';

/**
 * Edits as pure functions of the team, applied by utils/storage.ts's updateTeam to the freshest
 * stored team, so two options tabs editing different people both keep their edits.
 */

/** Add a person, or replace the one with `replacingId` in place (its id may change with the email). */
export function withPerson(team: Team, person: Person, replacingId?: string): Team {
  const kept = replacingId ? team.people.find((p) => p.id === replacingId) : undefined;
  // Personal days off are not edited here: keep them across an edit.
  const next = kept?.daysOff && !person.daysOff ? { ...person, daysOff: kept.daysOff } : person;
  const index = replacingId ? team.people.findIndex((p) => p.id === replacingId) : -1;
  const others = team.people.filter((p) => p.id !== next.id && p.id !== replacingId);
  if (index < 0) return { ...team, people: [...others, next] };
  const at = Math.min(index, others.length);
  return { ...team, people: [...others.slice(0, at), next, ...others.slice(at)] };
}

export function withoutPerson(team: Team, id: string): Team {
  return { ...team, people: team.people.filter((p) => p.id !== id) };
}

/** Replace the people with an imported list; days off of people who stay are kept. */
export function withImportedPeople(team: Team, people: Person[]): Team {
  const before = new Map(team.people.map((p) => [p.id, p]));
  return {
    ...team,
    people: people.map((p) => {
      const daysOff = before.get(p.id)?.daysOff;
      return daysOff && !p.daysOff ? { ...p, daysOff } : p;
    }),
  };
}

export function withRule(team: Team, rule: DomainRule, replacingPattern?: string): Team {
  const index = team.domainRules.findIndex((r) => r.pattern === (replacingPattern ?? rule.pattern));
  const others = team.domainRules.filter((r) => r.pattern !== rule.pattern && r.pattern !== replacingPattern);
  if (index < 0) return { ...team, domainRules: [...others, rule] };
  const at = Math.min(index, others.length);
  return { ...team, domainRules: [...others.slice(0, at), rule, ...others.slice(at)] };
}

export function withoutRule(team: Team, pattern: string): Team {
  return { ...team, domainRules: team.domainRules.filter((r) => r.pattern !== pattern) };
}
