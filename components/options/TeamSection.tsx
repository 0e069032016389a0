import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { countryName } from '@/utils/team/countries';
import { displayName } from '@/utils/team/team-diff';
import { withoutPerson, withPerson } from '@/utils/team/team-edits';
import type { Person, Team } from '@/utils/team/types';
import { PersonEditor } from './PersonEditor';
import type { OptionsActions } from './types';

interface Props {
  team: Team;
  defaultZone: string;
  actions: OptionsActions;
}

const ROW_HEIGHT = 48;
const EDITOR_HEIGHT = 330;

/**
 * The team as a searchable table. Only the rows in view are in the page (@tanstack/react-virtual),
 * so 2,000 people scroll and filter smoothly. Edits go through updateTeam on the freshest team.
 */
export function TeamSection({ team, defaultZone, actions }: Props) {
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [undo, setUndo] = useState<{ person: Person; message: string } | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const sorted = useMemo(
    () =>
      team.people
        .map((person) => ({ person, key: displayName(person).toLowerCase(), haystack: haystackOf(person) }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    [team.people],
  );
  const shown = useMemo(() => {
    const words = deferredQuery.trim().toLowerCase().split(/\s+/).filter(Boolean);
    return words.length === 0 ? sorted : sorted.filter((r) => words.every((w) => r.haystack.includes(w)));
  }, [sorted, deferredQuery]);
  const takenIds = useMemo(() => new Set(team.people.map((p) => p.id)), [team.people]);

  // The virtualizer's functions are used only in this component's render, never memoised elsewhere.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    // Rows are a fixed height; only the row being edited is measured (it holds the editor form).
    estimateSize: (index) => (shown[index]?.person.id === editing ? EDITOR_HEIGHT : ROW_HEIGHT),
    overscan: 8,
    getItemKey: (index) => shown[index]?.person.id ?? index,
  });

  const save = async (person: Person, replacingId?: string) => {
    await actions.updateTeam((t) => withPerson(t, person, replacingId));
    setAdding(false);
    setEditing(null);
  };
  const remove = async (person: Person) => {
    await actions.updateTeam((t) => withoutPerson(t, person.id));
    setUndo({ person, message: `${displayName(person)} was removed from your team.` });
  };

  const count = team.people.length;
  return (
    <section id="team" className="op-section" aria-labelledby="team-heading">
      <div className="op-section__head">
        <h2 id="team-heading">Team</h2>
        <p className="op-hint">
          The people Baton knows. Matched by email (or by name where an app shows no address). Add, edit or remove them here, or
          import a whole team file below.
        </p>
      </div>
      <div className="op-toolbar">
        <div className="op-search">
          <label htmlFor="team-search" className="b-label">
            Search the team
          </label>
          <input
            id="team-search"
            className="b-input"
            type="search"
            placeholder="Name, email, city, country…"
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            aria-controls={count > 0 ? "team-table" : undefined}
          />
        </div>
        <p className="op-count" aria-live="polite">
          {deferredQuery.trim() ? `${shown.length.toLocaleString()} of ${count.toLocaleString()} people` : `${count.toLocaleString()} ${count === 1 ? 'person' : 'people'}`}
        </p>
        <button type="button" className="b-button b-button--primary" onClick={() => setAdding(true)} disabled={adding}>
          Add a person
        </button>
      </div>
      {undo ? (
        <p className="op-undo" role="status">
          {undo.message}{' '}
          <button
            type="button"
            className="b-button b-button--link"
            onClick={() => {
              const { person } = undo;
              setUndo(null);
              void actions.updateTeam((t) => (t.people.some((p) => p.id === person.id) ? t : withPerson(t, person)));
            }}
          >
            Undo
          </button>
        </p>
      ) : null}
      {adding ? <PersonEditor takenIds={takenIds} defaultZone={defaultZone} onSave={save} onCancel={() => setAdding(false)} /> : null}
      {count === 0 && !adding ? (
        <p className="op-empty">No one yet. Add the people you work with, or import a CSV or JSON team file.</p>
      ) : (
        <div className="op-table" role="table" id="team-table" aria-label="Team" aria-rowcount={shown.length + 1}>
          <div className="op-row op-row--head" role="row" aria-rowindex={1}>
            <span role="columnheader">Person</span>
            <span role="columnheader">Time zone</span>
            <span role="columnheader">Hours</span>
            <span role="columnheader">Days</span>
            <span role="columnheader">Country</span>
            <span role="columnheader">
              <span className="bz-visually-hidden">Actions</span>
            </span>
          </div>
          {/*
            The scroller is the table's body rowgroup itself: a table may own only rows and
            rowgroups, and the scroller is focusable (tabindex -1, to scroll by keyboard after a
            click). The sizer and each virtual wrapper inside have no role, so its rows are its own.
          */}
          <div className="op-table__scroll" role="rowgroup" ref={scrollRef} tabIndex={-1}>
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const person = shown[item.index]?.person;
                if (!person) return null;
                return (
                  <div
                    key={item.key}
                    ref={editing === person.id ? virtualizer.measureElement : undefined}
                    data-index={item.index}
                    className="op-virtual"
                    style={{ transform: `translateY(${item.start}px)` }}
                  >
                    {editing === person.id ? (
                      <div role="row" aria-rowindex={item.index + 2}>
                        <div role="cell">
                          <PersonEditor person={person} takenIds={takenIds} defaultZone={defaultZone} onSave={save} onCancel={() => setEditing(null)} />
                        </div>
                      </div>
                    ) : (
                      <PersonRow person={person} rowIndex={item.index + 2} onEdit={() => setEditing(person.id)} onDelete={() => void remove(person)} />
                    )}
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}

function PersonRow({ person, rowIndex, onEdit, onDelete }: { person: Person; rowIndex: number; onEdit(): void; onDelete(): void }) {
  const who = displayName(person);
  return (
    <div className="op-row" role="row" aria-rowindex={rowIndex}>
      <span role="cell" className="op-person">
        <span className="op-person__name">{person.name || person.email}</span>
        {person.name && person.email ? <span className="op-person__email">{person.email}</span> : null}
      </span>
      <span role="cell" className="op-zone">
        {person.timeZone.replace(/_/g, ' ')}
      </span>
      <span role="cell" className="op-mono">
        {person.workStart}–{person.workEnd}
      </span>
      <span role="cell">{person.workDays}</span>
      <span role="cell" title={person.country ? countryName(person.country) : undefined}>
        {person.country ?? '—'}
      </span>
      <span role="cell" className="op-row__actions">
        <button type="button" className="b-button b-button--small" onClick={onEdit} aria-label={`Edit ${who}`}>
          Edit
        </button>
        <button type="button" className="b-button b-button--small b-button--danger" onClick={onDelete} aria-label={`Delete ${who}`}>
          Delete
        </button>
      </span>
    </div>
  );
}

function haystackOf(person: Person): string {
  return [person.name, person.email, person.timeZone.replace(/_/g, ' '), person.country, person.country ? countryName(person.country) : '']
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}
