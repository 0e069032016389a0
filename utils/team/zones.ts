import { countryOfZone } from './zone-countries';

/**
 * The zones a user can pick, and finding one by city, country, abbreviation or offset.
 * Built from `Intl.supportedValuesOf('timeZone')` (the zones this browser and luxon can use).
 */

export interface ZoneInfo {
  id: string;
  /** "Ho Chi Minh" for Asia/Saigon: the last part of the id, or its modern name. */
  city: string;
  country?: string;
  countryName?: string;
  /** UTC offset in minutes at the moment the catalogue was built. */
  offsetMinutes: number;
  /** `UTC+05:30` */
  offsetLabel: string;
  /** Abbreviations people search for ("JST", "CET", "PST"). */
  abbreviations: string[];
  /** Lower-case text every search word is matched against. */
  haystack: string;
}

/** Browsers list some zones by their legacy names; people search for the current ones. */
const MODERN_CITY: Record<string, string> = {
  'Asia/Calcutta': 'Kolkata',
  'Asia/Saigon': 'Ho Chi Minh',
  'Asia/Rangoon': 'Yangon',
  'Asia/Katmandu': 'Kathmandu',
  'Europe/Kiev': 'Kyiv',
  'America/Godthab': 'Nuuk',
  'Africa/Asmera': 'Asmara',
  'Atlantic/Faeroe': 'Faroe',
  'Pacific/Ponape': 'Pohnpei',
  'Pacific/Truk': 'Chuuk',
};

/** Abbreviations Intl's English names leave out ("GMT+9" instead of "JST"). */
const ABBREVIATIONS: Record<string, string[]> = {
  UTC: ['UTC'],
  GMT: ['Europe/London', 'Europe/Dublin', 'Africa/Abidjan', 'Africa/Accra', 'UTC'],
  BST: ['Europe/London'],
  WET: ['Europe/Lisbon', 'Atlantic/Canary'],
  CET: ['Europe/Paris', 'Europe/Berlin', 'Europe/Madrid', 'Europe/Rome', 'Europe/Amsterdam', 'Europe/Brussels', 'Europe/Vienna', 'Europe/Zurich', 'Europe/Stockholm', 'Europe/Oslo', 'Europe/Copenhagen', 'Europe/Warsaw', 'Europe/Prague', 'Europe/Budapest'],
  CEST: ['Europe/Paris', 'Europe/Berlin', 'Europe/Madrid', 'Europe/Rome', 'Europe/Amsterdam', 'Europe/Brussels', 'Europe/Vienna', 'Europe/Zurich', 'Europe/Stockholm', 'Europe/Oslo', 'Europe/Copenhagen', 'Europe/Warsaw', 'Europe/Prague', 'Europe/Budapest'],
  EET: ['Europe/Athens', 'Europe/Helsinki', 'Europe/Kiev', 'Europe/Kyiv', 'Europe/Bucharest', 'Europe/Sofia', 'Europe/Riga', 'Europe/Tallinn', 'Europe/Vilnius', 'Africa/Cairo'],
  EEST: ['Europe/Athens', 'Europe/Helsinki', 'Europe/Kiev', 'Europe/Kyiv', 'Europe/Bucharest', 'Europe/Sofia', 'Europe/Riga', 'Europe/Tallinn', 'Europe/Vilnius'],
  MSK: ['Europe/Moscow'],
  TRT: ['Europe/Istanbul'],
  GST: ['Asia/Dubai'],
  PKT: ['Asia/Karachi'],
  IST: ['Asia/Kolkata', 'Asia/Calcutta', 'Europe/Dublin', 'Asia/Jerusalem'],
  NPT: ['Asia/Kathmandu', 'Asia/Katmandu'],
  ICT: ['Asia/Bangkok', 'Asia/Ho_Chi_Minh', 'Asia/Saigon'],
  WIB: ['Asia/Jakarta'],
  SGT: ['Asia/Singapore'],
  HKT: ['Asia/Hong_Kong'],
  PHT: ['Asia/Manila'],
  CST: ['Asia/Shanghai', 'Asia/Taipei', 'America/Chicago'],
  JST: ['Asia/Tokyo'],
  KST: ['Asia/Seoul'],
  AWST: ['Australia/Perth'],
  ACST: ['Australia/Adelaide', 'Australia/Darwin'],
  ACDT: ['Australia/Adelaide'],
  AEST: ['Australia/Sydney', 'Australia/Melbourne', 'Australia/Brisbane', 'Australia/Hobart'],
  AEDT: ['Australia/Sydney', 'Australia/Melbourne', 'Australia/Hobart'],
  NZST: ['Pacific/Auckland'],
  NZDT: ['Pacific/Auckland'],
  WAT: ['Africa/Lagos'],
  CAT: ['Africa/Maputo', 'Africa/Harare'],
  EAT: ['Africa/Nairobi', 'Africa/Addis_Ababa'],
  SAST: ['Africa/Johannesburg'],
  BRT: ['America/Sao_Paulo'],
  ART: ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
  CLT: ['America/Santiago'],
  COT: ['America/Bogota'],
  PET: ['America/Lima'],
  EST: ['America/New_York', 'America/Toronto'],
  EDT: ['America/New_York', 'America/Toronto'],
  CDT: ['America/Chicago'],
  MST: ['America/Denver', 'America/Phoenix'],
  MDT: ['America/Denver'],
  PST: ['America/Los_Angeles', 'America/Vancouver'],
  PDT: ['America/Los_Angeles', 'America/Vancouver'],
  AKST: ['America/Anchorage'],
  HST: ['Pacific/Honolulu'],
};

