import type { Person } from './types';

/** What replacing one people list with another changes, person by person (matched by id). */
export interface TeamDiff {
  added: Person[];
  /** Same person, different team-file fields. */
  updated: Array<{ before: Person; after: Person; fields: string[] }>;
  removed: Person[];
  unchanged: Person[];
}

const COMPARED = ['email', 'name', 'timeZone', 'workStart', 'workEnd', 'workDays', 'country'] as const;

export function diffPeople(before: readonly Person[], after: readonly Person[]): TeamDiff {
  const old = new Map(before.map((p) => [p.id, p]));
  const diff: TeamDiff = { added: [], updated: [], removed: [], unchanged: [] };
  const seen = new Set<string>();
  for (const person of after) {
    seen.add(person.id);
    const was = old.get(person.id);
    if (!was) {
      diff.added.push(person);
      continue;
    }
    const fields = COMPARED.filter((f) => (was[f] ?? '') !== (person[f] ?? ''));
    if (fields.length > 0) diff.updated.push({ before: was, after: person, fields });
    else diff.unchanged.push(person);
  }
  for (const person of before) if (!seen.has(person.id)) diff.removed.push(person);
  return diff;
}

export function displayName(person: Person): string {
  return person.name || person.email || person.id;
}

/** "Ana, Bo and 3 others" */
export function listNames(people: readonly Person[], max = 5): string {
  const names = people.slice(0, max).map(displayName);
  const rest = people.length - names.length;
  if (rest > 0) return `${names.join(', ')} and ${rest} other${rest === 1 ? '' : 's'}`;
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
