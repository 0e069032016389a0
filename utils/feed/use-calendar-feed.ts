import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { settingsItem } from '@/utils/storage';
import { EMPTY_FEED, feedItem, type FeedState } from '@/utils/calendar-days';
import { FEED_REFRESH_MESSAGE } from './messages';
import { feedOriginPattern, isInstallOrigin, normalizeFeedUrl } from './source';

/**
 * The options page's side of the calendar feed: the saved address, the background's last
 * result, and the three things the user can do. This is the only place Baton asks for a
 * permission: saving asks for the feed's host alone — inside the click, as browsers require —
 * and changes nothing when the answer is no. Removing or replacing the feed gives its host back.
 */
export interface CalendarFeedApi {
  savedUrl: string;
  state: FeedState;
  save(input: string): Promise<string | null>;
  remove(): Promise<void>;
  refresh(): Promise<void>;
}

export function useCalendarFeed(): CalendarFeedApi {
  const [savedUrl, setSavedUrl] = useState('');
  const [state, setState] = useState<FeedState>(EMPTY_FEED);
  useEffect(() => {
    void settingsItem.getValue().then((s) => setSavedUrl(s.feedUrl));
    void feedItem.getValue().then(setState);
    const a = settingsItem.watch((s) => setSavedUrl(s?.feedUrl ?? ''));
    const b = feedItem.watch((f) => setState(f ?? EMPTY_FEED));
    return () => {
      a();
      b();
    };
  }, []);

  const save = async (input: string): Promise<string | null> => {
    const url = normalizeFeedUrl(input);
    if (!url) return 'Paste the calendar\'s secret https:// (or webcal://) address.';
    let granted = false;
    try {
      // First await of the click: the permission prompt needs the user's gesture.
      granted = await browser.permissions.request({ origins: [feedOriginPattern(url)] });
    } catch {
      granted = false;
    }
    if (!granted) return `Baton was not allowed to read ${url.host}, so the feed was not saved. To use it, save it again and choose Allow.`;
    const settings = await settingsItem.getValue();
    await settingsItem.setValue({ ...settings, feedUrl: url.href });
    await browser.runtime.sendMessage({ type: FEED_REFRESH_MESSAGE }).catch(() => undefined);
    if (settings.feedUrl) await giveBack(settings.feedUrl, url.href);
    return null;
  };

  const remove = async () => {
    const settings = await settingsItem.getValue();
    await settingsItem.setValue({ ...settings, feedUrl: '' });
    if (settings.feedUrl) await giveBack(settings.feedUrl, '');
  };

  const refresh = async () => {
    await browser.runtime.sendMessage({ type: FEED_REFRESH_MESSAGE }).catch(() => undefined);
  };

  return { savedUrl, state, save, remove, refresh };
}

/**
 * Give back the host an old feed needed, unless the feed now in use is on the same host or the
 * host is one Baton holds from install. A failure to give it back changes nothing else.
 */
async function giveBack(oldUrl: string, newUrl: string): Promise<void> {
  const old = normalizeFeedUrl(oldUrl);
  if (!old) return;
  const pattern = feedOriginPattern(old);
  const next = normalizeFeedUrl(newUrl);
  if (isInstallOrigin(pattern) || (next && feedOriginPattern(next) === pattern)) return;
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}
