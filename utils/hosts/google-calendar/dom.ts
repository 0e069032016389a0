import { DateTime } from 'luxon';
import type { CivilDate } from './parse';
import * as S from './selectors';

/** Small DOM readers shared by the editor, quick-create and grid readers. */

/** Rendered and not hidden: Calendar leaves hidden copies of dialogs and fields around. */
export function isVisible(el: Element): boolean {
  if (!el.isConnected || el.closest('[aria-hidden="true"], [hidden]')) return false;
  // checkVisibility needs styles only; getClientRects would force a layout on every scan.
  if (typeof el.checkVisibility === 'function') return el.checkVisibility({ visibilityProperty: true });
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/** The first visible match inside a scope. */
export function visible(scope: ParentNode, selector: string): HTMLElement | null {
  for (const el of scope.querySelectorAll<HTMLElement>(selector)) if (isVisible(el)) return el;
  return null;
}

/** What a field shows: an input's value, else its text. */
export function fieldText(el: Element | null): string {
  if (!el) return '';
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value;
  return el.textContent ?? '';
}

export function isValidZone(zone: string | null | undefined): zone is string {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar's zone from the page's hidden user info, when it names a real zone. */
export function pageZone(doc: Document): string | null {
  const text = doc.querySelector(S.USER_TIMEZONE)?.textContent?.trim();
  return isValidZone(text) ? text : null;
}

export function pageLocale(doc: Document): string | undefined {
  const text = doc.querySelector(S.USER_LOCALE)?.textContent?.trim().replace('_', '-');
  if (text) {
    try {
      return Intl.getCanonicalLocales(text)[0];
    } catch {
      /* fall through */
    }
  }
  return doc.documentElement.lang || undefined;
}

export function pageUserEmail(doc: Document): string | undefined {
  return doc.querySelector(S.USER_EMAIL)?.textContent?.trim().toLowerCase() || undefined;
}

const instants = new Map<string, number>();

/** A wall time on a civil date in a zone → epoch ms (the page speaks wall times; the engine wants instants).
 *  Memoised: a grid rescan asks for the same few hundred day/time pairs again. */
export function wallToInstant(date: CivilDate, minutes: number, zone: string): number {
  const key = `${zone}|${date.year}-${date.month}-${date.day}|${minutes}`;
  let at = instants.get(key);
  if (at === undefined) {
    at = computeInstant(date, minutes, zone);
    if (instants.size > 5000) instants.clear();
    instants.set(key, at);
  }
  return at;
}

function computeInstant(date: CivilDate, minutes: number, zone: string): number {
  return DateTime.fromObject(
    { year: date.year, month: date.month, day: date.day, hour: Math.floor(minutes / 60), minute: minutes % 60 },
    { zone },
  ).toMillis();
}

/** An instant → civil date and minutes in a zone (to write the editor's fields). */
export function instantToWall(at: number, zone: string): { date: CivilDate; minutes: number } {
  const dt = DateTime.fromMillis(at, { zone });
  return { date: { year: dt.year, month: dt.month, day: dt.day }, minutes: dt.hour * 60 + dt.minute };
}

/** Type into a host input the way a user would, so the host's own listeners see it. */
export function typeInto(input: HTMLInputElement, value: string): void {
  input.focus();
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  input.blur();
}
