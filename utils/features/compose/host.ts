import type { ComposeSurface, HostSession } from '@/utils/hosts/types';
import { batonStore, connectBatonStore } from '@/utils/stores';
import { attachCompose } from './controller';
import type { ComposeController, ComposeEnv, ComposeOptions } from './types';

/**
 * The compose side of a mail host's session: attach to every compose the adapter finds, drop
 * the ones that closed, redraw on store changes, on typing (not a mutation) and each minute.
 * Gmail and Outlook adapters return this as their HostSession.
 */
export function startComposeHost(env: ComposeEnv, findComposes: () => ComposeSurface[], options: ComposeOptions = {}): HostSession & Required<Pick<HostSession, 'roots'>> {
  const controllers = new Map<Element, ComposeController>();
  const disconnect = connectBatonStore();
  const updateAll = env.guard('compose:update-all', () => {
    for (const c of controllers.values()) c.update();
  });
  const unsubscribe = batonStore.subscribe(() => updateAll());

  let pending = false;
  const onTyping = env.guard('compose:typing', (e: Event) => {
    if (pending) return;
    const target = e.target;
    if (!(target instanceof Node)) return;
    for (const root of controllers.keys()) {
      if (!root.contains(target)) continue;
      pending = true;
      // One redraw per frame however fast the person types.
      requestAnimationFrame(() => {
        pending = false;
        controllers.get(root)?.update();
      });
      return;
    }
  });
  for (const type of ['input', 'focusout'] as const) document.addEventListener(type, onTyping, { capture: true, signal: env.signal });

  // Local times move with the clock: redraw at each minute boundary.
  let timer: number | undefined;
  const tick = () => {
    updateAll();
    timer = window.setTimeout(tick, 60_000 - (Date.now() % 60_000) + 50);
  };
  timer = window.setTimeout(tick, 60_000 - (Date.now() % 60_000) + 50);

  const scan = env.guard('compose:scan', () => {
    const found = new Set<Element>();
    for (const surface of findComposes()) {
      found.add(surface.root);
      const existing = controllers.get(surface.root);
      if (existing) existing.update();
      else controllers.set(surface.root, attachCompose(surface, env, options));
    }
    for (const [root, controller] of controllers) {
      if (!found.has(root) || !root.isConnected) {
        controller.dispose();
        controllers.delete(root);
      }
    }
  });

  return {
    scan,
    roots: () => [...controllers.keys()],
    dispose() {
      window.clearTimeout(timer);
      unsubscribe();
      disconnect();
      for (const c of controllers.values()) c.dispose();
      controllers.clear();
    },
  };
}
