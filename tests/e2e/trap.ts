import type { ConsoleMessage, Page } from '@playwright/test';
import { expect } from './fixtures';

/*
 * Shared by the reliability specs (hostile-content, broken-hosts): payloads that set a trap when
 * they run, a recorder for everything a page says or throws, and the layout and "no element made
 * from data" checks over Baton's open shadow roots.
 */

/** The trap every payload springs if it ever runs: a flag in whatever world ran it, and an alert. */
const SPRING = 'window.__baton_pwned=1;alert(1)';

/**
 * Attacker-controlled strings. Any `src` points at an unrouted origin, so an element built from
 * one also shows up as a blocked request (the harness fails the test on any).
 */
export const PAYLOADS = {
  img: `<img src=https://evil.example/pwned.png onerror="${SPRING}">`,
  script: `<script>${SPRING}</script>`,
  js: `javascript:${SPRING}//`,
  svg: `<svg onload="${SPRING}"><a href="javascript:${SPRING}">x</a></svg>`,
  /** Right-to-left override and isolates: must stay inside Baton's text, never reorder what follows. */
  bidi: '\u202Egnp.exe\u202C Eve \u2066\u2067\u2068RLO\u2069',
} as const;

/** 10,000 characters with no break opportunity: the worst case for wrapping. */
export const LONG = `L${'o'.repeat(9_998)}g`;

export interface PageRecord {
  dialogs: string[];
  pageErrors: string[];
  consoleErrors: string[];
  /** Console warnings that carry Baton's logger prefix (`[baton:<host>] …`, utils/hosts/logger.ts). */
  batonWarnings: string[];
}

/** Record (and dismiss) dialogs, uncaught page errors and console output, from the page's first moment. */
export function record(page: Page): PageRecord {
  const rec: PageRecord = { dialogs: [], pageErrors: [], consoleErrors: [], batonWarnings: [] };
  page.on('dialog', (d) => {
    rec.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  page.on('pageerror', (e) => rec.pageErrors.push(String(e)));
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') rec.consoleErrors.push(m.text());
    else if (m.type() === 'warning' && m.text().startsWith('[baton:')) rec.batonWarnings.push(m.text());
  });
  return rec;
}

/** The flag in the page's main world, and in every isolated world (Baton's content script) of the page. */
export async function pwnedAnywhere(page: Page): Promise<string[]> {
  const hits: string[] = [];
  if (await page.evaluate(() => (window as unknown as { __baton_pwned?: unknown }).__baton_pwned !== undefined)) hits.push(`main world of ${page.url()}`);
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
    // Enabling replays every live context.
    await cdp.send('Runtime.enable');
    for (const c of contexts.filter((x) => x.auxData?.type === 'isolated')) {
      const { result } = (await cdp.send('Runtime.evaluate', { expression: 'typeof window.__baton_pwned', contextId: c.id, returnByValue: true })) as { result: { value: string } };
      if (result.value !== 'undefined') hits.push(`isolated world "${c.name}"`);
    }
  } finally {
    await cdp.detach();
  }
  return hits;
}

/**
 * Elements that could only have come from markup in data: none may exist. In host pages, anything
 * active inside Baton's shadow roots; in Baton's own pages (popup, options), anything active that
 * is not Baton's own bundle: an inline handler, a script URL, or a resource off the extension.
 */
export async function elementsFromData(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const own = location.protocol === 'chrome-extension:';
    const roots: ParentNode[] = own ? [document] : [...document.querySelectorAll('baton-ui')].flatMap((h) => (h.shadowRoot ? [h.shadowRoot] : []));
    const say = (el: Element) => found.push(el.outerHTML.slice(0, 80));
    for (const root of roots) {
      for (const el of root.querySelectorAll('*')) {
        if ([...el.attributes].some((a) => /^on/i.test(a.name))) say(el);
        const url = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('formaction') ?? el.getAttribute('xlink:href');
        if (url !== null && /^\s*(javascript|data|vbscript):/i.test(url)) say(el);
        if (!el.matches('img, script, iframe, object, embed, frame, link, svg a, video, audio, source')) continue;
        // Baton's own pages load their bundle and logo from the extension; nothing else may appear.
        const src = (el as HTMLImageElement).src || (el as HTMLLinkElement).href || '';
        if (!own || !src.startsWith(location.origin) || el.closest('[data-baton]')) say(el);
      }
    }
    return found;
  });
}

/** All text Baton drew (shadow roots included), for "drawn as text" checks. */
export async function batonText(page: Page): Promise<string> {
  return page.evaluate(() => [...document.querySelectorAll('baton-ui')].map((h) => h.shadowRoot?.textContent ?? '').join('\n'));
}

/**
 * Layout holds: every visible Baton box lies within the viewport's width and is no taller than
 * `maxHeight`, and Baton adds no horizontal scroll (the page's scroll width with Baton's UI shown
 * equals the width with it hidden).
 */
export async function expectLayoutHolds(page: Page, maxHeight: number): Promise<void> {
  const report = await page.evaluate((limit) => {
    const vw = document.documentElement.clientWidth;
    const problems: string[] = [];
    const check = (el: Element, what: string) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return;
      if (getComputedStyle(el).position === 'fixed') {
        // An overlay (the send guard's scrim) is placed against the viewport: it must lie inside it.
        const vh = document.documentElement.clientHeight;
        if (r.left < -1 || r.right > vw + 1 || r.top < -1 || r.bottom > vh + 1) problems.push(`${what} lies outside the viewport: ${Math.round(r.left)},${Math.round(r.top)}..${Math.round(r.right)},${Math.round(r.bottom)} of ${vw}×${vh}`);
        return;
      }
      if (r.right > vw + 1 || r.left < -1) {
        problems.push(`${what} is outside the viewport's width: ${Math.round(r.left)}..${Math.round(r.right)} of ${vw}`);
      }
      if (r.height > limit) problems.push(`${what} is ${Math.round(r.height)} px tall (limit ${limit})`);
    };
    const hosts = location.protocol === 'chrome-extension:' ? [...document.querySelectorAll('[data-baton]')] : [...document.querySelectorAll('baton-ui')];
    for (const host of hosts) {
      const name = host.getAttribute('data-baton') ?? host.localName;
      check(host, name);
      for (const inner of host.shadowRoot?.querySelectorAll('*') ?? []) check(inner, `${name} › ${inner.localName}.${inner.getAttribute('class') ?? ''}`);
    }
    const scroller = document.scrollingElement ?? document.documentElement;
    const withBaton = scroller.scrollWidth;
    let without = withBaton;
    if (location.protocol !== 'chrome-extension:') {
      const style = document.createElement('style');
      style.textContent = 'baton-ui { display: none !important; }';
      document.head.append(style);
      without = scroller.scrollWidth;
      style.remove();
    } else {
      without = vw;
    }
    if (withBaton > without + 1) problems.push(`horizontal scroll: ${withBaton} px with Baton, ${without} px without`);
    return { problems, hosts: hosts.length };
  }, maxHeight);
  expect(report.hosts, 'Baton drew something to measure').toBeGreaterThan(0);
  expect(report.problems).toEqual([]);
}

/** The same warning said more than once: the logger must say each thing once per page. */
export function repeatedWarnings(warnings: string[]): string[] {
  const seen = new Map<string, number>();
  for (const w of warnings) seen.set(w, (seen.get(w) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([w, n]) => `${n}× ${w}`);
}
