import { eventsOnDay, EMPTY_FEED, mergeGridDays, pruneDays, MAX_DAYS, type GridDays } from '@/utils/calendar-days';

const span = (h: number, len = 60) => ({ start: Date.UTC(2027, 2, 22, h), end: Date.UTC(2027, 2, 22, h) + len * 60_000 });

describe('calendar days', () => {
  it('keeps future days (users plan ahead) and drops days more than two weeks past', () => {
    const days = { '2026-11-01': 1, '2026-11-20': 2, '2027-03-22': 3 };
    expect(pruneDays(days, '2026-11-23')).toEqual({ '2026-11-20': 2, '2027-03-22': 3 });
  });

  it('replaces a scanned day with what the grid shows now, sorted and de-duplicated', () => {
    const first = mergeGridDays({ days: {}, seenAt: {} }, { '2027-03-22': [span(15), span(13), span(13)] }, 1, '2026-11-23');
    expect(first.days['2027-03-22']).toEqual([span(13), span(15)]);
    const second = mergeGridDays(first, { '2027-03-22': [span(9)] }, 2, '2026-11-23');
    expect(second.days['2027-03-22']).toEqual([span(9)]);
  });

  it('stays bounded: past the cap, the days seen longest ago go', () => {
    let grid: GridDays = { days: {}, seenAt: {} };
    for (let i = 0; i < MAX_DAYS + 10; i++) {
      const day = new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10);
      grid = mergeGridDays(grid, { [day]: [] }, i, '2026-11-23');
    }
    expect(Object.keys(grid.seenAt)).toHaveLength(MAX_DAYS);
    expect(grid.seenAt['2027-01-01']).toBeUndefined();
  });

  it('merges grid and feed, each meeting once, and ignores a feed from another address', () => {
    const grid = { days: { '2027-03-22': [span(13)] }, seenAt: {} };
    const feed = { ...EMPTY_FEED, url: 'https://a.example/x.ics', days: { '2027-03-22': [span(13), span(18)] } };
    expect(eventsOnDay('2027-03-22', grid, feed, 'https://a.example/x.ics')).toEqual([span(13), span(18)]);
    expect(eventsOnDay('2027-03-22', grid, feed, 'https://b.example/y.ics')).toEqual([span(13)]);
  });
});
