import type { Schedule } from './types';
import type { Recipient } from './send';
import { intersectSpans, workingSpans, type Spans } from './schedule';
import { DAY, MINUTE, instantOfWall, wallAt } from './zone';

/** CONTRACT.md §2 `async-alternative` reason ids, in the order they are reported. */
export type AsyncReason = 'status-update' | 'no-agenda' | 'many-attendees' | 'wide-time-spread' | 'recurring';

export interface AsyncInput {
  title: string;
  description: string;
  guests: readonly Recipient[];
  recurring: boolean;
  start: number;
  /** The meeting's length; 30 minutes when not given. */
  durationMinutes?: number;
  userZone: string;
  /** The organizer, counted in "everyone's hours" when given. */
  user?: Schedule;
}

export const MANY_ATTENDEES = 8;
/** A description shorter than this (after removing links and markup) is no agenda. */
export const AGENDA_MIN_CHARS = 20;

/**
 * Words that make a title a status meeting, in English, German, French, Spanish, Portuguese and
 * Japanese, matched as whole words.
 */
const STEMS = [
  // English
  'status', 'update', 'sync', 'standup', 'stand-up', 'stand up', 'check-in', 'checkin', 'check in', 'weekly', 'report', 'round-up', 'roundup', 'recap', 'catch-up', 'catchup', 'daily',
  // German
  'statusmeeting', 'abstimmung', 'jour fixe', 'jourfixe', 'wochenbericht', 'bericht', 'wöchentlich', 'regeltermin', 'lagebesprechung',
  // French
  'point hebdo', "point d'équipe", 'point d’équipe', 'point équipe', 'réunion hebdomadaire', 'hebdo', 'mise à jour', 'suivi', 'compte rendu', 'compte-rendu', 'statut', 'rapport', 'bilan', 'point quotidien',
  // Spanish
  'estado', 'actualización', 'actualizacion', 'seguimiento', 'reunión semanal', 'reunion semanal', 'semanal', 'informe', 'reporte', 'sincronización', 'sincronizacion', 'sincro', 'diaria',
  // Portuguese
  'atualização', 'atualizacao', 'acompanhamento', 'reunião semanal', 'reuniao semanal', 'relatório', 'relatorio', 'alinhamento', 'sincronização', 'sincronizacao', 'diária',
];
/** Compounds (German writes them as one word): Statusmeeting, Wochenstatus, Projektupdate, Teamsync. */
const COMPOUND_STARTS = ['status', 'update', 'sync', 'standup', 'weekly'];
const COMPOUND_ENDINGS = ['status', 'update', 'sync', 'bericht', 'abstimmung', 'standup'];
/** Japanese has no spaces: any occurrence counts. */
const JAPANESE = ['定例', '進捗', '報告', '朝会', '週次', '日次', '状況共有', '共有会', 'スタンドアップ', 'ステータス', 'アップデート', '振り返り'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s-]?');
// Whole words, plural allowed; compounds by their first or last part.
const STATUS_WORDS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${STEMS.map(escape).join('|')})(?:e?s)?(?![\\p{L}\\p{N}])`, 'iu');
// A compound's first part must not just be an English word's inflection ("Updated pricing",
// "Updater") or another word that starts alike ("Synchrotron"): those are not status meetings.
const NOT_A_COMPOUND = '(?!(?:d|r|rs|ed)(?![\\p{L}])|hro)';
const STATUS_COMPOUNDS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${COMPOUND_STARTS.join('|')})${NOT_A_COMPOUND}\\p{L}|\\p{L}(?:${COMPOUND_ENDINGS.join('|')})(?![\\p{L}])`,
  'iu',
);

export function isStatusTitle(title: string): boolean {
  const t = title.normalize('NFC');
  return STATUS_WORDS.test(t) || STATUS_COMPOUNDS.test(t) || JAPANESE.some((w) => t.includes(w));
}

/** The description without markup, links and filler such as video-call boilerplate lines. */
export function agendaText(description: string): string {
  return description
    .replace(/<[^>]*>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Which CONTRACT reasons suggest this meeting could be a written update or a recorded video. */
export function asyncSignals(input: AsyncInput): AsyncReason[] {
  const reasons: AsyncReason[] = [];
  if (isStatusTitle(input.title)) reasons.push('status-update');
  if (agendaText(input.description).length < AGENDA_MIN_CHARS) reasons.push('no-agenda');
  if (input.guests.length >= MANY_ATTENDEES) reasons.push('many-attendees');
  if (noSharedSlotThatDay(input)) reasons.push('wide-time-spread');
  if (input.recurring) reasons.push('recurring');
  return reasons;
}

/** True when at least two known people have no slot of the meeting's length that day inside everyone's hours. */
function noSharedSlotThatDay(input: AsyncInput): boolean {
  const schedules = input.guests.map((g) => g.schedule).filter((s): s is Schedule => s !== null);
  if (input.user) schedules.push(input.user);
  if (schedules.length < 2) return false;
  const day = Math.floor(wallAt(input.userZone, input.start) / DAY);
  const dayStart = instantOfWall(input.userZone, day * DAY);
  const dayEnd = instantOfWall(input.userZone, (day + 1) * DAY);
  const duration = (input.durationMinutes ?? 30) * MINUTE;
  // A slot starting that day may run past midnight.
  let shared: Spans = workingSpans(schedules[0]!, dayStart, dayEnd + duration);
  for (const s of schedules.slice(1)) shared = intersectSpans(shared, workingSpans(s, dayStart, dayEnd + duration));
  return !shared.some(([s, e]) => s < dayEnd && e - s >= duration);
}