export function supportedZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? [];
  // Some engines leave UTC out of the list although every one of them accepts it.
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

let supportedLower: Map<string, string> | null = null;

/**
 * The zone id to store for what someone typed: the browser's own spelling when it is a listed
 * zone in any letter case, the text as given when Intl accepts it as an IANA name (Asia/Kolkata
 * where the list says Asia/Calcutta), and null when it is not a zone ("Mars/Olympus", "+05:30").
 */
export function canonicalZone(input: string): string | null {
  const text = input.trim();
  if (!text || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(text)) return null;
  if (!supportedLower) supportedLower = new Map(supportedZones().map((z) => [z.toLowerCase(), z]));
  const listed = supportedLower.get(text.toLowerCase());
  if (listed) return listed;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: text });
    return text;
  } catch {
    return null;
  }
}

/** Offset of a zone at an instant, in minutes east of UTC. */
export function offsetMinutesAt(zone: string, at: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

let cached: { hour: number; zones: ZoneInfo[] } | null = null;

/** Every zone with what it is searched by. Offsets are as of `at`; rebuilt at most hourly. */
export function zoneCatalogue(at = Date.now()): ZoneInfo[] {
  const hour = Math.floor(at / 3_600_000);
  if (cached && cached.hour === hour) return cached.zones;
  const countryNames = regionNames();
  const abbreviationsOf = new Map<string, string[]>();
  for (const [abbr, zones] of Object.entries(ABBREVIATIONS)) {
    for (const z of zones) abbreviationsOf.set(z, [...(abbreviationsOf.get(z) ?? []), abbr]);
  }
  const zones = supportedZones().map((id): ZoneInfo => {
    const offsetMinutes = offsetMinutesAt(id, at);
    const city = MODERN_CITY[id] ?? (id.split('/').pop() ?? id).replace(/_/g, ' ');
    const country = countryOfZone(id);
    const countryName = country ? countryNames?.of(country) : undefined;
    const intlShort = shortName(id, at);
    const abbreviations = [...new Set([...(abbreviationsOf.get(id) ?? []), ...(/^[A-Z]{2,5}$/.test(intlShort) ? [intlShort] : [])])];
    const offsetLabel = formatOffset(offsetMinutes);
    const haystack = [id.replace(/_/g, ' '), city, country, countryName, ...abbreviations, offsetLabel, offsetLabel.replace('−', '-'), 'gmt' + offsetLabel.slice(3)]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
    return { id, city, country, countryName, offsetMinutes, offsetLabel, abbreviations, haystack };
  });
  zones.sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.id.localeCompare(b.id));
  cached = { hour, zones };
  return zones;
}

/**
 * Zones matching a query, best first. Words are matched anywhere ("new york", "japan", "jst");
 * an offset ("+5:30", "UTC-3", "gmt+9", "-0800") matches every zone at that offset now.
 */
export function searchZones(query: string, catalogue: ZoneInfo[]): ZoneInfo[] {
  const q = query.trim().toLowerCase();
  if (!q) return catalogue;
  const offset = parseOffsetQuery(q);
  if (offset !== null) return catalogue.filter((z) => z.offsetMinutes === offset);
  const words = q.replace(/_/g, ' ').split(/\s+/);
  const scored: Array<{ zone: ZoneInfo; score: number }> = [];
  for (const zone of catalogue) {
    if (!words.every((w) => zone.haystack.includes(w))) continue;
    const city = zone.city.toLowerCase();
    const country = zone.countryName?.toLowerCase() ?? '';
    const exact = city === q || country === q || zone.country?.toLowerCase() === q || zone.abbreviations.some((a) => a.toLowerCase() === q);
    const score = exact ? 0 : city.startsWith(q) ? 1 : country.startsWith(q) ? 2 : 3;
    scored.push({ zone, score });
  }
  return scored.sort((a, b) => a.score - b.score || a.zone.offsetMinutes - b.zone.offsetMinutes).map((s) => s.zone);
}

/** "+5:30", "utc-3", "gmt+9", "-0800", "+09:00" → minutes; anything else → null. */
export function parseOffsetQuery(q: string): number | null {
  const match = /^(?:utc|gmt)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(q.trim().toLowerCase());
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  if (minutes > 14 * 60) return null;
  return match[1] === '+' ? minutes : -minutes;
}

function shortName(zone: string, at: number): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

function regionNames(): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return null;
  }
}

/** A short label for a zone id: "Tokyo (Japan)". */
export function zoneLabel(zone: string): string {
  const city = MODERN_CITY[zone] ?? (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
  const country = countryOfZone(zone);
  const name = country ? regionNames()?.of(country) : undefined;
  return name && name !== city ? `${city} (${name})` : city;
}
