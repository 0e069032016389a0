import { offsetAt } from './zone';

/** Short names of zones and offsets, locale-fixed so markers and tests see the same text. */

const abbrFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * Names are asked of Intl once per zone, UTC day and offset (EST/EDT within a day). Not per offset
 * alone: names at one offset change over history (Anchorage at −9 was "GMT-9" in 1975 and is "AKST"
 * now; Ojinaga at −6 was "MDT" in 2022 and is "CST" now), and one question must not rename another.
 */
const abbrs = new Map<string, string>();

/** The zone's short name at an instant as Intl gives it in English: "EST", "GMT+9", "GMT+5:45". */
export function zoneAbbr(zone: string, at: number): string {
  const key = `${zone}|${offsetAt(zone, at)}|${Math.floor(at / 86_400_000)}`;
  const known = abbrs.get(key);
  if (known !== undefined) return known;
  let format = abbrFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
    abbrFormats.set(zone, format);
  }
  const name = format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? formatOffset(offsetAt(zone, at) / 60_000, 'UTC');
  if (abbrs.size > 100_000) abbrs.clear();
  abbrs.set(key, name);
  return name;
}

/** Minutes of offset as `+5:45`, `−3:30`, `+0`, after a prefix ("UTC+5:45"). */
export function formatOffset(minutes: number, prefix = ''): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `${prefix}${sign}${h}${m ? `:${m < 10 ? '0' : ''}${m}` : ''}`;
}

/** The place a zone is named after: `America/Argentina/Buenos_Aires` → "Buenos Aires". */
export function cityOf(zone: string): string {
  const last = zone.split('/').pop() ?? zone;
  return last.replace(/_/g, ' ');
}
