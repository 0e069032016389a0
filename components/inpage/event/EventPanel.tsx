import { useState, type FormEvent } from 'react';
import type { DstView, EventAdvice, GuestRow, SlotOption } from '@/utils/features/event-editor/advise';
import { SentenceText } from '../SentenceText';

/**
 * The panel inside an event editor: guests' local times, fairer slots, DST warnings, meeting
 * load and the async alternative. Props in, JSX out: every name and title is JSX text.
 */
export interface EventPanelProps {
  advice: EventAdvice;
  /** Formats an instant for the user ("Tue 23 Mar, 15:00"). */
  formatRange(start: number, end: number): string;
  /** The write-update compose URL, or null when no guest has an address. */
  composeHref: string | null;
  /** The recorder URL from settings, already checked to be a web address. */
  videoUrl: string | null;
  /** Fill the editor with a slot; false when the host's fields cannot be set. */
  onChooseSlot(slot: SlotOption): boolean;
  /** Check, open (inside the click) and remember a recorder URL; false when it is not a web address. */
  onSaveVideoUrl(url: string): boolean;
}

const STATUS_TEXT: Record<GuestRow['status'], string> = {
  working: 'working',
  'off-hours': 'off hours',
  weekend: 'weekend',
  holiday: 'holiday',
  unknown: 'not in your team',
};

/** This file's strings, in one place for the message catalogs. */
const GUEST_WORDS = {
  rule: (domain: string) => `domain rule ${domain}, not their own hours`,
};

const REASON_TEXT: Record<string, string> = {
  'status-update': 'it reads like a status update',
  'no-agenda': 'it has no agenda',
  'many-attendees': 'many people are invited',
  'wide-time-spread': "guests' hours barely overlap",
  recurring: 'it repeats',
};

export function EventPanel(props: EventPanelProps) {
  const { advice } = props;
  const outside = advice.guests.some((g) => g.insideHours === false);
  return (
    <section className="panel" aria-label="Baton: guests' local times">
      <p className={`headline ${outside ? 'warn' : 'ok'}`} role="status">
        <SentenceText sentence={advice.headline} />
      </p>
      {advice.guests.length > 0 && (
        <ul className="guests">
          {advice.guests.map((guest) => (
            <GuestLine key={guest.key} guest={guest} />
          ))}
        </ul>
      )}
      {advice.dst.map((shift) => (
        <p className={`dst${shift.self ? ' self' : ''}`} key={shift.key} role="note" {...dstAttributes(shift)}>
          <span aria-hidden="true">⚠ </span>
          <SentenceText sentence={shift.parts} />
        </p>
      ))}
      <Slots {...props} />
      {advice.load && <Load load={advice.load} />}
      {advice.asyncReasons.length > 0 && <AsyncAlternative {...props} />}
    </section>
  );
}

/** CONTRACT.md §2 `dst-shift`. */
function dstAttributes(shift: DstView): Record<string, string> {
  const attrs: Record<string, string> = { 'data-baton': 'dst-shift', 'data-on': shift.on, 'data-local-start-before': shift.before, 'data-local-start-after': shift.after };
  if (shift.email) attrs['data-email'] = shift.email;
  else if (shift.name) attrs['data-name'] = shift.name;
  if (shift.self) attrs['data-self'] = '';
  return attrs;
}

function GuestLine({ guest }: { guest: GuestRow }) {
  const known = guest.status !== 'unknown';
  const attrs: Record<string, string> = { 'data-baton': 'guest-time', 'data-status': guest.status };
  if (guest.email) attrs['data-email'] = guest.email;
  else if (guest.name) attrs['data-name'] = guest.name;
  if (known && guest.zone) attrs['data-zone'] = guest.zone;
  if (known && guest.localStart) attrs['data-local-start'] = guest.localStart;
  const fit = guest.insideHours === null ? 'unknown' : guest.insideHours ? 'inside' : 'outside';
  return (
    <li className={`guest ${fit}${guest.ruleDomain ? ' rule' : ''}`} {...attrs}>
      <span className={`dot ${guest.status}`} aria-hidden="true" />
      {/* The cell itself is the <bdi>, so its ellipsis clips the name's whole box. */}
      <bdi className="who" title={guest.email ?? guest.name}>
        {guest.label}
      </bdi>
      {known && guest.localStart ? (
        <span className="when">
          <span className="time">
            {guest.localStart.slice(11, 16)}
            {guest.localEnd ? `–${guest.localEnd.slice(11, 16)}` : ''}
          </span>{' '}
          <span className="zone">{guest.zone}</span>
          {guest.ruleDomain && (
            <span className="rule-mark" aria-hidden="true">
              {' '}≈
            </span>
          )}
        </span>
      ) : null}
      {/* Hours guessed from the address's domain look apart and say so. */}
      {known && guest.ruleDomain ? <span className="rule-note">{GUEST_WORDS.rule(guest.ruleDomain)}</span> : null}
      <span className="status">
        {STATUS_TEXT[guest.status]}
        {guest.insideHours === false && guest.status === 'working' ? ', runs past their hours' : ''}
      </span>
    </li>
  );
}

