import type { HostAdapter } from '../types';

/** Placeholder until the adapter lands: detects its pages and draws nothing. */
export const outlookCalendarAdapter: HostAdapter = {
  id: 'outlook-calendar',
  app: 'outlook',
  detect: (url) => url.pathname.includes('/calendar'),
  start: () => ({ scan() {}, dispose() {} }),
};
