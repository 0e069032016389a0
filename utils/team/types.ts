/**
 * The team model. A Person keeps the team-file fields (CONTRACT.md §1) as its canonical form so
 * that export → import is exact; the engine derives a WeeklySchedule from them (utils/time/schedule.ts).
 */

/** English three-letter day names as the team file spells them. */
export type DayName = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun';

export interface Person {
  /** Stable key: the lower-case email, or `name:<normalised name>` for a person with no address. */
  id: string;
  /** Lower case, trimmed. At least one of email and name is set. */
  email?: string;
  name?: string;
  /** IANA zone, e.g. `Asia/Kolkata`. */
  timeZone: string;
  /** Local `HH:mm`, 24-hour. */
  workStart: string;
  /** Local `HH:mm`; earlier than workStart means an overnight shift. */
  workEnd: string;
  /** Canonical day list as the team file spells it: `Mon-Fri`, `Sun-Thu`, `Mon,Tue,Thu`. */
  workDays: string;
  /** ISO 3166-1 alpha-2, upper case; its public holidays are days off. */
  country?: string;
  /** Personal days off, local ISO dates `YYYY-MM-DD`. */
  daysOff?: string[];
}

/** `*.co.jp` → a default zone and hours for unknown addresses in that domain. */
export interface DomainRule {
  /** `example.com` (exact domain) or `*.co.jp` (any domain ending in `.co.jp`, and `co.jp` itself). */
  pattern: string;
  timeZone: string;
  workStart: string;
  workEnd: string;
  workDays: string;
  country?: string;
}

export interface Team {
  people: Person[];
  domainRules: DomainRule[];
}

/** The user's own working pattern. timeZone undefined means "the browser's zone". */
export interface Me {
  timeZone?: string;
  workStart: string;
  workEnd: string;
  workDays: string;
  country?: string;
  daysOff?: string[];
}

export type AppId = 'gmail' | 'google-calendar' | 'outlook';

export interface LoadThresholds {
  heavyMinutes: number;
  heavyMeetings: number;
  /** Heavy when no free block of at least this many minutes is left inside the user's hours. */
  minFreeBlockMinutes: number;
  overloadedMinutes: number;
  overloadedMeetings: number;
}

export interface Settings {
  me: Me;
  sendGuard: 'off' | 'warn';
  load: LoadThresholds;
  asyncRules: boolean;
  /** The recorder URL the user chose (Loom, Teams…); empty when not set. */
  videoUrl: string;
  /** The user's private iCalendar feed URL; empty when not set. */
  feedUrl: string;
  apps: Record<AppId, boolean>;
}

export const DEFAULT_LOAD: LoadThresholds = {
  heavyMinutes: 240,
  heavyMeetings: 5,
  minFreeBlockMinutes: 120,
  overloadedMinutes: 360,
  overloadedMeetings: 7,
};

export const DEFAULT_SETTINGS: Settings = {
  me: { workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' },
  sendGuard: 'warn',
  load: DEFAULT_LOAD,
  asyncRules: true,
  videoUrl: '',
  feedUrl: '',
  apps: { gmail: true, 'google-calendar': true, outlook: true },
};

export const EMPTY_TEAM: Team = { people: [], domainRules: [] };
