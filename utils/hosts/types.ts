import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AppId } from '../team/types';
import type { Logger } from './logger';
import type { RecurrenceRule } from '../time/recurrence';

/**
 * A host adapter reads one kind of host page and finds places to draw. It never does time
 * arithmetic (utils/time) and never stores anything itself (utils/storage).
 */
export interface HostAdapter {
  /** Kebab-case id: names the folder, the log prefix and the fixture folder. */
  id: string;
  /** The per-app switch in settings that turns this adapter on and off. */
  app: AppId;
  /** Is this page one this adapter serves? Called on start and on every in-app navigation. */
  detect(url: URL, doc: Document): boolean;
  /** Start on this page. Called once per activation; `session.dispose` undoes everything. */
  start(env: HostEnv): HostSession;
  /**
   * Elements whose arrival may start something to serve (a compose's fields, an editor's title
   * box): hooks the host never animates itself (see candidates.ts). With it, the runner needs no
   * document-wide observer; without it, every page mutation is looked at.
   */
  candidates?: string;
}

export interface HostSession {
  /** Look at the page again: called (batched) after DOM mutations and on navigation. Idempotent. */
  scan(): void;
  /** Remove every element Baton drew and every listener it added. */
  dispose(): void;
  /**
   * What the session serves now (its composes or editors). When present, the runner watches only
   * these and their removal, and learns of new ones from the adapter's `candidates`: pages that
   * churn unrelated nodes (Gmail's lists, chat) then cost Baton nothing.
   */
  roots?(): readonly Element[];
}

export interface HostEnv {
  ctx: ContentScriptContext;
  /** Aborted when this session ends (app switched off, page no longer detected, extension reloaded). */
  signal: AbortSignal;
  log: Logger;
  /** Wrap a callback so an exception in it is logged once (tagged) and never reaches the page. */
  guard<A extends unknown[]>(key: string, fn: (...args: A) => void): (...args: A) => void;
  /** Ask for a look at the page (batched like the runner's own) after a change only the session watches. */
  rescan(): void;
}

/*
 * Surfaces: what an adapter reads from a page, in host-free terms. The shared features
 * (utils/features/compose.ts, utils/features/event-editor.ts) draw from a surface, so Gmail and
 * Outlook share one compose feature and Google Calendar and Outlook share one event feature.
 * Owners may extend these; keep existing members.
 */

export type RecipientField = 'to' | 'cc' | 'bcc';

export interface RecipientRef {
  field: RecipientField;
  /** Lower case when the page shows an address. */
  email?: string;
  /** Display name when that is all (or also what) the page shows. */
  name?: string;
  /** The chip (or typing box) element; Baton's chip goes right after it. */
  element: Element;
  /** An address typed into the input but not yet turned into a chip. */
  pending?: boolean;
}

export type ScheduleSendOutcome =
  /** The host's own schedule dialog is open and its date and time fields hold the suggestion. */
  | 'filled'
  /** The host's dialog is open but its fields could not be found: show the time to copy. */
  | 'opened'
  /** The host's schedule-send could not be opened at all. */
  | 'unavailable';

export interface ComposeSurface {
  /** The compose's root element; its identity is the compose's identity. */
  root: Element;
  readRecipients(): RecipientRef[];
  /** Where the send advice goes (status bar above Send, or the notice area above the body). */
  adviceAnchor(): { anchor: Element; position: 'before' | 'after' | 'prepend' | 'append' } | null;
  /** The host's real Send button, or null when it cannot be found. */
  sendButton(): HTMLElement | null;
  /**
   * Let the host's own send go ahead (e.g. mousedown/mouseup/click): on `pressed`, the element
   * inside Send the person pressed, when given; else on the host's real action button.
   */
  pressSend(pressed?: Element | null): void;
  /** Open the host's own schedule-send and fill the instant where possible. Never sends. */
  openScheduleSend(at: number, userZone: string): Promise<ScheduleSendOutcome>;
}

export interface GuestRef {
  email?: string;
  name?: string;
  element?: Element;
}

export interface EventDraft {
  title: string;
  description: string;
  /** Epoch ms of start and end, read in the calendar's zone (or the zone the editor shows). */
  start: number | null;
  end: number | null;
  allDay: boolean;
  recurring: boolean;
  /**
   * The series as the editor states it, when `recurring` and its words could be read; absent,
   * a series is taken as weekly.
   */
  recurrence?: RecurrenceRule;
  /** The zone the times were read in: the event's own where the editor shows one, else the calendar's. */
  zone: string;
  /** The organizer's calendar zone, when the editor shows the event in another zone (`zone`). */
  calendarZone?: string;
  guests: GuestRef[];
  /** The organizer's own address when the page shows it (excluded from guests). */
  selfEmail?: string;
}

export interface EventEditorSurface {
  root: Element;
  read(): EventDraft;
  /** Where the Baton panel goes inside the editor. */
  panelAnchor(): { anchor: Element; position: 'before' | 'after' | 'prepend' | 'append' } | null;
  /** Set the editor's start/end; false when its fields cannot be set (the panel then shows the time). */
  setTimes(start: number, end: number): boolean;
  /** 'gmail' opens Gmail's view=cm compose; 'outlook' the Outlook deeplink compose. */
  composeApp: 'gmail' | 'outlook';
  /**
   * Origin the compose link opens on (Outlook: the one the user is on, e.g. outlook.live.com for
   * personal accounts). Absent: the app's default (mail.google.com, outlook.office.com).
   */
  composeOrigin?: string;
}
