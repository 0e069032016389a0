import type { Logger } from '../logger';
import type { ScheduleSendOutcome } from '../types';
import { OUTLOOK } from './selectors';
import { all, cleanText, isVisible, localText, press, setInputValue, waitFor } from './dom';
import { findSend } from './compose';

const STEP_MS = 2_000;

/**
 * Open Outlook's own Schedule send for this compose and fill its custom date and time with `at`.
 * Steps: the split button's menu half (`.fui-SplitButton__menuButton`) → the `[role=menuitem]`
 * whose text says "Schedule send" (no language-free hook exists; HOSTS.md) → the dialog Outlook
 * opens → "Custom time" when it lists presets first → its date and time boxes. Never presses the
 * dialog's final button: Baton never sends or schedules by itself.
 *
 * The fields are written as wall time in `userZone` (Baton's idea of the user's zone, which is the
 * zone Outlook's own picker shows for the mailbox in the usual case).
 */
export async function openScheduleSend(root: Element, at: number, userZone: string, log: Logger, signal?: AbortSignal): Promise<ScheduleSendOutcome> {
  const menuButton = findMenuButton(root, log);
  if (!menuButton) {
    log.warnOnce('outlook:schedule-menu', 'The menu half of Outlook’s Send split button was not found; schedule-send shows the time instead.');
    return 'unavailable';
  }
  const before = new Set(visibleDialogs(root));
  press(menuButton);
  const item = await waitFor(() => findMenuItem(root), STEP_MS, signal);
  if (!item) {
    log.warnOnce('outlook:schedule-item', 'Outlook’s Send menu had no "Schedule send" item Baton recognises; schedule-send shows the time instead.');
    closeMenu(menuButton);
    return 'unavailable';
  }
  press(item);
  const dialog = await waitFor(() => visibleDialogs(root).find((d) => !before.has(d)) ?? null, STEP_MS, signal);
  if (!dialog) return 'unavailable';

  let fields = findFields(dialog);
  if (!fields) {
    const custom = findCustomOption(dialog);
    if (!custom) return 'opened';
    press(custom);
    fields = await waitFor(() => {
      for (const d of visibleDialogs(root)) {
        const f = findFields(d);
        if (f) return f;
      }
      return null;
    }, STEP_MS, signal);
  }
  if (!fields) {
    log.warnOnce('outlook:schedule-fields', 'Outlook’s schedule-send date and time fields were not found; schedule-send shows the time to copy.');
    return 'opened';
  }
  return fill(fields, at, userZone) ? 'filled' : 'opened';
}

/** The split button's menu half next to Send, else the nearest button that opens a menu. */
function findMenuButton(root: Element, log: Logger): HTMLElement | null {
  const send = findSend(root, log);
  const split = send?.closest(OUTLOOK.send.split);
  const inSplit = split ? all(split, OUTLOOK.send.menuButton)[0] : undefined;
  if (inSplit instanceof HTMLElement) return inSplit;
  for (let scope = send?.parentElement; scope && root.contains(scope); scope = scope.parentElement) {
    const near = [...all(scope, OUTLOOK.send.menuButton), ...all(scope, OUTLOOK.send.menuButtonByRole)].find((el) => el !== send && !el.contains(send ?? null));
    if (near instanceof HTMLElement) return near;
    if (scope === root) break;
  }
  return null;
}

/** The "Schedule send" item among the visible menu items, by role plus its text. */
export function findMenuItem(root: Element): HTMLElement | null {
  const items = all(root.ownerDocument, OUTLOOK.schedule.menuItem).filter(isVisible);
  return items.find((el) => OUTLOOK.schedule.menuText.test(cleanText(el.textContent) || (el.getAttribute('aria-label') ?? ''))) ?? null;
}

function closeMenu(menuButton: HTMLElement): void {
  const menu = all(menuButton.ownerDocument, '[role="menu"]').find(isVisible) ?? menuButton;
  menu.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true }));
}

function visibleDialogs(root: Element): HTMLElement[] {
  return all(root.ownerDocument, OUTLOOK.schedule.dialog).filter((d): d is HTMLElement => isVisible(d) && !d.contains(root) && !root.contains(d));
}

function findCustomOption(dialog: Element): HTMLElement | null {
  const options = all(dialog, OUTLOOK.schedule.option).filter(isVisible);
  const byText = options.find((o) => OUTLOOK.schedule.customText.test(cleanText(o.textContent)));
  if (byText) return byText;
  // Presets come first and "Custom time" last (Outlook's order); buttons like Cancel are not options.
  const roled = options.filter((o) => o.getAttribute('role'));
  return roled[roled.length - 1] ?? null;
}

interface Fields {
  date: HTMLInputElement;
  time: HTMLInputElement;
}

export function findFields(dialog: Element): Fields | null {
  const date = all(dialog, OUTLOOK.schedule.dateInput).find(isVisible);
  const time = all(dialog, OUTLOOK.schedule.timeInput).find(isVisible);
  if (date instanceof HTMLInputElement && time instanceof HTMLInputElement) return { date, time };
  const text = all(dialog, OUTLOOK.schedule.textInput).filter((el): el is HTMLInputElement => el instanceof HTMLInputElement && isVisible(el));
  const [d, t] = text;
  return d && t ? { date: d, time: t } : null;
}

function pageLocale(): string {
  return document.documentElement.lang || navigator.language || 'en-US';
}

/** `YYYY-MM-DD` and `HH:mm` of an instant's wall time in a zone (formatting only; no arithmetic). */
export function wallParts(at: number, zone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** What to type into a field: ISO for typed inputs, the page language's own format for text boxes. */
export function valueFor(input: HTMLInputElement, kind: 'date' | 'time', at: number, zone: string, locale = pageLocale()): string {
  const wall = wallParts(at, zone);
  if (input.type === 'date') return wall.date;
  if (input.type === 'time') return wall.time;
  return localText(kind, at, zone, locale);
}

function fill(fields: Fields, at: number, zone: string): boolean {
  const date = setInputValue(fields.date, valueFor(fields.date, 'date', at, zone));
  const time = setInputValue(fields.time, valueFor(fields.time, 'time', at, zone));
  return date && time;
}
