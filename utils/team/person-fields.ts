import { canonicalCountry } from './countries';
import { formatWorkDays, parseHHmm, parseWorkDays } from './schedule-fields';
import { personId } from './person-id';
import type { Person } from './types';
import { canonicalZone } from './zones';

/**
 * One person's team-file fields (CONTRACT.md §1) as text, checked and made canonical. The team-file
 * importer and the options page's inline editor both use this, so a person the table accepts
 * imports, and the reverse. Times and days are read by the engine's own parsers.
 */
export interface PersonFields {
  email?: string;
  name?: string;
  timeZone?: string;
  workStart?: string;
  workEnd?: string;
  workDays?: string;
  country?: string;
}

export type PersonField = keyof PersonFields;

export const PERSON_FIELDS: readonly PersonField[] = ['email', 'name', 'timeZone', 'workStart', 'workEnd', 'workDays', 'country'];

export const FIELD_DEFAULTS = { workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' } as const;

export interface FieldProblem {
  /** The field at fault; `email` also stands for "neither email nor name". */
  field: PersonField;
  message: string;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

export interface ScheduleFields {
  timeZone: string;
  workStart: string;
  workEnd: string;
  workDays: string;
  country?: string;
}

const clean = (fields: PersonFields, key: PersonField) => (fields[key] ?? '').trim();

/** Zone, hours, days and country: shared by people and domain rules. */
export function checkSchedule(fields: PersonFields, problems: FieldProblem[]): ScheduleFields | null {
  const before = problems.length;
  const zoneText = clean(fields, 'timeZone');
  const timeZone = zoneText ? canonicalZone(zoneText) : null;
  if (!zoneText) problems.push({ field: 'timeZone', message: 'no time zone (timeZone is required)' });
  else if (!timeZone) problems.push({ field: 'timeZone', message: `unknown time zone "${zoneText}"` });

  const time = (key: 'workStart' | 'workEnd'): string | null => {
    const raw = clean(fields, key) || FIELD_DEFAULTS[key];
    const minutes = parseHHmm(raw);
    // 24:00 ends a day exactly; it cannot start one.
    if (minutes === null || minutes > 24 * 60 || (key === 'workStart' && minutes === 24 * 60)) {
      problems.push({ field: key, message: `${key} "${raw}" is not a 24-hour time like 09:00` });
      return null;
    }
    return formatMinutes(minutes);
  };
  const workStart = time('workStart');
  const workEnd = time('workEnd');
  if (workStart && workStart === workEnd) {
    problems.push({ field: 'workEnd', message: `workStart and workEnd are both ${workStart}, which leaves no working hours` });
  }

  const daysText = clean(fields, 'workDays') || FIELD_DEFAULTS.workDays;
  const days = parseWorkDays(daysText);
  const workDays = days && days.length > 0 ? formatWorkDays(days) : null;
  if (!workDays) problems.push({ field: 'workDays', message: `workDays "${daysText}" is not a list of days like Mon-Fri, Sun-Thu or Mon,Tue,Thu` });

  const countryText = clean(fields, 'country');
  const country = countryText ? canonicalCountry(countryText) : undefined;
  if (countryText && !country) {
    const hint = countryText.toUpperCase() === 'UK' ? ' (the United Kingdom is GB)' : '';
    problems.push({ field: 'country', message: `country "${countryText}" is not an ISO 3166-1 two-letter code${hint}` });
  }
  if (problems.length > before || !timeZone || !workStart || !workEnd || !workDays) return null;
  return { timeZone, workStart, workEnd, workDays, ...(country ? { country } : {}) };
}

export function checkPerson(fields: PersonFields): { person: Person | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const email = clean(fields, 'email').toLowerCase();
  const name = clean(fields, 'name');
  if (email && !EMAIL.test(email)) problems.push({ field: 'email', message: `"${email}" is not an email address` });
  if (!email && !name) problems.push({ field: 'email', message: 'needs an email or a name' });
  const schedule = checkSchedule(fields, problems);
  if (problems.length > 0 || !schedule) return { person: null, problems };
  return {
    person: { id: personId(email, name), ...(email ? { email } : {}), ...(name ? { name } : {}), ...schedule },
    problems,
  };
}

function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A person's fields as the team file spells them (the inverse of checkPerson). */
export function personFields(person: Person): PersonFields {
  return {
    email: person.email ?? '',
    name: person.name ?? '',
    timeZone: person.timeZone,
    workStart: person.workStart,
    workEnd: person.workEnd,
    workDays: person.workDays,
    country: person.country ?? '',
  };
}
