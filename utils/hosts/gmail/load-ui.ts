import { browser } from 'wxt/browser';
import { loadUi, type StartUi } from '../lazy-ui';

/**
 * Gmail's compose UI: the one build-time choice of how a host's UI file loads. Chrome imports
 * gmail-ui.js at run time (a web-accessible resource behind a per-session URL). Firefox bundles it:
 * the same lazy import works there (ESR 153, with the resource web-accessible), but AMO's linter
 * (`web-ext lint`) flags an `import()` of a computed URL as unsafe in Baton's own code, and the one
 * form it accepts, a literal path, resolves against the page, not the add-on (both tried in real
 * Firefox). A Gmail inbox in Firefox therefore loads the whole UI with the content script.
 */
export const loadGmailUi = import.meta.env.FIREFOX
  ? async (): Promise<StartUi> => (await import('./start')).startGmailUi
  : () => loadUi('gmail', browser.runtime.getURL('/gmail-ui.js'));
