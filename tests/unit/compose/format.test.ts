import { dateIn, durationText, hoursText, offsetText, placeOf, timeIn, weekdayIn } from '@/utils/features/compose/format';

const AT = Date.UTC(2026, 10, 24, 17, 14); // Tue 24 Nov 2026 17:14 UTC

describe('compose display strings', () => {
  it('formats wall time, weekday and date in the given zone', () => {
    expect(timeIn(AT, 'Asia/Tokyo')).toBe('02:14');
    expect(weekdayIn(AT, 'Asia/Tokyo')).toBe('Wed');
    expect(dateIn(AT, 'Asia/Tokyo')).toBe('Wed 25 Nov');
    expect(timeIn(AT, 'America/New_York')).toBe('12:14');
    expect(timeIn(AT, 'Asia/Kathmandu')).toBe('22:59');
  });

  it('names a zone by its city', () => {
    expect(placeOf('Asia/Tokyo')).toBe('Tokyo');
    expect(placeOf('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(placeOf('UTC')).toBe('UTC');
  });

  it('says offsets and durations in hours and minutes', () => {
    expect(offsetText(0)).toBe('same time as you');
    expect(offsetText(480)).toBe('+8 h from you');
    expect(offsetText(-330)).toBe('−5 h 30 min from you');
    expect(durationText(45)).toBe('45 min');
    expect(durationText(1440)).toBe('24 h');
    expect(hoursText('09:00', '17:00', 'Mon-Fri')).toBe('09:00–17:00, Mon-Fri');
  });
});
