import { mountShadow, type ShadowMount } from '@/utils/hosts/mount';
import type { ComposeSurface, RecipientRef } from '@/utils/hosts/types';
import { batonStore } from '@/utils/stores';
import baseCss from '@/components/inpage/base.css?inline';
import composeCss from '@/components/inpage/compose.css?inline';
import { RecipientChip, type BoxRect } from '@/components/inpage/RecipientChip';
import { SendAdvice } from '@/components/inpage/SendAdvice';
import { SendGuardDialog } from '@/components/inpage/SendGuardDialog';
import type { QuickAddInput } from '@/components/inpage/QuickAdd';
import { composeModel, userZoneOf, type ComposeModel } from './model';
import { installSendGuard } from './guard';
import { isDarkAt } from './theme';
import { addToTeam } from './quick-add';
import type { ChipModel, ComposeController, ComposeEnv, ComposeOptions } from './types';

const CSS = `${baseCss}\n${composeCss}`;

interface ChipMount {
  mount: ShadowMount;
  drawn: string;
  /** Described mode (the host chip is an option in a listbox): the host chip's listeners and our id in its aria-describedby. */
  described: { element: Element; id: string; focused: BoxRect | null; listeners: AbortController } | null;
}

/** A recipient element inside a `[role=listbox]` is one of its options: nothing else may sit among them. */
const LISTBOX = '[role="listbox"]';
let describedIds = 0;

/** Add or remove one id in an element's aria-describedby, keeping the host's own ids. */
function setDescribedBy(element: Element, id: string, on: boolean): void {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const has = ids.includes(id);
  if (on && !has) element.setAttribute('aria-describedby', [...ids, id].join(' '));
  if (!on && has) {
    const rest = ids.filter((x) => x !== id);
    if (rest.length) element.setAttribute('aria-describedby', rest.join(' '));
    else element.removeAttribute('aria-describedby');
  }
}

function removeChipMount(entry: ChipMount): void {
  if (entry.described) {
    entry.described.listeners.abort();
    setDescribedBy(entry.described.element, entry.described.id, false);
  }
  entry.mount.remove();
}

/**
 * Attach Baton to one compose: a `recipient-time` chip per recipient, one `send-advice` near
 * Send, and the `send-guard`. Host-free: everything host-specific comes through the surface.
 *
 * Dismissing the advice hides the note for this compose only; the guard still asks on Send,
 * because the guard is a separate setting the user chose (settings.sendGuard) and a dismissed
 * hint is not a decision about this particular send.
 */
