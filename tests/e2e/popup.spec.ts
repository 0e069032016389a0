import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { EVERY_DAY, seedSettings, seedTeam, wallClockIn, type TeamRow } from './helpers';

const clock = (page: Page, email: string) => page.locator(`[data-baton="team-clock"][data-email="${email}"]`);

/** The wall date-time `YYYY-MM-DDTHH:mm` in a zone now, as the markers spell it. */
function wallDateTime(zone: string, at = Date.now()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

function weekdayIn(zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short' }).format(Date.now());
}

/** People whose hours are set relative to the real now, in zones all round the world. */
function relativeTeam(): TeamRow[] {
  const allBut = (day: string) => ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].filter((d) => d !== day).join(',');
  return [
    { email: 'working@example.com', name: 'Working Wen', timeZone: 'Asia/Shanghai', workStart: wallClockIn('Asia/Shanghai', -90), workEnd: wallClockIn('Asia/Shanghai', 90), workDays: EVERY_DAY },
    { email: 'later@example.com', name: 'Later Lou', timeZone: 'America/Chicago', workStart: wallClockIn('America/Chicago', 120), workEnd: wallClockIn('America/Chicago', 240), workDays: EVERY_DAY },
    { email: 'dayoff@example.com', name: 'Dayoff Dee', timeZone: 'Asia/Kolkata', workStart: '00:00', workEnd: '23:59', workDays: allBut(weekdayIn('Asia/Kolkata')) },
    { name: 'Nameonly Nia', timeZone: 'Pacific/Auckland', workStart: wallClockIn('Pacific/Auckland', -30), workEnd: wallClockIn('Pacific/Auckland', 30), workDays: EVERY_DAY },
  ];
}

async function openPopup(context: import('@playwright/test').BrowserContext, popupUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(popupUrl);
  return page;
}

async function seed(worker: Worker, rows = relativeTeam()) {
  await seedTeam(worker, rows);
  await seedSettings(worker, { me: { timeZone: 'Europe/London', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' } });
}

test.describe('popup: team clocks', () => {
  test('rows carry the right status, zone and local time for people whose hours are set relative to now', async ({ context, popupUrl, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await openPopup(context, popupUrl);
    await expect(page.locator('[data-baton="team-clock"]')).toHaveCount(4);
    await expect(clock(page, 'working@example.com')).toHaveAttribute('data-status', 'working');
    await expect(clock(page, 'later@example.com')).toHaveAttribute('data-status', 'off-hours');
    await expect(clock(page, 'dayoff@example.com')).toHaveAttribute('data-status', 'weekend');
    const nia = page.locator('[data-baton="team-clock"][data-name="Nameonly Nia"]');
    await expect(nia).toHaveAttribute('data-status', 'working');
    await expect(nia).not.toHaveAttribute('data-email', /.*/);
    for (const [email, zone] of [
      ['working@example.com', 'Asia/Shanghai'],
      ['later@example.com', 'America/Chicago'],
      ['dayoff@example.com', 'Asia/Kolkata'],
    ] as const) {
      await expect(clock(page, email)).toHaveAttribute('data-zone', zone);
      // Within the same minute, or the next one if the clock turned while we looked.
      const shown = await clock(page, email).getAttribute('data-local-time');
      expect([wallDateTime(zone, Date.now() - 60_000), wallDateTime(zone)]).toContain(shown);
    }
  });

  test('an edit made elsewhere shows in the open popup within a second', async ({ context, popupUrl, serviceWorker }) => {
    await seed(serviceWorker, relativeTeam().slice(0, 1));
    const page = await openPopup(context, popupUrl);
    await expect(page.locator('[data-baton="team-clock"]')).toHaveCount(1);
    await seedTeam(serviceWorker, relativeTeam());
    await expect(page.locator('[data-baton="team-clock"]')).toHaveCount(4, { timeout: 1_000 });
  });

  test('the scrubber previews another moment', async ({ context, popupUrl, serviceWorker }) => {
    await seed(serviceWorker, [{ email: 'utc@example.com', timeZone: 'UTC', workStart: '09:00', workEnd: '17:00', workDays: EVERY_DAY }]);
    await seedSettings(serviceWorker, { me: { timeZone: 'UTC', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' } });
    const page = await openPopup(context, popupUrl);
    const slider = page.getByRole('slider');
    // The slider starts at now's quarter hour: moving it "to" where it already is changes nothing,
    // so each preview is an hour that is not the current one.
    const nowHour = new Date().getUTCHours();
    const working = nowHour === 10 ? 11 : 10;
    const evening = nowHour === 21 ? 22 : 21;
    await slider.fill(String(working * 60));
    await expect(clock(page, 'utc@example.com')).toHaveAttribute('data-status', 'working');
    await expect(clock(page, 'utc@example.com')).toHaveAttribute('data-local-time', new RegExp(`T${working}:00$`));
    await slider.fill(String(evening * 60));
    await expect(clock(page, 'utc@example.com')).toHaveAttribute('data-status', 'off-hours');
    await expect(clock(page, 'utc@example.com')).toHaveAttribute('data-local-time', new RegExp(`T${evening}:00$`));
  });

  test('an empty team leads to the options page', async ({ context, popupUrl, optionsUrl }) => {
    const page = await openPopup(context, popupUrl);
    const [options] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Set up your team' }).click()]);
    await expect(options).toHaveURL(optionsUrl);
  });

  test('axe: no violation of any impact, landmarks included', async ({ context, popupUrl, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await openPopup(context, popupUrl);
    await expect(page.locator('[data-baton="team-clock"]')).toHaveCount(4);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const found = await new AxeBuilder({ page }).analyze();
      expect(found.violations.map((v) => `${scheme} ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});

test.describe('screenshots', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`popup (${scheme})`, async ({ context, popupUrl, serviceWorker }) => {
      await seedTeam(serviceWorker, [
        { email: 'aiko@example.jp', name: 'Aiko Tanaka', timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '18:00', country: 'JP' },
        { email: 'ravi@example.in', name: 'Ravi Kumar', timeZone: 'Asia/Kolkata', workStart: '10:00', workEnd: '19:00', country: 'IN' },
        { email: 'lena@example.de', name: 'Lena Müller', timeZone: 'Europe/Berlin', workStart: '08:00', workEnd: '16:30', country: 'DE' },
        { email: 'joao@example.pt', name: 'João Silva', timeZone: 'Europe/Lisbon', workStart: '09:00', workEnd: '17:00' },
        { email: 'maya@example.com', name: 'Maya Cohen', timeZone: 'America/New_York', workStart: '09:00', workEnd: '17:00', country: 'US' },
        { email: 'sam@example.com', name: 'Sam Rivera', timeZone: 'America/Los_Angeles', workStart: '08:00', workEnd: '16:00', country: 'US' },
        { name: 'Night desk', timeZone: 'Australia/Sydney', workStart: '22:00', workEnd: '06:00', workDays: 'Sun-Thu' },
      ]);
      await seedSettings(serviceWorker, { me: { timeZone: 'Europe/London', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' } });
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 380, height: 600 });
      await page.goto(popupUrl);
      await expect(page.locator('[data-baton="team-clock"]')).toHaveCount(7);
      // Previewing 14:00 London time: the scrubber in use, and most of the team awake.
      await page.getByRole('slider').fill('840');
      await page.screenshot({ path: `docs/screenshots/popup-${scheme}.png` });
    });
  }
});
