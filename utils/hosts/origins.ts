/**
 * The origins Baton's content scripts run on — CONTRACT.md §3, exactly. The manifest's
 * host_permissions and every content script's `matches` come from here, and a test compares
 * the built manifest against this list.
 */
export const GMAIL_MATCHES = ['https://mail.google.com/*'] as const;
export const GOOGLE_CALENDAR_MATCHES = ['https://calendar.google.com/*'] as const;
export const OUTLOOK_MATCHES = [
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
] as const;

export const HOST_MATCHES = [...GMAIL_MATCHES, ...GOOGLE_CALENDAR_MATCHES, ...OUTLOOK_MATCHES] as const;
