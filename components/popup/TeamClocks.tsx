import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { DateTime } from 'luxon';
import { atUserMinute, clockRows, matchPeople, sortByZone, spansOfPeople, userDayOf, userMinuteOf, type ClockRow as Row } from '@/utils/team/clocks';
import type { Person, Team } from '@/utils/team/types';
import type { HolidayCalendar } from '@/utils/time';
import { ClockRow } from './ClockRow';
import { DayScale } from './DayBar';
import { OverlapSummary } from './OverlapSummary';
import { overlapOf, type Span } from '@/utils/team/overlap';
import { afterNextPaint } from './after-paint';

export interface TeamClocksProps {
  team: Team;
  /** The user's zone (settings.me.timeZone, else the browser's). */
  userZone: string;
  /** Now, floored to the minute (use-minute.ts). */
  now: number;
  ready: boolean;
  /** Public holidays (the store's calendar); none known when absent. */
  holidays?: HolidayCalendar;
  onOpenOptions(): void;
}

/**
 * The toolbar popup: everyone's local time and status, their hours on your day, today's overlap.
 * The scrubber previews another moment of your day; every row follows it.
 */
/** Rows in the first paint: the popup (at most 600 px tall) shows about six below its controls. */
const FIRST_ROWS = 12;
/** Rows added in each later chunk, after the previous chunk's frame. */
const MORE_ROWS = 120;
/** Teams up to this size get their overlap in the first paint; larger ones just after it. */
const OVERLAP_AT_ONCE_UP_TO = 60;
const NO_SPANS: Span[] = [];
const NO_PEOPLE: Person[] = [];

