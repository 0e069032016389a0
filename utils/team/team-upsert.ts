import { browser } from 'wxt/browser';
import { updateTeam } from '../storage';
import { readTeam } from '../storage-shapes';
import { withPerson } from './team-edits';
import type { Person } from './types';

/**
 * A content script adds a person to the team through the background. Web Locks belong to an
 * origin: a lock taken in mail.google.com's page does not serialise with the extension's own pages,
 * so a content script writing the team itself could undo an options tab's edit made at the same
 * moment, or have its own undone. The background's updateTeam shares the extension's lock.
 */
export const TEAM_UPSERT_MESSAGE = 'baton:team-upsert';

export async function requestTeamUpsert(person: Person): Promise<void> {
  const reply: unknown = await browser.runtime.sendMessage({ type: TEAM_UPSERT_MESSAGE, person });
  if (reply !== true) throw new Error(typeof reply === 'string' ? reply : 'The team could not be saved');
}

/** The background's side: the reply for a message of ours (`true` once saved, or why not), else undefined. */
export function handleTeamUpsert(message: unknown): Promise<true | string> | undefined {
  const m = message as { type?: unknown; person?: unknown } | null;
  if (m?.type !== TEAM_UPSERT_MESSAGE) return undefined;
  const { team, problem } = readTeam({ people: [m.person], domainRules: [] });
  const person = team.people[0];
  if (problem || !person) return Promise.resolve('Not a person Baton can store');
  return updateTeam((current) => withPerson(current, person)).then(
    () => true as const,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}
