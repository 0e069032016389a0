import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { EVERY_DAY, seedSettings, seedTeam, wallClockIn, type TeamRow } from './helpers';

/*
 * Gmail, end to end: the built extension on tests/fixtures/gmail/mail.html served at
 * mail.google.com. People's hours are set relative to the real now (content scripts cannot see a
 * test clock), and they work every day so the weekday never matters.
 */

const TOKYO = 'Asia/Tokyo';
const BERLIN = 'Europe/Berlin';
/** Working now: hours from an hour ago to two hours ahead. */
const working = (email: string, name: string, zone = BERLIN): TeamRow => ({ email, name, timeZone: zone, workStart: wallClockIn(zone, -60), workEnd: wallClockIn(zone, 120), workDays: EVERY_DAY });
/** Off now: hours start in two hours. */
const offNow = (email: string, name: string, zone = TOKYO): TeamRow => ({ email, name, timeZone: zone, workStart: wallClockIn(zone, 120), workEnd: wallClockIn(zone, 300), workDays: EVERY_DAY });

const AIKO = offNow('aiko@example.jp', 'Aiko Tanaka');
const WENDY = working('wendy@example.de', 'Wendy Weber');
const OSCAR = offNow('oscar@example.in', 'Oscar Rao', 'Asia/Kolkata');

type Sent = { to: string[]; cc: string[]; bcc: string[]; subject: string; how: string };
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: Sent[] }).__sent);

async function gmail(openFixture: (url: string, fixture: string) => Promise<Page>, query: string) {
  return openFixture(`https://mail.google.com/mail/u/0/?${query}`, 'gmail/mail.html');
}

async function seed(worker: Worker, rows: TeamRow[] = [AIKO, WENDY, OSCAR]) {
  await seedTeam(worker, rows);
}

const marker = (page: Page, name: string) => page.locator(`baton-ui[data-baton="${name}"]`);
const chipFor = (page: Page, email: string) => page.locator(`baton-ui[data-baton="recipient-time"][data-email="${email}"]`);
const advice = (page: Page) => marker(page, 'send-advice');
const guard = (page: Page) => marker(page, 'send-guard');
const sendButton = (page: Page, n = 0) => page.locator('.IZ .Up div[role=button]:not([aria-haspopup])').nth(n);

/** The suggestion must be the minute their hours start: two hours from now, ± a minute for the clock. */
function expectSuggestedNearTwoHours(iso: string | null) {
  expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:00(\.000)?)?Z$/);
  const delta = Date.parse(iso!) - Date.now();
  expect(delta).toBeGreaterThan(118 * 60_000);
  expect(delta).toBeLessThan(121 * 60_000);
}

