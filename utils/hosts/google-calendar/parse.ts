/**
 * Pure readers for what Google Calendar writes as text: dates and times in the user's locale,
 * day-column datekeys and event ids. No DOM here, so every format is unit-tested with tables.
 */

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** `YYYY-MM-DD`. */
export function isoDate(date: CivilDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Calendar's day-column key (Toolset-for-Google-Calendar `getDateFromDateKey`):
 * offset = (k − 32) % 512, year = 1970 + (k − 32 − offset) / 512, day = offset % 32,
 * month index = (offset − day) / 32.
 */
export function decodeDateKey(key: number | string): CivilDate | null {
  const k = typeof key === 'string' ? Number.parseInt(key, 10) : key;
  if (!Number.isInteger(k) || k < 32) return null;
  const offset = (k - 32) % 512;
  const year = 1970 + (k - 32 - offset) / 512;
  const day = offset % 32;
  const month = (offset - day) / 32 + 1;
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return { year, month, day };
}

/** The inverse, for fixtures and tests. */
export function encodeDateKey(date: CivilDate): number {
  return 32 + (date.year - 1970) * 512 + (date.month - 1) * 32 + date.day;
}

/** `YYYYMMDD` (the editor's `data-date`). */
export function parseCompactDate(value: string | null | undefined): CivilDate | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value?.trim() ?? '');
  if (!m) return null;
  return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * `data-eventid` is base64url of `eventId[_YYYYMMDDTHHMMSSZ] calendarEmail` (Toolset, brave-talk).
 * A recurring instance carries its original start as the suffix.
 */
export function decodeEventId(raw: string): { id: string; instanceStart?: number; calendar?: string } | null {
  let text: string;
  try {
    const b64 = raw.replace(/-/g, '+').replace(/_/g, '/');
    text = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    return null;
  }
  const [id, calendar] = text.split(' ');
  if (!id || !/^[\w@.-]+$/.test(id)) return null;
  const m = /_(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(id);
  const instanceStart = m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : undefined;
  return { id, ...(instanceStart !== undefined ? { instanceStart } : {}), ...(calendar ? { calendar } : {}) };
}

/* ---------------------------------------------------------------- times */

// Morning/afternoon markers in the languages Calendar's time fields use most.
const AM = /^(am|a\.m\.?|a|vorm\.?|午前|上午|오전|ص|sa)$/i;
const PM = /^(pm|p\.m\.?|p|nachm\.?|午後|下午|오후|م|ch)$/i;
const MERIDIEM = String.raw`(a\.?m\.?|p\.?m\.?|vorm\.?|nachm\.?|午前|午後|上午|下午|오전|오후)`;
// "9:00am", "09:00", "21:30", "9.30", "9h30", "9 PM", "午後9:00", "9am".
const TIME = new RegExp(String.raw`(?:${MERIDIEM}\s*)?(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?(?:\s*${MERIDIEM})?`, 'gi');

export interface TimeMatch {
  /** Minutes from midnight. */
  minutes: number;
  index: number;
  length: number;
  /** Whether a minute part or a meridiem was present (a bare "9" in a sentence is not a time). */
  explicit: boolean;
  meridiem?: 'am' | 'pm';
}

function meridiemOf(word: string | undefined): 'am' | 'pm' | undefined {
  if (!word) return undefined;
  if (AM.test(word)) return 'am';
  if (PM.test(word)) return 'pm';
  return undefined;
}

/** Every time-of-day in a text, in order. */
export function findTimes(text: string): TimeMatch[] {
  const out: TimeMatch[] = [];
  for (const m of text.matchAll(TIME)) {
    const hour = Number(m[2]);
    const minute = m[3] === undefined ? 0 : Number(m[3]);
    const meridiem = meridiemOf(m[1] ?? m[4]);
    const explicit = m[3] !== undefined || meridiem !== undefined;
    // Digits glued to other digits belong to a date ("2027"), not a time.
    const before = text[(m.index ?? 0) - 1];
    const after = text[(m.index ?? 0) + m[0].length];
    if ((before && /\d/.test(before)) || (after && /\d/.test(after))) continue;
    if (minute > 59 || hour > 24 || (meridiem && (hour < 1 || hour > 12))) continue;
    let h = hour % 24;
    if (meridiem === 'am' && hour === 12) h = 0;
    if (meridiem === 'pm' && hour !== 12) h = hour + 12;
    out.push({ minutes: h * 60 + minute, index: m.index ?? 0, length: m[0].length, explicit, ...(meridiem ? { meridiem } : {}) });
  }
  return out;
}

/** One time of day from a field's value: "9:00am", "09:00", "21:30", "9 PM". */
export function parseTimeText(text: string | null | undefined): number | null {
  const times = findTimes(text ?? '').filter((t) => t.explicit);
  return times.length > 0 ? times[0]!.minutes : null;
}

/**
 * A range "9:15am to 9:30am", "9:15 – 9:30 AM" (one trailing meridiem serves both), "09:15 bis
 * 09:30". Returns the first two explicit times; a lone start gets no end.
 */
export function parseTimeRange(text: string): { start: number; end: number | null } | null {
  const times = findTimes(text).filter((t) => t.explicit);
  const [a, b] = times;
  if (!a) return null;
  if (!b) return { start: a.minutes, end: null };
  let start = a.minutes;
  // "9:15 – 10:30 PM": the first time borrows the second's meridiem when it has none.
  if (!a.meridiem && b.meridiem === 'pm' && start < 12 * 60) {
    const shifted = start + 12 * 60;
    if (shifted <= b.minutes) start = shifted;
  }
  return { start, end: b.minutes };
}

/* ---------------------------------------------------------------- dates */

const EXTRA_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'tr', 'ru'];
const monthTables = new Map<string, Array<[string, number]>>();

