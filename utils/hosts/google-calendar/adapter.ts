import type { HostAdapter, HostEnv, HostSession } from '../types';
import { attachEventEditor, type EventEditorHandle } from '@/utils/features/event-editor';
import { createGridLoad } from '@/utils/features/grid-load';
import { batonStore, connectBatonStore } from '@/utils/stores';
import { eventsOnDay, EMPTY_FEED, EMPTY_GRID_DAYS, feedItem, gridDaysItem, mergeGridDays, sameDayMaps, type DayMap, type FeedState, type GridDays } from '@/utils/calendar-days';
import { localWallTime } from '@/utils/time';
import { isVisible, pageZone, visible } from './dom';
import { createEditorSurface } from './editor';
import { createGridReader, gridRootOf, observeGrid, type GridScan } from './grid';
import * as S from './selectors';
import { isOwnMutation } from '../root-observer';

/**
 * Google Calendar: the full-page editor and the quick-create dialog get the shared event panel;
 * the grids feed meeting load (times only) and get day-load marks. HOSTS.md "Google Calendar".
 * Nothing watches the whole document: the runner watches the editor and the open quick-create
 * dialogs (the session's roots), the grid has an observer on its own subtree that says which days
 * changed, and new ones are announced by the candidates.
 */
export const googleCalendarAdapter: HostAdapter = {
  id: 'google-calendar',
  app: 'google-calendar',
  detect: (url) => url.hostname === 'calendar.google.com',
  candidates: S.CANDIDATES,
  start: (env) => startCalendar(env),
};

/** Grid writes to storage are coalesced: one write per burst of navigation. */
const GRID_WRITE_DELAY_MS = 400;
/** Typing in a time field is not a DOM mutation: answer it this fast. */
const INPUT_DELAY_MS = 60;

