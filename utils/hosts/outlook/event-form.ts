import { DateTime } from 'luxon';
import type { EventDraft, EventEditorSurface, GuestRef } from '../types';
import type { Logger } from '../logger';
import { parseDateText, parseTimeText, type CivilDate } from '../google-calendar/parse';
import { OUTLOOK } from './selectors';
import { all, cleanText, innermost, isVisible, labelOf, localText, setInputValue } from './dom';
import { readRecipientsIn, wellsIn } from './recipients';
import type { RecurrenceRule } from '@/utils/time';
import { readRecurrenceText } from '../recurrence-text';
import { ZONE_TEXT, zoneFromText } from '../zone-text';

const C = OUTLOOK.calendar;

/** Attendee wells: editable regions labelled "Invite required attendees" (HOSTS.md) or a translation. */
function attendeeWells(scope: ParentNode): Element[] {
  return wellsIn(scope).filter((well) => C.attendeesLabel.test(labelOf(well)));
}

/** The event title box: placeholder or label "Add title" (HOSTS.md) or a translation. */
function titleInputs(scope: ParentNode): HTMLInputElement[] {
  return all(scope, C.titleInput).filter((el): el is HTMLInputElement => el instanceof HTMLInputElement && C.titleLabel.test(labelOf(el)));
}

/** Does this element hold an event form (so it is not a mail compose)? */
export function isEventForm(el: Element): boolean {
  return titleInputs(el).length > 0 || attendeeWells(el).length > 0;
}

/**
 * Every new-event form on the page: the nearest container (pop-out section, dialog, main region)
 * around each visible title box or attendee well. A title and attendees in one container are one form.
 */
export function findEventForms(doc: Document): Element[] {
  const hooks = [...titleInputs(doc), ...attendeeWells(doc)].filter(isVisible);
  const roots = new Set<Element>();
  for (const hook of hooks) {
    const root = hook.closest(C.container) ?? hook.parentElement?.closest('div') ?? null;
    if (root) roots.add(widen(root, hook));
  }
  return innermost([...roots]);
}

/** A container that holds the title but not the attendees (or the reverse) grows to the one holding both. */
function widen(root: Element, hook: Element): Element {
  let el: Element | null = root;
  const hasBoth = (e: Element) => titleInputs(e).length > 0 && attendeeWells(e).length > 0;
  while (el && !hasBoth(el) && el.parentElement && el.parentElement !== el.ownerDocument.body) el = el.parentElement;
  return el && hasBoth(el) ? el : (hook.closest(C.container) ?? root);
}

interface TimeFields {
  startDate?: HTMLInputElement;
  startTime?: HTMLInputElement;
  endDate?: HTMLInputElement;
  endTime?: HTMLInputElement;
}

type Kind = 'date' | 'time' | null;

function kindOf(input: HTMLInputElement, label: string, locale: string | undefined): Kind {
  if (input.type === 'date') return 'date';
  if (input.type === 'time') return 'time';
  // Time first: "Startzeit", "開始時刻" name a time; "Start date", "開始日" a date.
  if (C.timeLabel.test(label)) return 'time';
  if (C.dateLabel.test(label)) return 'date';
  // No label Baton knows: the value's shape decides ("9:00 AM" is a time, "11/24/2026" a date).
  if (parseDateText(input.value, locale)) return 'date';
  if (parseTimeText(input.value) !== null) return 'time';
  return null;
}

/**
 * The form's start and end date and time boxes. Outlook has no public selectors for them
 * (HOSTS.md): typed inputs first, else inputs whose label says start/end and date/time, else
 * page order (start before end) with each box's kind read from its value.
 */
export function findTimeFields(root: Element, locale: string | undefined): TimeFields {
  const titles = new Set<Element>(titleInputs(root));
  const inputs = all(root, 'input').filter(
    (el): el is HTMLInputElement => el instanceof HTMLInputElement && !titles.has(el) && !['checkbox', 'radio', 'hidden', 'button', 'submit'].includes(el.type) && isVisible(el),
  );
  const out: TimeFields = {};
  const dates: HTMLInputElement[] = [];
  const times: HTMLInputElement[] = [];
  for (const input of inputs) {
    const label = labelOf(input);
    const kind = kindOf(input, label, locale);
    if (!kind) continue;
    const role = C.startLabel.test(label) ? 'start' : C.endLabel.test(label) ? 'end' : null;
    const key = `${role ?? ''}${kind === 'date' ? 'Date' : 'Time'}` as keyof TimeFields;
    if (role && !out[key]) out[key] = input;
    else (kind === 'date' ? dates : times).push(input);
  }
  for (const input of dates) {
    if (!out.startDate) out.startDate = input;
    else if (!out.endDate) out.endDate = input;
  }
  for (const input of times) {
    if (!out.startTime) out.startTime = input;
    else if (!out.endTime) out.endTime = input;
  }
  return out;
}

