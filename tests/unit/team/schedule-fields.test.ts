import fc from 'fast-check';
import { formatHHmm, formatWorkDays, parseHHmm, parseWorkDays } from '@/utils/team/schedule-fields';
import type { Weekday } from '@/utils/time/types';

describe('workStart / workEnd (HH:mm, 24-hour)', () => {
  it.each([
    ['09:00', 540],
    ['9:30', 570],
    [' 17:45 ', 1065],
    ['24:00', 1440], // an end at midnight
    ['00:00', 0],
    ['23:59', 1439],
    ['24:01', null],
    ['25:00', null],
    ['09:60', null],
    ['9am', null],
    ['9:5', null],
    ['09:00:00', null],
    ['-1:00', null],
    ['', null],
  ])('parseHHmm(%j) = %j', (text, minutes) => expect(parseHHmm(text)).toBe(minutes));

  it('every minute of the day round-trips through formatHHmm', () => {
    for (let m = 0; m <= 1440; m++) expect(parseHHmm(formatHHmm(m))).toBe(m);
    expect(formatHHmm(5)).toBe('00:05');
    expect(formatHHmm(1440)).toBe('24:00');
  });
});

describe('workDays', () => {
  it.each([
    ['Mon-Fri', [1, 2, 3, 4, 5], 'Mon-Fri'],
    ['Sun-Thu', [1, 2, 3, 4, 7], 'Sun-Thu'], // ranges wrap past Sunday
    ['Fri-Sat', [5, 6], 'Fri,Sat'],
    ['Sat-Wed', [1, 2, 3, 6, 7], 'Sat-Wed'],
    ['mon, tue ,THU', [1, 2, 4], 'Mon,Tue,Thu'],
    ['Mon-Wed,Fri', [1, 2, 3, 5], 'Mon-Wed,Fri'],
    ['Sat-Mon', [1, 6, 7], 'Sat-Mon'],
    ['Mon-Sun', [1, 2, 3, 4, 5, 6, 7], 'Mon-Sun'],
    ['Tue-Mon', [1, 2, 3, 4, 5, 6, 7], 'Mon-Sun'],
    ['Wed', [3], 'Wed'],
    ['Mon,Mon-Tue', [1, 2], 'Mon,Tue'],
    ['', [], ''],
  ])('%j → %j → %j', (text, days, canonical) => {
    expect(parseWorkDays(text)).toEqual(days);
    expect(formatWorkDays(parseWorkDays(text)!)).toBe(canonical);
  });

  it.each(['Monday', 'Mon-Fri-Sat', 'Lun-Ven', 'Mon;Tue', 'Mon,', '-Fri', 'Mo-Fr'])('refuses %j', (text) => expect(parseWorkDays(text)).toBeNull());

  it('all 127 non-empty sets of weekdays write canonically and read back the same', () => {
    for (let mask = 1; mask < 128; mask++) {
      const days = [1, 2, 3, 4, 5, 6, 7].filter((d) => mask & (1 << (d - 1))) as Weekday[];
      const text = formatWorkDays(days);
      expect(parseWorkDays(text), text).toEqual(days);
      // Canonical: writing what was read gives the same text again.
      expect(formatWorkDays(parseWorkDays(text)!)).toBe(text);
    }
  });

  it('any mix of ranges and lists reads as the union of its parts (fast-check)', () => {
    const NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
    const part = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), (parts) => {
        const expected = new Set<number>();
        for (const [from, to] of parts) for (let i = from; ; i = (i + 1) % 7) {
          expected.add(i + 1);
          if (i === (to ?? from)) break;
        }
        const text = parts.map(([from, to]) => (to === undefined ? NAMES[from] : `${NAMES[from]}-${NAMES[to]}`)).join(',');
        expect(parseWorkDays(text)).toEqual([...expected].sort((a, b) => a - b));
      }),
    );
  });
});
