import { GMAIL_MATCHES, GOOGLE_CALENDAR_MATCHES, OUTLOOK_MATCHES } from './origins';

/**
 * The one per-browser choice of how a host's UI reaches the page, read by wxt.config.ts (the
 * manifest and the build flag `import.meta.env.BATON_LAZY_UI`) and by the UI entrypoints. In these
 * browsers each content script is a small watch that imports `<host>-ui.js` (a web-accessible
 * resource) the first time the page holds something to serve; elsewhere the same UI is bundled
 * into the content script. Firefox bundles: the lazy import works there (ESR 153, with the
 * resource web-accessible), but AMO's linter (`web-ext lint`) flags an `import()` of a computed URL
 * as unsafe in Baton's own code, and the one form it accepts, a literal path, resolves against the
 * page, not the add-on (both tried in real Firefox).
 */
export const LAZY_UI_BROWSERS: readonly string[] = ['chrome', 'edge'];

export const lazyUiFor = (browser: string): boolean => LAZY_UI_BROWSERS.includes(browser);

/** Each host's UI file and the only origins that may load it. */
export const UI_FILES = [
  { host: 'gmail', file: 'gmail-ui.js', matches: GMAIL_MATCHES },
  { host: 'outlook', file: 'outlook-ui.js', matches: OUTLOOK_MATCHES },
  { host: 'google-calendar', file: 'google-calendar-ui.js', matches: GOOGLE_CALENDAR_MATCHES },
] as const;

export type UiHost = (typeof UI_FILES)[number]['host'];