function isChecked(el: Element): boolean {
  return (el instanceof HTMLInputElement && el.checked) || el.getAttribute('aria-checked') === 'true';
}

function readAllDay(root: Element): boolean {
  return all(root, C.allDay).some((el) => C.allDayLabel.test(labelOf(el) || cleanText(el.closest('label')?.textContent)) && isChecked(el));
}

/**
 * Whether the event repeats, and its rule, from the repeat control's words (Outlook gives it no
 * language-free hook): the labelled control first, then any drop-down of the form whose shown
 * text reads as a rule in one of the five languages (utils/hosts/recurrence-text.ts).
 */
function readRecurrence(root: Element, log: Logger): { recurring: boolean; rule?: RecurrenceRule } {
  const lang = pageLocale(root.ownerDocument);
  const labelled = all(root, C.repeat).filter((el) => !(el instanceof HTMLInputElement) && C.repeatLabel.test(labelOf(el)));
  const others = all(root, C.dropdown).filter((el) => !labelled.includes(el) && isVisible(el));
  let unread: string | null = null;
  for (const el of [...labelled, ...others]) {
    const shown = cleanText(el instanceof HTMLSelectElement ? el.selectedOptions[0]?.textContent : el.textContent);
    // The words as shown, else without the label's own ("Repeat: Every day").
    const text = cleanText(shown.replace(new RegExp(C.repeatLabel.source, 'gi'), ' ').replace(/^[\s:：]+/, ''));
    const reading = readRecurrenceText(shown, { ...(lang ? { lang } : {}) }) ?? (text && text !== shown ? readRecurrenceText(text, { ...(lang ? { lang } : {}) }) : null);
    if (reading?.kind === 'none') return { recurring: false };
    if (reading?.kind === 'rule') return { recurring: true, rule: reading.rule };
    if (reading?.kind === 'custom') return { recurring: true };
    if (labelled.includes(el) && text) unread = text;
  }
  if (unread !== null) log.warnOnce('outlook:recurrence', `Outlook's repeat rule ("${unread.slice(0, 60)}") could not be read in English, German, French, Spanish or Japanese; DST notes take the series as weekly.`);
  return { recurring: unread !== null };
}

/** The event's own zone where the form shows one: a time-zone drop-down reading "(UTC-05:00) Eastern Time (US & Canada)". */
function readEventZone(root: Element): string | null {
  for (const el of all(root, C.zoneControl)) {
    if (!isVisible(el)) continue;
    const text = el instanceof HTMLInputElement ? el.value : el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.textContent ?? '') : cleanText(el.textContent);
    if (!ZONE_TEXT.test(text)) continue;
    const zone = zoneFromText(text);
    if (zone) return zone;
  }
  return null;
}

function pageLocale(doc: Document): string | undefined {
  return doc.documentElement.lang || undefined;
}

function minutesOf(input: HTMLInputElement | undefined): number | null {
  if (!input) return null;
  return parseTimeText(input.value);
}

/** A civil date's wall minute in a zone → epoch ms (the page speaks wall times; the engine wants instants). */
function toInstant(date: CivilDate, minutes: number, zone: string): number {
  return DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour: Math.floor(minutes / 60), minute: minutes % 60 }, { zone }).toMillis();
}

function nextDay(date: CivilDate): CivilDate {
  const d = DateTime.fromObject(date, { zone: 'UTC' }).plus({ days: 1 });
  return { year: d.year, month: d.month, day: d.day };
}

export interface EventFormOptions {
  /** The user's zone: Baton's setting, else the browser's (Outlook shows no zone in the form). */
  zone: () => string;
  log: Logger;
}

