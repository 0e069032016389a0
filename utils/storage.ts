import { browser } from 'wxt/browser';
import { storage } from '#imports';
import { readSettings, readTeam } from './storage-shapes';
import { DEFAULT_SETTINGS, EMPTY_TEAM, type Settings, type Team } from './team/types';

/**
 * Every stored thing, typed and versioned. Storage is the truth; zustand stores (utils/stores.ts)
 * are per-context caches fed by these items' watchers.
 *
 * Where things live:
 * - settings: `sync` (small, always fits).
 * - team: `local` is its home on this device; a copy goes to `sync` (in chunks, inside Chrome's
 *   per-item and total quotas) while it fits, so a new browser of the same profile gets it. A
 *   team too large for `sync` stays whole in `local` and the options page says so.
 * - a stored value Baton cannot read is never overwritten silently: it is copied aside (exportable)
 *   and the user is told.
 */

/** v1 named the calendar switch `calendar`; v2 uses the app id `google-calendar`. */
export function migrateSettingsV1(old: unknown): unknown {
  if (!old || typeof old !== 'object') return old;
  const value = { ...(old as Record<string, unknown>) };
  const apps = value.apps as Record<string, unknown> | undefined;
  if (apps && 'calendar' in apps && !('google-calendar' in apps)) {
    const { calendar, ...rest } = apps;
    value.apps = { ...rest, 'google-calendar': calendar };
  }
  return value;
}

/** v1 was `{ people }` with no ids and no domain rules; v2 adds both. Idempotent. */
export function migrateTeamV1(old: unknown): unknown {
  if (!old || typeof old !== 'object') return old;
  const value = old as { people?: unknown; domainRules?: unknown };
  if (!Array.isArray(value.people)) return old;
  return {
    people: value.people.map((p: unknown) => {
      if (!p || typeof p !== 'object') return p;
      const person = p as { id?: unknown; email?: unknown; name?: unknown };
      if (typeof person.id === 'string' && person.id) return person;
      const email = typeof person.email === 'string' ? person.email.trim().toLowerCase() : '';
      const name = typeof person.name === 'string' ? person.name.trim().toLowerCase() : '';
      return { ...person, id: email || `name:${name}` };
    }),
    domainRules: Array.isArray(value.domainRules) ? value.domainRules : [],
  };
}

const rawSettingsItem = storage.defineItem<unknown>('sync:settings', {
  fallback: null,
  version: 2,
  migrations: { 2: migrateSettingsV1 },
});

const rawTeamItem = storage.defineItem<unknown>('local:team', {
  fallback: null,
  version: 2,
  migrations: { 2: migrateTeamV1 },
});

/** A stored value Baton could not read, kept as it was so the user can export it. */
export const unreadableItem = storage.defineItem<Record<string, unknown>>('local:unreadable', {
  fallback: {},
  version: 1,
});

export interface SyncPlacement {
  area: 'sync' | 'local';
  /** Bytes of the team as JSON. */
  bytes: number;
  /** Why it is not in sync, when it is not. */
  reason?: string;
}

export const teamPlacementItem = storage.defineItem<SyncPlacement>('local:teamPlacement', {
  fallback: { area: 'sync', bytes: 0 },
  version: 1,
});

/** Settings, always whole: stored fields over the defaults, bad fields back to their default. */
export const settingsItem = {
  async getValue(): Promise<Settings> {
    return readSettings(await rawSettingsItem.getValue()).settings;
  },
  async setValue(settings: Settings): Promise<void> {
    await rawSettingsItem.setValue(settings);
  },
  watch(cb: (next: Settings, previous: Settings) => void): () => void {
    return rawSettingsItem.watch((next, previous) => cb(readSettings(next).settings, readSettings(previous).settings));
  },
};

export async function getSettingsWithNotices(): Promise<{ settings: Settings; notices: string[] }> {
  const raw = await rawSettingsItem.getValue();
  const { settings, problems } = readSettings(raw);
  if (problems.length > 0) await keepUnreadable('settings', raw);
  return { settings, notices: problems.map((p) => `Settings: ${p}`) };
}

/** Read-modify-write on the freshest stored value, so edits from two tabs don't undo each other. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return withLock('baton-settings', async () => {
    const next = change(await settingsItem.getValue());
    await settingsItem.setValue(next);
    return next;
  });
}

export async function getTeam(): Promise<Team> {
  return (await getTeamWithNotices()).team;
}

export async function getTeamWithNotices(): Promise<{ team: Team; notices: string[] }> {
  const raw = await rawTeamItem.getValue();
  if (raw === null) {
    const fromSync = await readSyncCopy();
    return { team: fromSync ?? EMPTY_TEAM, notices: [] };
  }
  const { team, problem } = readTeam(raw);
  if (!problem) return { team, notices: [] };
  await keepUnreadable('team', raw);
  // Every save writes the sync copy with the local team, so a readable copy is the last good team:
  // use it rather than the damaged remains, or the next edit would overwrite the copy too.
  const fromSync = await readSyncCopy().catch(() => null);
  if (fromSync) {
    return {
      team: fromSync,
      notices: [`Your stored team could not be read (${problem}). Baton restored it from its browser-sync copy and kept the unreadable data: export it from Import / export.`],
    };
  }
  return {
    team,
    notices: [`Your stored team could not be read (${problem}). Baton kept the unreadable data: export it from Import / export.`],
  };
}

export type SaveTeamResult = SyncPlacement;

/** Save the whole team: always whole in `local`; copied to `sync` only when it fits. */
export async function saveTeam(team: Team): Promise<SaveTeamResult> {
  const clean: Team = { people: team.people, domainRules: team.domainRules ?? [] };
  await rawTeamItem.setValue(clean);
  const placement = await writeSyncCopy(clean);
  await teamPlacementItem.setValue(placement);
  return placement;
}

