import { createElement } from 'react';
import { mountShadow, type ShadowMount } from '@/utils/hosts/mount';
import type { EventEditorSurface, HostEnv } from '@/utils/hosts/types';
import { batonStore, connectBatonStore } from '@/utils/stores';
import { createMatcher, type Matcher } from '@/utils/team/match';
import type { Team } from '@/utils/team/types';
import type { HolidayCalendar } from '@/utils/time';
import { settingsItem } from '@/utils/storage';
import { EMPTY_FEED, EMPTY_GRID_DAYS, eventsOnDay, feedItem, gridDaysItem, type FeedState, type GridDays } from '@/utils/calendar-days';
import { EventPanel } from '@/components/inpage/event/EventPanel';
import css from '@/components/inpage/event/event.css?inline';
import { adviseEvent, fairerSlots, type EventAdvice, type SlotOption } from './advise';
import { composeUrl, safeWebUrl, updateMail } from './compose-url';
import { formatRange } from './format';

/**
 * The shared event-editor feature (Google Calendar and Outlook calendar): give it a surface and
 * it draws one panel where the surface says, keeps it up to date, and removes it on dispose.
 *
 *   const panel = attachEventEditor(surface, env);
 *   panel.update();   // after the editor's fields changed (input events, mutations)
 *   panel.dispose();  // the editor closed, or the session ended
 *
 * The panel is re-added when the host re-creates the editor DOM (call update() from scan()).
 */
export interface EventEditorHandle {
  update(): void;
  dispose(): void;
  /** The current panel's shadow host, when drawn (tests, benchmarks). */
  readonly host: HTMLElement | null;
}

export type EventEditorEnv = Pick<HostEnv, 'signal' | 'log' | 'guard'> & {
  /** Open a URL in a new tab (defaults to window.open, inside the click's user gesture). */
  openUrl?: (url: string) => void;
  now?: () => number;
  /**
   * The host's freshest view of known meetings (e.g. a grid just scanned, not yet in storage).
   * Defaults to what storage holds.
   */
  eventsSource?: () => { grid: GridDays; feed: FeedState };
};

export const EVENT_PANEL_MARKER = 'event-editor';

// Shared by every panel in this content script: one matcher per team and holiday calendar, one copy of the days.
let matcherFor: { team: Team; holidays: HolidayCalendar; matcher: Matcher } | null = null;
let days: { grid: GridDays; feed: FeedState; loaded: boolean } = { grid: EMPTY_GRID_DAYS, feed: EMPTY_FEED, loaded: false };
const daysListeners = new Set<() => void>();
let daysUnwatch: (() => void) | null = null;

function matcherOf(team: Team, holidays: HolidayCalendar): Matcher {
  if (matcherFor?.team !== team || matcherFor.holidays !== holidays) matcherFor = { team, holidays, matcher: createMatcher(team, holidays) };
  return matcherFor.matcher;
}

function watchDays(listener: () => void): () => void {
  daysListeners.add(listener);
  if (!daysUnwatch) {
    const notify = () => daysListeners.forEach((l) => l());
    void Promise.all([gridDaysItem.getValue(), feedItem.getValue()]).then(([grid, feed]) => {
      days = { grid, feed, loaded: true };
      notify();
    });
    const a = gridDaysItem.watch((grid) => {
      days = { ...days, grid: grid ?? EMPTY_GRID_DAYS };
      notify();
    });
    const b = feedItem.watch((feed) => {
      days = { ...days, feed: feed ?? EMPTY_FEED };
      notify();
    });
    daysUnwatch = () => {
      a();
      b();
    };
  }
  return () => {
    daysListeners.delete(listener);
    if (daysListeners.size === 0) {
      daysUnwatch?.();
      daysUnwatch = null;
    }
  };
}