export function TeamClocks({ team, userZone, now, ready, holidays, onOpenOptions }: TeamClocksProps) {
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [groupByZone, setGroupByZone] = useState(false);
  const [scrub, setScrub] = useState<number | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  const day = useMemo(() => userDayOf(now, userZone), [now, userZone]);
  const at = scrub === null ? now : atUserMinute(day, scrub);
  const sorted = useMemo(() => sortByZone(team.people, at), [team.people, at]);
  const matching = useMemo(() => matchPeople(sorted, deferredQuery), [sorted, deferredQuery]);
  // The first screenful is computed and painted at once; the rest follows in chunks, each after
  // the last one's frame has been painted and rendered as a transition (React yields to the browser
  // every few ms), so a 500-person team opens as fast as a small one.
  const [limit, setLimit] = useState(FIRST_ROWS);
  useEffect(() => {
    if (limit >= matching.length) return;
    return afterNextPaint(() => startTransition(() => setLimit((l) => l + MORE_ROWS)));
  }, [limit, matching.length]);
  const shown = useMemo(() => clockRows(matching.slice(0, limit), at, day, holidays), [matching, limit, at, day, holidays]);
  const selectedPeople = useMemo(() => (selected.size === 0 ? NO_PEOPLE : team.people.filter((p) => selected.has(p.id))), [team.people, selected]);
  const overlapPeople = selectedPeople.length > 0 ? selectedPeople : team.people;
  // A large team's overlap is worked out once the first rows have been painted, so the clocks show first.
  const hasRows = shown.length > 0;
  const [rowsPainted, setRowsPainted] = useState(false);
  useEffect(() => {
    if (rowsPainted || !hasRows) return;
    return afterNextPaint(() => startTransition(() => setRowsPainted(true)));
  }, [rowsPainted, hasRows]);
  const deferOverlap = !rowsPainted && overlapPeople.length > OVERLAP_AT_ONCE_UP_TO;
  const overlap = useMemo(() => (deferOverlap ? null : overlapOf(spansOfPeople(overlapPeople, day, holidays))), [deferOverlap, overlapPeople, day, holidays]);

  const toggle = useCallback((id: string) => {
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const myClock = DateTime.fromMillis(at, { zone: userZone }).toFormat('HH:mm');
  const nowMinute = userMinuteOf(day, now);

  if (ready && team.people.length === 0) {
    return (
      <div className="pc-root">
        <Header zone={userZone} onOpenOptions={onOpenOptions} />
        <main className="pc-empty">
          <p className="pc-empty__title">No team yet</p>
          <p>Add the people you work with — or import a CSV or JSON team file — and their local times show up here.</p>
          <button type="button" className="pc-button pc-button--primary" onClick={onOpenOptions}>
            Set up your team
          </button>
        </main>
      </div>
    );
  }

  return (
    <div className="pc-root">
      <Header zone={userZone} onOpenOptions={onOpenOptions} />
      {/* The page's one main landmark: everything but the header (a banner). */}
      <main className="pc-main">
        <div className="pc-controls">
          <label className="pc-visually-hidden" htmlFor="pc-search">
            Search the team
          </label>
          <input id="pc-search" className="pc-search" type="search" placeholder="Search name, email, city…" value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
          <label className="pc-toggle">
            <input type="checkbox" checked={groupByZone} onChange={(e) => setGroupByZone(e.currentTarget.checked)} />
            By zone
          </label>
        </div>
        <div className="pc-scrub">
          <label htmlFor="pc-scrub" className="pc-scrub__label">
            {scrub === null ? (
              <>
                Now, <strong>{myClock}</strong> your time
              </>
            ) : (
              <>
                At <strong>{myClock}</strong> your time
              </>
            )}
          </label>
          <input
            id="pc-scrub"
            type="range"
            min={0}
            max={1425}
            step={15}
            value={scrub ?? nowMinute - (nowMinute % 15)}
            aria-valuetext={`${myClock} your time`}
            onChange={(e) => setScrub(Number(e.currentTarget.value))}
          />
          <button type="button" className="pc-button pc-button--small" onClick={() => setScrub(null)} disabled={scrub === null}>
            Now
          </button>
        </div>
        {overlap ? (
          <OverlapSummary overlap={overlap} people={overlapPeople} selectedCount={selectedPeople.length} day={day} userZone={userZone} onClear={() => setSelected(new Set())} />
        ) : (
          <div className="pc-overlap" role="status">
            Working out today's overlap…
          </div>
        )}
        <DayScale />
        {shown.length === 0 ? <p className="pc-none">No one matches “{deferredQuery}”.</p> : null}
        {groupByZone ? (
          groupRows(shown).map((group) => (
            <section key={group.zone} className="pc-group" aria-label={group.zone}>
              <h2 className="pc-group__title">
                {group.zone.replace(/_/g, ' ')} <span>{group.rows[0]?.localTime.slice(11, 16)}</span>
              </h2>
              <RowList rows={group.rows} day={day} at={at} selected={selected} onToggle={toggle} highlight={overlap?.all ?? NO_SPANS} />
            </section>
          ))
        ) : (
          <RowList rows={shown} day={day} at={at} selected={selected} onToggle={toggle} highlight={overlap?.all ?? NO_SPANS} />
        )}
      </main>
    </div>
  );
}

function RowList({ rows, day, at, selected, onToggle, highlight }: { rows: Row[]; day: ReturnType<typeof userDayOf>; at: number; selected: ReadonlySet<string>; onToggle(id: string): void; highlight: Span[] }) {
  return (
    <ul className="pc-list">
      {rows.map((row) => (
        <ClockRow key={row.person.id} row={row} day={day} at={at} selected={selected.has(row.person.id)} onToggle={onToggle} highlight={highlight} />
      ))}
    </ul>
  );
}

function groupRows(rows: Row[]): Array<{ zone: string; rows: Row[] }> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(row.zone, [...(groups.get(row.zone) ?? []), row]);
  return [...groups.entries()].map(([zone, list]) => ({ zone, rows: list }));
}

function Header({ zone, onOpenOptions }: { zone: string; onOpenOptions(): void }) {
  return (
    <header className="pc-header">
      <img className="pc-logo" src="/icon/baton.svg" alt="" width={28} height={28} />
      <div className="pc-header__text">
        <h1 className="pc-title">Team clocks</h1>
        <p className="pc-sub">
          You: {zone.replace(/_/g, ' ')}
        </p>
      </div>
      <button type="button" className="pc-button pc-button--ghost" onClick={onOpenOptions} aria-label="Open Baton options">
        Options
      </button>
    </header>
  );
}
