import type { RecipientRef } from '@/utils/hosts/types';
import type { Settings, Team } from '@/utils/team/types';
import { createMatcher } from '@/utils/team/match';
import { NO_HOLIDAYS, statusAt, suggestSendTime, toIsoUtcMinute, type HolidayCalendar, type Recipient, type SendVerdict } from '@/utils/time';
import type { AdviceModel, ChipModel } from './types';
import { dateIn, durationText, hoursText, offsetText, placeOf, timeIn, weekdayIn } from './format';
import { cutName, named, sentenceText, type Sentence } from '../sentence';

type Matcher = ReturnType<typeof createMatcher>;
type Match = ReturnType<Matcher['match']>;

/**
 * The matcher is rebuilt only when the team object or the holiday calendar changes (the store
 * hands out a new one per change); schedules carry the calendar, so both key it.
 */
const matchers = new WeakMap<Team, { holidays: HolidayCalendar; matcher: Matcher }>();
export function matcherFor(team: Team, holidays: HolidayCalendar = NO_HOLIDAYS): Matcher {
  let m = matchers.get(team);
  if (!m || m.holidays !== holidays) {
    m = { holidays, matcher: createMatcher(team, holidays) };
    matchers.set(team, m);
  }
  return m.matcher;
}

export function userZoneOf(settings: Settings): string {
  return settings.me.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

interface Resolved {
  ref: RecipientRef;
  match: Match;
  chip: ChipModel;
}

/** What the page shows of a recipient, as the chip should call them. */
function pageLabel(ref: RecipientRef): string {
  return ref.name?.trim() || ref.email || '';
}

export function resolveRecipient(ref: RecipientRef, team: Team, now: number, userZone: string, holidays: HolidayCalendar = NO_HOLIDAYS): Resolved {
  const match = matcherFor(team, holidays).match({ email: ref.email, name: ref.name });
  const base = { field: ref.field, email: ref.email, name: ref.name, pending: !!ref.pending };
  if (match.kind === 'unknown') {
    const unknownReason = unknownReasonParts(match.reason, ref);
    return { ref, match, chip: { ...base, label: pageLabel(ref), status: 'unknown', ...(unknownReason ? { unknownReason } : {}) } };
  }
  const st = statusAt(match.schedule, now, userZone);
  const fields = match.kind === 'person' ? match.person : match.rule;
  const label = (match.kind === 'person' ? match.person.name : undefined) ?? pageLabel(ref);
  const next =
    st.status !== 'working' && st.nextWorkStart !== null
      ? `Next starts ${timeIn(st.nextWorkStart, st.zone)} ${weekdayIn(st.nextWorkStart, st.zone)} (in ${durationText((st.nextWorkStart - now) / 60_000)})`
      : undefined;
  return {
    ref,
    match,
    chip: {
      ...base,
      label,
      status: st.status,
      zone: st.zone,
      localTime: st.localTime,
      timeText: timeIn(now, st.zone),
      place: placeOf(st.zone),
      dateText: dateIn(now, st.zone),
      offsetText: offsetText(st.offsetFromUserMinutes),
      hoursText: hoursText(fields.workStart, fields.workEnd, fields.workDays),
      nextText: next,
      holidayName: st.holidayName,
      source: match.kind,
      ...(match.kind === 'rule' ? { ruleDomain: match.rule.pattern } : {}),
    },
  };
}

/**
 * The matcher's reason, as the chip's card says it. A display name that several team members
 * share (hosts such as Outlook often show names only) is the reason worth telling; a plain
 * "not in the team" keeps the card's default line.
 */
export function unknownReasonParts(reason: unknown, ref: RecipientRef): Sentence | undefined {
  const code = typeof reason === 'string' ? reason : reason && typeof reason === 'object' ? String((reason as Record<string, unknown>).code ?? (reason as Record<string, unknown>).kind ?? (reason as Record<string, unknown>).type ?? '') : '';
  if (/ambiguous|same[-\s]?name|several|multiple|duplicate/i.test(code)) {
    const name = ref.name?.trim();
    return ['More than one person in your team is called “', name ? named(name) : 'this name', '”, and the page shows no address to tell them apart.'];
  }
  // A sentence from the matcher is shown as it is; bare ids such as "not-found" are not.
  return /\s/.test(code.trim()) ? [code.trim()] : undefined;
}

/** The same, as plain text. */
export function unknownReasonText(reason: unknown, ref: RecipientRef): string | undefined {
  const parts = unknownReasonParts(reason, ref);
  return parts ? sentenceText(parts) : undefined;
}

/** What a sentence calls a person: the first word of their name, else their address; cut with "…" when long. */
export function shortName(chip: ChipModel): string {
  const name = chip.label.includes('@') ? undefined : chip.label.trim().split(/\s+/)[0];
  return cutName(name || chip.email || chip.label);
}

function toEngineRecipient(r: Resolved, i: number): Recipient {
  return {
    key: r.chip.email ?? `name:${r.chip.label.toLowerCase()}#${i}`,
    label: r.chip.label,
    schedule: r.match.kind === 'unknown' ? null : r.match.schedule,
  };
}

export interface ComposeModel {
  chips: ChipModel[];
  advice: AdviceModel;
}

/**
 * Everything a compose shows, from its recipients, the team, the settings and now.
 * To decides the verdict; Cc and Bcc only inform (CONTRACT §2), so Bcc is passed as Cc.
 */
/**
 * Resolved recipients for the current minute, team and settings: a chip arriving in a compose
 * with many recipients, or in several composes, does not re-run the engine for everyone else.
 */
let memo: { team: Team; settings: Settings; holidays: HolidayCalendar; minute: number; byKey: Map<string, Omit<Resolved, 'ref'>> } | null = null;

function resolveMemo(ref: RecipientRef, team: Team, settings: Settings, now: number, userZone: string, holidays: HolidayCalendar): Resolved {
  const minute = Math.floor(now / 60_000);
  if (!memo || memo.team !== team || memo.settings !== settings || memo.holidays !== holidays || memo.minute !== minute) memo = { team, settings, holidays, minute, byKey: new Map() };
  const key = `${ref.field}|${ref.email ?? ''}|${ref.name ?? ''}|${ref.pending ? 1 : 0}`;
  const hit = memo.byKey.get(key);
  if (hit) return { ...hit, ref };
  const resolved = resolveRecipient(ref, team, minute * 60_000, userZone, holidays);
  memo.byKey.set(key, { match: resolved.match, chip: resolved.chip });
  return resolved;
}

export function composeModel(refs: readonly RecipientRef[], team: Team, settings: Settings, now: number, holidays: HolidayCalendar = NO_HOLIDAYS): ComposeModel {
  const userZone = userZoneOf(settings);
  // Times are drawn to the minute; resolving at the minute's start keeps memoised chips exact.
  const resolved = refs.map((ref) => resolveMemo(ref, team, settings, now, userZone, holidays));
  const to = resolved.filter((r) => r.ref.field === 'to');
  const others = resolved.filter((r) => r.ref.field !== 'to');
  const suggestion = suggestSendTime({
    now,
    userZone,
    to: to.map(toEngineRecipient),
    cc: others.map((r, i) => toEngineRecipient(r, i + to.length)),
  });
  return { chips: resolved.map((r) => r.chip), advice: adviceFrom(suggestion, to.map((r) => r.chip), now, userZone) };
}

export function adviceFrom(suggestion: SendVerdict, to: readonly ChipModel[], now: number, userZone: string): AdviceModel {
  const known = to.filter((c) => c.status !== 'unknown');
  const say = (parts: Sentence) => ({ sentence: sentenceText(parts), parts });
  if (suggestion.verdict === 'unknown' || known.length === 0) {
    return { verdict: 'unknown', suggestedAt: null, suggestedIso: null, ...say(to.length ? ['No local time known for anyone in To.'] : []), userTimeText: null, copyText: null };
  }
  if (suggestion.verdict === 'ok') {
    return { verdict: 'ok', suggestedAt: null, suggestedIso: null, ...say(['Lands in working hours for everyone in To.']), userTimeText: null, copyText: null };
  }
  const outside = known.filter((c) => c.status !== 'working');
  const first = outside[0] ?? known[0]!;
  const zone = first.zone!;
  const more = outside.length > 1 ? ` and ${outside.length - 1} more` : '';
  const who = named(shortName(first));
  const lands: Sentence = [`Lands ${timeIn(now, zone)} ${weekdayIn(now, zone)} for `, who, ` (${placeOf(zone)})${more}.`];
  // Off hours always comes with a suggestion (the engine's earliest minute with the most at work).
  const { suggestedAt } = suggestion;
  const theirs = `${timeIn(suggestedAt, zone)}${weekdayIn(suggestedAt, zone) === weekdayIn(now, zone) ? '' : ` ${weekdayIn(suggestedAt, zone)}`}`;
  const yours = `${timeIn(suggestedAt, userZone)} ${weekdayIn(suggestedAt, userZone)}`;
  return {
    verdict: 'off-hours',
    suggestedAt,
    suggestedIso: toIsoUtcMinute(suggestedAt),
    ...say([...lands, ` Schedule for ${theirs} `, who, `’s time — ${yours} yours?`]),
    userTimeText: `${timeIn(suggestedAt, userZone)} ${dateIn(suggestedAt, userZone)}`,
    copyText: `${dateIn(suggestedAt, userZone)} ${timeIn(suggestedAt, userZone)} (${userZone})`,
  };
}
