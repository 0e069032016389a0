import { useId, useState } from 'react';
import type { AppId, LoadThresholds, Settings } from '@/utils/team/types';
import { FieldMessage } from './FieldMessage';
import type { OptionsActions } from './types';

const APPS: Array<{ id: AppId; label: string }> = [
  { id: 'gmail', label: 'Gmail' },
  { id: 'google-calendar', label: 'Google Calendar' },
  { id: 'outlook', label: 'Outlook on the web' },
];

/** The send guard, meeting-load thresholds, async suggestions, the video recorder, and one switch per app. */
export function RulesSection({ settings, actions }: { settings: Settings; actions: OptionsActions }) {
  const id = useId();
  const set = (change: (s: Settings) => Settings) => void actions.updateSettings(change);
  return (
    <section id="rules" className="op-section" aria-labelledby="rules-heading">
      <div className="op-section__head">
        <h2 id="rules-heading">Rules</h2>
        <p className="op-hint">Every change applies at once, in open Gmail, Calendar and Outlook tabs too.</p>
      </div>

      <fieldset className="op-group">
        <legend>Apps</legend>
        {APPS.map((app) => (
          <label key={app.id} className="op-switch">
            <input
              type="checkbox"
              role="switch"
              checked={settings.apps[app.id]}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                set((s) => ({ ...s, apps: { ...s.apps, [app.id]: on } }));
              }}
            />
            <span className="op-switch__track" aria-hidden="true" />
            Baton in {app.label}
          </label>
        ))}
      </fieldset>

      <fieldset className="op-group">
        <legend>Send guard</legend>
        <p className="op-hint">When you press Send while a recipient is outside their hours.</p>
        {(
          [
            ['warn', 'Warn me, with a suggested time to schedule it'],
            ['off', 'Off: only the note next to Send'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="op-radio">
            <input type="radio" name={`${id}-guard`} value={value} checked={settings.sendGuard === value} onChange={() => set((s) => ({ ...s, sendGuard: value }))} />
            {label}
          </label>
        ))}
      </fieldset>

      <LoadThresholdsFields load={settings.load} onChange={(key, value) => set((s) => ({ ...s, load: { ...s.load, [key]: value } }))} />

      <fieldset className="op-group">
        <legend>Async instead of a meeting</legend>
        <label className="op-switch">
          <input
            type="checkbox"
            role="switch"
            checked={settings.asyncRules}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              set((s) => ({ ...s, asyncRules: on }));
            }}
          />
          <span className="op-switch__track" aria-hidden="true" />
          Suggest a written update or a video when a meeting looks replaceable
        </label>
        <VideoUrlField value={settings.videoUrl} onSave={(videoUrl) => set((s) => ({ ...s, videoUrl }))} />
      </fieldset>
    </section>
  );
}

function VideoUrlField({ value, onSave }: { value: string; onSave(url: string): void }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? value;
  const error = text.trim() && !/^https:\/\/[^\s/]+\.[^\s]+$/i.test(text.trim()) ? 'Use a full https:// address, like https://www.loom.com/record.' : undefined;
  const commit = () => {
    if (draft === null || error) return;
    onSave(draft.trim());
    setDraft(null);
  };
  return (
    <div className="op-field op-field--wide">
      <label className="b-label" htmlFor={`${id}-video`}>
        Video recorder address
      </label>
      <p className="op-hint" id={`${id}-video-hint`}>
        Opened by “Record a video instead”: your Loom, Teams or other recorder link. Leave empty to be asked.
      </p>
      <input
        id={`${id}-video`}
        className="b-input"
        type="url"
        inputMode="url"
        placeholder="https://www.loom.com/record"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-invalid={Boolean(error) || undefined}
        aria-describedby={`${id}-video-hint ${id}-video-error`}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      <FieldMessage id={`${id}-video-error`} message={error} />
    </div>
  );
}

const LOAD_FIELDS: Array<{ key: keyof LoadThresholds; label: string; unit: 'hours' | 'meetings' }> = [
  { key: 'heavyMinutes', label: 'Heavy at', unit: 'hours' },
  { key: 'heavyMeetings', label: 'Heavy at', unit: 'meetings' },
  { key: 'minFreeBlockMinutes', label: 'Heavy when no free block of', unit: 'hours' },
  { key: 'overloadedMinutes', label: 'Overloaded at', unit: 'hours' },
  { key: 'overloadedMeetings', label: 'Overloaded at', unit: 'meetings' },
];

function LoadThresholdsFields({ load, onChange }: { load: LoadThresholds; onChange(key: keyof LoadThresholds, value: number): void }) {
  const id = useId();
  const [drafts, setDrafts] = useState<Partial<Record<keyof LoadThresholds, string>>>({});
  const shown = (key: keyof LoadThresholds, unit: string) => drafts[key] ?? String(unit === 'hours' ? load[key] / 60 : load[key]);
  const parse = (text: string, unit: string): number | null => {
    const n = Number(text.replace(',', '.'));
    if (!text.trim() || !Number.isFinite(n) || n <= 0 || n > (unit === 'hours' ? 24 : 50)) return null;
    return unit === 'hours' ? Math.round(n * 60) : Math.round(n);
  };
  const errorOf = (key: keyof LoadThresholds, unit: string) => {
    const text = drafts[key];
    if (text === undefined) return undefined;
    return parse(text, unit) === null ? (unit === 'hours' ? 'A number of hours between 0 and 24.' : 'A whole number of meetings from 1 to 50.') : undefined;
  };
  return (
    <fieldset className="op-group">
      <legend>Meeting load</legend>
      <p className="op-hint">How a day's meetings are judged in the calendar (including the one you are planning).</p>
      <div className="op-grid op-grid--load">
        {LOAD_FIELDS.map(({ key, label, unit }) => {
          const error = errorOf(key, unit);
          return (
            <div className="op-field" key={key}>
              <label className="b-label" htmlFor={`${id}-${key}`}>
                {label} ({unit})
              </label>
              <input
                id={`${id}-${key}`}
                className="b-input"
                type="number"
                min={unit === 'hours' ? 0.5 : 1}
                step={unit === 'hours' ? 0.5 : 1}
                value={shown(key, unit)}
                aria-invalid={Boolean(error) || undefined}
                aria-describedby={`${id}-${key}-error`}
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  setDrafts((d) => ({ ...d, [key]: text }));
                  const value = parse(text, unit);
                  if (value !== null) onChange(key, value);
                }}
                onBlur={() => {
                  if (!errorOf(key, unit)) setDrafts(({ [key]: _, ...rest }) => rest);
                }}
              />
              <FieldMessage id={`${id}-${key}-error`} message={error} />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
