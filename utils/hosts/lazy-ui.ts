import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchCandidates, type CandidateWatch } from './candidates';
import { createLogger } from './logger';
import type { UiHost } from './ui-files';

/** Starts a host's UI: the runner with its adapters, fed by the loader's candidate watch. */
export type StartUi = (ctx: ContentScriptContext, watch: CandidateWatch) => void;

/**
 * The content script's UI is its own file, loaded the first time the page holds something to
 * serve: an inbox with no compose then pays for a few kilobytes, not for Preact, storage and
 * the engine. The UI file registers its start function here, in the content script's isolated
 * world (a page script cannot see it).
 */
const REGISTRY = Symbol.for('baton.ui');

type Registry = Record<string, StartUi | undefined>;

function registry(): Registry {
  const scope = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  return (scope[REGISTRY] ??= {});
}

export function registerUi(host: string, start: StartUi): void {
  registry()[host] = start;
}

/**
 * Load the UI file (a web-accessible resource behind a per-session URL) into this isolated world
 * and return its start function. A dynamic import from a content script runs in the script's own
 * world with its extension APIs.
 */
export async function loadUi(host: string, url: string): Promise<StartUi> {
  const known = registry()[host];
  if (known) return known;
  await import(/* @vite-ignore */ url);
  const start = registry()[host];
  if (!start) throw new Error(`Baton's ${host} UI did not register`);
  return start;
}

/** The loader of `<host>-ui.js` from the extension (entrypoints/<host>-ui). */
export function lazyUi(host: UiHost): () => Promise<StartUi> {
  return () => loadUi(host, browser.runtime.getURL(`/${host}-ui.js` as '/gmail-ui.js'));
}

/**
 * Run the UI once the page first holds a candidate (at once when it already does), handing it the
 * candidate watch. `load` gives the start function: the lazy file, or bundled code (see
 * utils/hosts/ui-files.ts for which browser gets which).
 */
export function startWhenNeeded(ctx: ContentScriptContext, host: string, candidates: string, load: () => Promise<StartUi>): void {
  const watch = watchCandidates(candidates, ctx.signal);
  let started = false;
  const start = () => {
    if (started || ctx.signal.aborted) return;
    started = true;
    load()
      .then((run) => {
        if (!ctx.signal.aborted) run(ctx, watch);
      })
      .catch((error: unknown) => createLogger(host).errorOnce('load-ui', error));
  };
  if (watch.hasUnknown()) start();
  else watch.setHandlers({ onCandidate: start, isKnown: () => false });
}
