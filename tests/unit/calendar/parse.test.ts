import { decodeDateKey, decodeEventId, encodeDateKey, findTimes, parseCompactDate, parseDateText, parseTimeRange, parseTimeText } from '@/utils/hosts/google-calendar/parse';

describe('datekey (Toolset getDateFromDateKey)', () => {
  it.each([
    [{ year: 2027, month: 3, day: 22 }],
    [{ year: 2026, month: 12, day: 31 }],
    [{ year: 2026, month: 1, day: 1 }],
    [{ year: 2024, month: 2, day: 29 }],
  ])('round-trips %o', (date) => {
    expect(decodeDateKey(encodeDateKey(date))).toEqual(date);
  });
  it('decodes a key as Calendar writes it', () => {
    // 32 + (2027-1970)*512 + 2*32 + 22
    expect(decodeDateKey('29302')).toEqual({ year: 2027, month: 3, day: 22 });
  });
  it('refuses junk', () => {
    expect(decodeDateKey('abc')).toBeNull();
    expect(decodeDateKey(5)).toBeNull();
    expect(decodeDateKey(32)).toBeNull(); // day 0
  });
});

describe('event ids', () => {
  const b64 = (s: string) => btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  it('reads an instance suffix of a recurring event', () => {
    const decoded = decodeEventId(b64('abc123_20270322T130000Z aiko@example.com'));
    expect(decoded).toEqual({ id: 'abc123_20270322T130000Z', instanceStart: Date.UTC(2027, 2, 22, 13), calendar: 'aiko@example.com' });
  });
  it('reads a single event', () => {
    expect(decodeEventId(b64('xyz789 me@example.com'))?.instanceStart).toBeUndefined();
  });
  it('refuses non-base64', () => {
    expect(decodeEventId('%%%')).toBeNull();
  });
});

describe('times', () => {
  it.each([
    ['9:00am', 540],
    ['9:00 AM', 540],
    ['12:00am', 0],
    ['12:30pm', 750],
    ['09:00', 540],
    ['21:30', 1290],
    ['9.30', 570],
    ['9h30', 570],
    ['9 PM', 1260],
    ['午後9:00', 1260],
    ['오전 9:15', 555],
    ['', null],
    ['Monday', null],
  ])('%s → %s', (text, minutes) => {
    expect(parseTimeText(text)).toBe(minutes);
  });

  it.each([
    ['9:15am to 9:30am, Standup, Aiko Tanaka, Accepted, September 30, 2026', { start: 555, end: 570 }],
    ['9:15 – 10:30 PM, Retro', { start: 1275, end: 1350 }],
    ['11:30am – 1pm', { start: 690, end: 780 }],
    ['09:15 bis 09:30, Daily, 30. September 2026', { start: 555, end: 570 }],
    ['de 14h00 à 15h00, Revue', { start: 840, end: 900 }],
    ['21:00 – 00:30', { start: 1260, end: 30 }],
    ['All day, Company offsite, September 30, 2026', null],
  ])('range in %s', (text, range) => {
    expect(parseTimeRange(text)).toEqual(range);
  });

  it('ignores digits that belong to dates', () => {
    expect(findTimes('30. September 2026').filter((t) => t.explicit)).toEqual([]);
  });
});

describe('dates in the user locale', () => {
  it.each([
    ['Mon, 22 Mar 2027', 'en-GB'],
    ['Monday, March 22, 2027', 'en-US'],
    ['22. März 2027', 'de-DE'],
    ['Mo., 22. März 2027', 'de'],
    ['lun. 22 mars 2027', 'fr'],
    ['22 de marzo de 2027', 'es'],
    ['2027-03-22', undefined],
    ['22/03/2027', 'en-GB'],
    ['03/22/2027', 'en-US'],
    ['22.03.2027', 'de'],
    ['2027年3月22日', 'ja'],
  ])('%s (%s)', (text, locale) => {
    expect(parseDateText(text, locale)).toEqual({ year: 2027, month: 3, day: 22 });
  });

  it('takes the year from the caller when the field omits it (quick-create)', () => {
    expect(parseDateText('Monday, March 22', 'en-US', 2027)).toEqual({ year: 2027, month: 3, day: 22 });
  });

  it('refuses impossible dates and text without one', () => {
    expect(parseDateText('31/02/2027', 'en-GB')).toBeNull();
    expect(parseDateText('Does not repeat', 'en')).toBeNull();
  });

  it('prefers data-date when present', () => {
    expect(parseCompactDate('20270322')).toEqual({ year: 2027, month: 3, day: 22 });
    expect(parseCompactDate('20271332')).toBeNull();
  });
});
