import { useId, useMemo, useState, type FormEvent } from 'react';
import { checkDomainRule } from '@/utils/team/domain-rule-fields';
import { FIELD_DEFAULTS, type PersonField, type PersonFields } from '@/utils/team/person-fields';
import { withoutRule, withRule } from '@/utils/team/team-edits';
import type { DomainRule, Team } from '@/utils/team/types';
import { FieldMessage } from './FieldMessage';
import { ScheduleInputs, type FieldErrors } from './ScheduleInputs';
import type { OptionsActions } from './types';

/** `*.co.jp` → Asia/Tokyo, 09:00–18:00: a zone and hours for addresses not in the team. */
export function DomainRulesSection({ team, defaultZone, actions }: { team: Team; defaultZone: string; actions: OptionsActions }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const save = async (rule: DomainRule, replacing?: string) => {
    await actions.updateTeam((t) => withRule(t, rule, replacing));
    setEditing(null);
    setAdding(false);
  };
  const taken = new Set(team.domainRules.map((r) => r.pattern));
  return (
    <section id="domains" className="op-section" aria-labelledby="domains-heading">
      <div className="op-section__head">
        <h2 id="domains-heading">Domain rules</h2>
        <p className="op-hint">
          For addresses that are not in your team: <code>example.com</code> covers that domain, <code>*.co.jp</code> every domain ending in{' '}
          <code>.co.jp</code>. A person in the team always wins over a rule.
        </p>
      </div>
      {team.domainRules.length > 0 ? (
        <ul className="op-rules">
          {team.domainRules.map((rule) =>
            editing === rule.pattern ? (
              <li key={rule.pattern}>
                <RuleEditor rule={rule} taken={taken} defaultZone={defaultZone} onSave={save} onCancel={() => setEditing(null)} />
              </li>
            ) : (
              <li key={rule.pattern} className="op-rule">
                <span className="op-rule__pattern">{rule.pattern}</span>
                <span>{rule.timeZone.replace(/_/g, ' ')}</span>
                <span className="op-mono">
                  {rule.workStart}–{rule.workEnd}
                </span>
                <span>{rule.workDays}</span>
                <span>{rule.country ?? '—'}</span>
                <span className="op-row__actions">
                  <button type="button" className="b-button b-button--small" aria-label={`Edit rule ${rule.pattern}`} onClick={() => setEditing(rule.pattern)}>
                    Edit
                  </button>
                  <button
                    type="button"
                    className="b-button b-button--small b-button--danger"
                    aria-label={`Delete rule ${rule.pattern}`}
                    onClick={() => void actions.updateTeam((t) => withoutRule(t, rule.pattern))}
                  >
                    Delete
                  </button>
                </span>
              </li>
            ),
          )}
        </ul>
      ) : (
        <p className="op-empty">No domain rules.</p>
      )}
      {adding ? (
        <RuleEditor taken={taken} defaultZone={defaultZone} onSave={save} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" className="b-button" onClick={() => setAdding(true)}>
          Add a domain rule
        </button>
      )}
    </section>
  );
}

function RuleEditor({
  rule,
  taken,
  defaultZone,
  onSave,
  onCancel,
}: {
  rule?: DomainRule;
  taken: ReadonlySet<string>;
  defaultZone: string;
  onSave(rule: DomainRule, replacing?: string): Promise<void>;
  onCancel(): void;
}) {
  const id = useId();
  const [pattern, setPattern] = useState(rule?.pattern ?? '');
  const [fields, setFields] = useState<PersonFields>(() =>
    rule ? { timeZone: rule.timeZone, workStart: rule.workStart, workEnd: rule.workEnd, workDays: rule.workDays, country: rule.country ?? '' } : { timeZone: defaultZone, ...FIELD_DEFAULTS, country: '' },
  );
  const [touched, setTouched] = useState(false);
  const { checked, errors } = useMemo(() => {
    const result = checkDomainRule(pattern, fields);
    const all: FieldErrors = {};
    for (const p of result.problems) all[p.field] ??= p.message;
    if (fields.workDays === '') all.workDays = 'Pick at least one working day.';
    if (result.rule && result.rule.pattern !== rule?.pattern && taken.has(result.rule.pattern)) all.pattern = `There is already a rule for ${result.rule.pattern}.`;
    return { checked: Object.keys(all).length === 0 ? result.rule : null, errors: all };
  }, [pattern, fields, taken, rule?.pattern]);
  const shown = touched ? errors : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (checked) void onSave(checked, rule?.pattern);
  };
  return (
    <form className="op-editor" onSubmit={submit} aria-label={rule ? `Edit rule ${rule.pattern}` : 'Add a domain rule'} noValidate>
      <div className="op-field">
        <label className="b-label" htmlFor={`${id}-pattern`}>
          Domain
        </label>
        <input
          id={`${id}-pattern`}
          className="b-input"
          placeholder="*.co.jp"
          autoComplete="off"
          spellCheck={false}
          value={pattern}
          aria-invalid={Boolean(shown.pattern) || undefined}
          aria-describedby={`${id}-pattern-error`}
          onChange={(e) => {
            setPattern(e.currentTarget.value);
            setTouched(true);
          }}
        />
        <FieldMessage id={`${id}-pattern-error`} message={shown.pattern} />
      </div>
      <ScheduleInputs
        idPrefix={id}
        fields={fields}
        errors={shown}
        onField={(key: PersonField, value: string) => {
          setFields((f) => ({ ...f, [key]: value }));
          setTouched(true);
        }}
      />
      <div className="op-editor__actions">
        <button type="submit" className="b-button b-button--primary">
          {rule ? 'Save rule' : 'Add rule'}
        </button>
        <button type="button" className="b-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
