import { storage } from '#imports';
import { DEFAULT_SETTINGS, EMPTY_TEAM, type Settings, type Team } from './team/types';

/**
 * Every stored thing, typed and versioned. Storage is the truth; zustand stores (utils/stores.ts)
 * are per-context caches fed by these items' watchers.
 */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export const teamItem = storage.defineItem<Team>('local:team', {
  fallback: EMPTY_TEAM,
  version: 1,
});
