import type { HostAdapter } from '../types';

/** Placeholder until the adapter lands: detects its pages and draws nothing. */
export const gmailAdapter: HostAdapter = {
  id: 'gmail',
  app: 'gmail',
  detect: (url) => url.hostname === 'mail.google.com',
  start: () => ({ scan() {}, dispose() {} }),
};
