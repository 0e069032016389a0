import type { Settings, Team } from '@/utils/team/types';
import { getHolidayCache, saveHolidayCache } from './cache';
import { computeHolidayCache, sameList } from './compute';
import { countriesOf, yearsAround } from './countries';

/**
 * The background's holiday refresh: keep `local:holidays` covering every country the team, its
 * domain rules and the user name, for last, this and next year. Writes only when that set, the
 * years or the extension version changed, so an edit of someone's hours wakes no tab.
 */

export interface HolidayRefreshInput {
  team: Team;
  settings: Settings;
  now: number;
  /** The extension's version: holiday data comes with it. */
  source: string;
}

export type HolidayRefreshResult = 'written' | 'unchanged';

export async function refreshHolidays({ team, settings, now, source }: HolidayRefreshInput): Promise<HolidayRefreshResult> {
  const countries = countriesOf(team, settings);
  const years = yearsAround(now);
  const previous = await getHolidayCache();
  if (previous && previous.source === source && sameList(previous.years, years) && sameList(previous.countries, countries)) return 'unchanged';
  await saveHolidayCache(computeHolidayCache(countries, years, source, now, previous));
  return 'written';
}

/**
 * One refresh at a time: a request while one runs is answered by one more run after it (which
 * reads the freshest team and settings), however many requests came meanwhile.
 */
export function createHolidayRefresher(read: () => Promise<HolidayRefreshInput>, onError: (error: unknown) => void = () => undefined) {
  let running: Promise<void> | null = null;
  let again = false;
  const run = async (): Promise<void> => {
    do {
      again = false;
      try {
        await refreshHolidays(await read());
      } catch (error) {
        onError(error);
      }
    } while (again);
  };
  return {
    refresh(): Promise<void> {
      if (running) {
        again = true;
        return running;
      }
      running = run().finally(() => {
        running = null;
      });
      return running;
    },
  };
}
