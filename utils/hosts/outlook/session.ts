import type { HostEnv, HostSession } from '../types';
import { startComposeHost } from '@/utils/features/compose';
import { attachEventEditor, type EventEditorHandle } from '@/utils/features/event-editor';
import { batonStore, connectBatonStore } from '@/utils/stores';
import { findComposeRoots, outlookComposeSurface } from './compose';
import { findEventForms, outlookEventSurface } from './event-form';

/** Typing a time or an attendee is not a mutation the runner sees: answer input events this fast. */
const INPUT_DELAY_MS = 60;
/** How long Outlook may take to draw a new-event form before an unreadable one is worth a warning. */
const FORM_GRACE_MS = 1_500;

function userZone(): string {
  return batonStore.getState().settings.me.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * One Outlook session: every mail compose gets the shared compose feature, and every new-event
 * form the shared event panel. Both are found by what the page holds, not by the URL, because
 * Outlook opens event forms over mail and composes over the calendar (pop-outs, deeplinks).
 */
export function startOutlook(env: HostEnv, kind: 'mail' | 'calendar'): HostSession {
  connectBatonStore();
  const surfaces = new WeakMap<Element, ReturnType<typeof outlookComposeSurface>>();
  const compose = startComposeHost(env, () =>
    findComposeRoots(document, env.log).map((root) => {
      let surface = surfaces.get(root);
      if (!surface) {
        surface = outlookComposeSurface(root, env.log, env.signal);
        surfaces.set(root, surface);
      }
      return surface;
    }),
  );

  const forms = new Map<Element, EventEditorHandle>();
  let warned = false;
  const scanForms = env.guard('event-forms', () => {
    const found = findEventForms(document);
    for (const [root, handle] of forms) {
      if (!root.isConnected || !found.includes(root)) {
        handle.dispose();
        forms.delete(root);
      }
    }
    for (const root of found) {
      let handle = forms.get(root);
      if (!handle) {
        handle = attachEventEditor(outlookEventSurface(root, { zone: userZone, log: env.log }), env);
        forms.set(root, handle);
      }
      handle.update();
    }
    if (kind === 'calendar' && found.length === 0 && !warned && /\/(deeplink\/)?compose|\/action\/compose/.test(location.pathname)) {
      warned = true;
      // Outlook draws the form after the page: say so only if it is still unreadable a moment later.
      env.ctx.setTimeout(
        env.guard('event-form-warning', () => {
          if (!env.signal.aborted && findEventForms(document).length === 0) {
            env.log.warnOnce('outlook:event-form', 'An Outlook new-event page without a title box or attendee field Baton recognises; no guest times shown.');
          }
        }),
        FORM_GRACE_MS,
      );
    }
  });

  let timer: number | undefined;
  const onInput = env.guard('event-input', () => {
    if (timer !== undefined || forms.size === 0) return;
    timer = env.ctx.setTimeout(() => {
      timer = undefined;
      for (const handle of forms.values()) handle.update();
    }, INPUT_DELAY_MS);
  });
  for (const type of ['input', 'change', 'focusout'] as const) document.addEventListener(type, onInput, { capture: true, signal: env.signal });

  return {
    scan() {
      compose.scan();
      scanForms();
    },
    roots: () => [...compose.roots(), ...forms.keys()],
    dispose() {
      compose.dispose();
      for (const handle of forms.values()) handle.dispose();
      forms.clear();
    },
  };
}
