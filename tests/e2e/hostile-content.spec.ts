import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { EVERY_DAY, seedSettings, seedTeam, wallClockIn, type TeamRow } from './helpers';
import { batonText, elementsFromData, expectLayoutHolds, LONG, PAYLOADS, pwnedAnywhere, record, type PageRecord } from './trap';
import { DEFAULT_SETTINGS } from '../../utils/team/types';

/*
 * Hostile content on every surface (issue 8): people's names, subjects, event titles and
 * descriptions carrying markup, script URLs, bidi overrides and 10,000-character strings, from
 * the host page and from the team itself. Each must be drawn as text, nothing may run (a payload
 * that runs sets window.__baton_pwned and raises an alert; its image URL would be a blocked
 * request), and Baton's boxes stay inside the viewport with no horizontal scroll of its making.
 */

const TOKYO = 'Asia/Tokyo';
/** Off now: their hours start in two hours, every day. */
const offNow = (row: Omit<TeamRow, 'timeZone'>): TeamRow => ({ ...row, timeZone: TOKYO, workStart: wallClockIn(TOKYO, 120), workEnd: wallClockIn(TOKYO, 300), workDays: EVERY_DAY });

/** A team whose names are the payloads; LONG goes first so it is who the send advice names. */
const HOSTILE_TEAM: TeamRow[] = [
  offNow({ email: 'long@example.jp', name: LONG }),
  offNow({ email: 'img@example.jp', name: PAYLOADS.img }),
  offNow({ email: 'script@example.jp', name: PAYLOADS.script }),
  offNow({ email: 'js@example.jp', name: PAYLOADS.js }),
  offNow({ email: 'svg@example.jp', name: PAYLOADS.svg }),
  offNow({ email: 'bidi@example.jp', name: PAYLOADS.bidi }),
  offNow({ name: `${PAYLOADS.img} no address` }),
];

/** Grid event titles: every payload and the 10,000-character string. */
const GRID_TITLES = [PAYLOADS.img, PAYLOADS.script, PAYLOADS.js, PAYLOADS.svg, PAYLOADS.bidi, LONG];

/**
 * Baton reads only times from the grid: no title (nor any piece of one) shows in its UI or
 * reaches storage. Pieces: the payloads' telltale parts and a run of the long string.
 */
async function expectNoTitles(page: Page, worker: Worker) {
  const pieces = ['pwned', 'onerror', '<script', 'javascript:', 'onload', '\u202E', 'RLO', 'o'.repeat(50)];
  const text = await batonText(page);
  const stored = await worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get('calendarDays')));
  for (const piece of pieces) {
    expect(text, `Baton's text holds "${piece}"`).not.toContain(piece);
    expect(stored, `stored grid days hold "${piece}"`).not.toContain(piece);
  }
}

/** Hosts truncate long names in their own chips and titles; the fixtures, built for other tests, do not. */
const HOST_TRUNCATION = [
  '.akl, .aYF, .individualText-4cd, .textContainer-1ab, .sHFnQe, .NlL62b span { display: inline-block; max-width: 14em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; vertical-align: bottom; }',
  '#xDescIn, .body-2b { overflow-wrap: anywhere; }',
].join('\n');

async function seed(worker: Worker, rows = HOSTILE_TEAM) {
  await seedTeam(worker, rows);
  await seedSettings(worker, { me: { ...DEFAULT_SETTINGS.me, timeZone: 'Europe/London' } });
}

/** Nothing ran, anywhere, and nothing made from the data sits in Baton's UI. */
async function expectNothingRan(page: Page, rec: PageRecord) {
  // Give a payload that slipped through a moment to load, fail and fire.
  await page.waitForTimeout(300);
  expect(await pwnedAnywhere(page)).toEqual([]);
  expect(rec.dialogs).toEqual([]);
  expect(await elementsFromData(page)).toEqual([]);
  expect(rec.pageErrors).toEqual([]);
}

/**
 * How a sentence with a name in it was drawn (in `host`'s shadow root, inside `selector`): the names
 * in <bdi> elements, each isolated (computed unicode-bidi), and the first name's neighbours as laid
 * out — "for" left of the name and "(" after it right of it, on one line. An override that escaped
 * its name would draw what follows it reversed, to its left.
 */
