import type { Logger } from '../logger';
import type { ComposeSurface, RecipientField, RecipientRef, ScheduleSendOutcome } from '../types';
import { GMAIL } from './selectors';
import { addressIn, all, press } from './dom';
import { openScheduleSend } from './schedule-send';

const FIELDS: readonly RecipientField[] = ['to', 'cc', 'bcc'];

/** Every compose on the page (pop-ups, full-screen, inline replies), each found two ways. */
export function findComposeRoots(doc: Document, log: Logger): Element[] {
  const primary = new Set<Element>([...all(doc, GMAIL.compose.popup), ...all(doc, GMAIL.compose.fullscreen), ...all(doc, GMAIL.compose.inline)]);
  const found = new Set(primary);
  // Second way: walk up from each subject box (a language-free `name`).
  for (const box of all(doc, GMAIL.compose.subjectBox)) {
    const root = box.closest(GMAIL.compose.rootFromInside) ?? box.closest('form')?.parentElement;
    if (root && !primary.has(root) && ![...primary].some((p) => p.contains(root))) {
      found.add(root);
      log.warnOnce('gmail:compose-root', 'Gmail compose containers (div.AD, .aSt, div.M9) did not match; found the compose from its subject box instead.');
    }
  }
  const roots = [...found].filter((root) => hasFields(root));
  // A dialog nested inside another compose root is the same compose.
  return roots.filter((root) => !roots.some((other) => other !== root && other.contains(root)));
}

function hasFields(root: Element): boolean {
  return !!root.querySelector(`${GMAIL.recipients.field('to')}, ${GMAIL.recipients.fieldInput('to')}, ${GMAIL.compose.subjectBox}`);
}

function fieldElements(root: Element, field: RecipientField): Element[] {
  const direct = all(root, GMAIL.recipients.field(field));
  // Keep the outermost: `.anm[name=to]` may wrap another element named the same way.
  const outer = direct.filter((el) => !direct.some((other) => other !== el && other.contains(el)));
  if (outer.length) return outer;
  return all(root, GMAIL.recipients.fieldInput(field)).flatMap((input) => (input.parentElement ? [input.parentElement] : []));
}

/** The outermost of nested matches: a chip may hold inner elements carrying the same hooks. */
function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

function chipsIn(field: Element, log: Logger): Element[] {
  const chips = outermost(all(field, GMAIL.recipients.chip));
  if (chips.length) return chips;
  const outer = outermost(all(field, GMAIL.recipients.chipByHovercard));
  if (outer.length) log.warnOnce('gmail:chip', 'Gmail recipient chips ([role=listbox] [role=option]) did not match; reading [data-hovercard-id] instead.');
  return outer;
}

function refFromChip(chip: Element, field: RecipientField): RecipientRef | null {
  const email = addressIn(chip.getAttribute('data-hovercard-id') ?? '') ?? addressIn(chip.getAttribute('email') ?? '');
  const shown = chip.getAttribute('data-name')?.trim() || (email ? undefined : chip.textContent?.trim()) || undefined;
  // Gmail puts the address in data-name when it knows no name.
  const name = shown && shown.toLowerCase() !== email ? shown : undefined;
  if (!email && !name) return null;
  return { field, element: chip, ...(email ? { email } : {}), ...(name ? { name } : {}) };
}

export function readRecipients(root: Element, log: Logger): RecipientRef[] {
  const refs: RecipientRef[] = [];
  for (const field of FIELDS) {
    for (const el of fieldElements(root, field)) {
      const seen = new Set<string>();
      for (const chip of chipsIn(el, log)) {
        const ref = refFromChip(chip, field);
        if (!ref) continue;
        seen.add(ref.email ?? `name:${ref.name}`);
        refs.push(ref);
      }
      // An address typed but not yet a chip lives only in the typing box's value.
      for (const input of all(el, GMAIL.recipients.typingBox)) {
        if (!(input instanceof HTMLInputElement) || input.type === 'hidden') continue;
        const email = addressIn(input.value);
        if (email && !seen.has(email)) refs.push({ field, email, element: input, pending: true });
      }
    }
  }
  if (refs.length === 0) {
    // Collapsed compose (e.g. an inline reply before it is focused) shows only a summary.
    for (const span of all(root, GMAIL.recipients.summary)) {
      const email = addressIn(span.getAttribute('email') ?? '');
      const name = span.getAttribute('name') ?? span.textContent?.trim();
      if (email) refs.push({ field: 'to', email, element: span, ...(name && name !== email ? { name } : {}) });
    }
  }
  return refs;
}

export function findSend(root: Element, log: Logger): HTMLElement | null {
  const primary = all(root, GMAIL.send.primary)[0];
  if (primary instanceof HTMLElement) return primary;
  for (const [selector, what] of [
    [GMAIL.send.byClass, 'Gmail button classes'],
    [GMAIL.send.byTooltip, 'the English tooltip'],
  ] as const) {
    const el = all(root, selector)[0];
    if (el instanceof HTMLElement) {
      log.warnOnce(`gmail:send:${what}`, `Gmail's Send button (.IZ .Up … [role=button]) did not match; found it by ${what}.`);
      return el;
    }
  }
  log.warnOnce('gmail:send', 'Gmail’s Send button was not found in a compose; the send guard is off there.');
  return null;
}

export function adviceAnchor(root: Element, log: Logger): ReturnType<ComposeSurface['adviceAnchor']> {
  const bar = all(root, GMAIL.anchors.statusBar)[0];
  if (bar) return { anchor: bar, position: 'prepend' };
  const notice = all(root, GMAIL.anchors.noticeArea)[0];
  if (notice) return { anchor: notice, position: 'before' };
  const body = all(root, GMAIL.anchors.body)[0];
  if (body) {
    log.warnOnce('gmail:anchor', 'Gmail’s status bar (.aDh) and notice area (.iN) did not match; the advice sits above the body.');
    return { anchor: body, position: 'before' };
  }
  const send = findSend(root, log);
  const row = send?.closest('table, tr') ?? send?.parentElement;
  if (row) return { anchor: row, position: 'before' };
  log.warnOnce('gmail:anchor-none', 'No place for the send advice was found in a Gmail compose.');
  return null;
}

/** A Gmail compose as the shared compose feature sees it. */
export function gmailComposeSurface(root: Element, log: Logger, signal: AbortSignal): ComposeSurface {
  return {
    root,
    readRecipients: () => readRecipients(root, log),
    adviceAnchor: () => adviceAnchor(root, log),
    sendButton: () => findSend(root, log),
    pressSend(pressed) {
      const send = findSend(root, log);
      if (!send) return;
      press(pressed && send.contains(pressed) ? pressed : send);
    },
    openScheduleSend: (at: number): Promise<ScheduleSendOutcome> => openScheduleSend(root, at, log, signal),
  };
}
