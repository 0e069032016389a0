import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { TeamClocks } from '@/components/popup/TeamClocks';
import { useMinute } from '@/components/popup/use-minute';
import { connectBatonStore, useBaton } from '@/utils/stores';

/** The toolbar popup: team clocks fed by the store, ticking on the minute. */
export function App() {
  useEffect(() => connectBatonStore(), []);
  const ready = useBaton((s) => s.ready);
  const team = useBaton((s) => s.team);
  const holidays = useBaton((s) => s.holidays);
  const myZone = useBaton((s) => s.settings.me.timeZone);
  const notices = useBaton((s) => s.notices);
  const now = useMinute();
  const userZone = myZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  useEffect(() => {
    // For `npm run bench`: the moment the stored team's rows are in the DOM (paint follows in the frame).
    if (ready) performance.mark('baton:popup-rows');
  }, [ready]);
  return (
    <>
      {notices.length > 0 ? (
        // Stored data Baton could not read: never a silent "No team yet" (details and export in options).
        <div className="pc-storage-notice" data-baton="storage-notices" role="status">
          {notices.map((notice, i) => (
            <p key={i}>{notice}</p>
          ))}
        </div>
      ) : null}
      <TeamClocks team={team} userZone={userZone} now={now} ready={ready} holidays={holidays} onOpenOptions={() => void browser.runtime.openOptionsPage()} />
    </>
  );
}
