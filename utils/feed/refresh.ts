import { DateTime } from 'luxon';
import { feedItem, EMPTY_FEED, type FeedState } from '@/utils/calendar-days';
import { FeedError, parseFeed } from './parse';
import { feedOriginPattern, normalizeFeedUrl } from './source';

/**
 * One refresh of the user's calendar feed, run by the background: fetch, parse, store per day.
 * A failure records why (for the options page) and leaves the stored days untouched.
 */
export interface RefreshDeps {
  fetch: typeof fetch;
  /** Is Baton allowed to read this origin pattern? (browser.permissions.contains) */
  hasOrigin(pattern: string): Promise<boolean>;
  now(): number;
  userZone: string;
}

/** Days fetched: yesterday to five weeks ahead. */
const PAST_DAYS = 1;
const FUTURE_DAYS = 35;
const MAX_BYTES = 10 * 1024 * 1024;
const TIMEOUT_MS = 20_000;

export async function refreshFeed(feedUrl: string, deps: RefreshDeps): Promise<FeedState> {
  const previous = await feedItem.getValue();
  if (!feedUrl) {
    const cleared = { ...EMPTY_FEED, checkedAt: deps.now() };
    await feedItem.setValue(cleared);
    return cleared;
  }
  const fail = async (error: string) => {
    const next: FeedState = { ...previous, checkedUrl: feedUrl, checkedAt: deps.now(), error };
    await feedItem.setValue(next);
    return next;
  };
  const url = normalizeFeedUrl(feedUrl);
  if (!url) return fail('That is not an https:// address.');
  if (!(await deps.hasOrigin(feedOriginPattern(url)))) return fail(`Baton is not allowed to read ${url.host}. Save the address again and allow access.`);

  let text: string;
  try {
    const response = await deps.fetch(url.href, { credentials: 'omit', cache: 'no-store', redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) return fail(`The calendar address answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
    text = await response.text();
  } catch (error) {
    return fail(`The calendar address could not be reached${error instanceof Error && error.name === 'TimeoutError' ? ' (timed out)' : ''}.`);
  }
  if (text.length > MAX_BYTES) return fail('The calendar file is too large.');

  const today = DateTime.fromMillis(deps.now(), { zone: deps.userZone }).startOf('day');
  try {
    const parsed = parseFeed(text, {
      from: today.minus({ days: PAST_DAYS }).toMillis(),
      to: today.plus({ days: FUTURE_DAYS }).toMillis(),
      userZone: deps.userZone,
    });
    const next: FeedState = { url: feedUrl, checkedUrl: feedUrl, days: parsed.days, meetings: parsed.meetings, fetchedAt: deps.now(), checkedAt: deps.now(), error: null };
    await feedItem.setValue(next);
    return next;
  } catch (error) {
    return fail(error instanceof FeedError ? error.message : 'The calendar file could not be read.');
  }
}
