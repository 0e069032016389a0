import { browser } from 'wxt/browser';
import { loadUi, type StartUi } from '../lazy-ui';

/**
 * Gmail's compose UI. Chrome loads gmail-ui.js at run time, and the e2e suite and benches prove it
 * there; Firefox, where this repo cannot run a browser, gets the same code bundled in (the
 * build-time flag drops the other branch from each bundle).
 */
export const loadGmailUi = import.meta.env.FIREFOX
  ? async (): Promise<StartUi> => (await import('./start')).startGmailUi
  : () => loadUi('gmail', browser.runtime.getURL('/gmail-ui.js'));