/** Month names (long and short, lower case, no trailing dot) for the locale and common ones, longest first. */
function monthNames(locale: string | undefined): Array<[string, number]> {
  const key = locale ?? '';
  const cached = monthTables.get(key);
  if (cached) return cached;
  const locales = [...new Set([locale, ...EXTRA_LOCALES].filter((l): l is string => !!l))];
  const names = new Map<string, number>();
  for (const loc of locales) {
    let formats: Intl.DateTimeFormat[];
    try {
      formats = (['long', 'short'] as const).flatMap((month) => [
        new Intl.DateTimeFormat(loc, { month, timeZone: 'UTC' }),
        new Intl.DateTimeFormat(loc, { month, day: 'numeric', timeZone: 'UTC' }),
      ]);
    } catch {
      continue;
    }
    for (let m = 1; m <= 12; m++) {
      const at = new Date(Date.UTC(2001, m - 1, 15));
      for (const f of formats) {
        const part = f.formatToParts(at).find((p) => p.type === 'month')?.value;
        const name = part?.toLowerCase().replace(/\.$/, '');
        if (name && !/^\d+$/.test(name) && !names.has(name)) names.set(name, m);
      }
    }
  }
  const table = [...names].sort((a, b) => b[0].length - a[0].length);
  monthTables.set(key, table);
  return table;
}

/** Order of day and month in the locale's numeric dates ("dm" for en-GB/de, "md" for en-US). */
function numericOrder(locale: string | undefined): 'dm' | 'md' | 'ym' {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(Date.UTC(2001, 10, 22)));
    const order = parts.filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year').map((p) => p.type[0]).join('');
    if (order.startsWith('y')) return 'ym';
    return order.indexOf('d') < order.indexOf('m') ? 'dm' : 'md';
  } catch {
    return 'md';
  }
}

function validDate(year: number, month: number, day: number): CivilDate | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const max = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= max ? { year, month, day } : null;
}

/**
 * A date as the editor shows it: "Mon, 22 Mar 2027", "Monday, March 22, 2027", "22. März 2027",
 * "2027-03-22", "22/03/2027", "2027年3月22日". `fallbackYear` serves fields that omit the year
 * (the quick-create dialog's "Monday, March 22").
 */
export function parseDateText(text: string | null | undefined, locale?: string, fallbackYear?: number): CivilDate | null {
  const raw = (text ?? '').trim();
  if (!raw) return null;
  const lower = raw.toLowerCase().normalize('NFC');
  let m = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(lower);
  if (m) return validDate(+m[1]!, +m[2]!, +m[3]!);
  m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(lower) ?? /(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/.exec(lower);
  if (m) return validDate(+m[1]!, +m[2]!, +m[3]!);
  m = /(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})/.exec(lower);
  if (m) {
    const [a, b, c] = [+m[1]!, +m[2]!, +m[3]!];
    if (m[1]!.length === 4) return validDate(a, b, c);
    const year = c < 100 ? 2000 + c : c;
    return numericOrder(locale) === 'md' ? validDate(year, a, b) : validDate(year, b, a);
  }
  // A month written as a word: find it, then the day and year among the remaining numbers.
  for (const [name, month] of monthNames(locale)) {
    const at = lower.indexOf(name);
    if (at < 0) continue;
    const rest = lower.slice(0, at) + ' ' + lower.slice(at + name.length);
    const numbers = [...rest.matchAll(/\d+/g)].map((x) => x[0]);
    const year = numbers.find((n) => n.length === 4);
    const day = numbers.find((n) => n.length <= 2);
    if (!day) continue;
    const y = year ? Number(year) : fallbackYear;
    if (y === undefined) continue;
    const date = validDate(y, month, Number(day));
    if (date) return date;
  }
  return null;
}
