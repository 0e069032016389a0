import type { PersonFields } from './person-fields';

/**
 * What the CSV and JSON readers hand the importer: one record per person row, each with the label
 * messages use (`row 3`, or `person 2, row 3` for JSON), plus problems and notices about the file.
 */
export interface TeamFileRecord {
  /** Spreadsheet row number (header = 1, first person = 2). */
  row: number;
  label: string;
  fields: PersonFields;
  /** Set when the row could not be read at all (a JSON entry that is not an object…). */
  problem?: string;
}

export interface TeamFileRecords {
  format: 'csv' | 'json';
  records: TeamFileRecord[];
  /** Problems with the file as a whole (no header, no timeZone column, broken JSON…). */
  problems: string[];
  notices: string[];
}

/** More than this is not a team: refuse rather than slow the browser down. */
export const MAX_TEAM_ROWS = 20_000;
