import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { settingsItem } from '@/utils/storage';
import { refreshFeed } from '@/utils/feed/refresh';
import { FEED_ALARM, FEED_REFRESH_MESSAGE, FEED_REFRESH_MINUTES } from '@/utils/feed/messages';

/** Messaging and the calendar-feed alarm; the work itself lives in utils/feed. */
export default defineBackground(() => {
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
  settingsItem.watch((next, previous) => {
    if (next?.feedUrl === previous?.feedUrl) return;
    void schedule();
    void refresh();
  });
  browser.runtime.onStartup.addListener(() => void refresh());
  void schedule();
});
