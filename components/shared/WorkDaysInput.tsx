import { useId } from 'react';
import { formatWorkDays, parseWorkDays } from '@/utils/team/schedule-fields';
import type { Weekday } from '@/utils/time/types';

const DAYS: Array<{ day: Weekday; short: string; long: string }> = [
  { day: 1, short: 'Mon', long: 'Monday' },
  { day: 2, short: 'Tue', long: 'Tuesday' },
  { day: 3, short: 'Wed', long: 'Wednesday' },
  { day: 4, short: 'Thu', long: 'Thursday' },
  { day: 5, short: 'Fri', long: 'Friday' },
  { day: 6, short: 'Sat', long: 'Saturday' },
  { day: 7, short: 'Sun', long: 'Sunday' },
];

/** Seven day toggles; the value is the team file's canonical day list (`Mon-Fri`, `Sun-Thu`). */
export function WorkDaysInput({ value, onChange, legend = 'Working days', invalid }: { value: string; onChange(days: string): void; legend?: string; invalid?: boolean }) {
  const id = useId();
  const selected = new Set<Weekday>(parseWorkDays(value) ?? []);
  const toggle = (day: Weekday) => {
    const next = new Set(selected);
    if (next.has(day)) next.delete(day);
    else next.add(day);
    const days = [...next].sort((a, b) => a - b);
    onChange(days.length > 0 ? formatWorkDays(days) : '');
  };
  return (
    <fieldset className="b-days" aria-invalid={invalid || undefined}>
      <legend className="b-label">{legend}</legend>
      <div className="b-days__row">
        {DAYS.map(({ day, short, long }) => (
          <label key={day} className="b-day" htmlFor={`${id}-${day}`}>
            <input id={`${id}-${day}`} type="checkbox" checked={selected.has(day)} onChange={() => toggle(day)} aria-label={long} />
            <span aria-hidden="true">{short}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
