import type { HostAdapter } from '../types';
import { isCalendarUrl, isOutlookPage } from './page-detect';
import { startOutlook } from './session';
import { OUTLOOK } from './selectors';

/**
 * Outlook mail (HOSTS.md "Outlook on the web"): every compose — reading pane and popped out —
 * gets recipient times (by address, else by display name), send advice, the send guard and
 * schedule-send into Outlook's own Schedule send.
 */
export const outlookMailAdapter: HostAdapter = {
  id: 'outlook-mail',
  app: 'outlook',
  detect: (url, doc) => isOutlookPage(url, doc) && !isCalendarUrl(url),
  candidates: OUTLOOK.page.candidates,
  start: (env) => startOutlook(env, 'mail'),
};
