import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefox, type FirefoxSession } from './harness';
import { attr, count, expectAttr, expectCount, marker } from './dom';

/*
 * Firefox with no team and no policy (storage.managed throws "Managed storage manifest not found"
 * in Firefox; Baton reads that as "no policy"): every host page still gets its markers, all
 * unknown, with no error and no request (the last test shows the harness catches one outside any page).
 */

let ff: FirefoxSession;
beforeAll(async () => {
  ff = await launchFirefox({ timeZone: 'America/New_York' });
});
afterAll(async () => ff?.close());
afterEach(() => ff.expectClean());

describe('Firefox, no team', () => {
  test('Gmail: a marker for every chip in To, Cc and Bcc, all unknown; send advice says unknown', async () => {
    const page = await ff.open('https://mail.google.com/mail/u/0/?view=popup&to=aiko@example.jp:Aiko,nobody@example.org&cc=wendy@example.de&bcc=oscar@example.in', 'gmail/mail.html');
    await expectCount(page, marker('recipient-time'), 4);
    for (const email of ['aiko@example.jp', 'nobody@example.org', 'wendy@example.de', 'oscar@example.in']) {
      await expectAttr(page, marker('recipient-time', `[data-email="${email}"]`), 'data-status', 'unknown');
      expect(await attr(page, marker('recipient-time', `[data-email="${email}"]`), 'data-zone')).toBeNull();
    }
    await expectAttr(page, marker('send-advice'), 'data-verdict', 'unknown');
    expect(await attr(page, marker('send-advice'), 'data-suggested-at')).toBeNull();
    await page.close();
  });

  test('Google Calendar: the editor lists each guest, unknown', async () => {
    const page = await ff.open('https://calendar.google.com/calendar/u/0/r/week/2027/3/22', 'google-calendar/app.html');
    await page.evaluate(() => (window as unknown as { __fx: { openEditor(): void } }).__fx.openEditor());
    await expectAttr(page, '[data-baton="guest-time"][data-email="lena@example.de"]', 'data-status', 'unknown');
    expect(await count(page, '[data-baton="guest-time"][data-zone]')).toBe(0);
    await page.close();
  });

  test('Outlook: chips unknown, advice unknown', async () => {
    const page = await ff.open('https://outlook.office.com/mail/inbox/id/AAQkAD?view=reading&to=aiko@example.jp:Aiko', 'outlook/mail.html');
    await expectAttr(page, marker('recipient-time'), 'data-status', 'unknown');
    await expectAttr(page, marker('send-advice'), 'data-verdict', 'unknown');
    await page.close();
  });

  test('the harness itself: a request made outside any page (not through a page\'s interception) fails the test', async () => {
    // From the browser's privileged scope, like a background script's fetch: only the proxy sees it.
    await ff.chrome(`fetch('https://outside.example/probe').then(() => 0, () => 0)`);
    let caught: unknown;
    try {
      ff.expectClean();
    } catch (error) {
      caught = error;
    }
    expect(JSON.stringify((caught as { actual?: unknown } | undefined)?.actual)).toContain('CONNECT outside.example:443');
  });
});
