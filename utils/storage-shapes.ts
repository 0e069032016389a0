import { DEFAULT_SETTINGS, EMPTY_TEAM, type AppId, type DomainRule, type Person, type Settings, type Team } from './team/types';

/**
 * Stored values come from an older Baton, another device, or a damaged profile: read them
 * defensively. Every field that is wrong falls back on its own, and the caller is told.
 */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  if (raw === null || raw === undefined) return { settings: DEFAULT_SETTINGS, problems: [] };
  if (!isObject(raw)) return { settings: DEFAULT_SETTINGS, problems: ['the stored settings were not readable; defaults are in use'] };
  const problems: string[] = [];
  const pick = <K extends keyof Settings>(key: K, ok: (v: unknown) => boolean): Settings[K] => {
    if (!(key in raw)) return DEFAULT_SETTINGS[key];
    if (ok(raw[key])) return raw[key] as Settings[K];
    problems.push(`"${key}" was not readable; its default is in use`);
    return DEFAULT_SETTINGS[key];
  };
  const meRaw = isObject(raw.me) ? raw.me : {};
  const me: Settings['me'] = {
    ...DEFAULT_SETTINGS.me,
    ...(isString(meRaw.timeZone) && meRaw.timeZone ? { timeZone: meRaw.timeZone } : {}),
    ...(isString(meRaw.workStart) ? { workStart: meRaw.workStart } : {}),
    ...(isString(meRaw.workEnd) ? { workEnd: meRaw.workEnd } : {}),
    ...(isString(meRaw.workDays) ? { workDays: meRaw.workDays } : {}),
    ...(isString(meRaw.country) && meRaw.country ? { country: meRaw.country } : {}),
    ...(Array.isArray(meRaw.daysOff) ? { daysOff: meRaw.daysOff.filter(isString) } : {}),
  };
  const loadRaw = isObject(raw.load) ? raw.load : {};
  const load = { ...DEFAULT_SETTINGS.load };
  for (const key of Object.keys(load) as Array<keyof typeof load>) {
    if (key in loadRaw) {
      if (isFiniteNumber(loadRaw[key])) load[key] = loadRaw[key];
      else problems.push(`the meeting-load threshold "${key}" was not readable`);
    }
  }
  const appsRaw = isObject(raw.apps) ? raw.apps : {};
  const apps = { ...DEFAULT_SETTINGS.apps };
  for (const key of Object.keys(apps) as AppId[]) {
    if (typeof appsRaw[key] === 'boolean') apps[key] = appsRaw[key];
  }
  return {
    settings: {
      me,
      sendGuard: pick('sendGuard', (v) => v === 'off' || v === 'warn'),
      load,
      asyncRules: pick('asyncRules', (v) => typeof v === 'boolean'),
      videoUrl: pick('videoUrl', isString),
      feedUrl: pick('feedUrl', isString),
      apps,
    },
    problems,
  };
}

function readPerson(v: unknown): Person | null {
  if (!isObject(v)) return null;
  const { id, email, name, timeZone, workStart, workEnd, workDays, country, daysOff } = v;
  if (!isString(id) || !isString(timeZone) || !isString(workStart) || !isString(workEnd) || !isString(workDays)) return null;
  if (!isString(email) && !isString(name)) return null;
  return {
    id,
    ...(isString(email) ? { email } : {}),
    ...(isString(name) ? { name } : {}),
    timeZone,
    workStart,
    workEnd,
    workDays,
    ...(isString(country) ? { country } : {}),
    ...(Array.isArray(daysOff) ? { daysOff: daysOff.filter(isString) } : {}),
  };
}

function readRule(v: unknown): DomainRule | null {
  if (!isObject(v)) return null;
  const { pattern, timeZone, workStart, workEnd, workDays, country } = v;
  if (!isString(pattern) || !isString(timeZone) || !isString(workStart) || !isString(workEnd) || !isString(workDays)) return null;
  return { pattern, timeZone, workStart, workEnd, workDays, ...(isString(country) ? { country } : {}) };
}

/** The readable part of a stored team, and what was wrong with the rest. */
export function readTeam(raw: unknown): { team: Team; problem?: string } {
  if (raw === null || raw === undefined) return { team: EMPTY_TEAM };
  if (!isObject(raw) || !Array.isArray(raw.people)) return { team: EMPTY_TEAM, problem: 'it is not a team' };
  const people = raw.people.map(readPerson);
  const rules = Array.isArray(raw.domainRules) ? raw.domainRules.map(readRule) : [];
  const team: Team = {
    people: people.filter((p): p is Person => p !== null),
    domainRules: rules.filter((r): r is DomainRule => r !== null),
  };
  const lost = people.length - team.people.length + rules.length - team.domainRules.length;
  return lost > 0 ? { team, problem: `${lost} entr${lost === 1 ? 'y was' : 'ies were'} damaged` } : { team };
}
