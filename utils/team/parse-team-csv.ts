import Papa from 'papaparse';
import type { PersonField } from './person-fields';
import type { TeamFileRecord, TeamFileRecords } from './team-file-records';

/**
 * CSV per CONTRACT.md §1, as spreadsheets export it: a header row, columns in any order and any
 * letter case, quoted cells (commas and line breaks inside), CRLF, and `;` or tab delimiters
 * (European Excel writes `;`). papaparse does the quoting; this file decides what the cells mean.
 */

/** Header names, compared without case, spaces, `_` or `-` ("Time zone", "work_start"). */
const COLUMNS: Record<string, PersonField> = {
  email: 'email',
  name: 'name',
  timezone: 'timeZone',
  workstart: 'workStart',
  workend: 'workEnd',
  workdays: 'workDays',
  country: 'country',
};

const squash = (header: string) => header.trim().toLowerCase().replace(/[\s_-]+/g, '');

/** The delimiter is whichever of , ; tab the header row uses most (a header has no quoted commas). */
export function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string) => firstLine.split(d).length - 1;
  const candidates = [',', ';', '\t'].map((d) => ({ d, n: count(d) }));
  candidates.sort((a, b) => b.n - a.n);
  const best = candidates[0];
  return best && best.n > 0 ? best.d : ',';
}

/** Baton's CSV export writes a cell that starts with a formula sign as `'=…` (see export-team-file.ts). */
export function unescapeFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

export function readTeamCsv(text: string): TeamFileRecords {
  const problems: string[] = [];
  const notices: string[] = [];
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), header: false, skipEmptyLines: false });
  const rows = parsed.data;
  const brokenRows = new Set<number>();
  for (const error of parsed.errors) {
    if (error.code === 'UndetectableDelimiter') continue;
    const row = (error.row ?? 0) + 1;
    brokenRows.add(row);
    problems.push(
      error.type === 'Quotes'
        ? `row ${row}: a quoted cell is not closed (a " is missing), so the rest of the file cannot be read`
        : `row ${row}: ${error.message}`,
    );
  }

  const header = rows[0] ?? [];
  const columns: Array<PersonField | null> = [];
  const seen = new Map<PersonField, string>();
  header.forEach((cell, index) => {
    const field = COLUMNS[squash(cell)] ?? null;
    columns.push(field);
    if (field) {
      if (seen.has(field)) problems.push(`row 1: the header has two ${field} columns ("${seen.get(field)}" and "${cell.trim()}")`);
      seen.set(field, cell.trim());
    } else if (cell.trim() !== '') {
      notices.push(`Column "${cell.trim()}" is not a team-file column; it was ignored.`);
    } else if (rows.some((r, i) => i > 0 && (r[index] ?? '').trim() !== '')) {
      notices.push(`Column ${index + 1} has no name in the header; it was ignored.`);
    }
  });
  if (!seen.has('timeZone') || (!seen.has('email') && !seen.has('name'))) {
    const missing = [!seen.has('email') && !seen.has('name') ? 'email (or name)' : null, !seen.has('timeZone') ? 'timeZone' : null].filter(Boolean);
    const found = header.map((c) => c.trim()).filter(Boolean).slice(0, 6).join(', ');
    return {
      format: 'csv',
      records: [],
      problems: [`row 1: the first row must be a header naming the columns; it has no ${missing.join(' and no ')} column${found ? ` (it reads: ${found})` : ''}`],
      notices: [],
    };
  }

  const records: TeamFileRecord[] = [];
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    const row = i + 1;
    if (brokenRows.has(row)) continue;
    if (cells.every((c) => c.trim() === '')) continue;
    const record: TeamFileRecord = { row, label: `row ${row}`, fields: {} };
    const extra = cells.slice(header.length).filter((c) => c.trim() !== '');
    if (extra.length > 0) {
      record.problem = `${cells.length} cells, but the header has ${header.length} columns (a cell with a comma or ; in it needs quotes)`;
    }
    columns.forEach((field, index) => {
      if (field) record.fields[field] = unescapeFormula(cells[index] ?? '');
    });
    records.push(record);
  }
  return { format: 'csv', records, problems, notices };
}
