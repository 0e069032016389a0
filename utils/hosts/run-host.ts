import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AppId, Settings } from '../team/types';
import { settingsItem } from '../storage';
import { createLogger, type Logger } from './logger';
import type { HostAdapter, HostEnv, HostSession } from './types';
import { BATON_HOST_TAG } from './mount';
import { watchCandidates, type CandidateWatch } from './candidates';
import { isOwnMutation, observeRoots } from './root-observer';

/** A hidden tab gets no animation frames: changes there are answered after this instead. */
const HIDDEN_FRAME_MS = 100;

interface Active {
  adapter: HostAdapter;
  session: HostSession;
  abort: AbortController;
}

/**
 * The one lifecycle every content script shares: settings gate, page detection, batched scans
 * after page changes, in-app navigation, teardown on invalidation, and error containment so that
 * nothing Baton does ever throws into the host page.
 *
 * How page changes are seen: a session that names its roots is watched there only, and learns of
 * new composes or editors from its adapter's candidates (`watch`, which the loader may have started
 * already); any other session gets one document-wide MutationObserver. Either way a change is
 * answered in the frame it happens in (frameBatched).
 */
export function runHost(ctx: ContentScriptContext, adapters: readonly HostAdapter[], watch?: CandidateWatch): void {
  const log = createLogger(adapters.map((a) => a.id).join('+'));
  // An earlier instance of Baton (before an update or reload) may have left UI it can no longer drive.
  removeOrphanedUi();
  const guard = makeGuard(log);
  const invalid = () => isInvalidated(ctx);
  // Chrome gives a reloaded, updated or switched-off Baton's old script no event: look each second,
  // and before any press, so a dead instance never keeps stale UI up or holds a Send.
  const poll = window.setInterval(invalid, 1_000);
  ctx.onInvalidated(() => window.clearInterval(poll));
  for (const type of ['pointerdown', 'mousedown', 'keydown'] as const) {
    window.addEventListener(type, invalid, { capture: true, signal: ctx.signal });
  }
  let apps: Record<AppId, boolean> | null = null;
  let active: Active | null = null;

  const stop = () => {
    if (!active) return;
    const { session, abort, adapter } = active;
    active = null;
    abort.abort();
    guard(`${adapter.id}:dispose`, () => session.dispose())();
  };

  const start = (adapter: HostAdapter) => {
    const abort = new AbortController();
    const env: HostEnv = { ctx, signal: abort.signal, log, guard: (key, fn) => guard(`${adapter.id}:${key}`, fn), rescan: () => scheduleScan() };
    let session: HostSession | undefined;
    guard(`${adapter.id}:start`, () => {
      session = adapter.start(env);
    })();
    if (session) active = { adapter, session, abort };
    else abort.abort();
  };

  const evaluate = guard('evaluate', () => {
    if (invalid()) return stop();
    const url = new URL(location.href);
    const next = apps ? adapters.find((a) => apps?.[a.app] && safeDetect(a, url, log)) : undefined;
    if (active && active.adapter !== next) stop();
    if (!active && next) start(next);
    if (active) {
      const { adapter, session } = active;
      guard(`${adapter.id}:scan`, () => session.scan())();
    }
    watchWhatMatters();
  });

  const scheduleScan = frameBatched(ctx, () => {
    if (!invalid()) evaluate();
  });

  const pageObserver = new MutationObserver(
    guard('observe', (records: MutationRecord[]) => {
      if (!active && !apps) return;
      if (records.every(isOwnMutation)) return;
      scheduleScan();
    }),
  );
  let observingPage = false;
  const rootObserver = observeRoots(guard('roots', () => scheduleScan()));
  const candidateSelectors = adapters.map((a) => a.candidates);
  const allHaveCandidates = candidateSelectors.every(Boolean);
  const candidates = watch ?? (allHaveCandidates ? watchCandidates(candidateSelectors.join(', '), ctx.signal) : undefined);
  const currentRoots = (): readonly Element[] => active?.session.roots?.() ?? [];
  candidates?.setHandlers({
    onCandidate: () => scheduleScan(),
    isKnown: (element) => currentRoots().some((root) => root.contains(element)),
  });

  /** After each look at the page: watch the session's roots only, or the whole page when it names none. */
  const watchWhatMatters = () => {
    const scoped = active ? !!active.session.roots : allHaveCandidates;
    if (scoped) {
      rootObserver.sync(currentRoots());
      if (observingPage) pageObserver.disconnect();
      observingPage = false;
    } else {
      rootObserver.disconnect();
      if (!observingPage) pageObserver.observe(document.documentElement, { childList: true, subtree: true });
      observingPage = true;
    }
  };
  watchWhatMatters();

  // `wxt:locationchange` is only a hint that the SPA moved; detection reads the page itself.
  ctx.addEventListener(window, 'wxt:locationchange', () => scheduleScan());
  ctx.onInvalidated(() => {
    pageObserver.disconnect();
    rootObserver.disconnect();
    stop();
  });

  const applySettings = (settings: Settings | null) => {
    apps = settings?.apps ?? null;
    evaluate();
  };
  settingsItem
    .getValue()
    .then(guard('settings', applySettings))
    .catch((error: unknown) => log.errorOnce('settings', error));
  const unwatch = settingsItem.watch(guard('settings-watch', applySettings));
  ctx.onInvalidated(() => {
    // After a reload the storage API is gone with the listener: nothing left to unwatch.
    try {
      unwatch();
    } catch {
      /* gone already */
    }
  });
}

