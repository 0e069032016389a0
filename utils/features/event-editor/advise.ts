import { asyncSignals, cityOf, dstShifts, fairSlots, localWallTime, meetingFit, meetingLoad, readableDate, scheduleOf, type DstShift, type HolidayCalendar } from '@/utils/time';
import type { Schedule, Status } from '@/utils/time/types';
import type { Matcher } from '@/utils/team/match';
import type { Settings } from '@/utils/team/types';
import type { EventDraft, GuestRef } from '@/utils/hosts/types';
import type { TimeSpan } from '@/utils/calendar-days';
import { cutName, named, type Sentence, type SentencePart } from '../sentence';

/**
 * Everything the event panel shows, decided from a draft read off the page. Pure: the page,
 * storage and the clock come in as arguments; the engine does every piece of time arithmetic.
 */

export interface GuestRow {
  key: string;
  email?: string;
  name?: string;
  label: string;
  /** The address to write to: the page's, else the team member a shown name matched. Never a marker. */
  address?: string;
  status: Status;
  zone?: string;
  /** Their wall time at the meeting's start and end, `YYYY-MM-DDTHH:mm`. */
  localStart?: string;
  localEnd?: string;
  /** Whole meeting inside their hours; null when unknown. */
  insideHours: boolean | null;
  /** The domain rule's pattern when their hours come from one, not from a teammate's own. */
  ruleDomain?: string;
}

export interface SlotOption {
  start: number;
  end: number;
  outsideCount: number;
}

export interface LoadView {
  day: string;
  level: 'ok' | 'heavy' | 'overloaded';
  meetings: number;
  meetingMinutes: number;
  longestFreeMinutes: number;
  reasons: string[];
}

/** CONTRACT.md §2 `dst-shift`: one person whose local start for the series changes. */
export interface DstView {
  key: string;
  label: string;
  /** Exactly one of these names the person on the marker. */
  email?: string;
  name?: string;
  /** The organizer's own row. */
  self: boolean;
  /** `YYYY-MM-DD` in the organizer's calendar zone; `HH:mm` before and after. */
  on: string;
  before: string;
  after: string;
  message: string;
  /** The message with the guest's name apart (drawn in <bdi>). */
  parts: Sentence;
}

export interface EventAdvice {
  userZone: string;
  start: number;
  end: number;
  guests: GuestRow[];
  /** Names apart (drawn in <bdi>): "2 of 5 guests are outside their hours: Aiko 23:00, …". */
  headline: Sentence;
  slots: SlotOption[];
  dst: DstView[];
  load: LoadView | null;
  asyncReasons: string[];
}

export interface AdviseInput {
  draft: EventDraft;
  settings: Settings;
  matcher: Matcher;
  /** Public holidays for the user's own schedule (the matcher's schedules carry their own); none when absent. */
  holidays?: HolidayCalendar;
  now: number;
  /** The user's zone when the draft's own zone is missing. */
  fallbackZone: string;
  /** Other meetings Baton knows of, by the user's local day (grid + feed). */
  eventsOn(day: string): TimeSpan[];
}

/** Guests other than the user, each once (by address, else by name). */
export function distinctGuests(draft: EventDraft): GuestRef[] {
  const self = draft.selfEmail?.toLowerCase();
  const seen = new Set<string>();
  const out: GuestRef[] = [];
  for (const guest of draft.guests) {
    const email = guest.email?.toLowerCase();
    if (email && email === self) continue;
    const key = email ?? `name:${(guest.name ?? '').trim().toLowerCase()}`;
    if (key === 'name:' || seen.has(key)) continue;
    seen.add(key);
    out.push(email ? { ...guest, email } : guest);
  }
  return out;
}

export function guestKey(guest: GuestRef): string {
  return guest.email ?? `name:${(guest.name ?? '').trim().toLowerCase()}`;
}