function startCalendar(env: HostEnv): HostSession {
  connectBatonStore();
  const doc = document;
  const fallbackZone = () => batonStore.getState().settings.me.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const userZone = () => pageZone(doc) ?? fallbackZone();

  // `area` is what the runner watches: the page region around the form, which holds its guests too.
  let editor: { key: Element; area: Element; handle: EventEditorHandle } | null = null;
  const quick = new Map<Element, { handle: EventEditorHandle; watch: MutationObserver }>();
  const gridReader = createGridReader();
  let gridRoot: Element | null = null;
  const gridWatch = observeGrid(
    env.guard('grid-changed', (records: MutationRecord[]) => {
      gridReader.changed(records);
      if (!records.every(isOwnMutation)) env.rescan();
    }),
  );
  const gridLoad = createGridLoad();
  let grid: GridDays = EMPTY_GRID_DAYS;
  let feed: FeedState = EMPTY_FEED;
  let lastHeaders: GridScan['headers'] = [];
  let pendingDays: DayMap | null = null;
  let writeTimer: number | undefined;
  let inputTimer: number | undefined;
  let warnedEditor = false;
  // Timers the surfaces set die with the session (ctx), and what they run is guarded.
  const laterInSession = (fn: () => void, ms: number) => void env.ctx.setTimeout(env.guard('editor-times', fn), ms);

  void Promise.all([gridDaysItem.getValue(), feedItem.getValue()]).then(
    env.guard('days-load', ([g, f]: [GridDays, FeedState]) => {
      grid = g;
      feed = f;
      drawLoadMarks();
    }),
  );
  const unwatchGrid = gridDaysItem.watch(env.guard('days-watch', (g: GridDays | null) => ((grid = g ?? EMPTY_GRID_DAYS), drawLoadMarks())));
  const unwatchFeed = feedItem.watch(env.guard('feed-watch', (f: FeedState | null) => ((feed = f ?? EMPTY_FEED), drawLoadMarks())));
  const unsubscribeStore = batonStore.subscribe(() => drawLoadMarks());

  function drawLoadMarks() {
    const { ready, settings } = batonStore.getState();
    if (!ready) return;
    env.guard('grid-load', () =>
      gridLoad.update({
        headers: lastHeaders.filter((h) => h.anchor.isConnected),
        settings,
        userZone: userZone(),
        eventsOn: (day) => eventsOnDay(day, grid, feed, settings.feedUrl),
      }),
    )();
  }

  const flushGrid = env.guard('grid-write', () => {
    writeTimer = undefined;
    const scanned = pendingDays;
    pendingDays = null;
    if (!scanned) return;
    const now = Date.now();
    const today = localWallTime(now, userZone()).slice(0, 10);
    void gridDaysItem.getValue().then((current) => {
      if (sameDayMaps(current.days, mergeGridDays(current, scanned, now, today).days, Object.keys(scanned))) return;
      return gridDaysItem.setValue(mergeGridDays(current, scanned, now, today));
    });
  });

  const scanGridNow = () => {
    const root = gridRootOf(doc, gridRoot);
    if (root !== gridRoot) {
      gridRoot = root;
      gridWatch.watch(root);
    }
    if (!root) {
      lastHeaders = [];
      return;
    }
    const result = gridReader.scan(root, userZone());
    if (result.chips > 0 && result.readable === 0) env.log.warnOnce('grid-times', 'Calendar grid events have no readable times; meeting load uses the feed only.');
    lastHeaders = result.headers;
    const nowToday = localWallTime(Date.now(), userZone()).slice(0, 10);
    const merged = mergeGridDays(grid, result.days, Date.now(), nowToday);
    if (!sameDayMaps(grid.days, merged.days, Object.keys(result.days))) {
      pendingDays = { ...(pendingDays ?? {}), ...result.days };
      // Optimistic: the marks and panels see this scan at once; storage follows.
      grid = merged;
      if (writeTimer === undefined) writeTimer = env.ctx.setTimeout(flushGrid, GRID_WRITE_DELAY_MS);
    }
    drawLoadMarks();
  };

  const isEditorPage = () =>
    doc.body?.getAttribute(S.VIEW_FAMILY_ATTR) === 'EVENT_EDIT' || S.EDITOR_PATH.test(location.pathname);

  const scanEditor = () => {
    const title = isEditorPage() ? visible(doc, S.TITLE) : null;
    // The title outside any dialog marks the full-page editor; its form is the editor's identity.
    const key = title && !title.closest(S.DIALOG) ? (title.closest('form, [role="main"], main') ?? doc.body) : null;
    if (editor && (editor.key !== key || !editor.key.isConnected)) {
      editor.handle.dispose();
      editor = null;
    }
    if (!key) {
      if (isEditorPage() && !warnedEditor) {
        warnedEditor = true;
        env.log.warnOnce('editor', 'Calendar editor found, but its title field (#xTiIn) did not match; no guest times shown.');
      }
      return;
    }
    if (!editor) {
      const surface = createEditorSurface(key, { scope: doc, kind: 'editor', fallbackZone, log: env.log, later: laterInSession });
      const area = key.closest('[role="main"], main') ?? doc.body;
      editor = { key, area, handle: attachEventEditor(surface, { ...env, eventsSource: () => ({ grid, feed }) }) };
    }
    editor.handle.update();
  };

  const scanQuickCreate = () => {
    for (const [dialog, entry] of quick) {
      if (!dialog.isConnected || !isVisible(dialog)) {
        entry.handle.dispose();
        entry.watch.disconnect();
        quick.delete(dialog);
      }
    }
    for (const dialog of doc.querySelectorAll(S.DIALOG)) {
      if (!(dialog.querySelector(S.QUICK_EVENT_PANEL) || dialog.querySelector(S.QUICK_EVENT_TAB)) || !isVisible(dialog)) continue;
      let entry = quick.get(dialog);
      if (!entry) {
        const surface = createEditorSurface(dialog, { scope: dialog, kind: 'quick-create', fallbackZone, log: env.log, later: laterInSession });
        const handle = attachEventEditor(surface, { ...env, eventsSource: () => ({ grid, feed }) });
        // Calendar hides a closed pop-up (style/class/aria-hidden) instead of removing it: no childList
        // mutation reaches the runner, so watch this one dialog's own attributes.
        const watch = new MutationObserver(env.guard('quick-hide', () => scanQuickCreate()));
        watch.observe(dialog, { attributes: true, attributeFilter: ['style', 'class', 'hidden', 'aria-hidden'] });
        entry = { handle, watch };
        quick.set(dialog, entry);
      }
      entry.handle.update();
    }
  };

  const scan = () => {
    env.guard('grid', scanGridNow)();
    env.guard('editor', scanEditor)();
    env.guard('quick-create', scanQuickCreate)();
  };

  // Typing a time or a guest is not a mutation the runner sees: answer input events ourselves.
  const onInput = () => {
    if (inputTimer !== undefined) return;
    inputTimer = env.ctx.setTimeout(() => {
      inputTimer = undefined;
      editor?.handle.update();
      for (const entry of quick.values()) entry.handle.update();
    }, INPUT_DELAY_MS);
  };
  for (const type of ['input', 'change', 'focusout'] as const) {
    doc.addEventListener(type, env.guard('input', onInput), { capture: true, signal: env.signal });
  }

  return {
    scan,
    roots: () => [...(editor ? [editor.area] : []), ...quick.keys()],
    dispose() {
      gridWatch.disconnect();
      editor?.handle.dispose();
      editor = null;
      for (const entry of quick.values()) {
        entry.handle.dispose();
        entry.watch.disconnect();
      }
      quick.clear();
      gridLoad.dispose();
      unwatchGrid();
      unwatchFeed();
      unsubscribeStore();
      if (writeTimer !== undefined) flushGrid();
    },
  };
}