test.describe('recipient-time', () => {
  test('a chip per recipient in To, Cc and Bcc, with status, zone and local time; unknown has neither', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await gmail(openFixture, 'view=popup&to=Aiko@Example.JP:Aiko%20Tanaka,nobody@example.org&cc=wendy@example.de:Wendy&bcc=oscar@example.in');
    await expect(marker(page, 'recipient-time')).toHaveCount(4);
    const aiko = chipFor(page, 'aiko@example.jp');
    await expect(aiko).toHaveAttribute('data-status', 'off-hours');
    await expect(aiko).toHaveAttribute('data-zone', TOKYO);
    await expect(aiko).toHaveAttribute('data-local-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    await expect(chipFor(page, 'wendy@example.de')).toHaveAttribute('data-status', 'working');
    await expect(chipFor(page, 'oscar@example.in')).toHaveAttribute('data-zone', 'Asia/Kolkata');
    const unknown = chipFor(page, 'nobody@example.org');
    await expect(unknown).toHaveAttribute('data-status', 'unknown');
    await expect(unknown).not.toHaveAttribute('data-zone', /.*/);
    await expect(unknown).not.toHaveAttribute('data-local-time', /.*/);
    // Their wall time matches the zone's clock now.
    const local = await aiko.getAttribute('data-local-time');
    expect(local?.slice(11)).toBe(wallClockIn(TOKYO, 0));
    // Drawn right after the recipient's own chip.
    expect(await aiko.evaluate((el) => el.previousElementSibling?.getAttribute('data-hovercard-id'))).toBe('Aiko@Example.JP');
  });

  test('hover or focus shows the card: weekday and date, offset, hours, next start', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await gmail(openFixture, 'view=popup&to=aiko@example.jp:Aiko%20Tanaka');
    const chip = chipFor(page, 'aiko@example.jp');
    await chip.locator('button').hover();
    const card = chip.locator('[role=tooltip]');
    await expect(card).toBeVisible();
    await expect(card).toContainText('Aiko Tanaka');
    await expect(card).toContainText(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} \w{3}/);
    await expect(card).toContainText('from you');
    await expect(card).toContainText(`Hours ${AIKO.workStart}–${AIKO.workEnd}`);
    await expect(card).toContainText(/Next starts \d\d:\d\d/);
    await page.mouse.move(0, 0);
    await expect(card).toBeHidden();
    await chip.locator('button').focus();
    await expect(chip.locator('[role=tooltip]')).toBeVisible();
  });

  test('chips arriving over time and a compose created after load', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await gmail(openFixture, 'view=popup&late=1&to=aiko@example.jp:Aiko,wendy@example.de:Wendy&cc=oscar@example.in');
    await expect(marker(page, 'recipient-time')).toHaveCount(3);
    await page.evaluate(() => (window as unknown as { fixture: { addChip(i: number, f: string, e: string, n: string): void } }).fixture.addChip(0, 'to', 'late@example.org', 'Late'));
    await expect(chipFor(page, 'late@example.org')).toHaveAttribute('data-status', 'unknown');
    await page.evaluate(() => (window as unknown as { fixture: { removeChip(i: number, f: string, e: string): void } }).fixture.removeChip(0, 'to', 'aiko@example.jp'));
    await expect(chipFor(page, 'aiko@example.jp')).toHaveCount(0);
    await expect(advice(page)).toHaveAttribute('data-verdict', 'ok');
  });

  test('an address typed but not yet a chip gets a chip next to the input', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await gmail(openFixture, 'view=popup');
    const input = page.locator('.anm[name=to] input');
    await input.click();
    await page.keyboard.type('Aiko@example.jp');
    const pending = chipFor(page, 'aiko@example.jp');
    await expect(pending).toHaveAttribute('data-pending', 'true');
    await expect(pending).toHaveAttribute('data-status', 'off-hours');
    await expect(advice(page)).toHaveAttribute('data-verdict', 'off-hours');
    // Enter turns it into Gmail's chip (after a lag): one chip, no longer pending.
    await page.keyboard.press('Enter');
    await expect(pending).not.toHaveAttribute('data-pending', /.*/);
    await expect(marker(page, 'recipient-time')).toHaveCount(1);
  });

  test('two composes at once, full-screen and inline reply each get their own UI', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await gmail(openFixture, 'view=two&to=aiko@example.jp:Aiko');
    await expect(advice(page)).toHaveCount(2);
    await expect(chipFor(page, 'aiko@example.jp')).toHaveCount(2);
    for (const view of ['fullscreen', 'inline']) {
      await page.goto(`https://mail.google.com/mail/u/0/?view=${view}&to=wendy@example.de:Wendy`);
      await expect(chipFor(page, 'wendy@example.de')).toHaveAttribute('data-status', 'working');
      await expect(advice(page)).toHaveCount(1);
      await expect(advice(page)).toHaveAttribute('data-verdict', 'ok');
    }
  });

  test('in-app navigation: a left inline reply takes its UI along; a new one gets its own; pop-ups stay', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await gmail(openFixture, 'view=inline&to=aiko@example.jp:Aiko');
    await expect(chipFor(page, 'aiko@example.jp')).toHaveCount(1);
    await page.evaluate(() => (window as unknown as { fixture: { openCompose(o: object): void } }).fixture.openCompose({ kind: 'popup', to: [{ email: 'wendy@example.de' }] }));
    await expect(advice(page)).toHaveCount(2);
    // Gmail moves to the inbox: the URL changes and the message view (with its reply) goes away.
    await page.evaluate(() => {
      history.pushState({}, '', '/mail/u/0/#inbox');
      document.querySelector('.ip.adB')?.remove();
    });
    await expect(chipFor(page, 'aiko@example.jp')).toHaveCount(0);
    await expect(advice(page)).toHaveCount(1);
    await expect(chipFor(page, 'wendy@example.de')).toHaveCount(1);
    await page.evaluate(() => {
      history.pushState({}, '', '/mail/u/0/#inbox/FMfcgz');
      (window as unknown as { fixture: { openCompose(o: object): void } }).fixture.openCompose({ kind: 'inline', to: [{ email: 'oscar@example.in', name: 'Oscar' }] });
    });
    await expect(chipFor(page, 'oscar@example.in')).toHaveAttribute('data-status', 'off-hours');
    await expect(advice(page)).toHaveCount(2);
  });

  test('a German Gmail works the same (no English text is relied on)', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await gmail(openFixture, 'view=popup&lang=de&to=aiko@example.jp:Aiko');
    await expect(chipFor(page, 'aiko@example.jp')).toHaveAttribute('data-status', 'off-hours');
    await advice(page).locator('[data-baton-action="schedule-send"]').click();
    await expect(page.locator('#picker input').first()).not.toHaveValue('Nov 30, 2026');
    await sendButton(page).click();
    await expect(guard(page)).toHaveCount(1);
  });
});

