import { isBatonNode } from '../mount';

/** Gmail reacts to mousedown/mouseup, not only click: press its buttons the way a mouse does (HOSTS.md). */
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
  element.dispatchEvent(new MouseEvent('mousedown', { ...init, buttons: 1 }));
  element.dispatchEvent(new MouseEvent('mouseup', init));
  element.dispatchEvent(new MouseEvent('click', init));
}

/** Rendered and not hidden: Gmail leaves hidden dialogs and menus in the DOM. */
export function isVisible(element: Element | null | undefined): element is HTMLElement {
  if (!(element instanceof HTMLElement) || !element.isConnected) return false;
  if (element.closest('[aria-hidden="true"]')) return false;
  return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
}

/** Elements matching a selector, minus Baton's own UI. */
export function all(scope: ParentNode, selector: string): Element[] {
  return [...scope.querySelectorAll(selector)].filter((el) => !el.closest('baton-ui') && !isBatonNode(el));
}

/**
 * Resolve when `find` returns something, re-checking after DOM changes, or null after `ms`.
 * Observes instead of polling: Gmail renders menus and dialogs a frame or two after a press.
 */
export function waitFor<T>(find: () => T | null, ms: number, signal?: AbortSignal): Promise<T | null> {
  const now = find();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const finish = (value: T | null) => {
      observer.disconnect();
      window.clearTimeout(timer);
      resolve(value);
    };
    const observer = new MutationObserver(() => {
      const found = find();
      if (found) finish(found);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'aria-hidden', 'hidden'] });
    const timer = window.setTimeout(() => finish(find()), ms);
    signal?.addEventListener('abort', () => finish(null), { once: true });
  });
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/;

/** The address in "aiko@x.jp", "Aiko <aiko@x.jp>" or "aiko@x.jp," — lower case, or null. */
export function addressIn(text: string): string | null {
  const raw = text.trim().replace(/[,;]+$/, '');
  const angled = /<([^<>]+)>\s*$/.exec(raw)?.[1] ?? raw;
  const candidate = angled.trim().toLowerCase();
  return EMAIL.test(candidate) ? candidate : null;
}
