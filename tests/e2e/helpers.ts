import type { BrowserContext, Worker } from '@playwright/test';
import type { Person, Settings, Team } from '../../utils/team/types';
import { DEFAULT_SETTINGS } from '../../utils/team/types';

/** A team-file row as CONTRACT.md §1 spells it; missing fields take the file's defaults. */
export interface TeamRow {
  email?: string;
  name?: string;
  timeZone: string;
  workStart?: string;
  workEnd?: string;
  workDays?: string;
  country?: string;
}

export function toPerson(row: TeamRow): Person {
  const email = row.email?.toLowerCase();
  return {
    id: email ?? `name:${(row.name ?? '').toLowerCase()}`,
    ...(email ? { email } : {}),
    ...(row.name ? { name: row.name } : {}),
    timeZone: row.timeZone,
    workStart: row.workStart ?? '09:00',
    workEnd: row.workEnd ?? '17:00',
    workDays: row.workDays ?? 'Mon-Fri',
    ...(row.country ? { country: row.country } : {}),
  };
}

/**
 * Put a team straight into extension storage, the way utils/storage.ts keeps it.
 * (Contract-level tests import through the options page instead: see options e2e.)
 */
export async function seedTeam(worker: Worker, rows: TeamRow[]): Promise<void> {
  const team: Team = { people: rows.map(toPerson), domainRules: [] };
  await worker.evaluate(async (value) => {
    await chrome.storage.local.set({ team: value });
  }, team);
}

export async function seedSettings(worker: Worker, patch: Partial<Settings>): Promise<void> {
  await worker.evaluate(async (value) => {
    await chrome.storage.sync.set({ settings: value });
  }, { ...DEFAULT_SETTINGS, ...patch });
}

/** `HH:mm` in a zone, `minutes` from now: for people whose hours are set relative to the real now. */
export function wallClockIn(zone: string, minutesFromNow: number): string {
  const at = new Date(Date.now() + minutesFromNow * 60_000);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
}

/** Every English day name: a person who works every day, so weekends never interfere with a test. */
export const EVERY_DAY = 'Mon-Sun';

export type { BrowserContext };