function Slots(props: EventPanelProps) {
  const [manual, setManual] = useState<SlotOption | null>(null);
  const { slots } = props.advice;
  if (slots.length === 0) return null;
  return (
    <div className="slots">
      <h3>Fairer times this week</h3>
      <div className="slot-list">
        {slots.map((slot) => (
          <button
            type="button"
            className="slot"
            key={slot.start}
            data-slot-start={new Date(slot.start).toISOString().replace(/:\d\d\.\d{3}Z$/, 'Z')}
            onClick={() => setManual(props.onChooseSlot(slot) ? null : slot)}
          >
            <span>{props.formatRange(slot.start, slot.end)}</span>
            <span className="fit">{slot.outsideCount === 0 ? 'everyone inside hours' : `${slot.outsideCount} outside hours`}</span>
          </button>
        ))}
      </div>
      {manual && (
        <p className="manual" role="status">
          Calendar's time fields could not be set here. Set it to {props.formatRange(manual.start, manual.end)} yourself.
        </p>
      )}
    </div>
  );
}

function Load({ load }: { load: NonNullable<EventAdvice['load']> }) {
  const hours = (load.meetingMinutes / 60).toFixed(load.meetingMinutes % 60 === 0 ? 0 : 1);
  const levelText = { ok: 'a manageable day', heavy: 'a heavy day', overloaded: 'an overloaded day' }[load.level];
  return (
    <div
      className={`load ${load.level}`}
      data-baton="meeting-load"
      data-level={load.level}
      data-meetings={String(load.meetings)}
      data-meeting-minutes={String(load.meetingMinutes)}
    >
      <span className="badge">{load.level}</span>
      <span>
        With this meeting, {dayLabel(load.day)} is {levelText}: {load.meetings} {load.meetings === 1 ? 'meeting' : 'meetings'}, {hours} h, longest free
        block {Math.floor(load.longestFreeMinutes / 60)} h {load.longestFreeMinutes % 60} min.
      </span>
    </div>
  );
}

/** "Mon 22 Mar" from `YYYY-MM-DD` (display only). */
function dayLabel(day: string): string {
  const at = Date.parse(`${day}T12:00:00Z`);
  if (!Number.isFinite(at)) return day;
  return new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(at);
}

function AsyncAlternative(props: EventPanelProps) {
  const { asyncReasons } = props.advice;
  const [asking, setAsking] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reasons = asyncReasons.map((id) => REASON_TEXT[id] ?? id).join('; ');
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!props.onSaveVideoUrl(draft)) return setError('Enter a web address starting with https://');
    setError(null);
    setAsking(false);
  };
  return (
    <div className="async" data-baton="async-alternative" data-reasons={asyncReasons.join(' ')}>
      <p>
        <strong>Could this be async?</strong> {reasons}.
      </p>
      <div className="actions">
        {props.composeHref ? (
          <a className="button" data-baton-action="write-update" href={props.composeHref} target="_blank" rel="noopener noreferrer">
            Write an update instead
          </a>
        ) : (
          <button type="button" className="button" data-baton-action="write-update" disabled title="No guest has an address">
            Write an update instead
          </button>
        )}
        {props.videoUrl ? (
          <a className="button" data-baton-action="record-video" href={props.videoUrl} target="_blank" rel="noopener noreferrer">
            Record a video
          </a>
        ) : (
          <button type="button" className="button" data-baton-action="record-video" aria-expanded={asking} onClick={() => setAsking(!asking)}>
            Record a video
          </button>
        )}
      </div>
      {asking && !props.videoUrl && (
        <form className="ask" onSubmit={save}>
          <label>
            Your video recorder's address (Loom, Vidyard, Teams…)
            <input
              type="url"
              required
              placeholder="https://www.loom.com/record"
              value={draft}
              onChange={(e) => setDraft(e.currentTarget.value)}
            />
          </label>
          <button type="submit" className="button primary">
            Save and open
          </button>
          {error && (
            <span className="error" role="alert">
              {error}
            </span>
          )}
        </form>
      )}
    </div>
  );
}
