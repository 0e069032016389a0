/**
 * Popup and options bench, in Debian Chromium with the built extension, each figure against a
 * baseline measured in the same run:
 *   1. popup first paint (navigation start → the first frame after the clock rows exist) with 500
 *      people, against the same popup with an empty team;
 *   2. options with 2,000 people: first rows painted, search latency and the longest frame while
 *      scrolling the table through, against the same with 20 people.
 */
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeSyntheticTeam } from '../tests/support/synthetic-team';
import { median, percentile, type BenchRow } from './report';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function launch(extensionDir: string): Promise<{ context: BrowserContext; worker: Worker; id: string; close(): Promise<void> }> {
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
}

/** ms from navigation start to the first frame painted after `selector` exists. */
async function firstPaint(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url);
  // A string, so the bench runner's transpiler cannot add helpers the page does not have.
  return page.evaluate(`new Promise((resolve) => {
    const check = () => (document.querySelector(${JSON.stringify(selector)}) ? requestAnimationFrame(() => resolve(performance.now())) : requestAnimationFrame(check));
    check();
  })`) as Promise<number>;
}

async function popupPaints(run: Awaited<ReturnType<typeof launch>>, people: number, runs: number): Promise<number[]> {
  await seed(run.worker, people);
  const page = await run.context.newPage();
  const url = `chrome-extension://${run.id}/popup.html`;
  // A row, or the empty state's call to action when there is no one.
  const selector = people > 0 ? '[data-baton="team-clock"]' : 'button';
  await firstPaint(page, url, selector); // warm-up
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(await firstPaint(page, url, selector));
  await page.close();
  return out;
}

interface OptionsFigures {
  firstRows: number;
  search: number;
  longestScrollFrame: number;
}

async function optionsFigures(run: Awaited<ReturnType<typeof launch>>, people: number): Promise<OptionsFigures> {
  await seed(run.worker, people);
  const page = await run.context.newPage();
  const firstRows = await firstPaint(page, `chrome-extension://${run.id}/options.html`, '#team-table .op-row:not(.op-row--head)');
  const longestScrollFrame = await page.evaluate(async () => {
    const box = document.querySelector<HTMLElement>('.op-table__scroll');
    if (!box) return Number.NaN;
    let last = performance.now();
    let worst = 0;
    for (let i = 0; i < 60; i++) {
      box.scrollTop += 1500;
      await new Promise((r) => requestAnimationFrame(r));
      const t = performance.now();
      worst = Math.max(worst, t - last);
      last = t;
    }
    return worst;
  });
  const last = people - 1;
  const search = page.getByLabel('Search the team');
  const started = Date.now();
  await search.fill(`person${last}@`);
  await page.getByRole('row', { name: new RegExp(`person${last}@example\\.com`) }).waitFor();
  const searchMs = Date.now() - started;
  await page.close();
  return { firstRows, search: searchMs, longestScrollFrame };
}

export async function runPagesBench(opts: { quick: boolean; extensionDir: string }): Promise<BenchRow[]> {
  const runs = opts.quick ? 3 : 15;
  const run = await launch(opts.extensionDir);
  try {
    const empty = await popupPaints(run, 0, runs);
    const full = await popupPaints(run, 500, runs);
    const small = await optionsFigures(run, 20);
    const big = await optionsFigures(run, 2000);
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
      row('popup first paint, 500 people (vs empty team)', median(full), median(empty), 'ms (median)', '< 150 ms', `p95 ${percentile(full, 95).toFixed(0)} ms; ${runs} loads`),
      row('options: first rows, 2,000 people (vs 20)', big.firstRows, small.firstRows, 'ms'),
      row('options: search to the last person, 2,000 people (vs 20)', big.search, small.search, 'ms'),
      row('options: longest frame scrolling the table, 2,000 people (vs 20)', big.longestScrollFrame, small.longestScrollFrame, 'ms', '< 50 ms'),
    ];
  } finally {
    await run.close();
  }
}
