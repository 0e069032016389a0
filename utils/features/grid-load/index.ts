import { createElement } from 'react';
import { mountShadow, type ShadowMount } from '@/utils/hosts/mount';
import { meetingLoad, scheduleOf, type HolidayCalendar } from '@/utils/time';
import { batonStore } from '@/utils/stores';
import type { Settings } from '@/utils/team/types';
import type { TimeSpan } from '@/utils/calendar-days';
import { DayLoadMark } from '@/components/inpage/event/DayLoadMark';
import css from '@/components/inpage/event/day-load.css?inline';

/**
 * A small load mark on each grid day header that is heavy or overloaded (host-free: the adapter
 * says where each day's header is). Marks are redrawn only when a day's level changes.
 */
export const DAY_LOAD_MARKER = 'day-load';

export interface DayHeader {
  day: string;
  anchor: Element;
}

export interface GridLoadInput {
  headers: readonly DayHeader[];
  settings: Settings;
  userZone: string;
  eventsOn(day: string): TimeSpan[];
  /** Public holidays for the user's own hours; the store's calendar when not given. */
  holidays?: HolidayCalendar;
}

export function createGridLoad() {
  const marks = new Map<Element, { mount: ShadowMount; key: string }>();

  const update = (input: GridLoadInput) => {
    const user = scheduleOf({ ...input.settings.me, timeZone: input.userZone }, input.holidays ?? batonStore.getState().holidays);
    const live = new Set<Element>();
    for (const { day, anchor } of input.headers) {
      const events = input.eventsOn(day);
      if (events.length === 0) continue;
      const load = meetingLoad({ day, user, events, thresholds: input.settings.load });
      if (load.level === 'ok') continue;
      live.add(anchor);
      const key = `${day}|${load.level}|${load.meetings}|${load.meetingMinutes}`;
      const existing = marks.get(anchor);
      if (existing?.key === key && existing.mount.isConnected()) continue;
      existing?.mount.remove();
      const mount = mountShadow({ marker: DAY_LOAD_MARKER, anchor, position: 'append', css, display: 'inline-block' });
      mount.setAttributes({ 'data-day': day, 'data-level': load.level, 'data-meetings': String(load.meetings), 'data-meeting-minutes': String(load.meetingMinutes) });
      mount.render(createElement(DayLoadMark, { level: load.level, meetings: load.meetings, meetingMinutes: load.meetingMinutes }));
      marks.set(anchor, { mount, key });
    }
    for (const [anchor, mark] of marks) {
      if (live.has(anchor)) continue;
      mark.mount.remove();
      marks.delete(anchor);
    }
  };

  const dispose = () => {
    for (const mark of marks.values()) mark.mount.remove();
    marks.clear();
  };

  return { update, dispose };
}
