import Papa from 'papaparse';
import type { Person, Team } from './types';

/**
 * The team as a team file (CONTRACT.md §1). Importing what this writes gives the same people,
 * exactly: every field is already in the importer's canonical form.
 */
export interface TeamFilePerson {
  email?: string;
  name?: string;
  timeZone: string;
  workStart: string;
  workEnd: string;
  workDays: string;
  country?: string;
}

export const TEAM_FILE_COLUMNS = ['email', 'name', 'timeZone', 'workStart', 'workEnd', 'workDays', 'country'] as const;

export function toTeamFilePerson(person: Person): TeamFilePerson {
  return {
    ...(person.email ? { email: person.email } : {}),
    ...(person.name ? { name: person.name } : {}),
    timeZone: person.timeZone,
    workStart: person.workStart,
    workEnd: person.workEnd,
    workDays: person.workDays,
    ...(person.country ? { country: person.country } : {}),
  };
}

export function exportTeamJson(team: Pick<Team, 'people'>): string {
  return JSON.stringify({ people: team.people.map(toTeamFilePerson) }, null, 2) + '\n';
}

/**
 * CSV with every column. A cell starting with = + - @ (after any quotes) gets one more `'` in
 * front, so a spreadsheet shows it as text instead of running it as a formula (names come from
 * other people); the importer takes exactly one `'` off such cells, so every name round-trips.
 */
export function exportTeamCsv(team: Pick<Team, 'people'>): string {
  const rows = team.people.map((p) => {
    const row = toTeamFilePerson(p);
    return TEAM_FILE_COLUMNS.map((c) => escapeFormula(row[c] ?? ''));
  });
  return Papa.unparse({ fields: [...TEAM_FILE_COLUMNS], data: rows }, { newline: '\r\n' }) + '\r\n';
}

export function escapeFormula(cell: string): string {
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** `baton-team-2026-11-23.json` */
export function teamFileName(extension: 'json' | 'csv', at = new Date()): string {
  const date = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
  return `baton-team-${date}.${extension}`;
}
