import { composeUrl } from '@/utils/features/event-editor/compose-url';
import { unknownReasonText } from '@/utils/features/compose/model';

// The two small additions the Outlook adapter made to the shared features.
describe('additions for Outlook', () => {
  const mail = { to: ['aiko@example.jp', 'lena@example.de'], subject: 'Weekly <b>status</b>', body: 'Hi & bye' };

  it('write-update opens on the Outlook origin the user is on; anything odd falls back to outlook.office.com', () => {
    const url = new URL(composeUrl('outlook', mail, 'https://outlook.live.com'));
    expect(url.origin + url.pathname).toBe('https://outlook.live.com/mail/deeplink/compose');
    expect(url.searchParams.get('to')).toBe('aiko@example.jp;lena@example.de');
    expect(url.searchParams.get('subject')).toBe('Weekly <b>status</b>');
    expect(composeUrl('outlook', mail)).toMatch(/^https:\/\/outlook\.office\.com\/mail\/deeplink\/compose\?/);
    expect(composeUrl('outlook', mail, 'javascript:alert(1)//')).toMatch(/^https:\/\/outlook\.office\.com\//);
    expect(composeUrl('outlook', mail, 'https://evil.example/x')).toMatch(/^https:\/\/outlook\.office\.com\//);
  });

  it('a name two team members share is said in the card; a plain not-found keeps the default line', () => {
    const ref = { field: 'to' as const, name: 'Sam Lee', element: document.createElement('span') };
    expect(unknownReasonText('ambiguous-name', ref)).toMatch(/more than one person in your team is called “Sam Lee”/i);
    expect(unknownReasonText({ code: 'ambiguous' }, ref)).toMatch(/Sam Lee/);
    expect(unknownReasonText('not-in-team', ref)).toBeUndefined();
    expect(unknownReasonText(undefined, ref)).toBeUndefined();
    expect(unknownReasonText('Two people share this name.', ref)).toBe('Two people share this name.');
  });
});
