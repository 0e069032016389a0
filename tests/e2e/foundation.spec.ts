import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { HOST_MATCHES, OUTLOOK_MATCHES } from '../../utils/hosts/origins';

const CONTRACT_ORIGINS = [
  'https://mail.google.com/',
  'https://calendar.google.com/',
  'https://outlook.office.com/',
  'https://outlook.office365.com/',
  'https://outlook.live.com/',
  'https://outlook.cloud.microsoft/',
];

/** Names of the isolated worlds (content scripts) that run in a page, read over CDP. */
async function contentScriptWorlds(page: Page, url: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated') worlds.push(context.name);
  });
  await cdp.send('Runtime.enable');
  await page.goto(url);
  // document_idle: give the injection a moment after load, then look.
  await page.waitForLoadState('load');
  await expect.poll(() => worlds.length, { timeout: 3_000 }).toBeGreaterThanOrEqual(0);
  await page.waitForTimeout(300);
  return worlds;
}

test.describe('content scripts', () => {
  for (const origin of CONTRACT_ORIGINS) {
    test(`inject on ${origin}`, async ({ context, serveFixture }) => {
      await serveFixture(`${origin}**`, 'plain/page.html');
      const page = await context.newPage();
      const worlds = await contentScriptWorlds(page, `${origin}mail/u/0/`);
      expect(worlds.filter((name) => name.startsWith('Baton'))).toHaveLength(1);
    });
  }

  for (const url of ['https://example.com/', 'https://mail.google.com.evil.example/', 'https://docs.google.com/']) {
    test(`do not inject on ${url}`, async ({ context, serveFixture }) => {
      await serveFixture(`${url}**`, 'plain/page.html');
      const page = await context.newPage();
      const worlds = await contentScriptWorlds(page, url);
      expect(worlds.filter((name) => name.startsWith('Baton'))).toEqual([]);
    });
  }
});

test.describe('extension pages', () => {
  for (const which of ['popup', 'options'] as const) {
    test(`${which} renders without console errors`, async ({ context, popupUrl, optionsUrl }) => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(which === 'popup' ? popupUrl : optionsUrl);
      await expect(page.locator('#root')).not.toBeEmpty();
      await page.waitForTimeout(300);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('manifest', () => {
  test('asks for the least: storage, alarms, exactly the CONTRACT hosts, and feed origins only on request', async ({ serviceWorker }) => {
    const built = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as chrome.runtime.ManifestV3;
    const live = (await serviceWorker.evaluate(() => chrome.runtime.getManifest())) as chrome.runtime.ManifestV3;
    for (const manifest of [built, live]) {
      expect(manifest.manifest_version).toBe(3);
      // storage: the team and settings live in extension storage.
      // alarms: the optional calendar feed is refreshed every 30 minutes by the background.
      expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'storage']);
      // The calendar feed's origin is requested at the moment the user saves its address (never at install).
      expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
      expect([...(manifest.host_permissions ?? [])].sort()).toEqual(CONTRACT_ORIGINS.map((o) => `${o}*`).sort());
      const scriptMatches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
      expect(scriptMatches.sort()).toEqual([...HOST_MATCHES].sort());
      expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
      // Only each host's UI file is web-accessible: to that host's own origins alone, behind a per-session URL.
      expect(manifest.web_accessible_resources).toEqual([
        { resources: ['gmail-ui.js'], matches: ['https://mail.google.com/*'], use_dynamic_url: true },
        { resources: ['outlook-ui.js'], matches: [...OUTLOOK_MATCHES], use_dynamic_url: true },
        { resources: ['google-calendar-ui.js'], matches: ['https://calendar.google.com/*'], use_dynamic_url: true },
      ]);
    }
  });
});
