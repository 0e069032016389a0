import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { settingsItem } from '@/utils/storage';
import { EMPTY_FEED, feedItem, type FeedState } from '@/utils/calendar-days';
import { FEED_REFRESH_MESSAGE } from './messages';
import { feedOriginPattern, normalizeFeedUrl } from './source';

/**
 * The options page's side of the calendar feed: the saved address, the background's last
 * result, and the three things the user can do. Saving asks for the feed's origin first — inside
 * the click, as browsers require — and changes nothing when the answer is no.
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
    if (!granted) return `Baton needs your permission to read ${url.origin}; nothing was changed.`;
    const settings = await settingsItem.getValue();
    await settingsItem.setValue({ ...settings, feedUrl: url.href });
    await browser.runtime.sendMessage({ type: FEED_REFRESH_MESSAGE }).catch(() => undefined);
    return null;
  };

  const remove = async () => {
    const settings = await settingsItem.getValue();
    await settingsItem.setValue({ ...settings, feedUrl: '' });
  };

  const refresh = async () => {
    await browser.runtime.sendMessage({ type: FEED_REFRESH_MESSAGE }).catch(() => undefined);
  };

  return { savedUrl, state, save, remove, refresh };
}