/** The draft as the engine sees it, or null when it has no timed slot to advise on. */
export function adviseEvent(input: AdviseInput, options: { slots?: boolean } = {}): EventAdvice | null {
  const { draft, settings, matcher, now } = input;
  if (draft.start === null || draft.end === null || draft.allDay || draft.end <= draft.start) return null;
  const userZone = draft.zone || settings.me.timeZone || input.fallbackZone;
  const start = draft.start;
  const end = draft.end;
  const guests = distinctGuests(draft);
  const recipients = recipientsOf(guests, matcher);

  const fits = meetingFit({ start, end, userZone, guests: recipients });
  const rows: GuestRow[] = guests.map((guest, i) => {
    const fit = fits[i]!;
    return {
      key: fit.key,
      ...(guest.email ? { email: guest.email } : {}),
      ...(guest.name ? { name: guest.name } : {}),
      label: recipients[i]!.label,
      ...(recipients[i]!.address ? { address: recipients[i]!.address } : {}),
      status: fit.status,
      ...(fit.status !== 'unknown' && fit.zone ? { zone: fit.zone } : {}),
      ...(fit.status !== 'unknown' && fit.localStart ? { localStart: fit.localStart } : {}),
      ...(fit.status !== 'unknown' && fit.localEnd ? { localEnd: fit.localEnd } : {}),
      insideHours: fit.status === 'unknown' ? null : fit.insideHours,
      ...(fit.status !== 'unknown' && recipients[i]!.ruleDomain ? { ruleDomain: recipients[i]!.ruleDomain } : {}),
    };
  });

  const me: Schedule = scheduleOf({ ...settings.me, timeZone: userZone }, input.holidays);
  const slots = options.slots === false ? [] : slotsFor(recipients, me, start, end, userZone, now);

  // The series keeps the event's own zone's wall time; the organizer reads it in their calendar's.
  const organizerZone = draft.calendarZone ?? userZone;
  const dst: DstView[] = draft.recurring
    ? dstShifts({
        firstStart: start,
        ...(draft.recurrence ? { rule: draft.recurrence } : {}),
        seriesZone: userZone,
        organizerZone,
        guests: recipients,
        organizer: { key: 'me', label: 'You' },
      }).map((shift) => {
        const guest = shift.self ? undefined : guests.find((g) => guestKey(g) === shift.key);
        const self = shift.self ? (draft.selfEmail ? { email: draft.selfEmail.toLowerCase() } : { name: 'me' }) : {};
        return {
          key: shift.key,
          label: shift.label,
          ...(guest?.email ? { email: guest.email } : guest?.name ? { name: guest.name.trim() } : {}),
          ...self,
          self: shift.self,
          on: shift.fromDate,
          before: shift.before,
          after: shift.after,
          message: shift.message,
          parts: dstParts(shift),
        };
      })
    : [];

  const day = localWallTime(start, userZone).slice(0, 10);
  const load = meetingLoad({
    day,
    user: me,
    events: withThisMeeting(input.eventsOn(day), { start, end }),
    thresholds: settings.load,
  });

  const asyncReasons = settings.asyncRules
    ? [
        ...asyncSignals({
          title: draft.title,
          description: draft.description,
          guests: recipients,
          recurring: draft.recurring,
          start,
          durationMinutes: Math.round((end - start) / 60_000),
          userZone,
          // The organizer's own hours count: a time that suits every guest but not them is no shared time.
          user: me,
        }),
      ]
    : [];

  return {
    userZone,
    start,
    end,
    guests: rows,
    headline: headline(rows),
    slots,
    dst,
    load: {
      day,
      level: load.level,
      meetings: load.meetings,
      meetingMinutes: load.meetingMinutes,
      longestFreeMinutes: load.longestFreeMinutes,
      reasons: [...load.reasons],
    },
    asyncReasons,
  };
}

type Recipient = { key: string; label: string; schedule: Schedule | null; address?: string; ruleDomain?: string };

function recipientsOf(guests: readonly GuestRef[], matcher: Matcher): Recipient[] {
  return guests.map((guest) => {
    const match = matcher.match({ email: guest.email, name: guest.name });
    const schedule: Schedule | null = match.kind === 'unknown' ? null : match.schedule;
    const personName = match.kind === 'person' ? match.person.name : undefined;
    const address = guest.email ?? (match.kind === 'person' ? match.person.email : undefined);
    return {
      key: guestKey(guest),
      label: guest.name?.trim() || personName || guest.email || '',
      schedule,
      ...(address ? { address } : {}),
      ...(match.kind === 'rule' ? { ruleDomain: match.rule.pattern } : {}),
    };
  });
}

/**
 * The engine's best three slots this week for these guests and the user, other than the current
 * one. The costliest part of the advice, so the panel computes it after drawing the rest.
 */
