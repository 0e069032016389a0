import { useMemo } from 'react';
import { countryCodes, countryName } from '@/utils/team/countries';

/** A country (ISO 3166-1 alpha-2) whose public holidays count as days off, or none. */
export function CountrySelect({ id, value, onChange, label = 'Country (public holidays)' }: { id: string; value: string; onChange(code: string): void; label?: string }) {
  const options = useMemo(
    () => countryCodes().map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name)),
    [],
  );
  const known = !value || options.some((o) => o.code === value);
  return (
    <div className="b-field">
      <label htmlFor={id} className="b-label">
        {label}
      </label>
      <select id={id} className="b-input" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">None</option>
        {known ? null : <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name} ({o.code})
          </option>
        ))}
      </select>
    </div>
  );
}
