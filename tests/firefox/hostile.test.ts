import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness';
import { click, deep, expectAttr, expectCount, fixture, marker, WAIT } from './dom';

/*
 * Hostile names from the host page, drawn by Baton in Firefox: markup, script URLs and bidi
 * overrides must be text. A payload that ran would set window.__baton_pwned or raise an alert (the
 * harness fails on any dialog), and its image would be a blocked request (the harness fails on any).
 */

const SPRING = 'window.__baton_pwned=1;alert(1)';
const PAYLOADS = {
  img: `<img src=https://evil.example/pwned.png onerror="${SPRING}">`,
  script: `<script>${SPRING}</script>`,
  js: `javascript:${SPRING}//`,
  svg: `<svg onload="${SPRING}"><a href="javascript:${SPRING}">x</a></svg>`,
};

let ff: FirefoxSession;
beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => ff?.close());
afterEach(() => ff.expectClean());

/** Every element inside Baton's shadow roots that could only have come from markup in data. */
const fromData = (page: Page) =>
  deep<string[]>(
    page,
    'baton-ui',
    `(hosts) => hosts.flatMap((h) => [...(h.shadowRoot?.querySelectorAll('*') ?? [])])
      .filter((el) => el.matches('img, script, iframe, object, embed, svg, a[href^="javascript"]') || [...el.attributes].some((a) => /^on/i.test(a.name)))
      .map((el) => el.localName)`,
  );
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __baton_pwned?: unknown }).__baton_pwned !== undefined);
const batonText = (page: Page) => deep<string>(page, 'baton-ui', '(hosts) => hosts.map((h) => h.shadowRoot?.textContent ?? "").join("\\n")');

describe('Firefox: hostile names are drawn as text', () => {
  test('Gmail: chip names from the page are text in quick-add; nothing runs', async () => {
    const page = await ff.open('https://mail.google.com/mail/u/0/?view=inbox', 'gmail/mail.html');
    await fixture(page, 'fixture', 'openCompose', {
      subject: `${PAYLOADS.img}${PAYLOADS.script}`,
      to: [
        { email: 'img@example.org', name: PAYLOADS.img },
        { email: 'js@example.org', name: PAYLOADS.js },
      ],
      cc: [{ email: 'svg@example.org', name: PAYLOADS.svg }, { email: 'script@example.org', name: PAYLOADS.script }],
    });
    await expectCount(page, marker('recipient-time'), 4);
    for (const [email, name] of [['img@example.org', PAYLOADS.img]] as const) {
      const chip = marker('recipient-time', `[data-email="${email}"]`);
      await click(page, `${chip} >>> button`);
      await expect.poll(() => deep<string>(page, chip, '(all) => all[0]?.shadowRoot?.querySelector("form")?.textContent ?? ""'), WAIT).toContain(`Add ${name} to your team`);
    }
    expect(await fromData(page)).toEqual([]);
    expect(await pwned(page)).toBe(false);
    await page.close();
  });

  test('Google Calendar: a guest named with markup is text in the editor', async () => {
    const page = await ff.open('https://calendar.google.com/calendar/u/0/r/week/2027/3/22', 'google-calendar/app.html');
    await fixture(page, '__fx', 'openEditor');
    await expectAttr(page, '[data-baton="guest-time"][data-email="lena@example.de"]', 'data-status', 'unknown');
    await fixture(page, '__fx', 'addGuest', 'x@evil.example', PAYLOADS.img);
    await expect.poll(() => deep<string>(page, '[data-baton="guest-time"][data-email="x@evil.example"]', '(all) => all[0]?.textContent ?? ""'), WAIT).toContain(PAYLOADS.img);
    expect(await fromData(page)).toEqual([]);
    expect(await pwned(page)).toBe(false);
    await page.close();
  });

  test('Outlook: chips named with markup are text; nothing runs', async () => {
    const query = new URLSearchParams({ view: 'reading', subject: PAYLOADS.img, to: [`${PAYLOADS.script} <script@example.org>`, `${PAYLOADS.svg} <svg@example.org>`].join('|') });
    const page = await ff.open(`https://outlook.office.com/mail/inbox/id/AAQk?${query}`, 'outlook/mail.html');
    await expectCount(page, marker('recipient-time'), 2);
    await click(page, `${marker('recipient-time', '[data-email="svg@example.org"]')} >>> button`);
    await expect.poll(() => batonText(page), WAIT).toContain(PAYLOADS.svg);
    expect(await fromData(page)).toEqual([]);
    expect(await pwned(page)).toBe(false);
    await page.close();
  });
});
