/**
 * Every selector Baton uses on Gmail, with what it finds and the fact it relies on
 * (/work/shared/HOSTS.md, Gmail). Language-free hooks (name, role, data-*, custom attributes)
 * come first; scrambled class names are the second way; tooltip text is the last resort.
 * tests/fixtures/gmail/*.html prove each one matches.
 */
export const GMAIL = {
  compose: {
    /** Pop-up composes: each `div.AD` in the compose dock holds one `[role=dialog]` with a form (InboxSDK gmail-element-getter, setup-compose-view-driver-stream). */
    popup: 'div.AD [role="dialog"]',
    /** Full-screen compose: `body > .aSs > .aSt [role=dialog]` (InboxSDK). */
    fullscreen: '.aSs .aSt [role="dialog"]',
    /** Inline reply: a message `.ip.adB` holds `div.M9` (InboxSDK gmail-message-view, gmail.js). */
    inline: 'div.M9',
    /** Second way, language-free: the subject box's `name` (all projects); its compose is the nearest dialog or `.M9`. */
    subjectBox: 'input[name="subjectbox"]',
    /** Containers that a subject box or field belongs to, nearest first. */
    rootFromInside: '[role="dialog"], div.M9',
    /**
     * What may start a compose, for the candidate watch (candidates.ts): the subject box, the To/Cc/Bcc
     * fields and the editable body, all language-free (InboxSDK, gmail.js). Leaves Gmail never
     * animates, unlike its dialogs: the watch's animation must not replace one of Gmail's.
     */
    candidates: 'input[name="subjectbox"], [name="to"], [name="cc"], [name="bcc"], [g_editable="true"], div[contenteditable="true"][role="textbox"]',
    /** Gmail empties `div.aaZ` of a full-screen compose closed while saving: no fields inside means no compose (InboxSDK). */
  },
  recipients: {
    /** To, Cc and Bcc fields by their `name` attribute: `.GS .anm[name=to|cc|bcc]` (InboxSDK page-parser) and `div[name=to]` (gmail.js). Inputs with that name are the old form. */
    field: (field: 'to' | 'cc' | 'bcc') => `[name="${field}"]:not(input):not(textarea)`,
    /** Old form: a textarea/input named after the field; its parent is the field. */
    fieldInput: (field: 'to' | 'cc' | 'bcc') => `input[name="${field}"], textarea[name="${field}"]`,
    /** Chips: `[role=listbox] [role=option]` (InboxSDK get-recipients) or `[name=to] [role=option]` (Briskine), address in `data-hovercard-id`, name in `data-name`. Scoped to one field, so any option inside it is a chip. */
    chip: '[role="option"]',
    /** Second way: any element carrying the hovercard address (gmail.js `div[name=to] div[data-hovercard-id]`, Mailvelope `.afV[data-hovercard-id]`). */
    chipByHovercard: '[data-hovercard-id]',
    /** The typing box, where an address typed but not yet a chip lives (gmail.js #719): peoplekit's input, else any text input in the field. */
    typingBox: 'input[peoplekit-id="BbVjBd"], input[type="text"], input[type="email"], input:not([type])',
    /** Collapsed recipients summary, used only when no field shows chips (FlowCrypt `div.az9 span[email]`). */
    summary: 'div.az9 span[email]',
  },
  send: {
    /** Send: InboxSDK getSendButton — the Send row's button that is neither the schedule arrow nor disabled-looking `.Uo`. */
    primary: '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
    /** Second way: Gmail's primary-button classes in the Send cell `.gU.Up` (InboxSDK). */
    byClass: '.gU.Up div.T-I.T-I-atl:not([aria-haspopup="true"]), div.T-I.T-I-atl[role="button"]:not([aria-haspopup="true"])',
    /** Last resort, English only: the tooltip starts with "Send" (InboxSDK). */
    byTooltip: '[role="button"][data-tooltip^="Send"]:not([aria-haspopup="true"])',
    /** The arrow next to Send that opens the send menu (`.hG`, `aria-haspopup=true`; InboxSDK openScheduleSendMenu). */
    arrow: '[role="button"][aria-haspopup="true"]',
    arrowByClass: '.hG[role="button"]',
  },
  schedule: {
    /** The send menu's "Schedule send" item, language-free custom attribute (InboxSDK openScheduleSendMenu, Oct 2024). */
    menuItem: '[selector="scheduledSend"]',
    /** Gmail's schedule dialogs are `[role=dialog]` appended to the body, outside the compose. */
    dialog: '[role="dialog"], [role="alertdialog"]',
    /** The dialog's options ("Tomorrow morning", …, "Pick date & time" last). */
    option: '[role="menuitem"], [role="option"], [role="menuitemradio"]',
    /** "Pick date & time" by text, for dialogs whose options carry no role (English and a few languages). */
    pickText: /pick date|date\s*&\s*time|datum.*uhrzeit|fecha y hora|date et heure|data e ora|data e hora|日時/i,
    /** The picker's date and time boxes: typed inputs where present, else its first two text boxes. */
    dateInput: 'input[type="date"]',
    timeInput: 'input[type="time"]',
    textInput: 'input[type="text"], input:not([type])',
  },
  anchors: {
    /** Status bar above the Send row: `.aDg .aDj > .aDh` (InboxSDK add-status-bar). Advice is prepended. */
    statusBar: '.aDg .aDj > .aDh',
    /** Notice area above the body: the compose table `.iN` (InboxSDK add-compose-notice). Advice goes before it. */
    noticeArea: 'table.iN, .iN',
    /** Body, language-free (all projects): advice goes before it when neither anchor above exists. */
    body: '.Ap [g_editable="true"], div[contenteditable="true"][role="textbox"]',
  },
} as const;
