import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { getTeam, settingsItem, watchSettings, watchTeam } from '@/utils/storage';
import { createHolidayRefresher } from '@/utils/holidays/refresh';
import { refreshFeed } from '@/utils/feed/refresh';
import { handleTeamUpsert } from '@/utils/team/team-upsert';
import { FEED_ALARM, FEED_REFRESH_MESSAGE, FEED_REFRESH_MINUTES } from '@/utils/feed/messages';

/**
 * Messaging, the calendar-feed alarm and the public-holiday cache; the work itself lives in
 * utils/feed and utils/holidays.
 */
export default defineBackground(() => {
  // Public holidays for every country in use, recomputed when the team or settings change, on
  // install (a new version may bring new holiday data) and at startup (a new year may have begun).
  const holidays = createHolidayRefresher(
    async () => ({ team: await getTeam(), settings: await settingsItem.getValue(), now: Date.now(), source: browser.runtime.getManifest().version }),
    (error) => console.warn('Baton: public holidays could not be computed', error),
  );
  watchTeam(() => void holidays.refresh());
  watchSettings(() => void holidays.refresh());
  browser.runtime.onInstalled.addListener(() => void holidays.refresh());
  browser.runtime.onStartup.addListener(() => void holidays.refresh());
  void holidays.refresh();

  let running: Promise<unknown> | null = null;

  const refresh = () => {
    // One refresh at a time: an alarm during a user-triggered refresh joins it.
    running ??= (async () => {
      const settings = await settingsItem.getValue();
      return refreshFeed(settings.feedUrl, {
        fetch: (input, init) => fetch(input, init),
        hasOrigin: (pattern) => browser.permissions.contains({ origins: [pattern] }),
        now: Date.now,
        userZone: settings.me.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
    })().finally(() => {
      running = null;
    });
    return running;
  };

  const schedule = async () => {
    const settings = await settingsItem.getValue();
    if (settings.feedUrl) {
      const existing = await browser.alarms.get(FEED_ALARM);
      if (!existing) await browser.alarms.create(FEED_ALARM, { periodInMinutes: FEED_REFRESH_MINUTES, delayInMinutes: FEED_REFRESH_MINUTES });
    } else {
      await browser.alarms.clear(FEED_ALARM);
    }
  };

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEED_ALARM) void refresh();
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string } | null)?.type === FEED_REFRESH_MESSAGE) return refresh().then(() => true);
    return undefined;
  });
  // Quick-add from a compose: the team is written here, under the lock the options pages share.
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const reply = sender.id === browser.runtime.id ? handleTeamUpsert(message) : undefined;
    if (!reply) return false;
    void reply.then(sendResponse);
    return true; // answered asynchronously
  });
  settingsItem.watch((next, previous) => {
    if (next?.feedUrl === previous?.feedUrl) return;
    void schedule();
    void refresh();
  });
  browser.runtime.onStartup.addListener(() => void refresh());
  void schedule();
});
