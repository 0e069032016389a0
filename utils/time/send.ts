import type { Schedule, Status } from './types';
import { isWorkingAt, workingSpans, type Spans } from './schedule';
import { statusAt } from './status';
import { cityOf } from './names';
import { DAY, MINUTE, localWallTime } from './zone';

/** Someone a mail goes to; schedule null when Baton does not know them (they never block). */
export interface Recipient {
  key: string;
  label: string;
  schedule: Schedule | null;
}

export interface SendInput {
  now: number;
  userZone: string;
  to: readonly Recipient[];
  cc?: readonly Recipient[];
  /** How far ahead to look for a time that suits every To recipient. */
  horizonDays?: number;
}

export interface RecipientAt {
  key: string;
  label: string;
  field: 'to' | 'cc';
  zone: string;
  /** Their wall time at the suggestion, `YYYY-MM-DDTHH:mm`. */
  localTime: string;
  status: Exclude<Status, 'unknown'>;
}

/**
 * ok: every known To recipient works now; off-hours: one does not, and then always a suggestion —
 * the earliest minute ≥ now when every known To recipient works, else the earliest with the most;
 * unknown: no To recipient is known.
 */
export type SendVerdict = { verdict: 'ok'; suggestedAt: null } | { verdict: 'unknown'; suggestedAt: null } | { verdict: 'off-hours'; suggestedAt: number };

export type SendSuggestion = SendVerdict & SuggestionDetails;

interface SuggestionDetails {
  everyoneWorkingAtSuggestion: boolean;
  /** Known To recipients outside their hours now. */
  outsideNow: Recipient[];
  /** Known To recipients still outside their hours at the suggestion (only when no time suits all). */
  stillOutsideAtSuggestion: Recipient[];
  /** Known Cc/Bcc recipients outside their hours now: said, never blocking. */
  ccOutsideNow: Recipient[];
  /** Every known recipient's wall time and status at the suggestion. */
  atSuggestion: RecipientAt[];
  /** The user's wall time at the suggestion. */
  userLocalAtSuggestion: string | null;
  explanation: string;
}

const known = (list: readonly Recipient[]) => list.filter((r): r is Recipient & { schedule: Schedule } => r.schedule !== null);

/** CONTRACT.md §2 send-advice: the verdict now and the earliest good minute to send instead. */
export function suggestSendTime(input: SendInput): SendSuggestion {
  const { now, userZone } = input;
  const to = known(input.to);
  const cc = known(input.cc ?? []);
  const ccOutsideNow = cc.filter((r) => !isWorkingAt(r.schedule, now));
  const base = { everyoneWorkingAtSuggestion: false, stillOutsideAtSuggestion: [], ccOutsideNow, atSuggestion: [], userLocalAtSuggestion: null };
  if (to.length === 0) {
    return { ...base, verdict: 'unknown', suggestedAt: null, outsideNow: [], explanation: 'No one in To is in your team, so Baton cannot tell their hours.' };
  }
  const outsideNow = to.filter((r) => !isWorkingAt(r.schedule, now));
  if (outsideNow.length === 0) {
    const ccNote = ccOutsideNow.length ? ` ${names(ccOutsideNow)} in Cc ${ccOutsideNow.length === 1 ? 'is' : 'are'} outside their hours, which is fine for a copy.` : '';
    return { ...base, verdict: 'ok', suggestedAt: null, everyoneWorkingAtSuggestion: true, outsideNow, explanation: `Everyone in To is working now.${ccNote}` };
  }

  const from = Math.ceil(now / MINUTE) * MINUTE;
  const to_ = from + (input.horizonDays ?? 14) * DAY;
  const spans = to.map((r) => minuteSpans(workingSpans(r.schedule, from, to_)));
  const { at, count } = earliestMostCovered(spans, from, to_);
  const suggestedAt = at;
  const everyone = count === to.length;
  const stillOutside = everyone ? [] : to.filter((r) => !isWorkingAt(r.schedule, suggestedAt));
  const atSuggestion: RecipientAt[] = [
    ...to.map((r) => describe(r, 'to', suggestedAt, userZone)),
    ...cc.map((r) => describe(r, 'cc', suggestedAt, userZone)),
  ];
  const userLocal = localWallTime(suggestedAt, userZone);
  const explanation = everyone
    ? `${names(outsideNow)} ${outsideNow.length === 1 ? 'is' : 'are'} outside their hours now; at ${userLocal.slice(11)} your time (${userLocal.slice(0, 10)}) everyone in To is working.`
    : `No time in the next ${input.horizonDays ?? 14} days has everyone in To working. At ${userLocal.slice(11)} your time (${userLocal.slice(0, 10)}) the most are; ${names(stillOutside)} ${stillOutside.length === 1 ? 'is' : 'are'} still outside their hours.`;
  return {
    ...base,
    verdict: 'off-hours',
    suggestedAt,
    everyoneWorkingAtSuggestion: everyone,
    outsideNow,
    stillOutsideAtSuggestion: stillOutside,
    atSuggestion,
    userLocalAtSuggestion: userLocal,
    explanation,
  };
}

function describe(r: Recipient & { schedule: Schedule }, field: 'to' | 'cc', at: number, userZone: string): RecipientAt {
  const s = statusAt(r.schedule, at, userZone);
  return { key: r.key, label: r.label, field, zone: s.zone, localTime: s.localTime, status: s.status };
}

function names(list: readonly Recipient[]): string {
  const labels = list.map((r) => r.label || (r.schedule ? cityOf(r.schedule.zone) : r.key));
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** Spans shrunk to whole minutes (a span must hold a minute that starts inside it). */
function minuteSpans(spans: Spans): Spans {
  const out: Spans = [];
  for (const [s, e] of spans) {
    const start = Math.ceil(s / MINUTE) * MINUTE;
    if (start < e) out.push([start, e]);
  }
  return out;
}

/**
 * The earliest instant in [from, to) covered by the most span lists, and how many. Coverage only
 * changes at span edges, so a sweep over the edges finds it exactly.
 */
export function earliestMostCovered(lists: readonly Spans[], from: number, to: number): { at: number; count: number } {
  const edges: Array<[number, number]> = [];
  for (const spans of lists) for (const [s, e] of spans) edges.push([s, 1], [e, -1]);
  // Ends before starts at the same instant: [a, b) and [b, c) do not overlap.
  edges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let best = { at: from, count: 0 };
  let count = 0;
  for (let i = 0; i < edges.length; i++) {
    const [at, delta] = edges[i]!;
    count += delta;
    // Apply every edge at this instant before judging it.
    if (i + 1 < edges.length && edges[i + 1]![0] === at) continue;
    if (at >= to) break;
    if (count > best.count) best = { at: Math.max(at, from), count };
  }
  return best;
}
