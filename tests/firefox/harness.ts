import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { expect } from 'vitest';

/*
 * The Firefox e2e harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi
 * (docs/firefox-testing.md). One browser per test file, with a fresh profile, the built
 * `.output/firefox-mv3` installed as a real add-on (BiDi webExtension.install), TZ set in the
 * browser's environment (the only way the zone reaches content scripts), and fixture pages served
 * at the hosts' real origins through request interception. Every other request is aborted and
 * recorded; a test fails on any, and on any console error or uncaught error in its pages.
 */

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = path.resolve(process.env.BATON_FIREFOX_DIR ?? '.output/firefox-mv3');
export const FIXTURES_DIR = path.resolve('tests/fixtures');
/** Where Firefox reads enterprise policy on Linux (read once, at start). */
export const POLICY_FILE = process.env.BATON_FIREFOX_POLICY ?? '/etc/firefox/policies/policies.json';
export const GECKO_ID = 'baton@baton.invalid';

/** What an administrator hands Baton (CONTRACT §5): the value under `3rdparty → Extensions → <id>`. */
export interface ManagedBaton {
  team?: unknown;
  teamUrl?: string;
  defaults?: Record<string, string>;
}

export interface LaunchOptions {
  /** The browser's time zone (TZ in its environment). */
  timeZone?: string;
  /** Managed storage for Baton, written as Firefox enterprise policy before the browser starts. */
  managed?: ManagedBaton;
  /** The browser's UI language (intl.locale.requested), e.g. `de`. */
  locale?: string;
}

export interface FirefoxSession {
  browser: Browser;
  addonId: string;
  /** Every request that was not to a routed fixture: Baton must make none. */
  blocked: string[];
  /** Console errors and uncaught errors from every page opened. */
  errors: string[];
  /** Console warnings in Baton's logger format (`[baton:<host>] …`). */
  batonWarnings: string[];
  /** Serve a fixture file at every URL that starts with `prefix` (in pages opened after). */
  serve(prefix: string, fixture: string, contentType?: string): void;
  /** A new tab with the routes, at `url` served from `fixture`. */
  open(url: string, fixture?: string): Promise<Page>;
  /**
   * One of Baton's own pages (`options.html`, `popup.html`) in a new tab. BiDi refuses to navigate
   * to a moz-extension:// page, so the tab is opened from the privileged scope (as about:addons
   * opens an add-on's options), and then driven like any page.
   */
  openExtensionPage(file: string): Promise<Page>;
  /** Run code in the browser's privileged (chrome) scope: the add-on manager, process CPU times. */
  chrome<T>(expression: string): Promise<T>;
  /** Switch the add-on off or on, as about:addons does (AddonManager). */
  setEnabled(on: boolean): Promise<void>;
  /**
   * Fail the current test on any blocked request, any console error or uncaught error in its
   * pages (content scripts' console reaches BiDi's log in Firefox), and any warning from Baton's
   * logger other than those expected; then clear the records for the next test.
   */
  expectClean(expectedWarnings?: RegExp[]): void;
  close(): Promise<void>;
}

interface Route {
  prefix: string;
  body: Buffer;
  contentType: string;
}

/** Write the policy file (keeping any existing one to put back), returning the undo. */
function writePolicy(managed: ManagedBaton): () => void {
  const backup = `${POLICY_FILE}.baton-backup`;
  const had = existsSync(POLICY_FILE);
  mkdirSync(path.dirname(POLICY_FILE), { recursive: true });
  if (had) copyFileSync(POLICY_FILE, backup);
  writeFileSync(POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: managed } } } }, null, 2));
  return () => {
    if (had) {
      copyFileSync(backup, POLICY_FILE);
      rmSync(backup, { force: true });
    } else {
      rmSync(POLICY_FILE, { force: true });
    }
  };
}

/**
 * Every request the browser sends to the network at all (from pages, the add-on's background, the
 * browser itself) goes through this proxy, which answers none and records each. Requests the pages'
 * interception answers or aborts never reach it; one that does was made outside any page — by
 * Baton's background, say — and fails the test like a page's.
 */
async function recordingProxy(record: (what: string) => void): Promise<Server> {
  const proxy = createServer((req, res) => {
    record(`${req.method} ${req.url} (outside a page)`);
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket) => {
    // Firefox's own services (remote settings: blocklists and the like), refused like the rest but
    // not counted: they are the browser's, on a host no Baton code names.
    if (!/\.services\.mozilla\.com:443$/.test(req.url ?? '')) record(`CONNECT ${req.url} (outside a page)`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return proxy;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxSession> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No Firefox build at ${EXTENSION_DIR}: run \`npm run build:firefox\` first`);
  const outside: string[] = [];
  const proxy = await recordingProxy((what) => outside.push(what));
  const { port } = proxy.address() as AddressInfo;
  const undoPolicy = options.managed ? writePolicy(options.managed) : () => {};
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      env: { ...process.env, TZ: options.timeZone ?? 'America/New_York' },
      // Privileged BiDi scope for the add-on manager (switching Baton off and on) and per-process
      // CPU times (the bench); the pages themselves are driven as any page is.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        ...(options.locale ? { 'intl.locale.requested': options.locale } : {}),
        // Firefox's own background traffic off, so only pages' requests exist to be recorded.
        'network.connectivity-service.enabled': false,
        'network.captive-portal-service.enabled': false,
        'browser.safebrowsing.update.enabled': false,
        'extensions.getAddons.cache.enabled': false,
        // The browser's own favicon fetch (/favicon.ico) is not a page's request.
        'browser.chrome.site_icons': false,
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
      },
    });
  } catch (error) {
    undoPolicy();
    proxy.close();
    throw error;
  }
  // Firefox has read the policy file at start: put things back at once, so nothing else sees it.
  const restored = { done: false };
  const restore = () => {
    if (!restored.done) undoPolicy();
    restored.done = true;
  };
  try {
    const session = makeSession(browser, restore, outside, proxy);
    (session as { addonId: string }).addonId = await browser.installExtension(EXTENSION_DIR);
    restore();
    return session;
  } catch (error) {
    restore();
    await browser.close();
    proxy.close();
    throw error;
  }
}

