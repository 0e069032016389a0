import { readTeamFileText } from './decode-team-file';
import { readTeamCsv } from './parse-team-csv';
import { readTeamJson } from './parse-team-json';
import { checkPerson } from './person-fields';
import { MAX_TEAM_ROWS } from './team-file-records';
import type { Person } from './types';

/**
 * A team file (CONTRACT.md §1) to people, all or nothing: any bad row refuses the whole file and
 * every bad row is named with its spreadsheet row number and why. Unknown columns and repeated
 * addresses are notices; the file still imports.
 */
export interface TeamFileResult {
  ok: boolean;
  format: 'csv' | 'json' | null;
  /** The people to import, in file order; empty when not ok. */
  people: Person[];
  /** Why the file was refused: one line per problem, `row 3: unknown time zone "Mars/Olympus"`. */
  problems: string[];
  /** What the user should know although the file imports. */
  notices: string[];
}

export function parseTeamFile(text: string): TeamFileResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refuse(null, ['The file is empty: there is nothing to import.']);
  const format = /^\s*[[{]/.test(body) ? 'json' : 'csv';
  const read = format === 'json' ? readTeamJson(body) : readTeamCsv(body);
  if (read.records.length > MAX_TEAM_ROWS) {
    return refuse(format, [`The file has ${read.records.length.toLocaleString('en')} people; Baton takes at most ${MAX_TEAM_ROWS.toLocaleString('en')}.`]);
  }
  const problems = [...read.problems];
  const notices = [...read.notices];
  const byId = new Map<string, { person: Person; row: number; label: string }>();
  for (const record of read.records) {
    if (record.problem) {
      problems.push(`${record.label}: ${record.problem}`);
      continue;
    }
    const { person, problems: rowProblems } = checkPerson(record.fields);
    for (const p of rowProblems) problems.push(`${record.label}: ${p.message}`);
    if (!person) continue;
    const earlier = byId.get(person.id);
    if (earlier) {
      const who = person.email ?? person.name;
      notices.push(`${record.label}: ${who} is also on row ${earlier.row}; the later row (${record.row}) is kept.`);
      // Later row wins, in the later row's place.
      byId.delete(person.id);
    }
    byId.set(person.id, { person, row: record.row, label: record.label });
  }
  if (problems.length > 0) return refuse(format, problems, notices);
  if (byId.size === 0) {
    return refuse(format, [format === 'csv' ? 'The file has a header but no people.' : 'The file lists no people.'], notices);
  }
  return { ok: true, format, people: [...byId.values()].map((v) => v.person), problems: [], notices };
}

/** Read a chosen file (size, encoding, binary junk) and parse it. */
export async function parseTeamFileBlob(file: Blob): Promise<TeamFileResult> {
  const decoded = await readTeamFileText(file);
  if ('problem' in decoded) return refuse(null, [decoded.problem]);
  return parseTeamFile(decoded.text);
}

function refuse(format: TeamFileResult['format'], problems: string[], notices: string[] = []): TeamFileResult {
  return { ok: false, format, people: [], problems, notices };
}