/** Apply a change to the freshest stored team (two options tabs editing at once lose nothing). */
export async function updateTeam(change: (current: Team) => Team): Promise<Team> {
  return withLock('baton-team', async () => {
    const next = change(await getTeam());
    await saveTeam(next);
    return next;
  });
}

export function watchTeam(cb: (team: Team) => void): () => void {
  return rawTeamItem.watch((next) => cb(next === null ? EMPTY_TEAM : readTeam(next).team));
}

export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((next) => cb(next));
}

export function watchTeamPlacement(cb: (placement: SyncPlacement) => void): () => void {
  return teamPlacementItem.watch((next) => cb(next));
}

async function keepUnreadable(key: string, raw: unknown): Promise<void> {
  const kept = await unreadableItem.getValue();
  if (JSON.stringify(kept[key]) === JSON.stringify(raw)) return;
  await unreadableItem.setValue({ ...kept, [key]: raw });
}

/*
 * The sync copy of the team, in chunks: Chrome's sync area allows 8,192 bytes per item and
 * 102,400 in all (Firefox similar). Baton keeps within 7,000 per chunk and 90,000 in all, leaving
 * room for settings.
 */
const SYNC_CHUNK_BYTES = 7_000;
const SYNC_TEAM_BUDGET_BYTES = 90_000;
const SYNC_META_KEY = 'teamCopy';
const chunkKey = (i: number) => `teamCopy.${i}`;

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function chunkForSync(json: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < json.length) {
    // Each chunk is stored as a JSON string: escaping can grow it, so measure what is stored.
    let end = Math.min(json.length, start + SYNC_CHUNK_BYTES);
    while (end > start + 1 && utf8Length(JSON.stringify(json.slice(start, end))) > SYNC_CHUNK_BYTES) {
      end = start + Math.floor((end - start) * 0.8);
    }
    chunks.push(json.slice(start, end));
    start = end;
  }
  return chunks;
}

async function writeSyncCopy(team: Team): Promise<SyncPlacement> {
  const json = JSON.stringify(team);
  const bytes = utf8Length(json);
  const sync = browser.storage?.sync;
  if (!sync) return { area: 'local', bytes, reason: 'This browser has no sync storage.' };
  const previous = ((await sync.get(SYNC_META_KEY))[SYNC_META_KEY] as { chunks?: number } | undefined)?.chunks ?? 0;
  const staleKeys = (from: number) => Array.from({ length: Math.max(0, previous - from) }, (_, i) => chunkKey(from + i));
  if (bytes > SYNC_TEAM_BUDGET_BYTES) {
    await sync.remove([SYNC_META_KEY, ...staleKeys(0)]);
    return {
      area: 'local',
      bytes,
      reason: `Your team is ${Math.ceil(bytes / 1024)} KB, more than browser sync holds (${SYNC_TEAM_BUDGET_BYTES / 1000} KB). It is kept whole on this device only.`,
    };
  }
  const chunks = chunkForSync(json);
  const entries: Record<string, unknown> = { [SYNC_META_KEY]: { chunks: chunks.length, bytes, savedAt: Date.now() } };
  chunks.forEach((chunk, i) => (entries[chunkKey(i)] = chunk));
  try {
    await sync.set(entries);
    if (previous > chunks.length) await sync.remove(staleKeys(chunks.length));
    return { area: 'sync', bytes };
  } catch (error) {
    // Quota exceeded (or sync unavailable): the team is already whole in local.
    await sync.remove([SYNC_META_KEY, ...staleKeys(0)]).catch(() => undefined);
    return { area: 'local', bytes, reason: `Browser sync refused the team (${error instanceof Error ? error.message : String(error)}). It is kept whole on this device only.` };
  }
}

async function readSyncCopy(): Promise<Team | null> {
  const sync = browser.storage?.sync;
  if (!sync) return null;
  const meta = (await sync.get(SYNC_META_KEY))[SYNC_META_KEY] as { chunks?: number } | undefined;
  if (!meta?.chunks) return null;
  const keys = Array.from({ length: meta.chunks }, (_, i) => chunkKey(i));
  const values = await sync.get(keys);
  if (keys.some((k) => typeof values[k] !== 'string')) return null;
  try {
    const { team, problem } = readTeam(JSON.parse(keys.map((k) => values[k] as string).join('')));
    return problem ? null : team;
  } catch {
    return null;
  }
}

/** Serialise writers across extension pages (options tabs, popup); plain call where locks are missing. */
async function withLock<T>(name: string, run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks?.request) return run();
  return locks.request(name, run) as Promise<T>;
}

export { DEFAULT_SETTINGS, EMPTY_TEAM };
