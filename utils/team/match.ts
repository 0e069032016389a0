import { scheduleOf, type HolidayCalendar } from '@/utils/time';
import type { Schedule } from '@/utils/time/types';
import type { DomainRule, Person, Team } from './types';

/**
 * Who a recipient or guest is: a team member by address (case-insensitive, `+tag` ignored) or, when
 * the page shows no address, by display name; else a domain rule by the address's domain; else
 * unknown, with the reason.
 */

export type UnknownReason = 'no-identity' | 'not-in-team' | 'ambiguous-name';

export type Match =
  | { kind: 'person'; person: Person; schedule: Schedule; by: 'email' | 'name' }
  | { kind: 'rule'; rule: DomainRule; schedule: Schedule }
  | { kind: 'unknown'; reason: UnknownReason };

export interface Matcher {
  match(query: { email?: string; name?: string }): Match;
}

/** `Jane.Doe+News@Example.COM` → `jane.doe@example.com`; a `mailto:` prefix and angle brackets go too. */
export function normaliseEmail(raw: string): string {
  const address = raw.trim().replace(/^mailto:/i, '').replace(/^<|>$/g, '').toLowerCase();
  const at = address.lastIndexOf('@');
  if (at <= 0) return address;
  const local = address.slice(0, at);
  const plus = local.indexOf('+');
  return `${plus > 0 ? local.slice(0, plus) : local}${address.slice(at)}`;
}

/**
 * A display name as matching sees it: Unicode-normalised, accents and case folded, quotes and
 * bracketed notes ("(she/her)", "[EXT]") dropped, runs of spaces collapsed.
 */
export function normaliseName(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/["'“”‘’]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** "Doe, Jane" (directory order, as Outlook often shows) → "jane doe"; other names unchanged. */
function givenFirst(normalised: string): string | null {
  const parts = normalised.split(',');
  if (parts.length !== 2) return null;
  const [family, given] = parts.map((p) => p.trim());
  return family && given ? `${given} ${family}` : null;
}

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0 ? address.slice(at + 1) : '';
}

/** `example.com` matches that domain exactly; `*.co.jp` matches `co.jp` and every domain ending `.co.jp`. */
export function ruleMatchesDomain(pattern: string, domain: string): boolean {
  const p = pattern.trim().toLowerCase();
  if (p.startsWith('*.')) {
    const suffix = p.slice(2);
    return domain === suffix || domain.endsWith(`.${suffix}`);
  }
  return domain === p;
}

export function createMatcher(team: Team, holidays?: HolidayCalendar): Matcher {
  const byEmail = new Map<string, Person>();
  const byName = new Map<string, Person[]>();
  for (const person of team.people) {
    if (person.email) byEmail.set(normaliseEmail(person.email), person);
    if (person.name) {
      const key = normaliseName(person.name);
      if (!key) continue;
      const list = byName.get(key);
      if (list) list.push(person);
      else byName.set(key, [person]);
    }
  }
  // The most specific rule wins: an exact domain before any wildcard, longer suffixes first.
  const rules = [...team.domainRules].sort((a, b) => specificity(b.pattern) - specificity(a.pattern));
  const schedules = new WeakMap<object, Schedule>();
  const scheduleFor = (fields: Person | DomainRule) => {
    let s = schedules.get(fields);
    if (!s) {
      s = scheduleOf(fields, holidays);
      schedules.set(fields, s);
    }
    return s;
  };

  return {
    match({ email, name }) {
      const address = email ? normaliseEmail(email) : '';
      if (address) {
        const person = byEmail.get(address);
        if (person) return { kind: 'person', person, schedule: scheduleFor(person), by: 'email' };
      }
      if (name) {
        const found = findByName(byName, name);
        // With an address on the page, a name only picks someone the team knows by name alone.
        if (found === 'ambiguous') {
          if (!address) return { kind: 'unknown', reason: 'ambiguous-name' };
        } else if (found && (!address || !found.email)) {
          return { kind: 'person', person: found, schedule: scheduleFor(found), by: 'name' };
        }
      }
      if (address) {
        const domain = domainOf(address);
        const rule = rules.find((r) => ruleMatchesDomain(r.pattern, domain));
        if (rule) return { kind: 'rule', rule, schedule: scheduleFor(rule) };
      }
      return { kind: 'unknown', reason: address || name?.trim() ? 'not-in-team' : 'no-identity' };
    },
  };
}

function findByName(byName: Map<string, Person[]>, raw: string): Person | 'ambiguous' | null {
  const key = normaliseName(raw);
  if (!key) return null;
  for (const candidate of [key, givenFirst(key)]) {
    if (!candidate) continue;
    const people = byName.get(candidate);
    if (people && people.length > 1) return 'ambiguous';
    if (people?.length === 1) return people[0]!;
  }
  return null;
}

function specificity(pattern: string): number {
  const p = pattern.trim().toLowerCase();
  return p.startsWith('*.') ? p.length - 2 : 1000 + p.length;
}
