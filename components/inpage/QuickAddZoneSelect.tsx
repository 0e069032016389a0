import { useId, useMemo, useState } from 'react';

/** Every IANA zone this browser knows (the list is what luxon and Intl can use). */
function allZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? ['UTC'];
}

/**
 * A compact zone picker for in-page quick-add: a filter box over a native select (keyboard and
 * screen-reader friendly for free). Used until components/shared/ZonePicker.tsx can be shared.
 */
export function QuickAddZoneSelect({ value, onChange }: { value: string; onChange: (zone: string) => void }) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const zones = useMemo(() => allZones(), []);
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase().replace(/\s+/g, '_');
    const hits = needle ? zones.filter((z) => z.toLowerCase().includes(needle)) : zones;
    return hits.includes(value) ? hits : [value, ...hits];
  }, [zones, filter, value]);
  return (
    <div className="b-field">
      <label htmlFor={`${id}-filter`}>Time zone</label>
      <input
        id={`${id}-filter`}
        type="search"
        placeholder="Find a city"
        value={filter}
        onInput={(e) => {
          const next = (e.target as HTMLInputElement).value;
          setFilter(next);
          const needle = next.trim().toLowerCase().replace(/\s+/g, '_');
          const first = needle ? zones.find((z) => z.toLowerCase().includes(needle)) : undefined;
          if (first) onChange(first);
        }}
      />
      <select aria-label="Time zone" value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        {shown.map((z) => (
          <option key={z} value={z}>
            {z.replace(/_/g, ' ')}
          </option>
        ))}
      </select>
    </div>
  );
}
