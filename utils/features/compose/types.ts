import type { HostEnv, ComposeSurface, RecipientField } from '@/utils/hosts/types';
import type { Status } from '@/utils/time/types';
import type { Sentence } from '../sentence';

/**
 * What the shared compose feature needs from its host: the session's abort signal, its logger and
 * error guard. A HostEnv fits as is, so Gmail and Outlook pass theirs straight through.
 */
export type ComposeEnv = Pick<HostEnv, 'signal' | 'log' | 'guard'>;

export interface ComposeOptions {
  /** The clock, injectable for tests. Defaults to Date.now. */
  now?: () => number;
}

/** One compose window's Baton UI: chips, advice and guard. */
export interface ComposeController {
  readonly surface: ComposeSurface;
  /** Re-read recipients and redraw what changed. Cheap when nothing changed. */
  update(): void;
  /** Remove everything drawn and every listener added for this compose. */
  dispose(): void;
}

/** Everything the recipient chip shows about one recipient (a drawable, host-free model). */
export interface ChipModel {
  field: RecipientField;
  /** Lower-case address when the page shows one. */
  email?: string;
  /** The page's display name, when it shows one. */
  name?: string;
  /** What the chip and card call this person. */
  label: string;
  pending: boolean;
  status: Status;
  /** Absent when status is unknown. */
  zone?: string;
  /** Their wall time now, `YYYY-MM-DDTHH:mm`; absent when unknown. */
  localTime?: string;
  /** "02:14" in their zone. */
  timeText?: string;
  /** "Tokyo" */
  place?: string;
  /** "Wed 25 Nov" */
  dateText?: string;
  /** "+8 h from you", "same time as you" */
  offsetText?: string;
  /** "09:00–17:00, Mon–Fri" */
  hoursText?: string;
  /** "Next starts 09:00 Thu (in 6 h 46 min)"; absent when working or none known. */
  nextText?: string;
  holidayName?: string;
  /** Why an unknown recipient stays unknown, when it is more than "not in the team" (e.g. a name two team members share). */
  unknownReason?: Sentence;
  /** How Baton knows: a team member, or a domain rule. */
  source?: 'person' | 'rule';
  /** The domain rule's pattern (`example.com`, `*.co.jp`) when `source` is `rule`. */
  ruleDomain?: string;
}

export type Verdict = 'ok' | 'off-hours' | 'unknown';

export interface AdviceModel {
  verdict: Verdict;
  /** Epoch ms of the suggestion, when verdict is off-hours. */
  suggestedAt: number | null;
  /** ISO UTC minute with Z (CONTRACT §2), when verdict is off-hours. */
  suggestedIso: string | null;
  /** The one sentence the note says, as plain text. */
  sentence: string;
  /** The same sentence with its names apart: what the note and the guard draw (names in <bdi>). */
  parts: Sentence;
  /** The suggestion in the user's zone, large: "19:00 Tue 24 Nov". */
  userTimeText: string | null;
  /** The same, as a copyable line with the zone name. */
  copyText: string | null;
}
