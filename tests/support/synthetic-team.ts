import type { Person, Team } from '../../utils/team/types';

/**
 * A deterministic team of `n` people shaped like a real distributed company: 24 zones across
 * every continent (with half-hour and DST zones), several hour patterns including an overnight
 * shift, Sun-Thu and part-time weeks, some public-holiday countries and some name-only people.
 * For the bench (popup first paint, options table) and for tests.
 */
const ZONES: Array<[zone: string, country: string]> = [
  ['America/Los_Angeles', 'US'],
  ['America/Denver', 'US'],
  ['America/Chicago', 'US'],
  ['America/New_York', 'US'],
  ['America/Sao_Paulo', 'BR'],
  ['America/Argentina/Buenos_Aires', 'AR'],
  ['Europe/London', 'GB'],
  ['Europe/Lisbon', 'PT'],
  ['Europe/Berlin', 'DE'],
  ['Europe/Paris', 'FR'],
  ['Europe/Warsaw', 'PL'],
  ['Europe/Kyiv', 'UA'],
  ['Africa/Lagos', 'NG'],
  ['Africa/Nairobi', 'KE'],
  ['Asia/Dubai', 'AE'],
  ['Asia/Jerusalem', 'IL'],
  ['Asia/Kolkata', 'IN'],
  ['Asia/Kathmandu', 'NP'],
  ['Asia/Singapore', 'SG'],
  ['Asia/Shanghai', 'CN'],
  ['Asia/Tokyo', 'JP'],
  ['Australia/Adelaide', 'AU'],
  ['Australia/Sydney', 'AU'],
  ['Pacific/Auckland', 'NZ'],
];
const HOURS: Array<[string, string]> = [
  ['09:00', '17:00'],
  ['08:30', '17:30'],
  ['10:00', '18:00'],
  ['07:00', '15:00'],
  ['12:00', '20:00'],
  ['22:00', '06:00'],
];
const DAYS = ['Mon-Fri', 'Mon-Fri', 'Mon-Fri', 'Sun-Thu', 'Mon,Tue,Thu', 'Tue-Sat'];
const FIRST = ['Aiko', 'Ravi', 'Lena', 'João', 'Amara', 'Wei', 'Sofia', 'Noah', 'Priya', 'Mateo', 'Yuki', 'Olu', 'Hana', 'Liam', 'Zara', 'Kenji'];
const LAST = ['Tanaka', 'Kumar', 'Müller', 'Silva', 'Okafor', 'Chen', 'García', "O'Brien", 'Nakamura', 'Cohen', 'Kowalski', 'Dubois'];

/** mulberry32: a tiny seeded PRNG, so person i is always the same person. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Person i. Zone, hours, days and country are drawn independently, so a large team has many
 * distinct schedules (the popup's per-schedule sharing gets no free ride).
 */
export function makeSyntheticPerson(i: number): Person {
  const next = random(i + 1);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const [timeZone, country] = pick(ZONES);
  const [workStart, workEnd] = pick(HOURS);
  const workDays = pick(DAYS);
  const withCountry = next() < 0.5;
  const name = `${pick(FIRST)} ${pick(LAST)} ${i}`;
  const nameOnly = next() < 0.06;
  const email = `person${i}@example.com`;
  return {
    id: nameOnly ? `name:${name.toLowerCase()}` : email,
    ...(nameOnly ? {} : { email }),
    name,
    timeZone,
    workStart,
    workEnd,
    workDays,
    ...(withCountry ? { country } : {}),
  };
}

export function makeSyntheticTeam(n: number): Team {
  return { people: Array.from({ length: n }, (_, i) => makeSyntheticPerson(i)), domainRules: [] };
}
