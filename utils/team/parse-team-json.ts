import { PERSON_FIELDS, type PersonField } from './person-fields';
import type { TeamFileRecord, TeamFileRecords } from './team-file-records';

/**
 * JSON per CONTRACT.md §1: `{ "people": [ { "email", "name", "timeZone", … } ] }`. Rows are
 * counted as in the CSV export (the first person is row 2), so one message format serves both.
 */
export function readTeamJson(text: string): TeamFileRecords {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { format: 'json', records: [], problems: [`The file is not valid JSON (${detail}).`], notices: [] };
  }
  const notices: string[] = [];
  let people: unknown;
  if (Array.isArray(value)) people = value;
  else if (value && typeof value === 'object') {
    people = (value as Record<string, unknown>).people;
    for (const key of Object.keys(value)) if (key !== 'people') notices.push(`"${key}" is not part of a team file; it was ignored.`);
  }
  if (!Array.isArray(people)) {
    return { format: 'json', records: [], problems: ['The JSON has no "people" list: a team file looks like { "people": [ { "email": …, "timeZone": … } ] }.'], notices: [] };
  }
  const unknownKeys = new Set<string>();
  const records = people.map((entry, index): TeamFileRecord => {
    const row = index + 2;
    const record: TeamFileRecord = { row, label: `person ${index + 1}, row ${row}`, fields: {} };
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      record.problem = 'is not an object with email, name, timeZone…';
      return record;
    }
    const wrongType: PersonField[] = [];
    for (const [key, v] of Object.entries(entry as Record<string, unknown>)) {
      const field = PERSON_FIELDS.find((f) => f.toLowerCase() === key.toLowerCase()) as PersonField | undefined;
      if (!field) {
        unknownKeys.add(key);
        continue;
      }
      if (v === null || v === undefined) continue;
      if (typeof v !== 'string') wrongType.push(field);
      else record.fields[field] = v;
    }
    if (wrongType.length > 0) record.problem = wrongType.map((f) => `${f} must be text (like "${example(f)}")`).join('; ');
    return record;
  });
  for (const key of unknownKeys) notices.push(`Field "${key}" is not a team-file field; it was ignored.`);
  return { format: 'json', records, problems: [], notices };
}

function example(field: PersonField): string {
  const examples: Record<PersonField, string> = { email: 'ana@example.com', name: 'Ana', timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri', country: 'JP' };
  return examples[field];
}
