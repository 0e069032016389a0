import { CountrySelect } from '@/components/shared/CountrySelect';
import { WorkDaysInput } from '@/components/shared/WorkDaysInput';
import { ZonePicker } from '@/components/shared/ZonePicker';
import type { PersonField, PersonFields } from '@/utils/team/person-fields';
import { FieldMessage } from './FieldMessage';

export type FieldErrors = Partial<Record<PersonField | 'pattern', string>>;

/** Zone, hours, working days and country: the part a person, a domain rule and "You" share. */
export function ScheduleInputs({
  idPrefix,
  fields,
  onField,
  errors,
  zoneLabel = 'Time zone',
}: {
  idPrefix: string;
  fields: PersonFields;
  onField(key: PersonField, value: string): void;
  errors: FieldErrors;
  zoneLabel?: string;
}) {
  const err = (key: PersonField) => `${idPrefix}-${key}-error`;
  return (
    <>
      <div className="op-field op-field--zone">
        <ZonePicker
          id={`${idPrefix}-timeZone`}
          label={zoneLabel}
          value={fields.timeZone ?? ''}
          onChange={(zone) => onField('timeZone', zone)}
          invalid={Boolean(errors.timeZone)}
          describedBy={err('timeZone')}
        />
        <FieldMessage id={err('timeZone')} message={errors.timeZone} />
      </div>
      {(['workStart', 'workEnd'] as const).map((key) => (
        <div className="op-field op-field--time" key={key}>
          <label className="b-label" htmlFor={`${idPrefix}-${key}`}>
            {key === 'workStart' ? 'Starts' : 'Ends'}
          </label>
          <input
            id={`${idPrefix}-${key}`}
            className="b-input"
            inputMode="numeric"
            placeholder={key === 'workStart' ? '09:00' : '17:00'}
            autoComplete="off"
            value={fields[key] ?? ''}
            aria-invalid={Boolean(errors[key]) || undefined}
            aria-describedby={err(key)}
            onChange={(e) => onField(key, e.currentTarget.value)}
          />
          <FieldMessage id={err(key)} message={errors[key]} />
        </div>
      ))}
      <div className="op-field op-field--days">
        <WorkDaysInput value={fields.workDays ?? ''} onChange={(days) => onField('workDays', days)} invalid={Boolean(errors.workDays)} />
        <FieldMessage id={err('workDays')} message={errors.workDays} />
      </div>
      <div className="op-field op-field--country">
        <CountrySelect id={`${idPrefix}-country`} value={fields.country ?? ''} onChange={(code) => onField('country', code)} />
        <FieldMessage id={err('country')} message={errors.country} />
      </div>
    </>
  );
}