export function attachCompose(surface: ComposeSurface, env: ComposeEnv, options: ComposeOptions = {}): ComposeController {
  const now = options.now ?? Date.now;
  const abort = new AbortController();
  const signal = AbortSignal.any([abort.signal, env.signal]);
  const chips = new Map<Element, ChipMount>();
  let advice: ShadowMount | null = null;
  let adviceDrawn = '';
  let guard: ShadowMount | null = null;
  let dismissed = false;
  let fallback: 'opened' | 'unavailable' | null = null;
  let model: ComposeModel | null = null;
  let signature = '';
  let disposed = false;
  let theme: 'light' | 'dark' = 'light';

  const state = () => batonStore.getState();
  const userZone = () => userZoneOf(state().settings);

  const mount = (marker: string, anchor: Element, position: 'before' | 'after' | 'prepend' | 'append', display: 'inline-block' | 'block') => {
    const m = mountShadow({ marker, anchor, position, css: CSS, display });
    m.setAttributes({ 'data-theme': theme });
    return m;
  };

  const quickAdd = (chip: ChipModel) => async (input: QuickAddInput) => {
    try {
      await addToTeam({ email: chip.email, name: chip.name ?? (chip.email ? undefined : chip.label), ...input });
      return null;
    } catch (error) {
      env.log.errorOnce('compose:quick-add', error);
      return 'Could not save to your team. Try again from Baton’s options.';
    }
  };

  /**
   * A chip that is an option of the host's listbox (Gmail's To/Cc/Bcc): Baton's element right after
   * it stays where the eye expects it but leaves the accessibility tree (aria-hidden, nothing in
   * it tabbable), so the listbox holds only options; the host's chip names Baton's element in its
   * aria-describedby, so a screen reader reads the local time once, as the recipient's own
   * description, whenever it reads the recipient. The card follows the host chip's keyboard focus,
   * and Escape closes it there without reaching the host.
   */
  const describe = (entry: ChipMount, ref: RecipientRef) => {
    const element = ref.element;
    if (!element.closest(LISTBOX)) return;
    if (!entry.described) {
      const id = `baton-recipient-time-${++describedIds}`;
      const listeners = new AbortController();
      const described: NonNullable<ChipMount['described']> = { element, id, focused: null, listeners };
      entry.described = described;
      const opts = { signal: AbortSignal.any([listeners.signal, signal]) };
      const focus = (focused: boolean) => {
        if ((described.focused !== null) === focused) return;
        const box = entry.mount.host.getBoundingClientRect();
        described.focused = focused ? { left: box.left, top: box.top, bottom: box.bottom } : null;
        signature = ''; // redraw now, though no recipient changed
        controller.update();
      };
      element.addEventListener('focusin', () => focus(true), opts);
      element.addEventListener('focusout', () => focus(false), opts);
      element.addEventListener(
        'keydown',
        (e) => {
          if ((e as KeyboardEvent).key !== 'Escape' || described.focused === null) return;
          // The card is open: Escape closes it (WCAG 1.4.13) and goes no further.
          e.stopImmediatePropagation();
          e.preventDefault();
          focus(false);
        },
        { ...opts, capture: true },
      );
      entry.mount.setAttributes({ id, 'aria-hidden': 'true' });
    }
    // The host may re-render its chip's attributes: put our id back each time.
    setDescribedBy(element, entry.described.id, true);
  };

  const drawChip = (ref: RecipientRef, chip: ChipModel) => {
    let entry = chips.get(ref.element);
    if (entry && !entry.mount.isConnected()) {
      removeChipMount(entry);
      entry = undefined;
    }
    if (!entry) {
      entry = { mount: mount('recipient-time', ref.element, 'after', 'inline-block'), drawn: '', described: null };
      chips.set(ref.element, entry);
    }
    describe(entry, ref);
    const known = chip.status !== 'unknown';
    entry.mount.setAttributes({
      'data-email': chip.email ?? null,
      'data-name': chip.email ? null : (chip.name ?? chip.label),
      'data-status': chip.status,
      'data-zone': known ? chip.zone : null,
      'data-local-time': known ? chip.localTime : null,
      'data-field': chip.field,
      'data-pending': chip.pending ? 'true' : null,
      'data-theme': theme,
    });
    const described = entry.described;
    const key = JSON.stringify(chip) + userZone() + (described ? `|d${JSON.stringify(described.focused)}` : '');
    if (entry.drawn !== key) {
      entry.drawn = key;
      entry.mount.render(<RecipientChip chip={chip} defaultZone={userZone()} onQuickAdd={quickAdd(chip)} described={!!described} hostFocus={described?.focused ?? null} onAddingChange={(adding) => described && entry.mount.setAttributes({ 'aria-hidden': adding ? null : 'true' })} />);
    }
  };

  const scheduleSend = env.guard('compose:schedule-send', async () => {
    const at = model?.advice.suggestedAt;
    if (at === null || at === undefined) return;
    const outcome = await surface.openScheduleSend(at, userZone());
    fallback = outcome === 'filled' ? null : outcome;
    adviceDrawn = '';
    draw();
  });

  let guardKeys: AbortController | null = null;
  const closeGuard = (refocus: boolean) => {
    guardKeys?.abort();
    guardKeys = null;
    guard?.remove();
    guard = null;
    if (refocus) surface.sendButton()?.focus();
  };

  let pressed: Element | null = null;
  const openGuard = (target: Element | null) => {
    if (guard?.isConnected() || !model) return;
    pressed = target;
    const current = model.advice;
    guard = mount('send-guard', document.body, 'append', 'block');
    // While the dialog is up, Escape anywhere cancels and no key reaches the host's shortcuts.
    guardKeys = new AbortController();
    const host = guard.host;
    window.addEventListener(
      'keydown',
      (e) => {
        if (e.composedPath().includes(host)) return;
        e.preventDefault();
        e.stopImmediatePropagation();
        if (e.key === 'Escape') closeGuard(true);
        else (host.shadowRoot?.querySelector('[data-autofocus], button') as HTMLElement | null)?.focus();
      },
      { capture: true, signal: AbortSignal.any([guardKeys.signal, signal]) },
    );
    guard.setAttributes({ 'data-verdict': current.verdict, 'data-suggested-at': current.suggestedIso });
    guard.render(
      <SendGuardDialog
        advice={current}
        onCancel={env.guard('compose:guard-cancel', () => closeGuard(true))}
        onSendAnyway={env.guard('compose:send-anyway', () => {
          closeGuard(false);
          // An untrusted synthetic press on what the person pressed (or the host's own Send for
          // a shortcut): the guard lets it through, so the host sends once.
          surface.pressSend(pressed?.isConnected ? pressed : null);
          pressed = null;
        })}
        onSchedule={env.guard('compose:guard-schedule', () => {
          closeGuard(false);
          scheduleSend();
        })}
      />,
    );
  };

  const draw = () => {
    if (!model) return;
    const anchor = surface.adviceAnchor();
    if (advice && (!advice.isConnected() || !anchor)) {
      advice.remove();
      advice = null;
    }
    if (!advice && anchor) {
      advice = mount('send-advice', anchor.anchor, anchor.position, 'block');
      adviceDrawn = '';
    }
    if (!advice) return;
    const a = model.advice;
    advice.setAttributes({
      'data-verdict': a.verdict,
      'data-suggested-at': a.verdict === 'off-hours' ? a.suggestedIso : null,
      'data-dismissed': dismissed ? 'true' : null,
      'data-theme': theme,
    });
    const key = JSON.stringify([a, dismissed, fallback]);
    if (key === adviceDrawn) return;
    adviceDrawn = key;
    advice.render(
      <SendAdvice
        advice={a}
        dismissed={dismissed}
        fallback={fallback}
        onSchedule={scheduleSend}
        onDismiss={env.guard('compose:dismiss', () => {
          dismissed = true;
          adviceDrawn = '';
          draw();
        })}
        onCloseFallback={env.guard('compose:close-fallback', () => {
          fallback = null;
          adviceDrawn = '';
          draw();
        })}
      />,
    );
  };

  const update = () => {
    if (disposed) return;
    if (!surface.root.isConnected) return controller.dispose();
    const { ready, team, settings, holidays } = state();
    if (!ready) return;
    const t = now();
    const refs = surface.readRecipients();
    // Recompute only when something that feeds the model changed: recipients, team, settings, holidays or the minute.
    const sig = `${Math.floor(t / 60_000)}|${refs.map((r) => `${r.field}:${r.email ?? ''}:${r.name ?? ''}:${r.pending ? 1 : 0}`).join(',')}`;
    const allConnected = [...chips.values()].every((c) => c.mount.isConnected()) && (!advice || advice.isConnected());
    if (sig === signature && model && lastTeam === team && lastSettings === settings && lastHolidays === holidays && allConnected && chipsMatch(refs)) return;
    signature = sig;
    lastTeam = team;
    lastSettings = settings;
    lastHolidays = holidays;
    theme = isDarkAt(surface.root) ? 'dark' : 'light';
    model = composeModel(refs, team, settings, t, holidays);
    const seen = new Set<Element>();
    refs.forEach((ref, i) => {
      seen.add(ref.element);
      drawChip(ref, model!.chips[i]!);
    });
    for (const [element, entry] of chips) {
      if (!seen.has(element)) {
        removeChipMount(entry);
        chips.delete(element);
      }
    }
    draw();
  };
  let lastTeam: unknown = null;
  let lastSettings: unknown = null;
  let lastHolidays: unknown = null;
  const chipsMatch = (refs: RecipientRef[]) => refs.length === chips.size && refs.every((r) => chips.has(r.element));

  installSendGuard(surface, {
    signal,
    wrap: env.guard,
    shouldHold: () => {
      update();
      return !guard?.isConnected() ? model?.advice.verdict === 'off-hours' && state().settings.sendGuard === 'warn' : true;
    },
    onHold: (target) => openGuard(target),
  });

  const controller: ComposeController = {
    surface,
    update: env.guard('compose:update', update),
    dispose() {
      if (disposed) return;
      disposed = true;
      abort.abort();
      for (const entry of chips.values()) removeChipMount(entry);
      chips.clear();
      advice?.remove();
      advice = null;
      closeGuard(false);
    },
  };
  signal.addEventListener('abort', () => controller.dispose(), { once: true });
  controller.update();
  return controller;
}
