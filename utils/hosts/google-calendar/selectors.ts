/**
 * Every Google Calendar selector Baton uses, with what it finds and where the fact comes from
 * (/work/shared/HOSTS.md, "Google Calendar"). Language-free hooks (id, data-*) come first; English
 * aria-labels are only a second way in. Fixtures: tests/fixtures/google-calendar/*.html.
 */

/** `body[data-viewfamily]`: `EVENT` (grid, pop-ups) or `EVENT_EDIT` (full-page editor). brave-talk `calendar.ts`, jidesha. */
export const VIEW_FAMILY_ATTR = 'data-viewfamily';

/** The full-page editor's URL path: `/r/eventedit/<id>` (brave-talk). */
export const EDITOR_PATH = /\/r\/eventedit(\/|$)/;

/** Hidden user info: the calendar's zone, email and locale. Toolset-for-Google-Calendar. */
export const USER_TIMEZONE = '#xUserInfo #xTimezone, #xTimezone';
export const USER_EMAIL = '#xUserInfo #xUserEmail, #xUserEmail';
export const USER_LOCALE = '#xUserInfo #xUserLocale, #xUserLocale';

/* ------------------------------------------------------------------ editor fields (many scripts) */

/** Title input. */
export const TITLE = '#xTiIn';
/** Start/end date inputs; may carry `data-date="YYYYMMDD"`. */
export const START_DATE = '#xStDaIn';
export const END_DATE = '#xEnDaIn';
/** Start/end time inputs ("9:00am", "09:00"). */
export const START_TIME = '#xStTiIn';
export const END_TIME = '#xEnTiIn';
/** All-day checkbox (a real checkbox or an ARIA one with aria-checked). */
export const ALL_DAY = '#xAlDaCbx';
/** Description: a textarea or a contenteditable. */
export const DESCRIPTION = '#xDescIn';

/**
 * Recurrence: no public stable hook (docs/recurrence-and-zones.md). The first way in is an id some builds carry;
 * the second, language-free, is every drop-down of the editor — a select, a listbox or a button
 * opening one — whose shown text reads as a repeat rule in one of Baton's five languages
 * (utils/hosts/recurrence-text.ts); the notification row's unit drop-down ("days") is never one.
 * A third, for an existing series only: the editor's event id carrying an instance suffix
 * (parse.ts decodeEventId).
 */
export const RECURRENCE = '#xRecurrence, [data-key="recurrence"]';
export const DROPDOWN = 'select, [role="listbox"], [role="combobox"], [aria-haspopup="listbox"], [aria-haspopup="menu"], [aria-haspopup="true"]';
/** A listbox's chosen option. */
export const SELECTED_OPTION = '[role="option"][aria-selected="true"]';

/**
 * The event's own time zone: no stable selector either (docs/recurrence-and-zones.md). Calendar shows it next to
 * the times as a button reading "(GMT+01:00) Central European Time - Berlin" once the event has
 * a zone of its own; found by that shape (utils/hosts/zone-text.ts) among the buttons of the
 * editor's date and time rows. Absent, the calendar's zone (#xTimezone) holds.
 */
export const ZONE_CONTROL = 'button, [role="button"], [role="combobox"], select, [data-tzid]';

/* ------------------------------------------------------------------ guests (gmate, others) */

/** Guest list container. */
export const GUEST_LIST = '#xGstLst';
/** One guest: `div[data-email]` (also `data-id`), or a hovercard span carrying the address. */
export const GUEST_ROW = '#xGstLst [data-email], #xGstLst span[data-hovercard-id]';
/** Where a guest's visible name sits inside its row (the row's own text is the fallback). */
export const GUEST_NAME = '[data-name], [data-display-name], .guest-name';

/* ------------------------------------------------------------------ where to attach (brave-talk, jidesha) */

/** Notification list: Baton's row goes before its parent. */
export const NOTIFICATION_LIST = '#xNtList';
/** Also present once the editor has rendered its details column. */
export const LOCATION = '#xLocIn';
export const ON_CALENDAR = '#xOnCal';

/* ------------------------------------------------------------------ quick-create (brave-talk) */

/** Any dialog; the quick-create one holds the event tab panel below. */
export const DIALOG = '[role="dialog"]';
export const QUICK_EVENT_PANEL = '[role="tabpanel"][aria-labelledby="tabEvent"]';
export const QUICK_EVENT_TAB = 'button#tabEvent';
/** Inside quick-create: the title input (same id as the editor, else the first text input). */
export const QUICK_TITLE = '#xTiIn, input[type="text"]';
/** Inside quick-create: date and time text (buttons/spans) carry `data-date` or `data-key`. */
export const QUICK_DATE = '[data-date], [data-key="startDate"]';
export const QUICK_TIME = '[data-key="startTime"], [data-key="time"]';
/** Inside quick-create: guests as chips with an address. */
export const QUICK_GUEST = '[data-email], span[data-hovercard-id]';

/* ------------------------------------------------------------------ grids (Toolset, brave-talk, quick-duplicate #29) */

/** An event chip: `div[role=button][data-eventid]`, `[data-eventchip]`. Ids starting `tasks_` are tasks. */
export const GRID_EVENT = '[data-eventid], [data-eventchip]';
export const TASK_ID_PREFIX = 'tasks_';
/** A day column / month cell: `[role=gridcell]` carrying `data-datekey`. */
export const DAY_CELL = '[data-datekey]';
/** Day headers of week/day views: `[role=columnheader]` holding the datekey, or a header cell above the column. */
export const DAY_HEADER = '[role="columnheader"]';
/**
 * What may need Baton, for the candidate watch (candidates.ts) that also decides when the UI loads:
 * a grid's day cell (meeting load), the editor's title box, the quick-create dialog's event tab.
 * A rule of Calendar's own that animates one of them wins over Baton's (zero specificity); the
 * watch's focus and poll still find it then.
 */
export const CANDIDATES = `${DAY_CELL}, ${TITLE}, ${QUICK_EVENT_TAB}`;

/** Hidden text inside a chip that some views use instead of aria-label. */
export const CHIP_HIDDEN_TEXT = '.XuJrye, [class*="screen-reader"], [aria-hidden="false"]';
