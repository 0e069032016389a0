import { isValidZone } from '@/utils/time';

/**
 * The event's own time zone as an editor's time-zone control shows it. Neither host gives it a
 * language-free hook (docs/recurrence-and-zones.md): Google Calendar writes "(GMT+01:00) Central European Time -
 * Berlin", Outlook on the web "(UTC-05:00) Eastern Time (US & Canada)" (Windows' display names).
 * An IANA id anywhere in the text wins; then Calendar's trailing city, matched against the
 * runtime's IANA zones; then Outlook's Windows display name (CLDR windowsZones.xml, the zones'
 * "001" territory). Null when the text names no zone Baton can be sure of.
 */

/** Text that looks like a time-zone control's: an offset in brackets, or an IANA id. */
export const ZONE_TEXT = /\(\s*(?:GMT|UTC)\s*(?:[+\-−]\s*\d{1,2}(?::\d{2})?)?\s*\)|\b[A-Z][a-z]+\/[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_]+)?\b/;

/** Windows time-zone display names (without the offset) → IANA, from CLDR windowsZones.xml. */
const WINDOWS: Record<string, string> = {
  'eastern time (us & canada)': 'America/New_York',
  'central time (us & canada)': 'America/Chicago',
  'mountain time (us & canada)': 'America/Denver',
  'pacific time (us & canada)': 'America/Los_Angeles',
  arizona: 'America/Phoenix',
  alaska: 'America/Anchorage',
  hawaii: 'Pacific/Honolulu',
  'atlantic time (canada)': 'America/Halifax',
  newfoundland: 'America/St_Johns',
  brasilia: 'America/Sao_Paulo',
  'city of buenos aires': 'America/Argentina/Buenos_Aires',
  santiago: 'America/Santiago',
  'bogota, lima, quito, rio branco': 'America/Bogota',
  'guadalajara, mexico city, monterrey': 'America/Mexico_City',
  'coordinated universal time': 'UTC',
  'dublin, edinburgh, lisbon, london': 'Europe/London',
  'amsterdam, berlin, bern, rome, stockholm, vienna': 'Europe/Berlin',
  'belgrade, bratislava, budapest, ljubljana, prague': 'Europe/Budapest',
  'brussels, copenhagen, madrid, paris': 'Europe/Paris',
  'sarajevo, skopje, warsaw, zagreb': 'Europe/Warsaw',
  'athens, bucharest': 'Europe/Bucharest',
  'helsinki, kyiv, riga, sofia, tallinn, vilnius': 'Europe/Kiev',
  'jerusalem': 'Asia/Jerusalem',
  cairo: 'Africa/Cairo',
  'moscow, st. petersburg': 'Europe/Moscow',
  istanbul: 'Europe/Istanbul',
  'abu dhabi, muscat': 'Asia/Dubai',
  tehran: 'Asia/Tehran',
  'chennai, kolkata, mumbai, new delhi': 'Asia/Kolkata',
  kathmandu: 'Asia/Kathmandu',
  'islamabad, karachi': 'Asia/Karachi',
  'bangkok, hanoi, jakarta': 'Asia/Bangkok',
  'beijing, chongqing, hong kong, urumqi': 'Asia/Shanghai',
  'kuala lumpur, singapore': 'Asia/Singapore',
  'osaka, sapporo, tokyo': 'Asia/Tokyo',
  seoul: 'Asia/Seoul',
  adelaide: 'Australia/Adelaide',
  'canberra, melbourne, sydney': 'Australia/Sydney',
  brisbane: 'Australia/Brisbane',
  perth: 'Australia/Perth',
  'lord howe island': 'Australia/Lord_Howe',
  'auckland, wellington': 'Pacific/Auckland',
  'chatham islands': 'Pacific/Chatham',
  'samoa': 'Pacific/Apia',
  'nairobi': 'Africa/Nairobi',
  'johannesburg': 'Africa/Johannesburg',
  'harare, pretoria': 'Africa/Johannesburg',
  'lagos': 'Africa/Lagos',
  'west central africa': 'Africa/Lagos',
};

let cities: Map<string, string> | null = null;

/** Each IANA zone by its city, lower case with spaces ("new york" → America/New_York). */
function cityTable(): Map<string, string> {
  if (cities) return cities;
  cities = new Map();
  const zones: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  for (const zone of zones) {
    const city = zone.split('/').pop()!.replace(/_/g, ' ').toLowerCase();
    if (!cities.has(city)) cities.set(city, zone);
  }
  // Zones the runtime lists under other names.
  for (const [city, zone] of [['kolkata', 'Asia/Kolkata'], ['kathmandu', 'Asia/Kathmandu'], ['kyiv', 'Europe/Kiev'], ['ho chi minh', 'Asia/Ho_Chi_Minh']] as const) {
    if (!cities.has(city) && isValidZone(zone)) cities.set(city, zone);
  }
  return cities;
}

export function zoneFromText(raw: string | null | undefined): string | null {
  const text = (raw ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  // The bracketed offset says nothing of the zone ("(UTC+00:00)" is London as much as UTC).
  const rest = text.replace(/^\s*\(\s*(?:GMT|UTC)[^)]*\)\s*/i, '').trim().toLowerCase();
  const iana = /\b((?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?)\b/.exec(text)?.[1] ?? (/^utc$/i.test(text) ? 'UTC' : undefined);
  if (iana && isValidZone(iana)) return iana;
  const windows = WINDOWS[rest];
  if (windows && isValidZone(windows)) return windows;
  // Calendar: "Central European Time - Berlin".
  const city = rest.split(/\s[-–]\s/).pop()?.trim();
  if (city && city !== rest) {
    const zone = cityTable().get(city);
    if (zone) return zone;
  }
  return null;
}
