import type { Settings, Team } from '@/utils/team/types';

/**
 * What the options components may do. The options entrypoint wires these to utils/storage.ts;
 * component tests pass their own. Every change is a function of the freshest stored value, so two
 * options tabs editing at once both keep their edits.
 */
export interface OptionsActions {
  updateSettings(change: (current: Settings) => Settings): Promise<void>;
  /** Resolves to the team as it was just before the change (for Undo). */
  updateTeam(change: (current: Team) => Team): Promise<Team>;
  download(fileName: string, mime: string, text: string): void;
}