async function drawnOrder(host: ReturnType<Page['locator']>, selector: string) {
  return host.evaluate((el, sel) => {
    const box = el.shadowRoot!.querySelector(sel)!;
    const bdis = [...box.querySelectorAll('bdi')];
    const first = bdis[0]!;
    const before = first.previousSibling as Text;
    const after = first.nextSibling as Text;
    const rectOf = (node: Text, from: number, to: number) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      return range.getBoundingClientRect();
    };
    const forAt = before.data.lastIndexOf('for');
    const word = rectOf(before, forAt, forAt + 3);
    const name = first.getBoundingClientRect();
    const paren = rectOf(after, after.data.indexOf('('), after.data.indexOf('(') + 1);
    return {
      names: bdis.map((b) => b.textContent),
      isolated: bdis.every((b) => /isolate/.test(getComputedStyle(b).unicodeBidi)),
      sameLine: Math.abs(word.top - name.top) < 2 && Math.abs(paren.top - name.top) < 2,
      inOrder: word.right <= name.left + 1 && name.right <= paren.left + 1,
    };
  }, selector);
}

const chip = (page: Page, attr: string, value: string) => page.locator(`baton-ui[data-baton="recipient-time"][${attr}="${value.replace(/["\\]/g, '\\$&')}"]`);

/** Hover a chip and return its card's text (the card is where a chip shows the person's name). */
async function cardText(page: Page, target: ReturnType<typeof chip>): Promise<string> {
  await target.locator('button').first().hover();
  const card = target.locator('[role=tooltip]');
  await expect(card).toBeVisible();
  return (await card.textContent()) ?? '';
}

