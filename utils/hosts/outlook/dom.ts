import { isBatonNode } from '../mount';

/** Elements matching a selector, minus Baton's own UI. */
export function all(scope: ParentNode, selector: string): Element[] {
  return [...scope.querySelectorAll(selector)].filter((el) => !isBatonNode(el) && !el.closest('baton-ui'));
}

/** Keep the outermost of nested matches (a chip may hold inner elements with the same hooks). */
export function outermost(elements: readonly Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/** Keep the innermost of nested matches (a reading pane holds the compose). */
export function innermost(elements: readonly Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && el.contains(other)));
}

/**
 * Rendered and not hidden: Outlook keeps closed menus and dialogs around. `checkVisibility`
 * where the browser has it; otherwise an element with no box, `hidden` or `display:none` above it.
 */
export function isVisible(element: Element | null | undefined): element is HTMLElement {
  if (!(element instanceof HTMLElement) || !element.isConnected) return false;
  if (element.closest('[hidden], [aria-hidden="true"]')) return false;
  if (typeof element.checkVisibility === 'function') return element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
  for (let el: HTMLElement | null = element; el; el = el.parentElement) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
  }
  return true;
}

/**
 * Press a button the way a mouse does. Fluent UI (React) acts on click; the pointer and mouse
 * downs and ups come first so that menus opening on pointerdown open too.
 */
export function press(element: Element): void {
  const rect = element.getBoundingClientRect();
  const init: MouseEventInit = {
    bubbles: true,
    cancelable: true,
    composed: true,
    view: window,
    button: 0,
    clientX: rect.left + rect.width / 2,
    clientY: rect.top + rect.height / 2,
  };
  if (typeof PointerEvent === 'function') element.dispatchEvent(new PointerEvent('pointerdown', { ...init, buttons: 1, pointerType: 'mouse', isPrimary: true }));
  element.dispatchEvent(new MouseEvent('mousedown', { ...init, buttons: 1 }));
  if (typeof PointerEvent === 'function') element.dispatchEvent(new PointerEvent('pointerup', { ...init, pointerType: 'mouse', isPrimary: true }));
  element.dispatchEvent(new MouseEvent('mouseup', init));
  element.dispatchEvent(new MouseEvent('click', init));
}

/**
 * Resolve when `find` returns something, re-checking after DOM changes, or with `find()`'s last
 * answer after `ms`. Observes instead of polling: Fluent renders menus a frame after a press.
 */
export function waitFor<T>(find: () => T | null, ms: number, signal?: AbortSignal): Promise<T | null> {
  const first = find();
  if (first) return Promise.resolve(first);
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: T | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      window.clearTimeout(timer);
      resolve(value);
    };
    const observer = new MutationObserver(() => {
      const found = find();
      if (found) finish(found);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'aria-hidden', 'aria-expanded'] });
    const timer = window.setTimeout(() => finish(find()), ms);
    signal?.addEventListener('abort', () => finish(null), { once: true });
  });
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/;
const EMAIL_IN_TEXT = /[^\s@<>()[\],;:"'=]+@[^\s@<>()[\],;:"']+\.[^\s@<>()[\],;:"'.]{2,}/;

/** The address in "aiko@x.jp", "Aiko <aiko@x.jp>", "mailto:aiko@x.jp" — lower case, or null. */
export function addressIn(text: string): string | null {
  const raw = text.trim().replace(/^mailto:/i, '').replace(/[,;]+$/, '');
  const angled = /<([^<>]+)>\s*$/.exec(raw)?.[1] ?? raw;
  const candidate = angled.trim().toLowerCase();
  return EMAIL.test(candidate) ? candidate : null;
}

/** The first address anywhere in a longer text ("Opens card for Aiko, aiko@x.jp"), or null. */
export function addressWithin(text: string): string | null {
  const hit = EMAIL_IN_TEXT.exec(text)?.[0];
  return hit ? addressIn(hit) : null;
}

/** Collapse whitespace (Outlook pads chip text with zero-width and non-breaking spaces). */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

/** Set an input's value so React/Fluent sees a real edit (native setter, then input and change). */
export function setInputValue(input: HTMLInputElement, value: string): boolean {
  input.focus();
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
  return input.value === value;
}

/** An element's accessible-ish label: aria-label, the elements aria-labelledby names, placeholder, title. */
export function labelOf(el: Element): string {
  const own = el.getAttribute('aria-label') ?? '';
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const byId = ids.map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' ');
  const labels = el instanceof HTMLInputElement && el.labels ? [...el.labels].map((l) => l.textContent ?? '').join(' ') : '';
  return cleanText([own, byId, labels, el.getAttribute('placeholder') ?? '', el.getAttribute('title') ?? ''].join(' '));
}

/**
 * A date or time as the page's language writes it: "11/24/2026", "24.11.2026"; "7:00 PM", and
 * two-digit hours ("01:00") where the language uses a 24-hour clock, as Outlook's pickers show them.
 */
export function localText(kind: 'date' | 'time', at: number, zone: string, locale: string | undefined): string {
  if (kind === 'date') return new Intl.DateTimeFormat(locale, { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric' }).format(at);
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  const h24 = cycle === 'h23' || cycle === 'h24';
  return new Intl.DateTimeFormat(locale, { timeZone: zone, hour: h24 ? '2-digit' : 'numeric', minute: '2-digit' }).format(at);
}
