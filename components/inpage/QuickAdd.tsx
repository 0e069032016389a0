import { useId, useState } from 'react';
import { QuickAddZoneSelect } from './QuickAddZoneSelect';

export interface QuickAddInput {
  timeZone: string;
  workStart: string;
  workEnd: string;
}

/** The small inline form behind an unknown recipient's "Add to team": zone and hours. */
export function QuickAdd(props: {
  label: string;
  defaultZone: string;
  onSave: (input: QuickAddInput) => Promise<string | null>;
  onCancel: () => void;
}) {
  const id = useId();
  const [zone, setZone] = useState(props.defaultZone);
  const [start, setStart] = useState('09:00');
  const [end, setEnd] = useState('17:00');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="quick-add"
      data-baton="quick-add"
      aria-label={`Add ${props.label} to your team`}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void props.onSave({ timeZone: zone, workStart: start, workEnd: end }).then((message) => {
          setBusy(false);
          setError(message);
        });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel();
      }}
    >
      <div className="who">
        Add <bdi>{props.label}</bdi> to your team
      </div>
      <QuickAddZoneSelect value={zone} onChange={setZone} />
      <div className="hours">
        <div className="b-field">
          <label htmlFor={`${id}-start`}>Starts</label>
          <input id={`${id}-start`} type="time" required value={start} onInput={(e) => setStart((e.target as HTMLInputElement).value)} />
        </div>
        <div className="b-field">
          <label htmlFor={`${id}-end`}>Ends</label>
          <input id={`${id}-end`} type="time" required value={end} onInput={(e) => setEnd((e.target as HTMLInputElement).value)} />
        </div>
      </div>
      {error && (
        <div className="error" role="alert">
          {error}
        </div>
      )}
      <div className="row">
        <button type="button" className="b-btn" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="b-btn primary" disabled={busy} data-baton-action="quick-add-save">
          Add to team
        </button>
      </div>
    </form>
  );
}
