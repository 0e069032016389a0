// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FeedError, parseFeed } from '@/utils/feed/parse';

const fixture = (name: string) => readFileSync(path.resolve('tests/fixtures/feed', name), 'utf8');
const utc = (iso: string) => Date.parse(iso);
const window = { from: utc('2027-03-21T00:00:00Z'), to: utc('2027-03-31T00:00:00Z'), userZone: 'America/New_York' };

describe('Google secret-address feed', () => {
  const { days } = parseFeed(fixture('google-secret.ics'), window);

  it('expands the weekday standup in its zone, across the US clock change already made', () => {
    // 22 Mar 2027 is EDT (UTC-4): 09:30 New York = 13:30Z.
    expect(days['2027-03-22']).toContainEqual({ start: utc('2027-03-22T13:30:00Z'), end: utc('2027-03-22T13:45:00Z') });
  });

  it('keeps a UTC one-off and the weekly series, drops all-day, cancelled and free events', () => {
    expect(days['2027-03-22']).toEqual([
      { start: utc('2027-03-22T13:30:00Z'), end: utc('2027-03-22T13:45:00Z') },
      { start: utc('2027-03-22T18:00:00Z'), end: utc('2027-03-22T19:00:00Z') },
    ]);
  });

  it('honours EXDATE and a moved instance (RECURRENCE-ID)', () => {
    expect(days['2027-03-23']).toBeUndefined();
    expect(days['2027-03-24']).toEqual([
      { start: utc('2027-03-24T15:00:00Z'), end: utc('2027-03-24T15:15:00Z') },
      { start: utc('2027-03-24T18:00:00Z'), end: utc('2027-03-24T19:00:00Z') },
    ]);
  });

  it('skips weekends and keeps nothing outside the window', () => {
    expect(days['2027-03-27']).toBeUndefined();
    expect(Object.keys(days).every((d) => d >= '2027-03-20' && d <= '2027-03-31')).toBe(true);
  });

  it('keeps times only', () => {
    expect(JSON.stringify(days)).not.toMatch(/standup|planning|script/i);
  });

  it('files meetings under the user\'s own day', () => {
    const tokyo = parseFeed(fixture('google-secret.ics'), { ...window, userZone: 'Asia/Tokyo' }).days;
    // 18:00Z on 22 Mar is 03:00 on 23 Mar in Tokyo.
    expect(tokyo['2027-03-23']).toContainEqual({ start: utc('2027-03-22T18:00:00Z'), end: utc('2027-03-22T19:00:00Z') });
  });
});

describe('Outlook published feed with Windows zone names', () => {
  it('resolves the zone from the file\'s VTIMEZONE, before and after Europe changes clocks', () => {
    const { days } = parseFeed(fixture('outlook-windows-zone.ics'), { ...window, userZone: 'Europe/Berlin' });
    expect(days['2027-03-22']).toEqual([{ start: utc('2027-03-22T14:00:00Z'), end: utc('2027-03-22T15:00:00Z') }]);
    expect(days['2027-03-29']).toEqual([{ start: utc('2027-03-29T13:00:00Z'), end: utc('2027-03-29T13:30:00Z') }]);
  });
});

describe('bad feeds', () => {
  it('says an HTML page is not a calendar', () => {
    expect(() => parseFeed(fixture('not-a-calendar.ics'), window)).toThrow(FeedError);
  });
  it('handles a TZID without VTIMEZONE as the IANA zone it names', () => {
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:x', 'DTSTAMP:20260101T000000Z', 'DTSTART;TZID=Asia/Kathmandu:20270322T100000', 'DTEND;TZID=Asia/Kathmandu:20270322T110000', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const { days } = parseFeed(text, { ...window, userZone: 'Asia/Kathmandu' });
    expect(days['2027-03-22']).toEqual([{ start: utc('2027-03-22T04:15:00Z'), end: utc('2027-03-22T05:15:00Z') }]);
  });
});