test.describe('send-advice', () => {
  test('off-hours when a To recipient is outside their hours: who, when, and the suggestion', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await gmail(openFixture, 'view=popup&to=aiko@example.jp:Aiko%20Tanaka&cc=wendy@example.de');
    const note = advice(page);
    await expect(note).toHaveAttribute('data-verdict', 'off-hours');
    expectSuggestedNearTwoHours(await note.getAttribute('data-suggested-at'));
    await expect(note).toContainText(`Lands ${wallClockIn(TOKYO, 0)}`);
    await expect(note).toContainText('for Aiko (Tokyo)');
    await expect(note).toContainText(`Schedule for ${AIKO.workStart}`);
    await expect(note).toContainText('yours?');
    // Inside the compose, above the Send row.
    expect(await note.evaluate((el) => !!el.closest('[role=dialog]') && !!el.parentElement?.querySelector('.IZ'))).toBe(true);
  });

  test('Cc and Bcc inform but never decide; unknown when no To recipient is known', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await gmail(openFixture, 'view=popup&to=wendy@example.de&cc=aiko@example.jp&bcc=oscar@example.in');
    await expect(advice(page)).toHaveAttribute('data-verdict', 'ok');
    await expect(advice(page)).not.toHaveAttribute('data-suggested-at', /.*/);
    await page.goto('https://mail.google.com/mail/u/0/?view=popup&to=stranger@example.org&cc=aiko@example.jp');
    await expect(advice(page)).toHaveAttribute('data-verdict', 'unknown');
    await page.goto('https://mail.google.com/mail/u/0/?view=popup');
    await expect(advice(page)).toHaveAttribute('data-verdict', 'unknown');
  });

  test('dismiss hides the note for this compose; the guard still asks', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await gmail(openFixture, 'view=popup&to=aiko@example.jp');
    await advice(page).locator('[data-baton-action="dismiss"]').click();
    await expect(advice(page).locator('.advice')).toHaveCount(0);
    await expect(advice(page).getByRole('status')).toHaveText('');
    await expect(advice(page)).toHaveAttribute('data-verdict', 'off-hours');
    await sendButton(page).click();
    await expect(guard(page)).toHaveCount(1);
    expect(await sent(page)).toEqual([]);
  });

  test('schedule-send opens Gmail’s own Schedule send and fills the picker, never sending', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await gmail(openFixture, 'view=popup&to=aiko@example.jp');
    const iso = await advice(page).getAttribute('data-suggested-at');
    await advice(page).locator('[data-baton-action="schedule-send"]').click();
    const [date, time] = [page.locator('#picker input').nth(0), page.locator('#picker input').nth(1)];
    // Gmail reads its picker in the browser's zone and language: compute the expectation there.
    const [wantDate, wantTime] = await page.evaluate((ms) => {
      const at = new Date(ms);
      return [
        new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric' }).format(at),
        new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(at),
      ];
    }, Date.parse(iso!));
    await expect(date).toHaveValue(wantDate!);
    await expect(time).toHaveValue(wantTime!);
    await page.waitForTimeout(300);
    expect(await sent(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __scheduled: string[] }).__scheduled)).toEqual([]);
  });

  test('when Gmail’s Schedule send cannot be opened, the time is shown large with a copy button', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await gmail(openFixture, 'view=popup&to=aiko@example.jp');
    await expect(advice(page)).toHaveAttribute('data-verdict', 'off-hours');
    await page.evaluate(() => document.querySelectorAll('[aria-haspopup=true]').forEach((el) => el.remove()));
    await advice(page).locator('[data-baton-action="schedule-send"]').click();
    const copy = advice(page).locator('[data-baton="schedule-copy"]');
    await expect(copy).toBeVisible();
    await expect(copy).toHaveAttribute('data-outcome', 'unavailable');
    await expect(copy.getByRole('button', { name: 'Copy time' })).toBeVisible();
  });
});

