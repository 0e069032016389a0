import type { HostAdapter } from '../types';
import { isCalendarUrl, isOutlookPage } from './page-detect';
import { startOutlook } from './session';
import { OUTLOOK } from './selectors';

/**
 * Outlook calendar: the new-event form gets the shared event panel (guest times, meeting load,
 * async alternative with an Outlook compose for the written update).
 */
export const outlookCalendarAdapter: HostAdapter = {
  id: 'outlook-calendar',
  app: 'outlook',
  detect: (url, doc) => isOutlookPage(url, doc) && isCalendarUrl(url),
  candidates: OUTLOOK.page.candidates,
  start: (env) => startOutlook(env, 'calendar'),
};
