import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import {
  getSettingsWithNotices,
  getTeamWithNotices,
  teamPlacementItem,
  watchSettings,
  watchTeam,
  watchTeamPlacement,
  type SyncPlacement,
} from './storage';
import { DEFAULT_SETTINGS, EMPTY_TEAM, type Settings, type Team } from './team/types';
import { calendarFromCache, getHolidayCache, watchHolidays } from './holidays/cache';
import { NO_HOLIDAYS, type HolidayCalendar } from './time/holidays';

/**
 * Per-context cache of what is stored. Storage is the truth: this store is only ever written by
 * storage reads and watchers, so every context (popup, options tabs, content scripts) shows an
 * edit made anywhere within one storage event. Never persisted by zustand itself.
 */
export interface BatonState {
  ready: boolean;
  team: Team;
  settings: Settings;
  /** Things the user should know about stored data (unreadable values, sync placement). */
  notices: string[];
  teamPlacement: SyncPlacement;
  /** Public holidays the background computed (utils/holidays); none known until they are loaded. */
  holidays: HolidayCalendar;
}

export const batonStore = createStore<BatonState>(() => ({
  ready: false,
  team: EMPTY_TEAM,
  settings: DEFAULT_SETTINGS,
  notices: [],
  teamPlacement: { area: 'sync', bytes: 0 },
  holidays: NO_HOLIDAYS,
}));

let connections = 0;
let disconnectAll: (() => void) | null = null;

/** Load from storage and keep the store fed by watchers. Reference-counted; returns the disconnect. */
export function connectBatonStore(): () => void {
  connections += 1;
  if (connections === 1) disconnectAll = connect();
  let connected = true;
  return () => {
    if (!connected) return;
    connected = false;
    connections -= 1;
    if (connections === 0) {
      disconnectAll?.();
      disconnectAll = null;
    }
  };
}

function connect(): () => void {
  let live = true;
  const unwatch = [
    watchTeam((team) => batonStore.setState({ team })),
    watchSettings((settings) => batonStore.setState({ settings })),
    watchTeamPlacement((teamPlacement) => batonStore.setState({ teamPlacement })),
    watchHolidays((cache) => batonStore.setState({ holidays: calendarFromCache(cache) })),
  ];
  // Holidays load with the rest, so a first paint never shows "working" on someone's holiday;
  // a cache that cannot be read only means none are known.
  const holidayCache = getHolidayCache().catch(() => null);
  void Promise.all([getTeamWithNotices(), getSettingsWithNotices(), teamPlacementItem.getValue(), holidayCache])
    .then(([team, settings, teamPlacement, holidays]) => {
      if (!live) return;
      batonStore.setState({
        ready: true,
        team: team.team,
        settings: settings.settings,
        notices: [...team.notices, ...settings.notices],
        teamPlacement,
        holidays: calendarFromCache(holidays),
      });
    })
    .catch((error: unknown) => {
      if (!live) return;
      batonStore.setState({ ready: true, notices: [`Baton could not read its storage: ${String(error)}`] });
    });
  return () => {
    live = false;
    for (const stop of unwatch) {
      // A content script outliving its extension (reloaded, switched off) has no storage API left
      // to unwatch: its listeners are gone with it, and the teardown after this must still run.
      try {
        stop();
      } catch {
        /* nothing left to unwatch */
      }
    }
  };
}

export function useBaton<T>(selector: (state: BatonState) => T): T {
  return useStore(batonStore, selector);
}
