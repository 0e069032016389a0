import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';

/*
 * Reading what Baton drew, from the page's own world (Baton's shadow roots are open). Waits are on
 * states (expect.poll), never fixed times, so the suite holds on a loaded machine.
 */

export const WAIT = { timeout: 10_000, interval: 50 };

/**
 * Matches of a CSS selector in the document and in every open shadow root under it (Baton draws
 * inside its shadow roots, as Playwright's locators pierce them). `host >>> inner` matches `inner`
 * inside the shadow roots of the `host` matches. Runs in the page.
 */
function deepAll(selector: string): Element[] {
  const within = (roots: Array<Document | ShadowRoot>, css: string) => {
    const found: Element[] = [];
    const visit = (root: Document | ShadowRoot) => {
      found.push(...root.querySelectorAll(css));
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    roots.forEach(visit);
    return found;
  };
  const [first, ...rest] = selector.split(' >>> ');
  let found = within([document], first!);
  for (const css of rest) found = within(found.flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : [])), css);
  return found;
}
const DEEP = `(${deepAll.toString()})`;

/** Evaluate `fn(matches, ...args)` in the page over the deep matches of `selector`. */
export function deep<T>(page: Page, selector: string, fn: string): Promise<T> {
  return page.evaluate(`(() => { const all = ${DEEP}(${JSON.stringify(selector)}); return (${fn})(all); })()`) as Promise<T>;
}

export const count = (page: Page, selector: string) => deep<number>(page, selector, '(all) => all.length');

export const attr = (page: Page, selector: string, name: string) =>
  deep<string | null>(page, selector, `(all) => all[0]?.getAttribute(${JSON.stringify(name)}) ?? null`);

/** Text of the first match, its shadow root's included. */
export const text = (page: Page, selector: string) =>
  deep<string | null>(page, selector, '(all) => all[0] ? (all[0].shadowRoot?.textContent ?? "") + (all[0].textContent ?? "") : null');

export const marker = (name: string, extra = '') => `baton-ui[data-baton="${name}"]${extra}`;

export async function expectCount(page: Page, selector: string, n: number): Promise<void> {
  await expect.poll(() => count(page, selector), WAIT).toBe(n);
}

export async function expectAttr(page: Page, selector: string, name: string, value: string | RegExp | null): Promise<void> {
  const poll = expect.poll(() => attr(page, selector, name), WAIT);
  if (value instanceof RegExp) await poll.toMatch(value);
  else await poll.toBe(value);
}

/** A trusted click (BiDi input actions) on the first visible deep match of `selector`. */
export async function click(page: Page, selector: string): Promise<void> {
  await expect.poll(() => deep<boolean>(page, selector, '(all) => all.some((e) => e.getClientRects().length > 0)'), WAIT).toBe(true);
  const handle = await page.evaluateHandle(`${DEEP}(${JSON.stringify(selector)}).find((e) => e.getClientRects().length > 0)`);
  await (handle as unknown as import('puppeteer-core').ElementHandle<Element>).click();
  await handle.dispose();
}

/** Run a fixture helper in the page's world: `window.fixture.<name>(...args)`. */
export const fixture = (page: Page, object: string, method: string, ...args: unknown[]) =>
  page.evaluate((o, m, a) => (window as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>)[o]![m]!(...a), object, method, args);

/** `HH:mm` in a zone, `minutes` from now: for people whose hours are set relative to the real now. */
export function wallClockIn(zone: string, minutesFromNow: number): string {
  const at = new Date(Date.now() + minutesFromNow * 60_000);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
}