test.describe('hostile content', () => {
  test('Gmail compose: names, subject and addresses from the page and the team are text; nothing runs; layout holds', async ({ context, serveFixture, serviceWorker }) => {
    await seed(serviceWorker);
    await serveFixture('https://mail.google.com/mail/u/0/*', 'gmail/mail.html');
    const page = await context.newPage();
    const rec = record(page);
    await page.goto('https://mail.google.com/mail/u/0/?view=inbox');
    await page.addStyleTag({ content: HOST_TRUNCATION });
    await page.evaluate(
      ({ p, long }) =>
        (window as unknown as { fixture: { openCompose(o: object): void } }).fixture.openCompose({
          subject: `${p.img}${p.script}${long}`,
          to: [
            { email: 'long@example.jp', name: long },
            { email: 'img@example.jp', name: p.script },
            { email: 'stranger@example.org', name: p.js },
            { email: 'bidi@example.jp', name: p.bidi },
          ],
          cc: [{ email: 'svg@example.jp', name: p.svg }, { email: 'other@example.org', name: p.img }],
        }),
      { p: PAYLOADS, long: LONG },
    );
    await expect(page.locator('baton-ui[data-baton="recipient-time"]')).toHaveCount(6);
    const advice = page.locator('baton-ui[data-baton="send-advice"]');
    await expect(advice).toHaveAttribute('data-verdict', 'off-hours');
    // The advice names the first To recipient outside their hours: a 10,000-character name is cut short.
    await expect(advice).toContainText(`for ${LONG.slice(0, 39)}… (Tokyo)`);

    // Team names win over the page's; a stranger keeps the page's name. Each card shows it as text.
    expect(await cardText(page, chip(page, 'data-email', 'img@example.jp'))).toContain(PAYLOADS.img);
    expect(await cardText(page, chip(page, 'data-email', 'bidi@example.jp'))).toContain(PAYLOADS.bidi);
    expect(await cardText(page, chip(page, 'data-email', 'long@example.jp'))).toContain(LONG);
    await expectLayoutHolds(page, 420);
    const stranger = chip(page, 'data-email', 'stranger@example.org');
    await stranger.locator('button').first().click();
    await expect(stranger.locator('form')).toContainText(`Add ${PAYLOADS.js} to your team`);
    expect(await batonText(page)).toContain(PAYLOADS.js);

    await expectLayoutHolds(page, 420);
    await expectNothingRan(page, rec);
    // The bidi override stays inside Baton's text: its container is isolated from what follows.
    expect(await advice.evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('.baton-root')!).unicodeBidi)).toMatch(/isolate|plaintext/);
  });

  test('a name with an unclosed right-to-left override (U+202E) stays in its <bdi>: the advice and the guard keep the words after it in order', async ({ context, serveFixture, serviceWorker }) => {
    await seed(serviceWorker, [offNow({ email: 'rlo@example.jp', name: '\u202EAiko Tanaka' })]);
    await serveFixture('https://mail.google.com/mail/u/0/*', 'gmail/mail.html');
    const page = await context.newPage();
    const rec = record(page);
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('https://mail.google.com/mail/u/0/?view=popup&to=rlo@example.jp:Aiko');
    const advice = page.locator('baton-ui[data-baton="send-advice"]');
    await expect(advice).toHaveAttribute('data-verdict', 'off-hours');
    await expect(advice).toContainText('for \u202EAiko (Tokyo).');
    expect(await drawnOrder(advice, '.text')).toEqual({ names: ['\u202EAiko', '\u202EAiko'], isolated: true, sameLine: true, inOrder: true });
    await page.locator('.IZ .Up div[role=button]:not([aria-haspopup])').first().click();
    const guard = page.locator('baton-ui[data-baton="send-guard"]');
    await expect(guard.getByRole('dialog')).toBeVisible();
    expect(await drawnOrder(guard, '[role=dialog] p')).toEqual({ names: ['\u202EAiko', '\u202EAiko'], isolated: true, sameLine: true, inOrder: true });
    await guard.locator('[data-baton-action="cancel"]').click();
    await expectNothingRan(page, rec);
  });

  test('Google Calendar editor: title, description and guest names are text; write-update carries the title as data; layout holds', async ({ context, serveFixture, serviceWorker }) => {
    await seed(serviceWorker, [...HOSTILE_TEAM, { email: 'lena@example.de', name: 'Lena Vogel', timeZone: 'Europe/Berlin' }]);
    await seedSettings(serviceWorker, { me: { ...DEFAULT_SETTINGS.me, timeZone: 'America/New_York' } });
    await serveFixture('https://calendar.google.com/calendar/u/0/**', 'google-calendar/app.html');
    await serveFixture('https://mail.google.com/**', 'plain/page.html');
    const title = `${PAYLOADS.script}${PAYLOADS.bidi} weekly status update ${PAYLOADS.js}`;
    const desc = `${PAYLOADS.img} ${PAYLOADS.svg} ${LONG}`;
    const page = await context.newPage();
    const rec = record(page);
    await page.goto(`https://calendar.google.com/calendar/u/0/r/eventedit/ZGVzaWduc3luYyBtZUBleGFtcGxlLmNvbQ?${new URLSearchParams({ title, desc, recurring: '0' })}`);
    await page.addStyleTag({ content: HOST_TRUNCATION });
    await page.evaluate(
      ({ p, long }) => {
        const fx = (window as unknown as { __fx: { addGuest(e: string, n: string): void } }).__fx;
        fx.addGuest('long@example.jp', long);
        fx.addGuest('img@example.jp', p.img);
        fx.addGuest('bidi@example.jp', p.bidi);
        fx.addGuest('script@example.org', p.script);
        fx.addGuest('js@example.org', p.js);
      },
      { p: PAYLOADS, long: LONG },
    );
    const row = (email: string) => page.locator(`[data-baton="guest-time"][data-email="${email}"]`);
    await expect(row('lena@example.de')).toHaveAttribute('data-status', /./);
    await expect(row('js@example.org')).toHaveAttribute('data-status', 'unknown');
    // Team names are shown for team members; the page's names for the rest; all as text.
    await expect(row('long@example.jp')).toContainText(LONG);
    await expect(row('img@example.jp')).toContainText(PAYLOADS.img);
    await expect(row('bidi@example.jp')).toContainText(PAYLOADS.bidi);
    await expect(row('script@example.org')).toContainText(PAYLOADS.script);
    await expect(row('js@example.org')).toContainText(PAYLOADS.js);
    // The title is data: it reached the async signals (a status update) and nothing else.
    const alt = page.locator('[data-baton="async-alternative"]');
    await expect(alt).toHaveAttribute('data-reasons', /\bstatus-update\b/);
    await expectLayoutHolds(page, 900);
    const [mail] = await Promise.all([context.waitForEvent('page'), alt.locator('[data-baton-action="write-update"]').click()]);
    await mail.waitForLoadState('domcontentloaded');
    const url = new URL(mail.url());
    expect(url.origin).toBe('https://mail.google.com');
    expect(url.searchParams.get('su')).toBe(title);
    await mail.close();
    await expectNothingRan(page, rec);
  });

  test('Google Calendar week grid: hostile event titles never reach Baton — day marks, meeting load and quick-create count them right; nothing runs; layout holds', async ({ context, serveFixture, serviceWorker }) => {
    await seed(serviceWorker, [{ email: 'lena@example.de', name: 'Lena Vogel', timeZone: 'Europe/Berlin' }]);
    await seedSettings(serviceWorker, { me: { ...DEFAULT_SETTINGS.me, timeZone: 'America/New_York' } });
    await serveFixture('https://calendar.google.com/calendar/u/0/**', 'google-calendar/app.html');
    const page = await context.newPage();
    const rec = record(page);
    await page.goto(`https://calendar.google.com/calendar/u/0/r/week/2027/3/22?${new URLSearchParams({ gridtitles: GRID_TITLES.join('|') })}`);
    await page.addStyleTag({ content: HOST_TRUNCATION });
    await expect(page.locator('[data-eventid]').filter({ hasText: PAYLOADS.script })).not.toHaveCount(0);
    // The times come first in each chip's label, whatever the title: Monday heavy (4 h), Tuesday overloaded (7 meetings).
    await expect(page.locator('[data-baton="day-load"][data-day="2027-03-22"]')).toHaveAttribute('data-meetings', '4');
    await expect(page.locator('[data-baton="day-load"][data-day="2027-03-22"]')).toHaveAttribute('data-level', 'heavy');
    await expect(page.locator('[data-baton="day-load"][data-day="2027-03-23"]')).toHaveAttribute('data-level', 'overloaded');
    await expectNoTitles(page, serviceWorker);
    await expectLayoutHolds(page, 40);

    // Quick-create over the grid: Wednesday's (late) hostile chip and this event.
    await page.evaluate(() => (window as unknown as { __fx: { openQuickCreate(d: number): void } }).__fx.openQuickCreate(24));
    const dialog = page.locator('[role="dialog"]:visible');
    await expect(dialog.locator('[data-baton="meeting-load"]')).toHaveAttribute('data-meetings', '2');
    await expect(dialog.locator('[data-baton="guest-time"][data-email="lena@example.de"]')).toHaveAttribute('data-local-start', '2027-03-24T19:00');
    await expectNoTitles(page, serviceWorker);
    await expectLayoutHolds(page, 900);
    await page.evaluate(() => (window as unknown as { __fx: { closeQuickCreate(): void } }).__fx.closeQuickCreate());

    // Into the editor from Monday's first chip (its title is a payload): this meeting counted once.
    await page.locator('[data-datekey] [data-eventid]').first().click();
    await expect(page).toHaveURL(/\/r\/eventedit\//);
    const load = page.locator('[data-baton="meeting-load"]');
    await expect(load).toHaveAttribute('data-meetings', '4');
    await expect(load).toHaveAttribute('data-meeting-minutes', '240');
    await expectNoTitles(page, serviceWorker);
    await expectLayoutHolds(page, 900);
    await expectNothingRan(page, rec);
  });

  test('Google Calendar month grid: hostile titles leave every day mark as it is with plain titles; nothing runs; layout holds', async ({ context, serveFixture, serviceWorker }) => {
    await seed(serviceWorker, []);
    await seedSettings(serviceWorker, { me: { ...DEFAULT_SETTINGS.me, timeZone: 'America/New_York' } });
    await serveFixture('https://calendar.google.com/calendar/u/0/**', 'google-calendar/month.html');
    const marks = (page: Page) =>
      page.locator('baton-ui[data-baton="day-load"]').evaluateAll((els) => els.map((el) => [el.getAttribute('data-day'), el.getAttribute('data-level'), el.getAttribute('data-meetings'), el.getAttribute('data-meeting-minutes')].join(' ')).sort());
    const plain = await context.newPage();
    await plain.goto('https://calendar.google.com/calendar/u/0/r/month/2027/3/1');
    await expect(plain.locator('baton-ui[data-baton="day-load"]')).not.toHaveCount(0);
    await plain.waitForTimeout(300);
    const expected = await marks(plain);
    await plain.close();
    await serviceWorker.evaluate(() => chrome.storage.local.remove('calendarDays'));

    const page = await context.newPage();
    const rec = record(page);
    await page.goto(`https://calendar.google.com/calendar/u/0/r/month/2027/3/1?${new URLSearchParams({ titles: GRID_TITLES.join('|') })}`);
    await expect(page.locator('[data-eventid]').filter({ hasText: PAYLOADS.bidi })).not.toHaveCount(0);
    await expect.poll(() => marks(page)).toEqual(expected);
    await expectNoTitles(page, serviceWorker);
    await expectLayoutHolds(page, 40);
    await expectNothingRan(page, rec);
  });

  for (const view of ['reading', 'popout']) {
    test(`Outlook mail compose (${view}): chip names, subject and name-matched team names are text; nothing runs; layout holds`, async ({ context, serveFixture, serviceWorker }) => {
      await seed(serviceWorker);
      await serveFixture('https://outlook.office.com/mail/**', 'outlook/mail.html');
      const page = await context.newPage();
      const rec = record(page);
      // Matched by display name: the chip shows only the (hostile) name the team also has.
      const query = new URLSearchParams({
        view,
        subject: `${PAYLOADS.img}${LONG}`,
        to: [LONG, PAYLOADS.img, `${PAYLOADS.script} <script@example.jp>`, PAYLOADS.bidi].join('|'),
        cc: [PAYLOADS.js, `${PAYLOADS.svg} <svg@example.org>`].join('|'),
      });
      await page.goto(`https://outlook.office.com/mail/inbox/id/AAQk?${query}`);
      await page.addStyleTag({ content: HOST_TRUNCATION });
      await expect(page.locator('baton-ui[data-baton="recipient-time"]')).toHaveCount(6);
      await expect(chip(page, 'data-name', LONG)).toHaveAttribute('data-status', 'off-hours');
      await expect(chip(page, 'data-name', PAYLOADS.img)).toHaveAttribute('data-zone', TOKYO);
      await expect(chip(page, 'data-email', 'script@example.jp')).toHaveAttribute('data-zone', TOKYO);
      await expect(chip(page, 'data-name', PAYLOADS.bidi)).toHaveAttribute('data-zone', TOKYO);
      await expect(chip(page, 'data-name', PAYLOADS.js)).toHaveAttribute('data-zone', TOKYO);
      await expect(chip(page, 'data-email', 'svg@example.org')).toHaveAttribute('data-status', 'unknown');
      const advice = page.locator('baton-ui[data-baton="send-advice"]');
      await expect(advice).toHaveAttribute('data-verdict', 'off-hours');
      await expect(advice).toContainText(`for ${LONG.slice(0, 39)}… (Tokyo)`);
      expect(await cardText(page, chip(page, 'data-name', LONG))).toContain(LONG);
      expect(await cardText(page, chip(page, 'data-name', PAYLOADS.img))).toContain(PAYLOADS.img);
      expect(await cardText(page, chip(page, 'data-email', 'svg@example.org'))).toContain(PAYLOADS.svg);
      await expectLayoutHolds(page, 420);
      // The guard repeats the advice in a dialog: text there too.
      await page.locator('[data-testid="ComposeSendButton"]').click();
      const guard = page.locator('baton-ui[data-baton="send-guard"]');
      await expect(guard.getByRole('dialog')).toBeVisible();
      await expectLayoutHolds(page, 420);
      await guard.locator('[data-baton-action="cancel"]').click();
      await expectNothingRan(page, rec);
      expect(await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent)).toEqual([]);
    });
  }

  test('Outlook event form: title, description and attendee names are text; write-update is an Outlook URL; layout holds', async ({ context, serveFixture, serviceWorker }) => {
    await seed(serviceWorker);
    await serveFixture('https://outlook.office.com/calendar/**', 'outlook/calendar.html');
    const page = await context.newPage();
    const rec = record(page);
    const title = `${PAYLOADS.script} status update ${PAYLOADS.js}${PAYLOADS.bidi}`;
    const query = new URLSearchParams({
      in: '120',
      dur: '60',
      title,
      desc: `${PAYLOADS.img}${LONG}`,
      guests: [LONG, PAYLOADS.img, `${PAYLOADS.svg} <svg@example.jp>`, PAYLOADS.bidi].join('|'),
      opt: PAYLOADS.js,
    });
    await page.goto(`https://outlook.office.com/calendar/deeplink/compose?${query}`);
    await page.addStyleTag({ content: HOST_TRUNCATION });
    const row = (attr: string, value: string) => page.locator(`[data-baton="guest-time"][${attr}="${value.replace(/["\\]/g, '\\$&')}"]`);
    await expect(row('data-name', LONG)).toHaveAttribute('data-zone', TOKYO);
    await expect(row('data-name', LONG)).toContainText(LONG);
    await expect(row('data-name', PAYLOADS.img)).toContainText(PAYLOADS.img);
    await expect(row('data-name', PAYLOADS.bidi)).toContainText(PAYLOADS.bidi);
    await expect(row('data-name', PAYLOADS.js)).toHaveAttribute('data-zone', TOKYO);
    const alt = page.locator('[data-baton="async-alternative"]');
    await expect(alt).toHaveAttribute('data-reasons', /\bstatus-update\b/);
    const href = await alt.locator('[data-baton-action="write-update"]').getAttribute('href');
    const url = new URL(href!);
    expect(url.origin).toBe('https://outlook.office.com');
    expect(url.searchParams.get('subject')).toBe(title);
    await expectLayoutHolds(page, 900);
    await expectNothingRan(page, rec);
  });

  test('popup: hostile team names are text in every row; nothing runs; no horizontal scroll', async ({ context, popupUrl, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await context.newPage();
    const rec = record(page);
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(popupUrl);
    const rows = page.locator('[data-baton="team-clock"]');
    await expect(rows).toHaveCount(HOSTILE_TEAM.length);
    for (const person of HOSTILE_TEAM) {
      const row = person.email ? page.locator(`[data-baton="team-clock"][data-email="${person.email}"]`) : rows.and(page.locator(`[data-name="${person.name!.replace(/["\\]/g, '\\$&')}"]`));
      await expect(row).toContainText(person.name!);
    }
    await expectLayoutHolds(page, 200);
    await expectNothingRan(page, rec);
  });

  test('options: hostile names in the table and a hostile team file are text; nothing runs; no horizontal scroll', async ({ context, optionsUrl, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await context.newPage();
    const rec = record(page);
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(optionsUrl);
    for (const name of [PAYLOADS.img, PAYLOADS.script, PAYLOADS.bidi, LONG]) await expect(page.locator('#team-table')).toContainText(name);
    // A team file whose cells are payloads: refused, and the message quotes them as text.
    const cell = (v: string) => `"${v.replace(/"/g, '""')}"`;
    const csv = ['email,name,timeZone', ['a@example.com', PAYLOADS.img, PAYLOADS.script].map(cell).join(','), ['b@example.com', LONG, `Mars/${PAYLOADS.svg}`].map(cell).join(',')].join('\n');
    await page.locator('input[type=file][data-baton-action="import"]').setInputFiles({ name: `${PAYLOADS.img}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const result = page.locator('[data-baton="import-result"]');
    await expect(result).toHaveAttribute('data-outcome', 'error');
    await expect(result).toContainText('row 2:');
    await expect(result).toContainText(PAYLOADS.script);
    await expect(result).toContainText('row 3:');
    await expectLayoutHolds(page, 2000);
    await expectNothingRan(page, rec);
  });
});