function makeSession(browser: Browser, restore: () => void, outside: string[], proxy: Server): FirefoxSession {
  const routes: Route[] = [];
  const blocked: string[] = [];
  const errors: string[] = [];
  const batonWarnings: string[] = [];
  const pages: Page[] = [];

  const handle = (request: HTTPRequest) => {
    const url = request.url();
    if (/^(data|blob|moz-extension|about):/.test(url)) return void request.continue();
    // The longest matching prefix wins, so a test's own route overrides a broader one.
    const route = routes.filter((r) => url.startsWith(r.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
    if (route) return void request.respond({ status: 200, contentType: route.contentType, body: route.body });
    blocked.push(url);
    void request.abort('blockedbyclient');
  };

  const watch = async (page: Page) => {
    pages.push(page);
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console error on ${page.url()}: ${m.text()}`);
      else if (m.type() === 'warn' && m.text().startsWith('[baton:')) batonWarnings.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(`uncaught on ${page.url()}: ${String(e)}`));
    page.on('dialog', (d) => {
      errors.push(`dialog on ${page.url()}: ${d.message()}`);
      void d.dismiss().catch(() => {});
    });
    await page.setRequestInterception(true);
    page.on('request', handle);
  };

  const chrome = async <T>(expression: string): Promise<T> => {
    // Puppeteer's BiDi browser exposes its connection; the chrome scope is Firefox's own BiDi extension.
    const conn = (browser as unknown as { connection: unknown }).connection as { send(method: string, params: object): Promise<{ result: { result: BidiValue; type: string; exceptionDetails?: { text?: string } } & { contexts: Array<{ context: string }> } }> };
    const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const context = tree.result.contexts[0]!.context;
    const { result } = await conn.send('script.evaluate', { expression, target: { context }, awaitPromise: true, resultOwnership: 'none' });
    if (result.type === 'exception') throw new Error(`chrome scope: ${result.exceptionDetails?.text ?? 'exception'}`);
    return deserialize(result.result) as T;
  };

  const session: FirefoxSession = {
    browser,
    addonId: '',
    blocked,
    errors,
    batonWarnings,
    serve(prefix, fixture, contentType = 'text/html; charset=utf-8') {
      routes.push({ prefix, body: readFileSync(path.join(FIXTURES_DIR, fixture)), contentType });
    },
    async open(url, fixture) {
      if (fixture) this.serve(url.split(/[?#]/)[0]!, fixture);
      const page = await browser.newPage();
      await watch(page);
      await page.goto(url);
      return page;
    },
    chrome,
    async openExtensionPage(file) {
      const url = await chrome<string>(`(() => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const url = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(session.addonId)}).baseURI.resolve(${JSON.stringify(file)});
        const win = Services.wm.getMostRecentWindow('navigator:browser');
        win.gBrowser.selectedTab = win.gBrowser.addTab(url, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
        return url;
      })()`);
      let found: Page | undefined;
      await expect
        .poll(async () => {
          for (const page of await browser.pages()) {
            if (pages.includes(page)) continue;
            const href = await page.evaluate(() => location.href).catch(() => '');
            if (href === url) found = page;
          }
          return found !== undefined;
        }, { timeout: 10_000, interval: 100 })
        .toBe(true);
      await watch(found!);
      await found!.waitForFunction(() => document.readyState === 'complete');
      return found!;
    },
    async setEnabled(on) {
      const state = await chrome<string>(`(async () => {
        const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
        const addon = await AddonManager.getAddonByID(${JSON.stringify(session.addonId)});
        await (${on} ? addon.enable() : addon.disable());
        return String(addon.isActive);
      })()`);
      expect(state, `add-on active after switching ${on ? 'on' : 'off'}`).toBe(String(on));
    },
    expectClean(expectedWarnings = []) {
      const found = { blocked: [...blocked, ...outside], errors: [...errors], warnings: batonWarnings.filter((w) => !expectedWarnings.some((re) => re.test(w))) };
      blocked.length = 0;
      outside.length = 0;
      errors.length = 0;
      batonWarnings.length = 0;
      expect(found.blocked, 'a request that was not to a routed fixture page').toEqual([]);
      expect(found.errors, 'console or uncaught errors in the pages').toEqual([]);
      expect(found.warnings, "Baton's own warnings (its logger) on a page it should read without trouble").toEqual([]);
    },
    async close() {
      restore();
      for (const page of pages) await page.close().catch(() => {});
      await browser.close();
      proxy.close();
    },
  };
  return session;
}

/** A BiDi remote value as plain data (strings, numbers, booleans, arrays and objects of them). */
type BidiValue = { type: string; value?: unknown };
function deserialize(value: BidiValue): unknown {
  switch (value.type) {
    case 'undefined':
    case 'null':
      return value.type === 'null' ? null : undefined;
    case 'array':
      return (value.value as BidiValue[]).map(deserialize);
    case 'object':
      return Object.fromEntries((value.value as Array<[string, BidiValue]>).map(([k, v]) => [k, deserialize(v)]));
    default:
      return value.value;
  }
}
