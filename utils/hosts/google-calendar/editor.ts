import type { EventDraft, EventEditorSurface, GuestRef } from '../types';
import type { Logger } from '../logger';
import { fieldText, instantToWall, isVisible, pageLocale, pageUserEmail, pageZone, typeInto, visible, wallToInstant } from './dom';
import { decodeEventId, parseCompactDate, parseDateText, parseTimeRange, parseTimeText, pad, type CivilDate } from './parse';
import * as S from './selectors';
import type { RecurrenceRule } from '@/utils/time';
import { isBatonNode } from '../mount';
import { readRecurrenceText } from '../recurrence-text';
import { ZONE_TEXT, zoneFromText } from '../zone-text';

/**
 * Reads an event editor — the full-page one (`scope` = document) or the quick-create dialog
 * (`scope` = that dialog) — into a host-free EventDraft, and finds where the panel goes.
 * Every lookup is scoped and visibility-filtered: Calendar keeps hidden copies around.
 */
export interface EditorOptions {
  scope: ParentNode;
  kind: 'editor' | 'quick-create';
  /** The zone to read times in when the page names none (settings, else the browser's). */
  fallbackZone: () => string;
  /** Where to say, once, that the editor's times could not be read. */
  log?: Logger;
  /** A timer tied to the session (ctx.setTimeout), for the grace period below. */
  later?: (fn: () => void, ms: number) => void;
}

/**
 * Calendar may draw the date and time row a moment after the rest of the editor: times missing
 * only that long are not worth a warning, times still missing after it are.
 */
const TIMES_GRACE_MS = 1500;

export function createEditorSurface(root: Element, options: EditorOptions): EventEditorSurface {
  const doc = root.ownerDocument;
  const { scope } = options;
  const calendarZone = () => pageZone(doc) ?? options.fallbackZone();
  // The event's own zone where the editor shows one (its time-zone button), else the calendar's.
  const zone = () => eventZone(scope) ?? calendarZone();

  const readDate = (selector: string): CivilDate | null => {
    const el = visible(scope, selector);
    if (!el) return null;
    return parseCompactDate(el.getAttribute('data-date')) ?? parseDateText(fieldText(el), pageLocale(doc), new Date().getFullYear());
  };

  const readSlot = (): { start: number | null; end: number | null } => {
    const z = zone();
    const startDate = readDate(S.START_DATE) ?? (options.kind === 'quick-create' ? readDate(S.QUICK_DATE) : null);
    if (!startDate) return { start: null, end: null };
    let startMin = parseTimeText(fieldText(visible(scope, S.START_TIME)));
    let endMin = parseTimeText(fieldText(visible(scope, S.END_TIME)));
    if (startMin === null && options.kind === 'quick-create') {
      const range = quickTimeRange(scope);
      if (range) {
        startMin = range.start;
        endMin = range.end;
      }
    }
    if (startMin === null) return { start: null, end: null };
    const endDate = readDate(S.END_DATE) ?? startDate;
    const start = wallToInstant(startDate, startMin, z);
    let end = endMin === null ? start + 3_600_000 : wallToInstant(endDate, endMin, z);
    // "23:00 – 00:30" with one date shown: the end is on the next day.
    if (end <= start && endMin !== null && !visible(scope, S.END_DATE)) end += 86_400_000;
    return { start, end };
  };

  // An all-day event has no times to read (Calendar hides the fields): nothing is missing then.
  const timesMissing = () => !isChecked(visible(scope, S.ALL_DAY)) && readSlot().start === null;
  let timesCheckPending = false;
  const checkTimesLater = () => {
    const { log, later } = options;
    if (!log || !later || timesCheckPending) return;
    timesCheckPending = true;
    later(() => {
      timesCheckPending = false;
      if (!root.isConnected || !timesMissing()) return;
      if (options.kind === 'editor') log.warnOnce('editor-times', 'Calendar editor’s start date and time (#xStDaIn, #xStTiIn) could not be read; no guest times shown.');
      else log.warnOnce('quick-create-times', 'Calendar quick-create’s date and time could not be read; no guest times shown.');
    }, TIMES_GRACE_MS);
  };

  const read = (): EventDraft => {
    const { start, end } = readSlot();
    const selfEmail = pageUserEmail(doc);
    const allDay = isChecked(visible(scope, S.ALL_DAY));
    if (start === null && !allDay) checkTimesLater();
    const series = readRecurrence(scope, doc, options.log);
    const z = zone();
    const own = calendarZone();
    return {
      title: fieldText(visible(scope, options.kind === 'quick-create' ? S.QUICK_TITLE : S.TITLE)).trim(),
      description: fieldText(visible(scope, S.DESCRIPTION)).trim(),
      start,
      end,
      allDay,
      recurring: series.recurring,
      ...(series.rule ? { recurrence: series.rule } : {}),
      zone: z,
      ...(z !== own ? { calendarZone: own } : {}),
      guests: readGuests(scope, options.kind === 'quick-create' ? S.QUICK_GUEST : S.GUEST_ROW),
      ...(selfEmail ? { selfEmail } : {}),
    };
  };

  const panelAnchor: EventEditorSurface['panelAnchor'] = () => {
    if (options.kind === 'quick-create') {
      const panel = visible(scope, S.QUICK_EVENT_PANEL);
      return panel ? { anchor: panel, position: 'append' } : root instanceof HTMLElement && isVisible(root) ? { anchor: root, position: 'append' } : null;
    }
    // brave-talk/jidesha: a row before the parent of #xNtList; else after the guest list's column.
    const notifications = visible(scope, S.NOTIFICATION_LIST);
    if (notifications?.parentElement) return { anchor: notifications.parentElement, position: 'before' };
    const description = visible(scope, S.DESCRIPTION);
    if (description?.parentElement) return { anchor: description.parentElement, position: 'before' };
    const title = visible(scope, S.TITLE);
    if (title?.parentElement) return { anchor: title.parentElement, position: 'after' };
    return null;
  };

  const setTimes = (start: number, end: number): boolean => {
    const z = zone();
    const fields = [S.START_DATE, S.START_TIME, S.END_DATE, S.END_TIME].map((s) => visible(scope, s));
    if (!fields.every((f): f is HTMLInputElement => f instanceof HTMLInputElement && !f.readOnly && !f.disabled)) return false;
    const [sd, st, ed, et] = fields as HTMLInputElement[];
    const locale = pageLocale(doc);
    const s = instantToWall(start, z);
    const e = instantToWall(end, z);
    writeDate(sd!, s.date, locale);
    writeTime(st!, s.minutes);
    writeDate(ed!, e.date, locale);
    writeTime(et!, e.minutes);
    // Calendar may refuse or reformat the text: the fields count as filled only if they read back.
    const after = readSlot();
    return after.start === start && after.end === end;
  };

  return { root, read, panelAnchor, setTimes, composeApp: 'gmail' };
}

