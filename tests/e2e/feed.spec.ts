import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedSettings, seedTeam } from './helpers';
import { DEFAULT_SETTINGS } from '../../utils/team/types';

// Google's "Secret address in iCal format" lives on calendar.google.com, an origin Baton already
// holds, so no permission prompt is involved. The file is served by a route: never the network.
const FEED = 'https://calendar.google.com/calendar/ical/me%40example.com/private-0123456789abcdef/basic.ics';
const ZONE = 'America/New_York';

/** The next Monday (at least 2 days ahead) in New York, as YYYYMMDD and YYYY-MM-DD. */
function nextMonday(): { compact: string; iso: string } {
  const now = new Date();
  for (let i = 2; i < 10; i++) {
    const at = new Date(now.getTime() + i * 86_400_000);
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short' }).formatToParts(at);
    const get = (t: string) => parts.find((p) => p.type === t)!.value;
    if (get('weekday') === 'Mon') return { compact: `${get('year')}${get('month')}${get('day')}`, iso: `${get('year')}-${get('month')}-${get('day')}` };
  }
  throw new Error('no Monday');
}

async function feedState(worker: Worker) {
  return worker.evaluate(async () => (await chrome.storage.local.get('calendarFeed')).calendarFeed as { error: string | null; days: Record<string, unknown[]>; url: string } | undefined);
}

test.describe('calendar feed', () => {
  test('the background fetches and expands the feed; meeting load counts it', async ({ serviceWorker, serveFixture, openFixture, allowNetwork }) => {
    allowNetwork('https://calendar.google.com/calendar/ical/');
    await serveFixture(FEED, 'feed/google-secret.ics', 'text/calendar; charset=utf-8');
    await seedTeam(serviceWorker, [{ email: 'lena@example.de', name: 'Lena Vogel', timeZone: 'Europe/Berlin' }]);
    await seedSettings(serviceWorker, { me: { ...DEFAULT_SETTINGS.me, timeZone: ZONE }, feedUrl: FEED });
    const monday = nextMonday();
    await expect.poll(async () => (await feedState(serviceWorker))?.days?.[monday.iso]?.length ?? -1, { timeout: 10_000 }).toBe(1);
    expect((await feedState(serviceWorker))?.error).toBeNull();
    // An 11:00–12:00 meeting that Monday: the feed's 09:30 standup + this one.
    const page = await openFixture(`https://calendar.google.com/calendar/u/0/r/eventedit/abc?date=${monday.compact}&start=11:00&end=12:00&recurring=0`, 'google-calendar/app.html');
    const load = page.locator('[data-baton="meeting-load"]');
    await expect(load).toHaveAttribute('data-meetings', '2');
    await expect(load).toHaveAttribute('data-meeting-minutes', '75');
    // Titles never reach storage.
    expect(JSON.stringify(await feedState(serviceWorker))).not.toMatch(/standup|planning/i);
  });

  test('a bad feed records why and changes nothing else', async ({ serviceWorker, serveFixture, allowNetwork }) => {
    allowNetwork('https://calendar.google.com/calendar/ical/');
    await serveFixture(FEED, 'feed/not-a-calendar.ics', 'text/html');
    await seedSettings(serviceWorker, { me: { ...DEFAULT_SETTINGS.me, timeZone: ZONE }, feedUrl: FEED });
    await expect.poll(async () => (await feedState(serviceWorker))?.error ?? null, { timeout: 10_000 }).toMatch(/not .*iCalendar/);
    const state = await feedState(serviceWorker);
    expect(state?.days).toEqual({});
    const settings = await serviceWorker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as { feedUrl: string });
    expect(settings.feedUrl).toBe(FEED);
  });

  test('an unreachable feed says so', async ({ serviceWorker, context }) => {
    await context.route(FEED, (route) => route.abort('connectionrefused'));
    await seedSettings(serviceWorker, { me: { ...DEFAULT_SETTINGS.me, timeZone: ZONE }, feedUrl: FEED });
    await expect.poll(async () => (await feedState(serviceWorker))?.error ?? null, { timeout: 10_000 }).toMatch(/could not be reached/);
  });

  test('the refresh alarm is set for every 30 minutes', async ({ serviceWorker, serveFixture, allowNetwork }) => {
    allowNetwork('https://calendar.google.com/calendar/ical/');
    await serveFixture(FEED, 'feed/google-secret.ics', 'text/calendar; charset=utf-8');
    await seedSettings(serviceWorker, { feedUrl: FEED });
    await expect.poll(() => serviceWorker.evaluate(async () => (await chrome.alarms.get('baton-calendar-feed'))?.periodInMinutes ?? 0)).toBe(30);
  });
});
