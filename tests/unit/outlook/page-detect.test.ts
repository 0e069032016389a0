import { isCalendarUrl, isOutlookPage } from '@/utils/hosts/outlook/page-detect';
import { outlookCalendarAdapter } from '@/utils/hosts/outlook/calendar-adapter';
import { outlookMailAdapter } from '@/utils/hosts/outlook/mail-adapter';
import { OUTLOOK_MATCHES } from '@/utils/hosts/origins';

beforeEach(() => {
  document.head.replaceChildren();
});

describe('which Outlook page', () => {
  it.each(['https://outlook.office.com/mail/', 'https://outlook.office365.com/mail/inbox', 'https://outlook.live.com/mail/0/', 'https://outlook.cloud.microsoft/mail/'])('%s is Outlook mail', (href) => {
    const url = new URL(href);
    expect(isOutlookPage(url, document)).toBe(true);
    expect(outlookMailAdapter.detect(url, document)).toBe(true);
    expect(outlookCalendarAdapter.detect(url, document)).toBe(false);
  });

  it('every origin the content script runs on is one the adapters accept', () => {
    for (const match of OUTLOOK_MATCHES) expect(isOutlookPage(new URL(match.replace('*', 'mail/')), document)).toBe(true);
  });

  it.each(['https://outlook.office.com/calendar/view/week', 'https://outlook.live.com/calendar/0/deeplink/compose', 'https://outlook.office365.com/owa/?path=/calendar/action/compose', 'https://outlook.cloud.microsoft/calendar/action/compose'])('%s is the calendar', (href) => {
    const url = new URL(href);
    expect(isCalendarUrl(url)).toBe(true);
    expect(outlookCalendarAdapter.detect(url, document)).toBe(true);
    expect(outlookMailAdapter.detect(url, document)).toBe(false);
  });

  it('elsewhere only with OWA’s own hints (custom domains)', () => {
    const url = new URL('https://mail.example.com/owa/');
    expect(isOutlookPage(url, document)).toBe(false);
    const meta = document.createElement('meta');
    meta.setAttribute('content', 'owamail');
    document.head.append(meta);
    expect(isOutlookPage(url, document)).toBe(true);
  });
});
