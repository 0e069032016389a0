import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import type { DayMap, TimeSpan } from '@/utils/calendar-days';
import { normalizeSpans } from '@/utils/calendar-days';

/**
 * An iCalendar feed → the user's meetings per local day in a window: recurrences expanded
 * (with their exceptions and cancellations), zones resolved. Times only; titles are never kept.
 * All-day, cancelled and "free" (TRANSP:TRANSPARENT) events are not meetings.
 */
export interface FeedWindow {
  from: number;
  to: number;
  userZone: string;
}

export interface ParsedFeed {
  days: DayMap;
  /** Occurrences kept (inside the window). */
  meetings: number;
}

/** Stops a runaway rule (FREQ=MINUTELY…) from pinning the background. */
const MAX_OCCURRENCES_PER_EVENT = 2000;

export class FeedError extends Error {}

export function parseFeed(text: string, window: FeedWindow): ParsedFeed {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch {
    throw new FeedError('The address did not return an iCalendar (.ics) file.');
  }
  if (root.name !== 'vcalendar') throw new FeedError('The address did not return an iCalendar (.ics) file.');

  // A TZID defined by the file's own VTIMEZONE (Outlook's Windows zone names) is found by
  // ical.js through the component tree; nothing is registered globally.
  const masters = new Map<string, ICAL.Event>();
  const exceptions: ICAL.Component[] = [];
  const singles: ICAL.Event[] = [];
  for (const vevent of root.getAllSubcomponents('vevent')) {
    if (vevent.hasProperty('recurrence-id')) exceptions.push(vevent);
    else {
      const event = new ICAL.Event(vevent);
      if (event.isRecurring()) masters.set(event.uid, event);
      else singles.push(event);
    }
  }
  for (const exception of exceptions) {
    const master = masters.get(String(exception.getFirstPropertyValue('uid')));
    // An exception whose series is not in the file stands alone.
    if (master) master.relateException(exception);
    else singles.push(new ICAL.Event(exception));
  }

  const spans: TimeSpan[] = [];
  const inWindow = (s: TimeSpan) => s.end > window.from && s.start < window.to;
  for (const event of singles) {
    if (!isMeeting(event.component)) continue;
    const span = spanOf(event.startDate, event.endDate, window.userZone, tzidOf(event.component));
    if (span && inWindow(span)) spans.push(span);
  }
  for (const event of masters.values()) {
    const iterator = event.iterator();
    for (let i = 0, next = iterator.next(); next && i < MAX_OCCURRENCES_PER_EVENT; i++, next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      const span = spanOf(details.startDate, details.endDate, window.userZone, tzidOf(details.item.component));
      if (!span) break; // an all-day series
      if (span.start >= window.to) break;
      if (!inWindow(span) || !isMeeting(details.item.component)) continue;
      spans.push(span);
    }
  }

  const days: DayMap = {};
  for (const span of normalizeSpans(spans)) {
    const day = DateTime.fromMillis(span.start, { zone: window.userZone }).toISODate();
    if (day) (days[day] ??= []).push(span);
  }
  return { days, meetings: Object.values(days).reduce((n, d) => n + d.length, 0) };
}

function isMeeting(vevent: ICAL.Component): boolean {
  const status = String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase();
  const transp = String(vevent.getFirstPropertyValue('transp') ?? '').toUpperCase();
  return status !== 'CANCELLED' && transp !== 'TRANSPARENT';
}

/** DTSTART's TZID as written: ical.js forgets it when the file has no VTIMEZONE for it. */
function tzidOf(vevent: ICAL.Component): string | undefined {
  const value = vevent.getFirstProperty('dtstart')?.getParameter('tzid');
  return typeof value === 'string' ? value : undefined;
}

function spanOf(start: ICAL.Time | null, end: ICAL.Time | null, userZone: string, tzHint?: string): TimeSpan | null {
  if (!start || start.isDate) return null;
  const s = instantOf(start, userZone, tzHint);
  const e = end && !end.isDate ? instantOf(end, userZone, tzHint) : s + 30 * 60_000;
  if (!Number.isFinite(s) || !Number.isFinite(e)) return null;
  return { start: s, end: Math.max(e, s) };
}

/** A feed time → epoch ms: UTC as is; a TZID that names an IANA zone through the browser's own zone
 *  data; another TZID through the file's VTIMEZONE; floating times in the user's zone. */
export function instantOf(time: ICAL.Time, userZone: string, tzHint?: string): number {
  const own = time.zone?.tzid;
  const tzid = own && own !== 'floating' ? own : tzHint;
  if (time.zone === ICAL.Timezone.utcTimezone || tzid === 'UTC' || tzid === 'Z') {
    return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  }
  const wall = { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second };
  if (tzid && tzid !== 'floating') {
    const dt = DateTime.fromObject(wall, { zone: tzid });
    if (dt.isValid) return dt.toMillis();
    if (own === tzid) return time.toUnixTime() * 1000;
  }
  return DateTime.fromObject(wall, { zone: userZone }).toMillis();
}
