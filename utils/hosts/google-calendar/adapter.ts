import type { HostAdapter } from '../types';

/** Placeholder until the adapter lands: detects its pages and draws nothing. */
export const googleCalendarAdapter: HostAdapter = {
  id: 'google-calendar',
  app: 'google-calendar',
  detect: (url) => url.hostname === 'calendar.google.com',
  start: () => ({ scan() {}, dispose() {} }),
};
