import { OUTLOOK } from './selectors';

/**
 * Is this page Outlook on the web? The four origins of CONTRACT.md §3 by host name; a page
 * elsewhere counts only when it carries OWA's own hints (custom domains, on-premises OWA).
 */
export function isOutlookPage(url: URL, doc: Document): boolean {
  return OUTLOOK.page.hosts.includes(url.hostname) || !!doc.querySelector(OUTLOOK.page.owaHint);
}

/** The calendar module (`/calendar/…`, old OWA's `?path=/calendar/…`), read from the URL. */
export function isCalendarUrl(url: URL): boolean {
  return OUTLOOK.page.calendarPath.test(`${url.pathname}${url.search}`);
}