export function fairerSlots(input: AdviseInput): SlotOption[] {
  const { draft, settings } = input;
  if (draft.start === null || draft.end === null || draft.allDay || draft.end <= draft.start) return [];
  const userZone = draft.zone || settings.me.timeZone || input.fallbackZone;
  const me = scheduleOf({ ...settings.me, timeZone: userZone }, input.holidays);
  return slotsFor(recipientsOf(distinctGuests(draft), input.matcher), me, draft.start, draft.end, userZone, input.now);
}

function slotsFor(recipients: Recipient[], me: Schedule, start: number, end: number, userZone: string, now: number): SlotOption[] {
  if (!recipients.some((r) => r.schedule !== null)) return [];
  const week = weekAround(start, userZone);
  return fairSlots({
    guests: [{ key: 'me', label: 'You', schedule: me }, ...recipients],
    durationMinutes: Math.round((end - start) / 60_000),
    from: Math.max(week.from, now),
    to: week.to,
    userZone,
    // One more than shown, in case the current slot is among them; slots that overlap a better
    // one are dropped, so the three offered are real alternatives rather than 15-minute nudges.
    count: 4,
    distinct: true,
  })
    .filter((slot) => slot.start !== start)
    .slice(0, 3)
    .map((slot) => ({ start: slot.start, end: slot.end, outsideCount: slot.outsideCount }));
}

/** The meeting being edited counts once, even when the grid or the feed already holds it. */
export function withThisMeeting(events: readonly TimeSpan[], self: TimeSpan): TimeSpan[] {
  const others = events.filter((e) => !(e.start === self.start && e.end === self.end));
  return [...others, self];
}

/** "2 of 5 guests are outside their hours: Aiko 23:00, Ravi 21:30", each name apart. */
export function headline(rows: readonly GuestRow[]): Sentence {
  if (rows.length === 0) return ['No guests yet: add some to see their local times.'];
  const outside = rows.filter((r) => r.insideHours === false);
  const unknown = rows.filter((r) => r.status === 'unknown').length;
  const guestsWord = rows.length === 1 ? 'guest' : 'guests';
  const unknownNote = unknown > 0 ? ` (${unknown} not in your team)` : '';
  if (outside.length === 0) {
    if (unknown === rows.length) return [`No ${guestsWord} in your team yet: Baton can't tell their hours.`];
    return [`All known ${guestsWord} are inside their hours${unknownNote}.`];
  }
  const verb = outside.length === 1 ? 'is' : 'are';
  const list = outside.flatMap((r, i): SentencePart[] => [i > 0 ? ', ' : '', named(firstName(r.label)), r.localStart ? ` ${r.localStart.slice(11, 16)}` : '']);
  return [`${outside.length} of ${rows.length} ${guestsWord} ${verb} outside their hours: `, ...list, unknownNote].filter((part) => part !== '');
}

/**
 * The engine's DST message ("From 14 Mar 2027 this is 08:00 for Maya (New York), was 09:00."), the
 * name apart and cut as every name in a sentence is.
 */
function dstParts(shift: DstShift): Sentence {
  if (shift.self) return [`From ${readableDate(shift.fromDate)} this is ${shift.after} for you (${cityOf(shift.zone)}), was ${shift.before}.`];
  const place = cityOf(shift.zone);
  const who: Sentence = shift.label && shift.label !== place ? [named(cutName(shift.label)), ` (${place})`] : [place];
  return [`From ${readableDate(shift.fromDate)} this is ${shift.after} for `, ...who, `, was ${shift.before}.`];
}

function firstName(label: string): string {
  if (label.includes('@')) return cutName(label.split('@')[0]!);
  return cutName(label.trim().split(/\s+/)[0] ?? label);
}

/** Monday 00:00 to the next Monday 00:00 around an instant, in the user's zone (engine's local time). */
function weekAround(at: number, zone: string): { from: number; to: number } {
  const local = localWallTime(at, zone);
  const date = new Date(`${local.slice(0, 10)}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  // Whole days in UTC civil arithmetic, then placed back in the zone via the offset at the event.
  const offset = Date.parse(`${local}:00Z`) - Math.floor(at / 60_000) * 60_000;
  const mondayLocal = date.getTime() - weekday * 86_400_000;
  return { from: mondayLocal - offset, to: mondayLocal + 7 * 86_400_000 - offset };
}
