import type { Logger } from '../logger';
import type { ComposeSurface, RecipientRef, ScheduleSendOutcome } from '../types';
import { OUTLOOK } from './selectors';
import { all, innermost, press } from './dom';
import { fieldsOf, readRecipientsIn, wellsIn } from './recipients';
import { openScheduleSend } from './schedule-send';
import { isEventForm } from './event-form';

/** A compose has a Send button and at least one recipient well. */
function isCompose(el: Element): boolean {
  return !!findSendIn(el) && wellsIn(el).length > 0 && !isEventForm(el);
}

function findSendIn(root: Element): HTMLElement | null {
  const el = all(root, OUTLOOK.send.byTestId)[0] ?? all(root, OUTLOOK.send.primary)[0];
  return el instanceof HTMLElement ? el : null;
}

/**
 * Every mail compose on the page: the reading-pane compose and the popped-out form (Briskine's
 * containers), else — a second way when those ids change — the nearest ancestor of each Send
 * button that also holds recipient wells.
 */
export function findComposeRoots(doc: Document, log: Logger): Element[] {
  const primary = innermost(all(doc, OUTLOOK.compose.roots).filter(isCompose));
  const found = [...primary];
  for (const send of [...all(doc, OUTLOOK.send.byTestId), ...all(doc, OUTLOOK.send.primary)]) {
    if (found.some((root) => root.contains(send))) continue;
    let root: Element | null = send.parentElement;
    while (root && root !== doc.body && wellsIn(root).length === 0) root = root.parentElement;
    if (root && root !== doc.body && isCompose(root)) {
      found.push(root);
      log.warnOnce('outlook:compose-root', 'Outlook compose containers (docking_InitVisiblePart, Form_Content) did not match; found the compose from its Send button.');
    }
  }
  return innermost(found);
}

export function findSend(root: Element, log: Logger): HTMLElement | null {
  const byId = all(root, OUTLOOK.send.byTestId)[0];
  if (byId instanceof HTMLElement) return byId;
  const fluent = all(root, OUTLOOK.send.primary)[0];
  if (fluent instanceof HTMLElement) {
    log.warnOnce('outlook:send', 'Outlook’s Send ([data-testid="ComposeSendButton"]) did not match; found it as Fluent’s split-button primary action.');
    return fluent;
  }
  log.warnOnce('outlook:send-none', 'Outlook’s Send button was not found in a compose; the send guard is off there.');
  return null;
}

/** The element Send's click handler is on: the split button's primary half inside `send`, else `send`. */
export function sendAction(send: HTMLElement): HTMLElement {
  if (send.matches(OUTLOOK.send.primary)) return send;
  const inner = send.querySelector(OUTLOOK.send.primary);
  return inner instanceof HTMLElement ? inner : send;
}

export function readRecipients(root: Element, log: Logger): RecipientRef[] {
  const wells = wellsIn(root);
  if (wells.length === 0) log.warnOnce('outlook:wells', 'No recipient wells ([contenteditable=true]) in an Outlook compose; no recipient times shown.');
  return readRecipientsIn(wells, fieldsOf(wells), root, log);
}

/**
 * The advice sits right under the row that holds Send (Outlook puts Send above the To line), else
 * above the body.
 */
export function adviceAnchor(root: Element, log: Logger): ReturnType<ComposeSurface['adviceAnchor']> {
  const send = findSend(root, log);
  const split = send?.closest(OUTLOOK.send.split) ?? send;
  const row = split?.parentElement;
  if (row && root.contains(row) && row !== root) return { anchor: row, position: 'after' };
  const body = all(root, OUTLOOK.compose.body)[0];
  if (body?.parentElement) return { anchor: body.parentElement, position: 'before' };
  log.warnOnce('outlook:anchor', 'No place for the send advice was found in an Outlook compose.');
  return null;
}

/** An Outlook compose as the shared compose feature sees it. */
export function outlookComposeSurface(root: Element, log: Logger, signal: AbortSignal): ComposeSurface {
  return {
    root,
    readRecipients: () => readRecipients(root, log),
    adviceAnchor: () => adviceAnchor(root, log),
    sendButton: () => findSend(root, log),
    pressSend(pressed) {
      const send = findSend(root, log);
      if (!send) return;
      // What the person pressed, else Fluent's primary half: the test id may be on the split
      // button's outer element while the click handler is on the inner button (HOSTS.md).
      press(pressed && send.contains(pressed) ? pressed : sendAction(send));
    },
    openScheduleSend: (at: number, userZone: string): Promise<ScheduleSendOutcome> => openScheduleSend(root, at, userZone, log, signal),
  };
}
