import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The built extension under test: `npm run build` output, or another build folder for parallel work. */
export const EXTENSION_DIR = path.resolve(process.env.BATON_EXT_DIR ?? '.output/chrome-mv3');
export const FIXTURES_DIR = path.resolve('tests/fixtures');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BatonFixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  popupUrl: string;
  optionsUrl: string;
  /** Every request that was not to a routed fixture page: Baton must make none. */
  blockedRequests: string[];
  /** Origins (or URL prefixes) a test allows on purpose, e.g. its own calendar feed route. */
  allowNetwork: (prefix: string) => void;
  /** Serve a fixture file at a real host URL (content scripts only inject on their real origins). */
  serveFixture: (urlGlob: string, fixture: string, contentType?: string) => Promise<void>;
  /** Open a fixture page at a host URL. */
  openFixture: (url: string, fixture: string) => Promise<Page>;
}

export const test = base.extend<BatonFixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const profile = mkdtempSync(path.join(tmpdir(), 'baton-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  popupUrl: async ({ extensionId }, use) => use(`chrome-extension://${extensionId}/popup.html`),
  optionsUrl: async ({ extensionId }, use) => use(`chrome-extension://${extensionId}/options.html`),
  blockedRequests: [
    async ({ context }, use) => {
      const blocked: string[] = [];
      const allowed: string[] = [];
      // Registered first, so every more specific route a test adds later wins over it.
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (/^(data|blob|chrome-extension|chrome):/.test(url) || allowed.some((p) => url.startsWith(p))) {
          return route.continue();
        }
        blocked.push(url);
        return route.abort('blockedbyclient');
      });
      (context as BrowserContext & { __batonAllowed?: string[] }).__batonAllowed = allowed;
      await use(blocked);
      expect(blocked, 'Baton (or a fixture) made a request that was not to a routed page').toEqual([]);
    },
    { auto: true },
  ],
  allowNetwork: async ({ context }, use) => {
    const allowed = (context as BrowserContext & { __batonAllowed?: string[] }).__batonAllowed ?? [];
    await use((prefix) => void allowed.push(prefix));
  },
  serveFixture: async ({ context }, use) => {
    await use(async (urlGlob, fixture, contentType = 'text/html; charset=utf-8') => {
      const body = readFileSync(path.join(FIXTURES_DIR, fixture));
      await context.route(urlGlob, (route) => route.fulfill({ status: 200, contentType, body }));
    });
  },
  openFixture: async ({ context, serveFixture }, use) => {
    await use(async (url, fixture) => {
      await serveFixture(url.split(/[?#]/)[0] + '*', fixture);
      const page = await context.newPage();
      await page.goto(url);
      return page;
    });
  },
});

export { expect };