export function attachEventEditor(surface: EventEditorSurface, env: EventEditorEnv): EventEditorHandle {
  const now = env.now ?? Date.now;
  const openUrl = env.openUrl ?? ((url: string) => void window.open(url, '_blank', 'noopener,noreferrer'));
  // Connected once for the content script's life: other features share the same store.
  connectBatonStore();
  let mount: ShadowMount | null = null;
  let disposed = false;
  let lastAdvice: EventAdvice | null = null;
  // Render only when something the panel depends on changed: scan() runs on every mutation batch.
  let lastSignature = '';
  let slots: { key: string; team: unknown; settings: unknown; holidays: unknown; value: SlotOption[] } = { key: '', team: null, settings: null, holidays: null, value: [] };
  let slotTimer: ReturnType<typeof setTimeout> | undefined;
  let lastStateStamp: unknown = null;
  let lastSource: { grid: GridDays | null; feed: FeedState | null } = { grid: null, feed: null };

  const remove = () => {
    mount?.remove();
    mount = null;
  };

  const ensureMount = (): ShadowMount | null => {
    if (mount?.isConnected()) return mount;
    remove();
    const place = surface.panelAnchor();
    if (!place) return null;
    mount = mountShadow({ marker: EVENT_PANEL_MARKER, anchor: place.anchor, position: place.position, css, display: 'block' });
    return mount;
  };

  const chooseSlot = (slot: SlotOption): boolean => {
    let ok = false;
    env.guard('set-times', () => {
      ok = surface.setTimes(slot.start, slot.end);
    })();
    if (ok) update();
    return ok;
  };

  const saveVideoUrl = (value: string): boolean => {
    const url = safeWebUrl(value);
    if (!url) return false;
    openUrl(url);
    void settingsItem.getValue().then((settings) => settingsItem.setValue({ ...settings, videoUrl: url }));
    return true;
  };

  const render = env.guard('render', () => {
    if (disposed) return;
    const state = batonStore.getState();
    const { ready, settings, team, holidays } = state;
    if (!ready) return;
    const stateStamp = state;
    const draft = surface.read();
    const source = env.eventsSource?.() ?? days;
    const signature = JSON.stringify([draft.title, draft.description, draft.start, draft.end, draft.allDay, draft.recurring, draft.zone, draft.selfEmail, draft.guests.map((g) => [g.email, g.name])]);
    const stamp = `${signature}|${Math.floor(now() / 60_000)}`;
    if (stamp === lastSignature && stateStamp === lastStateStamp && source.grid === lastSource.grid && source.feed === lastSource.feed && (lastAdvice === null || mount?.isConnected())) return;
    lastSignature = stamp;
    lastStateStamp = stateStamp;
    lastSource = source;
    const fallbackZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const input = {
      draft,
      settings,
      matcher: matcherOf(team, holidays),
      holidays,
      now: now(),
      fallbackZone,
      eventsOn: (day: string) => eventsOnDay(day, source.grid, source.feed, settings.feedUrl),
    };
    // Guest rows first; the slot search (the costly part) follows in its own task.
    const advice = adviseEvent(input, { slots: false });
    lastAdvice = advice;
    if (advice) {
      const key = JSON.stringify([advice.guests.map((g) => g.key), advice.start, advice.end, advice.userZone, Math.floor(input.now / 3_600_000)]);
      if (slots.key === key && slots.team === team && slots.settings === settings && slots.holidays === holidays) advice.slots = slots.value;
      else if (!slotTimer) {
        slotTimer = setTimeout(
          env.guard('slots', () => {
            slotTimer = undefined;
            if (disposed) return;
            slots = { key, team, settings, holidays, value: fairerSlots(input) };
            lastSignature = '';
            update();
          }),
          0,
        );
      }
    }
    if (!advice) return remove();
    const target = ensureMount();
    if (!target) return;
    // A guest the page names without an address mails the team member the name matched.
    const to = advice.guests.map((g) => g.email ?? g.address).filter((e): e is string => !!e);
    const when = formatRange(advice.start, advice.end, advice.userZone);
    const composeHref = to.length > 0 ? composeUrl(surface.composeApp, updateMail({ title: draft.title, to, when }), surface.composeOrigin) : null;
    target.render(
      createElement(EventPanel, {
        advice,
        composeHref,
        videoUrl: safeWebUrl(settings.videoUrl),
        formatRange: (s: number, e: number) => formatRange(s, e, advice.userZone),
        onChooseSlot: chooseSlot,
        onSaveVideoUrl: saveVideoUrl,
      }),
    );
  });

  function update() {
    render();
  }

  const unsubscribeStore = batonStore.subscribe(() => update());
  const unwatchDays = watchDays(() => update());
  env.signal.addEventListener('abort', () => dispose(), { once: true });
  update();

  function dispose() {
    if (disposed) return;
    disposed = true;
    if (slotTimer) clearTimeout(slotTimer);
    unsubscribeStore();
    unwatchDays();
    remove();
  }

  return {
    update,
    dispose,
    get host() {
      return mount?.isConnected() && lastAdvice ? mount.host : null;
    },
  };
}

export type { EventAdvice, GuestRow, SlotOption } from './advise';
