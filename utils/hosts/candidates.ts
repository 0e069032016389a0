/**
 * Tells Baton that something which may start a compose or an event editor has appeared, without
 * a document-wide MutationObserver: a page that churns thousands of unrelated nodes a second then
 * costs Baton nothing at all.
 *
 * The main signal is a do-nothing CSS animation on the candidates' selector: the browser fires
 * `animationstart` the moment a matching element is rendered (the technique refined-github's
 * selector observer is built on). Candidates must be elements hosts never animate themselves
 * (inputs, editable bodies, named fields), because Baton's rule would replace their animation; it
 * is not `!important`, so a page that animates one anyway keeps its animation and Baton falls back
 * on the two slower signals: focus entering a candidate, and a poll every few seconds while the tab
 * is visible (a page that switches animations off entirely is still served).
 */

export interface CandidateHandlers {
  /** Something worth a look has appeared. */
  onCandidate(): void;
  /** Candidates already inside what Baton serves need no look (the poll and focus skip them). */
  isKnown(element: Element): boolean;
}

export interface CandidateWatch {
  /** Replace who is told: the loader until the UI is running, then the UI's runner. */
  setHandlers(handlers: CandidateHandlers): void;
  /** Is there a candidate on the page now that no handler knows? */
  hasUnknown(): boolean;
}

const ANIMATION = 'baton-candidate';
const POLL_MS = 2_500;

export function watchCandidates(selector: string, signal: AbortSignal): CandidateWatch {
  let handlers: CandidateHandlers = { onCandidate: () => {}, isKnown: () => false };
  const hasUnknown = () => {
    for (const element of document.querySelectorAll(selector)) if (!handlers.isKnown(element)) return true;
    return false;
  };

  adoptSentinelStyle(selector, signal);
  document.addEventListener(
    'animationstart',
    (event) => {
      if (event.animationName === ANIMATION) handlers.onCandidate();
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      if (target instanceof Element && target.closest(selector) && !handlers.isKnown(target)) handlers.onCandidate();
    },
    { capture: true, signal },
  );
  // Each unknown candidate is reported by the poll once: a search box that is always there and
  // never part of a compose must not cost a scan every few seconds.
  const polled = new WeakSet<Element>();
  const poll = window.setInterval(() => {
    if (document.visibilityState !== 'visible') return;
    let fresh = false;
    for (const element of document.querySelectorAll(selector)) {
      if (polled.has(element) || handlers.isKnown(element)) continue;
      polled.add(element);
      fresh = true;
    }
    if (fresh) handlers.onCandidate();
  }, POLL_MS);
  signal.addEventListener('abort', () => window.clearInterval(poll), { once: true });

  return {
    setHandlers(next) {
      handlers = next;
    },
    hasUnknown,
  };
}

/**
 * An adopted style sheet, not a <style> element: Baton adds no node to the page until it has
 * something to show. Should the page replace the document's adopted sheets, the poll still works.
 */
function adoptSentinelStyle(selector: string, signal: AbortSignal): void {
  try {
    const sheet = new CSSStyleSheet();
    // Animating only a custom property changes nothing anyone can see.
    sheet.replaceSync(`@keyframes ${ANIMATION}{from{--baton-candidate:0}to{--baton-candidate:1}}:where(${selector}){animation:${ANIMATION} 1ms}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    signal.addEventListener('abort', () => {
      try {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        /* the document is going away */
      }
    }, { once: true });
  } catch {
    /* no constructable sheets here: focus and the poll still find candidates */
  }
}