function isChecked(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLInputElement) return el.checked;
  return el.getAttribute('aria-checked') === 'true';
}

/** What a drop-down shows: a select's chosen option, a listbox's selected option, else its own text. */
function shownText(el: Element): string {
  if (el instanceof HTMLSelectElement) return el.selectedOptions[0]?.textContent ?? '';
  if (el.getAttribute('role') === 'listbox') return el.querySelector(S.SELECTED_OPTION)?.textContent ?? '';
  return fieldText(el);
}

/** The editor's drop-downs, the id'd recurrence control first, then those in the all-day row, then the rest. */
function recurrenceCandidates(scope: ParentNode): Element[] {
  const out: Element[] = [];
  const add = (el: Element | null | undefined) => {
    if (el && !out.includes(el) && isVisible(el) && !el.closest(S.NOTIFICATION_LIST) && !isBatonNode(el)) out.push(el);
  };
  add(visible(scope, S.RECURRENCE));
  let row: Element | null | undefined = visible(scope, S.ALL_DAY);
  for (let i = 0; i < 3 && row; i++) {
    row = row.parentElement;
    row?.querySelectorAll(S.DROPDOWN).forEach(add);
  }
  scope.querySelectorAll(S.DROPDOWN).forEach(add);
  return out;
}

/**
 * Whether the event repeats, and its rule as the repeat drop-down states it. Language-free first
 * where Calendar has it (an existing series' instance id); the drop-down's words, in any of the
 * five languages, for the rule and for a new event. Words nothing matches are said once.
 */
