import { useId, useMemo, useState, type FocusEvent } from 'react';
import { checkSchedule, type FieldProblem, type PersonField, type PersonFields } from '@/utils/team/person-fields';
import type { Settings } from '@/utils/team/types';
import { ScheduleInputs, type FieldErrors } from './ScheduleInputs';
import type { OptionsActions } from './types';

/** The user's own zone (the browser's unless chosen), hours, working days and country. */
export function YouSection({ settings, browserZone, actions }: { settings: Settings; browserZone: string; actions: OptionsActions }) {
  const id = useId();
  const { me } = settings;
  const stored: PersonFields = { timeZone: me.timeZone ?? browserZone, workStart: me.workStart, workEnd: me.workEnd, workDays: me.workDays, country: me.country ?? '' };
  // What the user is typing, kept while focus is in the section; storage gets each valid state.
  const [draft, setDraft] = useState<PersonFields | null>(null);
  const fields = draft ?? stored;
  const followBrowser = !me.timeZone;

  const errors = useMemo(() => {
    const problems: FieldProblem[] = [];
    checkSchedule(fields, problems);
    const all: FieldErrors = {};
    for (const p of problems) all[p.field] ??= p.message;
    if (fields.workDays === '') all.workDays = 'Pick at least one working day.';
    return all;
  }, [fields]);

  const save = (next: PersonFields, useBrowserZone: boolean) => {
    const problems: FieldProblem[] = [];
    const schedule = checkSchedule(next, problems);
    if (!schedule || next.workDays === '') return;
    void actions.updateSettings((s) => ({
      ...s,
      me: {
        ...s.me,
        timeZone: useBrowserZone ? undefined : schedule.timeZone,
        workStart: schedule.workStart,
        workEnd: schedule.workEnd,
        workDays: schedule.workDays,
        country: schedule.country,
      },
    }));
  };

  const onField = (key: PersonField, value: string) => {
    const next = { ...fields, [key]: value };
    setDraft(next);
    save(next, key === 'timeZone' ? false : followBrowser);
  };

  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null) && Object.keys(errors).length === 0) setDraft(null);
  };

  return (
    <section id="you" className="op-section" aria-labelledby="you-heading" onBlur={onBlur}>
      <div className="op-section__head">
        <h2 id="you-heading">You</h2>
        <p className="op-hint">Your own zone and hours: advice compares everyone with these, and the popup's bars are drawn on your day.</p>
      </div>
      <label className="op-check">
        <input
          type="checkbox"
          checked={followBrowser}
          onChange={(e) => {
            const follow = e.currentTarget.checked;
            const next = { ...fields, timeZone: follow ? browserZone : fields.timeZone };
            setDraft(next);
            save(next, follow);
          }}
        />
        Use this browser's time zone ({browserZone.replace(/_/g, ' ')})
      </label>
      <div className="op-grid" id={`${id}-fields`}>
        <ScheduleInputs idPrefix={`${id}-me`} fields={fields} onField={onField} errors={errors} zoneLabel="Your time zone" />
      </div>
    </section>
  );
}
