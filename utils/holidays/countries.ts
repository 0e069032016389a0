import type { Settings, Team } from '@/utils/team/types';

/**
 * Which countries' holidays Baton needs, and for which years. Pure and free of holiday data, so
 * any context may import it (the data itself is only ever loaded by the background).
 */

/** Every country named by the team's people, its domain rules and the user: upper case, sorted, once each. */
export function countriesOf(team: Team, settings: Settings): string[] {
  const codes = new Set<string>();
  const add = (raw: string | undefined) => {
    const code = raw?.trim().toUpperCase();
    if (code && /^[A-Z]{2}$/.test(code)) codes.add(code);
  };
  for (const person of team.people) add(person.country);
  for (const rule of team.domainRules) add(rule.country);
  add(settings.me.country);
  return [...codes].sort();
}

/** Last year, this year and next year: enough for "now", the 14-day send search and the week's slots around New Year. */
export function yearsAround(now: number): number[] {
  const year = new Date(now).getUTCFullYear();
  return [year - 1, year, year + 1];
}