test.describe('send-guard', () => {
  test('a trusted Send click is held; Cancel sends nothing; Send anyway sends exactly once', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await gmail(openFixture, 'view=popup&to=aiko@example.jp:Aiko');
    await expect(advice(page)).toHaveAttribute('data-verdict', 'off-hours');
    await sendButton(page).click();
    const dialog = guard(page).getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect(guard(page).locator('[data-baton-action="schedule-send"]')).toBeFocused();
    await guard(page).locator('[data-baton-action="cancel"]').click();
    await expect(guard(page)).toHaveCount(0);
    await page.waitForTimeout(200);
    expect(await sent(page)).toEqual([]);

    await sendButton(page).click();
    await guard(page).locator('[data-baton-action="send-anyway"]').click();
    await expect.poll(() => sent(page)).toHaveLength(1);
    await page.waitForTimeout(500);
    const log = await sent(page);
    expect(log).toHaveLength(1);
    expect(log[0]?.to).toEqual(['aiko@example.jp']);
    await expect(page.locator('#sent-log li')).toHaveCount(1);
    await expect(guard(page)).toHaveCount(0);
    // The compose closed: its UI went with it.
    await expect(marker(page, 'send-advice')).toHaveCount(0);
  });

  test('Ctrl+Enter is held; Escape cancels; focus stays inside the dialog', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await gmail(openFixture, 'view=popup&to=aiko@example.jp');
    await expect(advice(page)).toHaveAttribute('data-verdict', 'off-hours');
    await page.locator('[g_editable=true]').click();
    await page.keyboard.type('Hello');
    await page.keyboard.press('Control+Enter');
    await expect(guard(page).getByRole('dialog')).toBeVisible();
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('baton-ui');
    await page.keyboard.press('Escape');
    await expect(guard(page)).toHaveCount(0);
    await page.keyboard.press('Meta+Enter');
    await expect(guard(page)).toHaveCount(1);
    await guard(page).locator('[data-baton-action="cancel"]').click();
    await page.waitForTimeout(200);
    expect(await sent(page)).toEqual([]);
  });

  test('Enter or Space on a focused Send is held', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await gmail(openFixture, 'view=popup&to=aiko@example.jp');
    await expect(advice(page)).toHaveAttribute('data-verdict', 'off-hours');
    for (const key of ['Enter', ' ']) {
      await sendButton(page).focus();
      await page.keyboard.press(key);
      await expect(guard(page)).toHaveCount(1);
      await page.keyboard.press('Escape');
      await expect(guard(page)).toHaveCount(0);
    }
    expect(await sent(page)).toEqual([]);
  });

  test('schedule-send in the guard opens Gmail’s picker and sends nothing', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await gmail(openFixture, 'view=popup&to=aiko@example.jp');
    await sendButton(page).click();
    await guard(page).locator('[data-baton-action="schedule-send"]').click();
    await expect(page.locator('#picker')).toBeVisible();
    await expect(page.locator('#picker input').nth(1)).not.toHaveValue('8:00 AM');
    expect(await sent(page)).toEqual([]);
  });

  test('no guard when everyone in To is working, or when the guard is switched off', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await gmail(openFixture, 'view=two&to=wendy@example.de&cc=aiko@example.jp');
    await expect(advice(page).first()).toHaveAttribute('data-verdict', 'ok');
    await sendButton(page).click();
    await expect.poll(() => sent(page)).toHaveLength(1);
    await seedSettings(serviceWorker, { sendGuard: 'off' });
    await page.goto('https://mail.google.com/mail/u/0/?view=popup&to=aiko@example.jp');
    await expect(advice(page)).toHaveAttribute('data-verdict', 'off-hours');
    await page.locator('[g_editable=true]').click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => sent(page)).toHaveLength(1);
    await expect(guard(page)).toHaveCount(0);
  });
});