function readRecurrence(scope: ParentNode, doc: Document, log: Logger | undefined): { recurring: boolean; rule?: RecurrenceRule } {
  const id = /\/r\/eventedit\/([\w-]+)/.exec(doc.location?.pathname ?? '')?.[1];
  const instance = !!id && decodeEventId(id)?.instanceStart !== undefined;
  const lang = pageLocale(doc);
  const year = new Date().getFullYear();
  let unread: string | null = null;
  for (const el of recurrenceCandidates(scope)) {
    const text = shownText(el).trim();
    const reading = readRecurrenceText(text, { ...(lang ? { lang } : {}), year });
    // The drop-down states the choice as it is now, also for an instance of a series.
    if (reading?.kind === 'none') return { recurring: false };
    if (reading?.kind === 'rule') return { recurring: true, rule: reading.rule };
    if (reading?.kind === 'custom') return { recurring: true };
    if (el.matches(S.RECURRENCE) && text) unread = text;
  }
  if (unread !== null || instance) {
    log?.warnOnce('recurrence', `Calendar's repeat rule${unread ? ` ("${unread.slice(0, 60)}")` : ''} could not be read in English, German, French, Spanish or Japanese; DST notes take the series as weekly.`);
  }
  return { recurring: instance || unread !== null };
}

/** The event's own zone, from the time-zone button next to its times. */
function eventZone(scope: ParentNode): string | null {
  // The date and time rows: up to three levels around the start time (or date) field.
  let area: Element | null | undefined = visible(scope, S.START_TIME) ?? visible(scope, S.START_DATE);
  for (let i = 0; i < 3 && area?.parentElement; i++) area = area.parentElement;
  if (!area) return null;
  for (const el of area.querySelectorAll(S.ZONE_CONTROL)) {
    if (!isVisible(el) || isBatonNode(el)) continue;
    const text = fieldText(el);
    const zone = zoneFromText(el.getAttribute('data-tzid')) ?? (ZONE_TEXT.test(text) ? zoneFromText(text) : null);
    if (zone) return zone;
  }
  return null;
}

function readGuests(scope: ParentNode, selector: string): GuestRef[] {
  const out: GuestRef[] = [];
  for (const el of scope.querySelectorAll(selector)) {
    if (!isVisible(el)) continue;
    const email = (el.getAttribute('data-email') ?? el.getAttribute('data-hovercard-id') ?? '').trim().toLowerCase();
    const validEmail = /^[^\s@]+@[^\s@]+$/.test(email) ? email : undefined;
    const name = guestName(el, validEmail);
    if (!validEmail && !name) continue;
    out.push({ ...(validEmail ? { email: validEmail } : {}), ...(name ? { name } : {}), element: el });
  }
  return out;
}

function guestName(el: Element, email: string | undefined): string | undefined {
  const attr = el.getAttribute('data-name') ?? el.getAttribute('data-display-name');
  const named = attr ?? el.querySelector(S.GUEST_NAME)?.textContent ?? el.textContent ?? '';
  let name = named.replace(/\s+/g, ' ').trim();
  // "Name <email>" / "Name (email)": drop the address and its brackets, nothing else (names are data).
  if (email) name = name.split(`<${email}>`).join(' ').split(`(${email})`).join(' ').split(email).join(' ').replace(/\s+/g, ' ').trim();
  // A row's text also holds role words ("Organizer", "Optional") after the name.
  name = name.split(/\s[·•]\s/)[0] ?? name;
  return name && name.length <= 120 ? name : undefined;
}

/** Quick-create shows "9:00am – 10:00am" as text in a button or span, not as inputs. */
function quickTimeRange(scope: ParentNode): { start: number; end: number | null } | null {
  const keyed = visible(scope, S.QUICK_TIME);
  if (keyed) return parseTimeRange(fieldText(keyed));
  for (const el of scope.querySelectorAll<HTMLElement>('button, [role="button"], span, div')) {
    if (el.children.length > 2 || !isVisible(el)) continue;
    const text = fieldText(el);
    if (text.length > 60) continue;
    const range = parseTimeRange(text);
    if (range?.end !== null && range !== null) return range;
  }
  return null;
}

function writeDate(input: HTMLInputElement, date: CivilDate, locale: string | undefined): void {
  if (input.hasAttribute('data-date')) input.setAttribute('data-date', `${date.year}${pad(date.month)}${pad(date.day)}`);
  const text = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(date.year, date.month - 1, date.day),
  );
  typeInto(input, text);
}

function writeTime(input: HTMLInputElement, minutes: number): void {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  // Keep the field's own clock style: "2:00pm" where it showed am/pm, else "14:00".
  const twelve = /[ap]\.?m/i.test(input.value);
  const text = twelve ? `${h % 12 === 0 ? 12 : h % 12}:${pad(m)}${h < 12 ? 'am' : 'pm'}` : `${pad(h)}:${pad(m)}`;
  typeInto(input, text);
}
