import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { checkPerson, FIELD_DEFAULTS, personFields, type PersonField, type PersonFields } from '@/utils/team/person-fields';
import type { Person } from '@/utils/team/types';
import { FieldMessage } from './FieldMessage';
import { ScheduleInputs, type FieldErrors } from './ScheduleInputs';

export interface PersonEditorProps {
  /** The person being edited; absent to add one. */
  person?: Person;
  /** Ids already in the team (an added or re-addressed person must not take another's). */
  takenIds: ReadonlySet<string>;
  defaultZone: string;
  onSave(person: Person, replacingId?: string): Promise<void>;
  onCancel(): void;
}

/** Add or edit one person, checked as you type by the same rules the team-file import uses. */
export function PersonEditor({ person, takenIds, defaultZone, onSave, onCancel }: PersonEditorProps) {
  const id = useId();
  const [fields, setFields] = useState<PersonFields>(() =>
    person ? personFields(person) : { email: '', name: '', timeZone: defaultZone, ...FIELD_DEFAULTS, country: '' },
  );
  const [touched, setTouched] = useState<ReadonlySet<PersonField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);

  const { checked, errors } = useMemo(() => {
    const result = checkPerson(fields);
    const all: FieldErrors = {};
    for (const p of result.problems) all[p.field] ??= p.message;
    if (fields.workDays === '') all.workDays = 'Pick at least one working day.';
    const candidate = result.person;
    if (candidate && candidate.id !== person?.id && takenIds.has(candidate.id)) {
      all.email = candidate.email ? `${candidate.email} is already in your team.` : `${candidate.name} is already in your team; add an email to tell them apart.`;
    }
    return { checked: Object.keys(all).length === 0 ? candidate : null, errors: all };
  }, [fields, takenIds, person?.id]);

  // Messages appear for fields the user has changed, and for all of them after Save is pressed.
  const shown: FieldErrors = {};
  for (const [key, message] of Object.entries(errors) as Array<[PersonField, string]>) {
    if (submitted || touched.has(key) || (key === 'email' && touched.has('name'))) shown[key] = message;
  }

  const setField = (key: PersonField, value: string) => {
    setFields((f) => ({ ...f, [key]: value }));
    setTouched((t) => new Set(t).add(key));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!checked) return;
    setSaving(true);
    try {
      await onSave(checked, person?.id);
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onCancel();
    }
  };

  const who = person ? person.name || person.email : 'a new person';
  return (
    <form className="op-editor" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} aria-label={person ? `Edit ${who}` : 'Add a person'} noValidate>
      <div className="op-field">
        <label className="b-label" htmlFor={`${id}-email`}>
          Email
        </label>
        <input
          id={`${id}-email`}
          className="b-input"
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={fields.email ?? ''}
          aria-invalid={Boolean(shown.email) || undefined}
          aria-describedby={`${id}-email-error`}
          onChange={(e) => setField('email', e.currentTarget.value)}
          // A new row starts here.
          autoFocus
        />
        <FieldMessage id={`${id}-email-error`} message={shown.email} />
      </div>
      <div className="op-field">
        <label className="b-label" htmlFor={`${id}-name`}>
          Name
        </label>
        <input id={`${id}-name`} className="b-input" autoComplete="off" value={fields.name ?? ''} onChange={(e) => setField('name', e.currentTarget.value)} />
      </div>
      <ScheduleInputs idPrefix={id} fields={fields} onField={setField} errors={shown} />
      <div className="op-editor__actions">
        <button type="submit" className="b-button b-button--primary" disabled={saving}>
          {person ? 'Save' : 'Add to team'}
        </button>
        <button type="button" className="b-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