export function readEventForm(root: Element, options: EventFormOptions): EventDraft {
  const doc = root.ownerDocument;
  const locale = pageLocale(doc);
  const calendarZone = options.zone();
  const zone = readEventZone(root) ?? calendarZone;
  const title = titleInputs(root)[0]?.value ?? '';
  const description = cleanText(all(root, C.body)[0]?.textContent);
  const labelled = attendeeWells(root);
  const wells = labelled.length ? labelled : wellsIn(root).filter((w) => !w.matches(C.body));
  const refs = readRecipientsIn(wells, wells.map(() => 'to'), root, options.log);
  const guests: GuestRef[] = refs.map((r) => ({ ...(r.email ? { email: r.email } : {}), ...(r.name ? { name: r.name } : {}), element: r.element }));

  const f = findTimeFields(root, locale);
  const startDate = f.startDate ? parseDateText(f.startDate.value, locale) : null;
  const endDate = (f.endDate ? parseDateText(f.endDate.value, locale) : null) ?? startDate;
  const startMin = minutesOf(f.startTime);
  const endMin = minutesOf(f.endTime);
  const allDay = readAllDay(root);
  let start: number | null = null;
  let end: number | null = null;
  if (startDate && startMin !== null) start = toInstant(startDate, startMin, zone);
  if (endDate && endMin !== null) {
    end = toInstant(endDate, endMin, zone);
    // One date shown for both: an end time before the start means the next day (a late meeting).
    if (start !== null && end <= start && !f.endDate) end = toInstant(nextDay(endDate), endMin, zone);
  }
  if (!f.startDate || !f.startTime) options.log.warnOnce('outlook:event-times', 'The Outlook event form’s start date and time were not found; guest times need them.');
  const series = readRecurrence(root, options.log);
  return {
    title,
    description,
    start,
    end,
    allDay,
    recurring: series.recurring,
    ...(series.rule ? { recurrence: series.rule } : {}),
    zone,
    ...(zone !== calendarZone ? { calendarZone } : {}),
    guests,
  };
}

/** Values as the form shows them: ISO for typed inputs, the page language's format for text boxes. */
function formatFor(input: HTMLInputElement, kind: 'date' | 'time', at: number, zone: string, locale: string | undefined): string {
  const dt = DateTime.fromMillis(at, { zone });
  if (input.type === 'date') return dt.toFormat('yyyy-MM-dd');
  if (input.type === 'time') return dt.toFormat('HH:mm');
  return localText(kind, at, zone, locale);
}

/** Where the panel goes: after the attendees' row, else before the body, else after the title. */
function panelAnchor(root: Element): ReturnType<EventEditorSurface['panelAnchor']> {
  const wells = attendeeWells(root);
  const last = wells[wells.length - 1];
  const row = last?.parentElement;
  if (row && row !== root) return { anchor: row, position: 'after' };
  const body = all(root, C.body)[0];
  if (body?.parentElement) return { anchor: body.parentElement, position: 'before' };
  const title = titleInputs(root)[0];
  if (title?.parentElement) return { anchor: title.parentElement, position: 'after' };
  return { anchor: root, position: 'append' };
}

/**
 * The written update opens on the Outlook the user is on (a personal outlook.live.com account has
 * no mailbox on outlook.office.com); custom-domain OWA uses other paths, so it gets the default.
 */
function composeOrigin(doc: Document): string | undefined {
  const here = doc.defaultView?.location;
  return here && OUTLOOK.page.hosts.includes(here.hostname) ? here.origin : undefined;
}

export function outlookEventSurface(root: Element, options: EventFormOptions): EventEditorSurface {
  return {
    root,
    composeApp: 'outlook',
    composeOrigin: composeOrigin(root.ownerDocument),
    read: () => readEventForm(root, options),
    panelAnchor: () => panelAnchor(root),
    setTimes(start, end) {
      const locale = pageLocale(root.ownerDocument);
      const zone = readEventZone(root) ?? options.zone();
      const f = findTimeFields(root, locale);
      if (!f.startDate || !f.startTime || !f.endTime) return false;
      const pairs: Array<[HTMLInputElement | undefined, 'date' | 'time', number]> = [
        [f.startDate, 'date', start],
        [f.startTime, 'time', start],
        [f.endDate, 'date', end],
        [f.endTime, 'time', end],
      ];
      let ok = true;
      for (const [input, kind, at] of pairs) {
        if (!input) continue;
        const value = formatFor(input, kind, at, zone, locale);
        ok = setInputValue(input, value) && ok;
      }
      // The page may reformat what was typed: success means it now reads back as asked.
      const read = readEventForm(root, options);
      return ok && read.start === start && read.end === end;
    },
  };
}
