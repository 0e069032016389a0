/**
 * Popup and options bench, in Debian Chromium with the built extension, each figure against a
 * baseline measured in the same run and browser:
 *   1. popup first paint with 500 people, against the same popup with an empty team;
 *   2. options with 2,000 people — first rows painted, search latency, and frame times while
 *      scrolling the table — against the same with 20 people.
 *
 * "Painted" means: the element exists, a requestAnimationFrame has run (the frame holding it is
 * being produced) and a task queued from that callback has run, which happens only after that
 * frame's paint. An init script watches from the document's first moment; times are
 * `performance.now()` in the page, so "first paint" counts from the navigation's start (the
 * document's time origin).
 */
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeSyntheticPerson, makeSyntheticTeam } from '../tests/support/synthetic-team';
import { median, percentile, type BenchRow } from './report';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const POPUP_ROW = '[data-baton="team-clock"]';
const POPUP_EMPTY = '.pc-empty';
const OPTIONS_ROW = '#team-table [role="rowgroup"] .op-row';
/** A frame this long or longer is a visible stutter (the RAIL "long task" line). */
const LONG_FRAME_MS = 50;

type Run = { context: BrowserContext; worker: Worker; id: string; close(): Promise<void> };

async function launch(extensionDir: string): Promise<Run> {
  const profile = mkdtempSync(path.join(tmpdir(), 'baton-bench-pages-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    worker,
    id,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function seed(worker: Worker, people: number): Promise<void> {
  await worker.evaluate(async (team) => chrome.storage.local.set({ team }), makeSyntheticTeam(people));
  // The background recomputes public holidays when the team changes; a user opens the popup
  // later, not in the same second, so that work is let finish before anything is timed.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
}

/*
 * The in-page scripts are strings, so the bench runner's transpiler cannot add helpers (such as
 * esbuild's __name) that the page does not have.
 */

/** Resolves `after()` once the frame now being produced has been painted. */
const AFTER_PAINT = `const afterPaint = (after) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = after;
  channel.port2.postMessage(0);
});`;

/**
 * An init script (it runs in each new document before the page's own scripts): when `selector`
 * first matches, record the time the frame holding it has been painted.
 */
const PAINT_WATCH = (selector: string) => `(() => {
  ${AFTER_PAINT}
  const selector = ${JSON.stringify(selector)};
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    afterPaint(() => { window.__batonFirstPaint = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

/** Open `url` in a page that has PAINT_WATCH installed; ms from navigation start to the painted frame. */
async function firstPaint(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  // A function, not a string: extension pages' CSP forbids the eval a string predicate needs.
  await page.waitForFunction(() => (window as unknown as { __batonFirstPaint?: number }).__batonFirstPaint !== undefined, undefined, { timeout: 15_000 });
  return (await page.evaluate('window.__batonFirstPaint')) as number;
}

async function popupPaints(run: Run, people: number, runs: number): Promise<number[]> {
  await seed(run.worker, people);
  const page = await run.context.newPage();
  // A clock row, or the empty state (which leads to options) when there is no one.
  await page.addInitScript(PAINT_WATCH(people > 0 ? POPUP_ROW : POPUP_EMPTY));
  // The size of the toolbar popup, so the same number of rows is on screen as for a user.
  await page.setViewportSize({ width: 400, height: 600 });
  const url = `chrome-extension://${run.id}/popup.html`;
  await firstPaint(page, url); // warm-up: code cache, storage
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(await firstPaint(page, url));
  await page.close();
  return out;
}

/**
 * In the page: scroll the table `frames` frames, `step` px per frame, bouncing at either end (so a
 * short table keeps moving too); the frame-to-frame intervals from requestAnimationFrame's timestamps.
 */
const SCROLL_FRAMES = (frames: number, step: number) => `new Promise((resolve) => {
  const box = document.querySelector('.op-table__scroll');
  if (!box) return resolve([]);
  const intervals = [];
  let direction = 1;
  let last = 0;
  let n = 0;
  const tick = (now) => {
    if (last) intervals.push(now - last);
    last = now;
    if (n++ >= ${frames}) return resolve(intervals);
    const max = box.scrollHeight - box.clientHeight;
    if ((direction > 0 && box.scrollTop >= max) || (direction < 0 && box.scrollTop <= 0)) direction = -direction;
    box.scrollTop += direction * ${step};
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

/**
 * In the page: put `query` into the search box in one input event (as a paste does), and resolve
 * with ms until the filtered table is painted: the count line says "n of m" (drawn in the same
 * render as the filtered rows) and a row for `name` is there.
 */
const SEARCH = (query: string, name: string) => `new Promise((resolve, reject) => {
  ${AFTER_PAINT}
  const input = document.querySelector('#team-search');
  if (!input) return reject(new Error('no search box'));
  const filtered = () => / of /.test(document.querySelector('.op-count')?.textContent ?? '')
    && [...document.querySelectorAll(${JSON.stringify(OPTIONS_ROW)})].some((row) => row.textContent.includes(${JSON.stringify(name)}));
  const timeout = setTimeout(() => reject(new Error('search never showed ' + ${JSON.stringify(name)})), 10000);
  const t0 = performance.now();
  const observer = new MutationObserver(() => {
    if (!filtered()) return;
    observer.disconnect();
    clearTimeout(timeout);
    afterPaint(() => resolve(performance.now() - t0));
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  // React listens for "input"; its value tracker needs the native setter.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(query)});
  input.dispatchEvent(new Event('input', { bubbles: true }));
})`;

interface OptionsRuns {
  firstRows: number[];
  search: number[];
  frames: number[];
  maxFrame: number[];
  longFrames: number[];
}

async function optionsRuns(run: Run, people: number, runs: number, frames: number): Promise<OptionsRuns> {
  await seed(run.worker, people);
  // The last person: at the end of the sorted-by-name table's data, found by their unique full name.
  const name = makeSyntheticPerson(people - 1).name;
  if (!name) throw new Error('the synthetic team gives everyone a name');
  const page = await run.context.newPage();
  await page.addInitScript(PAINT_WATCH(OPTIONS_ROW));
  const url = `chrome-extension://${run.id}/options.html`;
  await firstPaint(page, url); // warm-up
  const out: OptionsRuns = { firstRows: [], search: [], frames: [], maxFrame: [], longFrames: [] };
  for (let i = 0; i < runs; i++) {
    out.firstRows.push(await firstPaint(page, url));
    // Let the page settle (storage watchers, the rest of the options page) before timing frames.
    await page.waitForTimeout(300);
    const intervals = (await page.evaluate(SCROLL_FRAMES(frames, 1000))) as number[];
    out.frames.push(...intervals);
    out.maxFrame.push(Math.max(...intervals));
    out.longFrames.push(intervals.filter((ms) => ms >= LONG_FRAME_MS).length);
    await page.evaluate(`document.querySelector('.op-table__scroll').scrollTop = 0`);
    await page.waitForTimeout(100);
    out.search.push((await page.evaluate(SEARCH(name, name))) as number);
  }
  await page.close();
  return out;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export async function runPagesBench(opts: { quick: boolean; extensionDir: string }): Promise<BenchRow[]> {
  const popupLoads = opts.quick ? 3 : 20;
  const optionsLoads = opts.quick ? 2 : 7;
  const frames = opts.quick ? 60 : 120;
  const run = await launch(opts.extensionDir);
  try {
    // Each team is seeded once and measured in a row; the baselines go first, so any warming of
    // the browser over the run favours the big team's figures, never the baseline's.
    const empty = await popupPaints(run, 0, popupLoads);
    const full = await popupPaints(run, 500, popupLoads);
    const small = await optionsRuns(run, 20, optionsLoads, frames);
    const big = await optionsRuns(run, 2000, optionsLoads, frames);
    const row = (name: string, value: number, baseline: number, unit: string, target?: string, note?: string): BenchRow => ({
      group: 'pages',
      name,
      value,
      unit,
      baseline,
      ratio: value / baseline,
      ...(target ? { target } : {}),
      ...(note ? { note } : {}),
    });
    return [
      row('popup first paint, 500 people (vs empty team)', median(full), median(empty), 'ms (median)', '< 150 ms', `navigation start → first clock row painted (empty: the empty state); ${popupLoads} loads each`),
      row('popup first paint, 500 people, p95 (vs empty team)', percentile(full, 95), percentile(empty, 95), 'ms (p95)', '< 150 ms', `max ${Math.max(...full).toFixed(0)} ms`),
      row('options: first rows painted, 2,000 people (vs 20)', median(big.firstRows), median(small.firstRows), 'ms (median)', undefined, `p95 ${percentile(big.firstRows, 95).toFixed(0)} ms vs ${percentile(small.firstRows, 95).toFixed(0)} ms; navigation start → first table row painted; ${optionsLoads} loads each`),
      row('options: search → filtered rows painted, 2,000 people (vs 20)', median(big.search), median(small.search), 'ms (median)', '< 100 ms', `p95 ${percentile(big.search, 95).toFixed(0)} ms vs ${percentile(small.search, 95).toFixed(0)} ms; the last person's full name, one input event`),
      row('options: longest frame scrolling the table, 2,000 people (vs 20)', median(big.maxFrame), median(small.maxFrame), 'ms (median of runs)', '< 50 ms', `1,000 px a frame for ${frames} frames, ${optionsLoads} runs; frames ≥ ${LONG_FRAME_MS} ms: ${sum(big.longFrames)} of ${big.frames.length} vs ${sum(small.longFrames)} of ${small.frames.length}`),
      row('options: frame time scrolling the table, p95, 2,000 people (vs 20)', percentile(big.frames, 95), percentile(small.frames, 95), 'ms (p95)', '≈ 16.7 ms (60 fps)', `median ${median(big.frames).toFixed(1)} vs ${median(small.frames).toFixed(1)} ms`),
    ];
  } finally {
    await run.close();
  }
}
