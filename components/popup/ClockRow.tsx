import { memo } from 'react';
import { formatBack, formatOffset, type ClockRow as Row, type UserDay } from '@/utils/team/clocks';
import type { Span } from '@/utils/team/overlap';
import { DayBar } from './DayBar';

const STATUS_TEXT = { working: 'Working', 'off-hours': 'Off hours', weekend: 'Day off', holiday: 'Holiday' } as const;
const RELATION_TEXT = { yesterday: 'yesterday', today: '', tomorrow: 'tomorrow' } as const;

/** One person: CONTRACT.md §2 `team-clock`, with the status and their wall time at the moment shown. */
export const ClockRow = memo(function ClockRow({
  row,
  day,
  at,
  selected,
  onToggle,
  highlight,
}: {
  row: Row;
  day: UserDay;
  at: number;
  selected: boolean;
  onToggle(id: string): void;
  highlight?: readonly Span[];
}) {
  const { person } = row;
  const clock = row.localTime.slice(11, 16);
  const relation = RELATION_TEXT[row.dayRelation];
  const back = row.status === 'working' ? null : formatBack(row.nextWorkStart, at, row.zone);
  const identity = person.email ? { 'data-email': person.email } : { 'data-name': person.name ?? '' };
  return (
    <li className={`pc-row pc-row--${row.status}`} data-baton="team-clock" {...identity} data-status={row.status} data-zone={row.zone} data-local-time={row.localTime}>
      <label className="pc-row__select">
        <input type="checkbox" checked={selected} onChange={() => onToggle(person.id)} />
        <span className="pc-visually-hidden">Include {row.label} in the overlap</span>
      </label>
      <div className="pc-row__who">
        <span className="pc-row__name" title={person.email}>
          {row.label}
        </span>
        <span className="pc-row__zone">
          {row.zone.split('/').pop()?.replace(/_/g, ' ')} · {row.zoneAbbr} · {formatOffset(row.offsetFromUserMinutes)}
        </span>
      </div>
      <div className="pc-row__time">
        <span className="pc-row__clock">{clock}</span>
        {relation ? <span className="pc-row__relation">{relation}</span> : null}
      </div>
      <span className={`pc-chip pc-chip--${row.status}`} title={row.holidayName ?? back ?? undefined}>
        {STATUS_TEXT[row.status]}
      </span>
      <div className="pc-row__bar">
        <DayBar spans={row.spans} day={day} at={at} highlight={highlight} />
        {row.holidayName || back ? <span className="pc-row__note">{row.holidayName ?? back}</span> : null}
      </div>
    </li>
  );
});