test.describe('safety and switches', () => {
  test('the per-app switch off means no UI, and turning it on and off applies live', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    await seedSettings(serviceWorker, { apps: { gmail: false, 'google-calendar': true, outlook: true } });
    const page = await gmail(openFixture, 'view=popup&to=aiko@example.jp');
    await expect(page.locator('[role=option]')).toHaveCount(1);
    await page.waitForTimeout(500);
    await expect(page.locator('baton-ui')).toHaveCount(0);
    await sendButton(page).click();
    await expect.poll(() => sent(page)).toHaveLength(1);

    await page.evaluate(() => (window as unknown as { fixture: { openCompose(o: object): void } }).fixture.openCompose({ to: [{ email: 'aiko@example.jp' }] }));
    await seedSettings(serviceWorker, { apps: { gmail: true, 'google-calendar': true, outlook: true } });
    await expect(chipFor(page, 'aiko@example.jp')).toHaveCount(1);
    await seedSettings(serviceWorker, { apps: { gmail: false, 'google-calendar': true, outlook: true } });
    await expect(page.locator('baton-ui')).toHaveCount(0);
  });

  test('a recipient named <img src=x onerror=alert(1)> is drawn as text', async ({ openFixture, serviceWorker }) => {
    const evil = '<img src=x onerror=alert(1)>';
    await seed(serviceWorker, [{ ...AIKO, name: evil }]);
    const page = await gmail(openFixture, `view=popup&to=aiko@example.jp:${encodeURIComponent(evil)},x@example.org:${encodeURIComponent(evil)}`);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const chip = chipFor(page, 'aiko@example.jp');
    await chip.locator('button').hover();
    await expect(chip.locator('[role=tooltip]')).toContainText(evil);
    await expect(advice(page)).toContainText('for <img');
    const unknown = chipFor(page, 'x@example.org');
    await unknown.locator('button').click();
    await expect(unknown.locator('form')).toContainText(`Add ${evil} to your team`);
    expect(await page.evaluate(() => [...document.querySelectorAll('baton-ui')].reduce((n, h) => n + (h.shadowRoot?.querySelectorAll('img').length ?? 0), 0))).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('an unknown recipient gets "?" and quick-add puts them on the team', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker, [WENDY]);
    const page = await gmail(openFixture, 'view=popup&to=newbie@example.jp:Nao%20Newbie');
    const chip = chipFor(page, 'newbie@example.jp');
    await expect(chip).toHaveAttribute('data-status', 'unknown');
    await expect(chip.locator('button')).toHaveText('?');
    await chip.locator('[data-baton-action="add-to-team"]').click();
    await chip.getByRole('searchbox').fill('Tokyo');
    await expect(chip.getByRole('combobox', { name: 'Time zone' })).toHaveValue(TOKYO);
    await chip.getByLabel('Starts').fill('09:00');
    await chip.getByLabel('Ends').fill('17:00');
    await chip.locator('[data-baton-action="quick-add-save"]').click();
    await expect(chip).toHaveAttribute('data-zone', TOKYO);
    await expect(chip).not.toHaveAttribute('data-status', 'unknown');
    const team = (await serviceWorker.evaluate(() => chrome.storage.local.get('team'))) as { team: { people: Array<{ email?: string; timeZone: string; name?: string }> } };
    expect(team.team.people.find((p) => p.email === 'newbie@example.jp')).toMatchObject({ timeZone: TOKYO, name: 'Nao Newbie' });
  });

  test('keys typed in Baton’s UI never reach Gmail’s shortcuts', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker, [WENDY]);
    const page = await gmail(openFixture, 'view=popup&to=newbie@example.jp');
    await page.evaluate(() => {
      (window as unknown as { __keys: string[] }).__keys = [];
      document.addEventListener('keydown', (e) => (window as unknown as { __keys: string[] }).__keys.push(e.key));
    });
    const chip = chipFor(page, 'newbie@example.jp');
    await chip.locator('[data-baton-action="add-to-team"]').click();
    await chip.getByRole('searchbox').fill('');
    await chip.getByRole('searchbox').press('c');
    await chip.getByRole('searchbox').press('Control+Enter');
    expect(await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual([]);
    expect(await sent(page)).toEqual([]);
  });

  test('axe: no serious or critical problems in Baton’s UI', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await gmail(openFixture, 'view=popup&to=aiko@example.jp:Aiko,stranger@example.org&cc=wendy@example.de');
    await expect(advice(page)).toHaveAttribute('data-verdict', 'off-hours');
    await chipFor(page, 'aiko@example.jp').locator('button').hover();
    await sendButton(page).click();
    await expect(guard(page).getByRole('dialog')).toBeVisible();
    const result = await new AxeBuilder({ page }).include('baton-ui').analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test.describe('screenshots', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`compose with chips, advice and guard (${theme})`, async ({ openFixture, serviceWorker }) => {
      await seed(serviceWorker);
      const page = await gmail(openFixture, `view=popup&theme=${theme}&to=aiko@example.jp:Aiko%20Tanaka,stranger@example.org&cc=wendy@example.de:Wendy%20Weber,oscar@example.in:Oscar%20Rao`);
      await page.setViewportSize({ width: 1100, height: 720 });
      await expect(advice(page)).toHaveAttribute('data-verdict', 'off-hours');
      await chipFor(page, 'aiko@example.jp').locator('button').hover();
      await page.waitForTimeout(150);
      await page.screenshot({ path: `docs/screenshots/gmail-compose-${theme}.png` });
      await sendButton(page).click();
      await expect(guard(page).getByRole('dialog')).toBeVisible();
      await page.screenshot({ path: `docs/screenshots/gmail-guard-${theme}.png` });
    });
  }
});
