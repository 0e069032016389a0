import { formatDuration, formatSpan, type UserDay } from '@/utils/team/clocks';
import { displayName } from '@/utils/team/team-diff';
import type { Person } from '@/utils/team/types';
import type { Overlap } from '@/utils/team/overlap';

/** Today's overlap, in the user's time: for everyone, or for the people ticked in the list. */
export function OverlapSummary({ overlap, people, selectedCount, day, userZone, onClear }: { overlap: Overlap; people: readonly Person[]; selectedCount: number; day: UserDay; userZone: string; onClear(): void }) {
  const who = selectedCount > 0 ? `the ${selectedCount} selected` : people.length === 1 && people[0] ? displayName(people[0]) : `all ${people.length}`;
  const windows = (spans: typeof overlap.all) => spans.map((s) => formatSpan(s, userZone)).join(', ');
  const total = (spans: typeof overlap.all) => formatDuration(spans.reduce((sum, s) => sum + s.end - s.start, 0));
  let text: string;
  if (overlap.all.length > 0) text = `${windows(overlap.all)} (${total(overlap.all)})`;
  else if (overlap.bestCount > 0) text = `none for ${who}; most (${overlap.bestCount} of ${overlap.people}) at ${windows(overlap.best)}`;
  else text = 'nobody works today';
  return (
    <div className="pc-overlap" data-baton="team-overlap" data-day={day.date} role="status">
      <span className="pc-overlap__label">Today's overlap{overlap.all.length > 0 ? `, ${who}` : ''}:</span> <strong>{text}</strong>
      {selectedCount > 0 ? (
        <button type="button" className="pc-button pc-button--link" onClick={onClear}>
          Everyone
        </button>
      ) : null}
    </div>
  );
}