/**
 * Page changes are answered within the frame they happen in, and bursts coalesce: the first change
 * since the last frame runs `run` at once (observers and animation events are delivered before the
 * browser paints, so a new chip's marker is in that same frame), and every further change until
 * the next frame is answered by one run just before that frame's paint. At most two runs a frame,
 * however much the page changes; no fixed delay anywhere.
 */
export function frameBatched(ctx: ContentScriptContext, run: () => void): () => void {
  let frameOpen = false;
  let pending = false;
  let frame: number | undefined;
  let timer: number | undefined;
  const onFrame = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    frame = timer = undefined;
    frameOpen = false;
    if (!pending) return;
    pending = false;
    open();
  };
  const open = () => {
    frameOpen = true;
    // The frame's own callback, or (no frames in a hidden tab) a timer: whichever comes first.
    frame = ctx.requestAnimationFrame(onFrame);
    if (document.visibilityState !== 'visible') timer = ctx.setTimeout(onFrame, HIDDEN_FRAME_MS);
    run();
  };
  return () => {
    if (ctx.signal.aborted) return;
    if (frameOpen) pending = true;
    else open();
  };
}

/**
 * WXT's `ctx.isInvalid` reads `browser.runtime.id`, which throws once Chrome has taken `runtime`
 * away from an old content script (extension reloaded, updated or disabled), so the context would
 * never learn it is dead and its UI would stay. Read it safely, and invalidate the context.
 */
function isInvalidated(ctx: ContentScriptContext): boolean {
  if (ctx.signal.aborted) return true;
  let alive: boolean;
  try {
    alive = browser.runtime?.id != null;
  } catch {
    alive = false;
  }
  if (!alive) ctx.abort('Baton was reloaded, updated or switched off');
  return !alive;
}

function removeOrphanedUi(): void {
  for (const node of document.querySelectorAll(BATON_HOST_TAG)) node.remove();
}

function safeDetect(adapter: HostAdapter, url: URL, log: Logger): boolean {
  try {
    return adapter.detect(url, document);
  } catch (error) {
    log.errorOnce(`${adapter.id}:detect`, error);
    return false;
  }
}

function makeGuard(log: Logger) {
  return <A extends unknown[]>(key: string, fn: (...args: A) => void) =>
    (...args: A): void => {
      try {
        const result: unknown = fn(...args);
        if (result instanceof Promise) result.catch((error: unknown) => log.errorOnce(key, error));
      } catch (error) {
        log.errorOnce(key, error);
      }
    };
}
