import type { SyncPlacement } from '@/utils/storage';

/** What the user should know about stored data: unreadable values, and a team kept on this device only. */
export function StorageNotices({ notices, placement }: { notices: string[]; placement: SyncPlacement }) {
  if (notices.length === 0 && placement.area === 'sync') return null;
  return (
    <div className="op-notices" data-baton="storage-notices" role="status">
      {notices.map((n, i) => (
        <p key={i} className="op-notice op-notice--warn">
          {n}
        </p>
      ))}
      {placement.area === 'local' ? (
        <p className="op-notice" data-baton="team-placement">
          {placement.reason ?? 'Your team is kept whole on this device only.'} Export it from Import / export to move it to another browser.
        </p>
      ) : null}
    </div>
  );
}
