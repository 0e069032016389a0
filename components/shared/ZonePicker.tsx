import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { canonicalZone, searchZones, zoneCatalogue, zoneLabel, type ZoneInfo } from '@/utils/team/zones';

/**
 * A time-zone combobox (WAI-ARIA 1.2 pattern): type a city, country, abbreviation or offset
 * ("tokyo", "japan", "JST", "+9", "UTC-3"), move with the arrow keys, Enter to pick, Escape to
 * leave unchanged. Styles: components/shared/zone-picker.css (class names start with `bz-`).
 */
export interface ZonePickerProps {
  id?: string;
  value: string;
  onChange(zone: string): void;
  label?: string;
  /** Marks the field invalid and points at the message that says why. */
  invalid?: boolean;
  describedBy?: string;
  /** Hide the visible label (an aria-label is used instead), for table cells. */
  hideLabel?: boolean;
}

const SHOWN = 60;

export function ZonePicker({ id, value, onChange, label = 'Time zone', invalid, describedBy, hideLabel }: ZonePickerProps) {
  const generated = useId();
  const inputId = id ?? `${generated}-zone`;
  const listId = `${inputId}-list`;
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const open = query !== null;
  const catalogue = useMemo(() => (open ? zoneCatalogue() : []), [open]);
  const results = useMemo(() => (open ? searchZones(query ?? '', catalogue).slice(0, SHOWN) : []), [open, query, catalogue]);

  useEffect(() => {
    if (!open) return;
    const option = listRef.current?.children[active] as HTMLElement | undefined;
    option?.scrollIntoView?.({ block: 'nearest' });
  }, [active, open]);

  const pick = (zone: ZoneInfo | undefined) => {
    if (zone && zone.id !== value) onChange(zone.id);
    setQuery(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setQuery('');
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (results.length === 0 ? 0 : (i + step + results.length) % results.length));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      pick(results[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setQuery(null);
    }
  };

  const onBlur = () => {
    // Typing a full zone id and leaving the field picks it; anything else leaves the value as it was.
    if (query) {
      const zone = canonicalZone(query);
      if (zone && zone !== value) onChange(zone);
    }
    setQuery(null);
  };

  const activeId = open && results[active] ? `${listId}-${active}` : undefined;
  return (
    <div className="bz-picker">
      <label htmlFor={inputId} className={hideLabel ? 'bz-visually-hidden' : 'bz-label'}>
        {label}
      </label>
      <input
        id={inputId}
        className="bz-input"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        placeholder="City, country, JST or +9"
        value={open ? (query ?? '') : value}
        title={value ? zoneLabel(value) : undefined}
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onClick={() => {
          if (!open) setQuery('');
        }}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      <ul id={listId} ref={listRef} role="listbox" aria-label={`${label} results`} className="bz-list" hidden={!open}>
        {open && results.length === 0 ? (
          <li className="bz-empty" role="presentation">
            No zone matches “{query}”.
          </li>
        ) : null}
        {results.map((zone, index) => (
          <li
            key={zone.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="bz-option"
            onMouseDown={(e) => {
              // Keep focus in the input so blur does not close the list before the click lands.
              e.preventDefault();
              pick(zone);
            }}
            onMouseMove={() => setActive(index)}
          >
            <span className="bz-city">
              {zone.city}
              {zone.countryName && zone.countryName !== zone.city ? <span className="bz-country">, {zone.countryName}</span> : null}
            </span>
            <span className="bz-meta">
              {zone.abbreviations.slice(0, 2).join(' ')} {zone.offsetLabel}
            </span>
            <span className="bz-id">{zone.id}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
