import { requestTeamUpsert } from '@/utils/team/team-upsert';
import type { Person } from '@/utils/team/types';

/** Write one person into the team (replacing one with the same id); the store's watcher redraws. */
export async function addToTeam(input: { email?: string; name?: string; timeZone: string; workStart: string; workEnd: string }): Promise<void> {
  const email = input.email?.trim().toLowerCase() || undefined;
  const name = input.name?.trim() || undefined;
  if (!email && !name) throw new Error('A person needs an address or a name');
  const person: Person = {
    id: email ?? `name:${name!.toLowerCase().replace(/\s+/g, ' ')}`,
    ...(email ? { email } : {}),
    ...(name ? { name } : {}),
    timeZone: input.timeZone,
    workStart: input.workStart,
    workEnd: input.workEnd,
    workDays: 'Mon-Fri',
  };
  // Through the background, whose write is serialised with every options tab's (see team-upsert).
  await requestTeamUpsert(person);
}
