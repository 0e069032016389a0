import { render } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing';
import { TeamClocks } from '@/components/popup/TeamClocks';
import { adviseEvent } from '@/utils/features/event-editor/advise';
import { composeModel } from '@/utils/features/compose/model';
import { createGridLoad } from '@/utils/features/grid-load';
import { calendarFromCache, saveHolidayCache } from '@/utils/holidays/cache';
import { computeHolidayCache } from '@/utils/holidays/compute';
import { batonStore, connectBatonStore } from '@/utils/stores';
import { createMatcher } from '@/utils/team/match';
import { clockRows, userDayOf } from '@/utils/team/clocks';
import { DEFAULT_SETTINGS, type Person, type Settings, type Team } from '@/utils/team/types';
import { NO_HOLIDAYS } from '@/utils/time';

/**
 * The path from date-holidays to each surface: the cache the background computes, the calendar
 * the store hands out, and every consumer that passes it to the engine. 2027-01-01 (a Friday) is
 * New Year's Day in Japan; Saturday and Sunday follow.
 */
const JP_CACHE = computeHolidayCache(['JP'], [2026, 2027, 2028], 'test', 0);
const HOLIDAYS = calendarFromCache(JP_CACHE);
// Friday 2027-01-01 12:00 in Tokyo.
const NOON_TOKYO = Date.UTC(2027, 0, 1, 3);
const aiko: Person = { id: 'aiko@example.jp', email: 'aiko@example.jp', name: 'Aiko', timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri', country: 'JP' };
const TEAM: Team = { people: [aiko], domainRules: [] };
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, me: { ...DEFAULT_SETTINGS.me, timeZone: 'Asia/Tokyo', country: 'JP' } };
const el = () => document.createElement('div');
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('holidays reach every surface', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the store loads the cache with the rest and follows it when the background rewrites it', async () => {
    expect(batonStore.getState().holidays).toBe(NO_HOLIDAYS);
    await saveHolidayCache(JP_CACHE);
    const disconnect = connectBatonStore();
    await vi.waitFor(() => expect(batonStore.getState().ready).toBe(true));
    expect(batonStore.getState().holidays.holidayOn('JP', '2027-01-01')).toBe("New Year's Day");
    await saveHolidayCache(computeHolidayCache(['DE'], [2026, 2027, 2028], 'test', 1));
    await settle();
    expect(batonStore.getState().holidays.holidayOn('JP', '2027-01-01')).toBeNull();
    expect(batonStore.getState().holidays.holidayOn('DE', '2027-10-03')).toBeTruthy();
    disconnect();
  });

  it('popup: the team-clock row says holiday, with its name; without the calendar it says working', () => {
    const { unmount } = render(<TeamClocks team={TEAM} userZone="Europe/London" now={NOON_TOKYO} ready onOpenOptions={() => undefined} />);
    const row = () => document.querySelector<HTMLElement>('[data-baton="team-clock"][data-email="aiko@example.jp"]');
    expect(row()?.dataset.status).toBe('working');
    unmount();
    render(<TeamClocks team={TEAM} userZone="Europe/London" now={NOON_TOKYO} ready holidays={HOLIDAYS} onOpenOptions={() => undefined} />);
    expect(row()?.dataset).toMatchObject({ status: 'holiday', zone: 'Asia/Tokyo', localTime: '2027-01-01T12:00' });
    expect(row()?.textContent).toContain("New Year's Day");
  });

  it('clocks: a new calendar starts the row and span caches again', () => {
    const day = userDayOf(NOON_TOKYO, 'Asia/Tokyo');
    expect(clockRows([aiko], NOON_TOKYO, day)[0]).toMatchObject({ status: 'working' });
    const [row] = clockRows([aiko], NOON_TOKYO, day, HOLIDAYS);
    expect(row).toMatchObject({ status: 'holiday', holidayName: "New Year's Day", spans: [] });
    expect(clockRows([aiko], NOON_TOKYO, day, NO_HOLIDAYS)[0]!.spans).toHaveLength(1);
  });

  it('compose: the chip says holiday and the suggestion skips it', () => {
    const refs = [{ field: 'to' as const, email: 'aiko@example.jp', element: el() }];
    expect(composeModel(refs, TEAM, SETTINGS, NOON_TOKYO).chips[0]?.status).toBe('working');
    const model = composeModel(refs, TEAM, SETTINGS, NOON_TOKYO, HOLIDAYS);
    expect(model.chips[0]).toMatchObject({ status: 'holiday', holidayName: "New Year's Day" });
    // Monday 2027-01-04 09:00 in Tokyo.
    expect(model.advice).toMatchObject({ verdict: 'off-hours', suggestedIso: '2027-01-04T00:00Z' });
  });

  it('event editor: guests and the user on a holiday', () => {
    const input = (holidays = NO_HOLIDAYS) => ({
      draft: { title: 'Plan', description: '', start: NOON_TOKYO, end: NOON_TOKYO + 3_600_000, allDay: false, recurring: false, zone: 'Asia/Tokyo', guests: [{ email: 'aiko@example.jp' }] },
      settings: SETTINGS,
      matcher: createMatcher(TEAM, holidays),
      holidays,
      now: NOON_TOKYO - 86_400_000,
      fallbackZone: 'Asia/Tokyo',
      eventsOn: () => [],
    });
    const plain = adviseEvent(input())!;
    expect(plain.guests[0]?.status).toBe('working');
    // 09:00–12:00 and 13:00–17:00 are free around the meeting.
    expect(plain.load?.longestFreeMinutes).toBe(4 * 60);
    const holiday = adviseEvent(input(HOLIDAYS))!;
    expect(holiday.guests[0]?.status).toBe('holiday');
    // The user's own hours are gone that day too: no free time inside them.
    expect(holiday.load?.longestFreeMinutes).toBe(0);
  });

  it('grid load: a holiday has no working hours to lose a free block in', () => {
    const anchor = el();
    document.body.append(anchor);
    const hour = (h: number, m = 0) => Date.UTC(2027, 0, 1, h - 9, m);
    // Three one-hour meetings that leave no two-hour block in 09:00–17:00 Tokyo: heavy on a working day.
    const events = [hour(10, 30), hour(12, 30), hour(14, 30)].map((start) => ({ start, end: start + 3_600_000 }));
    const input = { headers: [{ day: '2027-01-01', anchor }], settings: SETTINGS, userZone: 'Asia/Tokyo', eventsOn: () => events };
    const load = createGridLoad();
    load.update({ ...input, holidays: NO_HOLIDAYS });
    expect(anchor.querySelector('[data-baton="day-load"]')?.getAttribute('data-level')).toBe('heavy');
    load.update({ ...input, holidays: HOLIDAYS });
    expect(anchor.querySelector('[data-baton="day-load"]')).toBeNull();
    // Without an explicit calendar, the store's is used.
    batonStore.setState({ holidays: NO_HOLIDAYS });
    load.update(input);
    expect(anchor.querySelector('[data-baton="day-load"]')).not.toBeNull();
    batonStore.setState({ holidays: HOLIDAYS });
    load.update(input);
    expect(anchor.querySelector('[data-baton="day-load"]')).toBeNull();
    load.dispose();
    batonStore.setState({ holidays: NO_HOLIDAYS });
  });
});
