import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { ElementHandle } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness';
import { quickAdd } from './team';
import { attr, count, deep, expectAttr, expectCount, WAIT } from './dom';

/*
 * Google Calendar in Firefox, on tests/fixtures/google-calendar/app.html at calendar.google.com, in
 * New York (TZ). 22 Mar 2027: New York is already on EDT, Europe not yet. The team is added through
 * Gmail's quick-add first (same browser, same storage).
 */

const APP = 'https://calendar.google.com/calendar/u/0/r';
const row = (email: string) => `[data-baton="guest-time"][data-email="${email}"]`;

let ff: FirefoxSession;
beforeAll(async () => {
  ff = await launchFirefox({ timeZone: 'America/New_York' });
});
afterAll(async () => ff?.close());
afterEach(() => ff.expectClean());

describe('Google Calendar in Firefox', () => {
  test('the team, added in Gmail', async () => {
    await quickAdd(ff, 'lena@example.de', 'Berlin', 'Europe/Berlin');
    await quickAdd(ff, 'priya@example.np', 'Kathmandu', 'Asia/Kathmandu', '10:00', '18:00');
    await quickAdd(ff, 'aiko@example.jp', 'Tokyo', 'Asia/Tokyo');
    await quickAdd(ff, 'ravi@example.in', 'Kolkata', 'Asia/Kolkata');
  });

  test('grid → editor without a reload: meeting load on the grid, guest times, the load counted once, async alternative', async () => {
    const page = await ff.open(`${APP}/week/2027/3/22`, 'google-calendar/app.html');
    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    await expectAttr(page, '[data-baton="day-load"][data-day="2027-03-22"]', 'data-level', 'heavy');
    await expectAttr(page, '[data-baton="day-load"][data-day="2027-03-23"]', 'data-level', 'overloaded');
    expect(await count(page, '[data-baton="day-load"][data-day="2027-03-24"]')).toBe(0);

    const event = (await page.evaluateHandle(() => [...document.querySelectorAll('[data-eventid]')].find((e) => e.textContent?.includes('Design sync')))) as ElementHandle<Element>;
    await event.click();
    await expect.poll(() => page.url(), WAIT).toMatch(/\/r\/eventedit\//);
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);

    // Only one side changed clocks: 09:00 New York (EDT) is 14:00 in Berlin (still CET).
    await expectAttr(page, row('lena@example.de'), 'data-local-start', '2027-03-22T14:00');
    expect(await attr(page, row('lena@example.de'), 'data-status')).toBe('working');
    expect(await attr(page, row('lena@example.de'), 'data-zone')).toBe('Europe/Berlin');
    await expectAttr(page, row('priya@example.np'), 'data-local-start', '2027-03-22T18:45');
    expect(await attr(page, row('priya@example.np'), 'data-status')).toBe('off-hours');
    await expectAttr(page, row('aiko@example.jp'), 'data-local-start', '2027-03-22T22:00');
    await expectAttr(page, row('ravi@example.in'), 'data-local-start', '2027-03-22T18:30');
    await expectAttr(page, row('sam@partner.example'), 'data-status', 'unknown');
    expect(await attr(page, row('sam@partner.example'), 'data-zone')).toBeNull();
    await expectCount(page, 'baton-ui[data-baton="event-editor"]', 1);
    await expectCount(page, '[data-baton="guest-time"]', 5);

    // Monday: Design sync is in the grid already, counted once: 4 meetings, 4 h → heavy.
    await expectAttr(page, '[data-baton="meeting-load"]', 'data-meetings', '4');
    expect(await attr(page, '[data-baton="meeting-load"]', 'data-meeting-minutes')).toBe('240');
    expect(await attr(page, '[data-baton="meeting-load"]', 'data-level')).toBe('heavy');

    await expectAttr(page, '[data-baton="async-alternative"]', 'data-reasons', /\bstatus-update\b/);
    expect(await attr(page, '[data-baton="async-alternative"]', 'data-reasons')).toMatch(/\brecurring\b/);
    expect(await deep<boolean>(page, '[data-baton="async-alternative"] [data-baton-action="write-update"]', '(all) => all.length === 1')).toBe(true);
    await page.close();
  });
});
