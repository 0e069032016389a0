/** Names shared by the background and the options page for the calendar feed. */
export const FEED_ALARM = 'baton-calendar-feed';
/** The options page asks the background to fetch now (after saving an address). */
export const FEED_REFRESH_MESSAGE = 'baton:feed-refresh';
/** Refresh period. */
export const FEED_REFRESH_MINUTES = 30;
