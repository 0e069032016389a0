import type { HostAdapter } from '../types';

/** Placeholder until the adapter lands: detects its pages and draws nothing. */
export const outlookMailAdapter: HostAdapter = {
  id: 'outlook-mail',
  app: 'outlook',
  detect: (url) => !url.pathname.includes('/calendar'),
  start: () => ({ scan() {}, dispose() {} }),
};
