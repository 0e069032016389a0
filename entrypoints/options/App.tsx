import { useEffect, useMemo, useState } from 'react';
import { CalendarFeedSection } from '@/components/feed/CalendarFeedSection';
import { downloadText } from '@/components/options/download';
import { OptionsPage } from '@/components/options/OptionsPage';
import type { OptionsActions } from '@/components/options/types';
import { unreadableItem, updateSettings, updateTeam } from '@/utils/storage';
import { connectBatonStore, useBaton } from '@/utils/stores';
import type { Team } from '@/utils/team/types';

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The options page: the store fed by storage, and the actions that write storage. */
export function App() {
  useEffect(() => connectBatonStore(), []);
  const ready = useBaton((s) => s.ready);
  const team = useBaton((s) => s.team);
  const settings = useBaton((s) => s.settings);
  const notices = useBaton((s) => s.notices);
  const placement = useBaton((s) => s.teamPlacement);
  const [unreadable, setUnreadable] = useState<Record<string, unknown>>({});
  useEffect(() => {
    void unreadableItem.getValue().then(setUnreadable);
    return unreadableItem.watch((v) => setUnreadable(v ?? {}));
  }, []);

  const actions = useMemo<OptionsActions>(
    () => ({
      updateSettings: async (change) => {
        await updateSettings(change);
      },
      updateTeam: async (change) => {
        let before: Team | null = null;
        await updateTeam((current) => {
          before = current;
          return change(current);
        });
        return before ?? { people: [], domainRules: [] };
      },
      download: downloadText,
    }),
    [],
  );

  return (
    <OptionsPage
      ready={ready}
      team={team}
      settings={settings}
      notices={notices}
      placement={placement}
      unreadable={unreadable}
      browserZone={browserZone()}
      actions={actions}
      feedSection={<CalendarFeedSection />}
    />
  );
}
