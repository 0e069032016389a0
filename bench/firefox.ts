/**
 * Firefox bench: Gmail start-up in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi), the
 * built `firefox-mv3` on tests/fixtures/gmail/mail.html served at mail.google.com, against the same
 * page in a browser without the add-on. Firefox has no CDP metrics; its privileged BiDi scope
 * (`--remote-allow-system-access`, docs/firefox-testing.md) gives `ChromeUtils.requestProcInfo()`:
 * CPU time per process. The content process holding Gmail's page also runs the content scripts,
 * so its CPU time across one load is the page's cost with or without Baton; the add-on process
 * (background pages) is reported beside it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { median, type HostBenchRow } from './report';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FIXTURE = readFileSync(path.resolve('tests/fixtures/gmail/mail.html'));
const ORIGIN = 'https://mail.google.com';

type Conn = { send(method: string, params: object): Promise<{ result: { contexts?: Array<{ context: string }>; result?: { value?: unknown } } }> };

/** CPU milliseconds so far of the content process for Google's site, and of the add-on process. */
async function cpu(browser: Browser): Promise<{ page: number; addon: number }> {
  const conn = (browser as unknown as { connection: Conn }).connection;
  const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts![0]!.context;
  const { result } = await conn.send('script.evaluate', {
    expression: `ChromeUtils.requestProcInfo().then((i) => JSON.stringify(i.children.map((c) => [c.type, (c.windows ?? []).map((w) => String(w.documentURI?.spec)).join(' '), c.cpuTime])))`,
    target: { context },
    awaitPromise: true,
  });
  const procs = JSON.parse(String(result.result?.value)) as Array<[string, string, number]>;
  const sum = (keep: (p: [string, string, number]) => boolean) => procs.filter(keep).reduce((n, p) => n + p[2], 0) / 1e6;
  // The content process whose windows hold Gmail's page (the tab stays on it between loads).
  return { page: sum(([type, docs]) => type.startsWith('web') && docs.includes(ORIGIN)), addon: sum(([type]) => type === 'extension') };
}

async function launch(extensionDir: string | null): Promise<{ browser: Browser; page: Page }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: { ...process.env, TZ: 'America/New_York' },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'browser.chrome.site_icons': false },
  });
  if (extensionDir) await browser.installExtension(extensionDir);
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (r) => (r.url().startsWith(ORIGIN) ? void r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: FIXTURE }) : void r.abort()));
  return { browser, page };
}

/** One load of the inbox (or a compose) in the same tab (first moved onto Gmail's origin): CPU of the page's process and the add-on's, load + 500 ms. */
async function loadOnce(side: { browser: Browser; page: Page }, withCompose: boolean): Promise<{ page: number; addon: number }> {
  const before = await cpu(side.browser);
  await side.page.goto(`${ORIGIN}/mail/u/0/?view=${withCompose ? 'popup' : 'inbox'}&to=p1@example.com:Person%201,p2@example.com`, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 500));
  const after = await cpu(side.browser);
  return { page: after.page - before.page, addon: after.addon - before.addon };
}

export async function runFirefoxBench(opts: { quick: boolean; extensionDir: string }): Promise<HostBenchRow[]> {
  const runs = opts.quick ? 3 : 12;
  const on = await launch(opts.extensionDir);
  const off = await launch(null);
  const rows: HostBenchRow[] = [];
  try {
    const version = await on.browser.version();
    for (const withCompose of [false, true]) {
      // Warm both: the first loads put the tab on the site's process.
      for (let i = 0; i < 2; i++) {
        await loadOnce(on, withCompose);
        await loadOnce(off, withCompose);
      }
      const onRuns: Array<{ page: number; addon: number }> = [];
      const offRuns: Array<{ page: number; addon: number }> = [];
      // Interleaved, so drift on the machine hits both sides alike.
      for (let i = 0; i < runs; i++) {
        onRuns.push(await loadOnce(on, withCompose));
        offRuns.push(await loadOnce(off, withCompose));
      }
      const withMs = median(onRuns.map((r) => r.page));
      const withoutMs = median(offRuns.map((r) => r.page));
      rows.push({
        name: `Firefox: Gmail start-up, ${withCompose ? 'page with a compose' : 'inbox'} (extra CPU time of the page's process)`,
        value: withMs - withoutMs,
        unit: 'ms (median)',
        baseline: withoutMs,
        ratio: withMs / withoutMs,
        note: `${version}; with ${withMs.toFixed(1)} ms vs without ${withoutMs.toFixed(1)} ms over load + 500 ms; add-on process ${median(onRuns.map((r) => r.addon)).toFixed(1)} vs ${median(offRuns.map((r) => r.addon)).toFixed(1)} ms; ${runs} loads each; Firefox bundles Gmail's UI (utils/hosts/gmail/load-ui.ts)`,
      });
    }
  } finally {
    await on.browser.close();
    await off.browser.close();
  }
  return rows;
}
