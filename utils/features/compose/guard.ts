import { isBatonNode } from '@/utils/hosts/mount';
import type { ComposeSurface } from '@/utils/hosts/types';

/**
 * Holds a person's Send (click, Enter/Space on Send, Ctrl/Cmd+Enter) while `shouldHold()` says so.
 * Listens in the capture phase on window, which runs before the compose root's own capture and
 * every listener below it, and acts only on trusted events: Baton's own synthetic press (Send
 * anyway) is untrusted and passes straight through to the host, exactly once.
 */
export function installSendGuard(surface: ComposeSurface, opts: { signal: AbortSignal; shouldHold: () => boolean; onHold: (pressed: Element | null) => void; wrap: <A extends unknown[]>(key: string, fn: (...a: A) => void) => (...a: A) => void }): void {
  const inBaton = (e: Event) => e.composedPath().some((n) => n instanceof Node && isBatonNode(n));
  const inCompose = (e: Event) => e.composedPath().includes(surface.root);
  const onSend = (e: Event) => {
    const send = surface.sendButton();
    return !!send && e.composedPath().includes(send);
  };
  /**
   * What the person pressed inside Send: the event's own target (a split button's inner primary
   * half, a label span inside it), so Send anyway replays onto exactly that (HOSTS.md: Outlook's
   * test id can sit on the outer element while the handler is on the inner button).
   */
  const pressedIn = (e: Event): Element | null => {
    const send = surface.sendButton();
    const target = e.composedPath()[0];
    return send && target instanceof Element && send.contains(target) ? target : null;
  };
  const hold = (e: Event, open: boolean, pressed: Element | null) => {
    e.preventDefault();
    e.stopImmediatePropagation();
    if (open) opts.onHold(pressed);
  };

  const onPointer = opts.wrap('send-guard:pointer', (e: MouseEvent) => {
    if (!e.isTrusted || e.button !== 0 || inBaton(e) || !inCompose(e) || !onSend(e)) return;
    if (!opts.shouldHold()) return;
    // mousedown opens; the mouseup and click of the same press are swallowed too, because Gmail
    // sends on mouseup and some hosts on click.
    hold(e, e.type !== 'mouseup', pressedIn(e));
  });

  // After a held keydown, its keypress/keyup must not land on the dialog's newly focused button
  // (Enter activates a button on keypress, Space on keyup).
  const swallow = new Set<string>();
  const onKey = opts.wrap('send-guard:key', (e: KeyboardEvent) => {
    if (e.isTrusted && swallow.has(e.key) && e.type !== 'keydown') {
      if (e.type === 'keyup') swallow.delete(e.key);
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    if (!e.isTrusted || inBaton(e) || !inCompose(e)) return;
    const shortcut = e.key === 'Enter' && (e.ctrlKey || e.metaKey);
    const pressOnSend = (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') && onSend(e);
    if (!shortcut && !pressOnSend) return;
    if (!opts.shouldHold()) return;
    if (e.type === 'keydown') swallow.add(e.key);
    // Enter or Space on Send presses what has focus there; Ctrl/Cmd+Enter presses the host's own Send.
    hold(e, e.type === 'keydown', pressOnSend ? pressedIn(e) : null);
  });

  const options = { capture: true, signal: opts.signal };
  for (const type of ['mousedown', 'mouseup', 'click'] as const) window.addEventListener(type, onPointer, options);
  for (const type of ['keydown', 'keypress', 'keyup'] as const) window.addEventListener(type, onKey, options);
}
