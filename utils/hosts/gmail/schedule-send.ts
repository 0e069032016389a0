import type { Logger } from '../logger';
import type { ScheduleSendOutcome } from '../types';
import { GMAIL } from './selectors';
import { all, isVisible, press, waitFor } from './dom';
import { findSend } from './compose';

const STEP_MS = 2_000;

/**
 * Open Gmail's own Schedule send for this compose and fill "Pick date & time" with `at`.
 * Steps (InboxSDK openScheduleSendMenu): the arrow next to Send → the menu item
 * `[selector="scheduledSend"]` → the dialog's last option ("Pick date & time") → its date and
 * time boxes. Never presses the dialog's final button: Baton never sends or schedules by itself.
 *
 * Gmail reads the picker in the browser's own zone, so the fields are written in that zone
 * whatever zone Baton's settings name for the user.
 */
export async function openScheduleSend(root: Element, at: number, log: Logger, signal?: AbortSignal): Promise<ScheduleSendOutcome> {
  const send = findSend(root, log);
  const arrow = findArrow(root, send);
  if (!arrow) {
    log.warnOnce('gmail:schedule-arrow', 'The arrow next to Gmail’s Send was not found; schedule-send shows the time instead.');
    return 'unavailable';
  }
  const before = new Set(visibleDialogs(root));
  press(arrow);
  const item = await waitFor(() => all(document, GMAIL.schedule.menuItem).find(isVisible) ?? null, STEP_MS, signal);
  if (!item) {
    log.warnOnce('gmail:schedule-item', 'Gmail’s send menu had no [selector="scheduledSend"] item; schedule-send shows the time instead.');
    // Close the menu we opened.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    return 'unavailable';
  }
  press(item);
  const dialog = await waitFor(() => visibleDialogs(root).find((d) => !before.has(d)) ?? null, STEP_MS, signal);
  if (!dialog) return 'unavailable';

  // Some Gmail versions open straight on the picker; others list presets first.
  let fields = findFields(dialog);
  if (!fields) {
    const pick = findPickOption(dialog);
    if (!pick) return 'opened';
    press(pick);
    fields = await waitFor(() => {
      for (const d of visibleDialogs(root)) {
        const f = findFields(d);
        if (f) return f;
      }
      return null;
    }, STEP_MS, signal);
  }
  if (!fields) {
    log.warnOnce('gmail:schedule-fields', 'Gmail’s "Pick date & time" fields were not found; schedule-send shows the time to copy.');
    return 'opened';
  }
  return fill(fields, at) ? 'filled' : 'opened';
}

function findArrow(root: Element, send: HTMLElement | null): Element | null {
  // Nearest first: the arrow shares Send's cell.
  for (let scope = send?.parentElement; scope && scope !== root.parentElement; scope = scope.parentElement) {
    const arrow = all(scope, GMAIL.send.arrow).find((el) => el !== send);
    if (arrow) return arrow;
    if (scope === root) break;
  }
  return all(root, GMAIL.send.arrowByClass)[0] ?? null;
}

function visibleDialogs(root: Element): HTMLElement[] {
  return all(document, GMAIL.schedule.dialog).filter((d): d is HTMLElement => isVisible(d) && !d.contains(root) && !root.contains(d));
}

function findPickOption(dialog: Element): HTMLElement | null {
  const options = all(dialog, GMAIL.schedule.option).filter(isVisible);
  const byText = options.find((o) => GMAIL.schedule.pickText.test(o.textContent ?? ''));
  if (byText) return byText;
  if (options.length) return options[options.length - 1] ?? null;
  // Options without roles: any clickable-looking element whose text names date and time.
  const loose = all(dialog, '[tabindex], [jsaction], div, li').filter(isVisible);
  return loose.reverse().find((el) => GMAIL.schedule.pickText.test(el.textContent ?? '') && el.children.length < 4) ?? null;
}

interface Fields {
  date: HTMLInputElement;
  time: HTMLInputElement;
}

function findFields(dialog: Element): Fields | null {
  const typedDate = all(dialog, GMAIL.schedule.dateInput).find(isVisible);
  const typedTime = all(dialog, GMAIL.schedule.timeInput).find(isVisible);
  if (typedDate instanceof HTMLInputElement && typedTime instanceof HTMLInputElement) return { date: typedDate, time: typedTime };
  const text = all(dialog, GMAIL.schedule.textInput).filter((el): el is HTMLInputElement => el instanceof HTMLInputElement && isVisible(el));
  const [date, time] = text;
  return date && time ? { date, time } : null;
}

function pageLocale(): string {
  return document.documentElement.lang || navigator.language || 'en-US';
}

function valuesFor(input: HTMLInputElement, kind: 'date' | 'time', at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (input.type === 'date') return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  if (input.type === 'time') return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  // Text boxes: Gmail parses what it displays, in the page's language ("Nov 24, 2026", "9:00 AM").
  const options: Intl.DateTimeFormatOptions = kind === 'date' ? { year: 'numeric', month: 'short', day: 'numeric' } : { hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat(pageLocale(), options).format(d);
}

function setValue(input: HTMLInputElement, value: string): boolean {
  input.focus();
  // The native setter, so frameworks that track the value see a real change.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
  return input.value === value;
}

function fill(fields: Fields, at: number): boolean {
  const date = setValue(fields.date, valuesFor(fields.date, 'date', at));
  const time = setValue(fields.time, valuesFor(fields.time, 'time', at));
  return date && time;
}
