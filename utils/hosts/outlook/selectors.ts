/**
 * Every selector and every piece of UI text Baton relies on in Outlook on the web, with what it
 * finds and where the fact comes from (/work/shared/HOSTS.md, "Outlook on the web", and the
 * projects it names). Language-free hooks (id, data-*, roles, Fluent UI class names that are part
 * of Fluent's public API) come first; translated text is the last resort and covers at least
 * English, German, French, Spanish and Japanese. tests/fixtures/outlook/*.html prove each one.
 */
export const OUTLOOK = {
  page: {
    /** Hosts Outlook on the web is served from (CONTRACT.md §3). */
    hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'] as readonly string[],
    /** Custom-domain and on-premises OWA: `meta[content*="owamail"]`, `script[src*="/owamail/"]` (Briskine). */
    owaHint: 'meta[content*="owamail"], script[src*="/owamail/"]',
    /** Calendar module: `/calendar/…` paths, or old OWA's `?path=/calendar/…` (the URL, not the DOM). */
    calendarPath: /(^|\/)calendar(\/|$)|[?&]path=%2Fcalendar|[?&]path=\/calendar/i,
    /**
     * What may start a compose or an event form, for the candidate watch (candidates.ts) that also
     * decides when Outlook's UI loads: the editable recipient wells and body every compose and
     * event form has (an event form's attendee wells are editable too). Not labelled inputs: the
     * search box is one, and would load the UI on every page. Leaves Outlook never animates.
     */
    candidates: '[contenteditable="true"]',
  },
  compose: {
    /**
     * Compose containers: the reading-pane compose `[id*="docking_InitVisiblePart"]`, the popped-out
     * form `[data-app-section="Form_Content"]`, and the reading pane `#ReadingPaneContainerId`
     * (Briskine outlook.js, Toggl). The innermost one that holds a Send button or a recipient well wins.
     */
    roots: '[id*="docking_InitVisiblePart"], [data-app-section="Form_Content"], #ReadingPaneContainerId',
    /** Second way: walk up from Send to the nearest ancestor that also holds a recipient well. */
    subject: 'input[type="text"][autocomplete="off"], input[aria-label="Add a subject"]',
    /** The message body: the multi-line editable region (Briskine, Clockify). Never a recipient well. */
    body: '[contenteditable="true"][aria-multiline="true"]',
  },
  recipients: {
    /** Recipient wells: editable regions that are not the body, To, Cc, Bcc in order (Briskine). */
    well: '[contenteditable="true"]:not([aria-multiline="true"])',
    /** English label of the To well (Briskine `div[aria-label="To"][contenteditable]`); only a hint, the order decides otherwise. */
    wellLabelled: '[contenteditable="true"][aria-label]',
    /** A chip: a direct child of the well carrying `contenteditable` (itself "false") (Briskine). */
    chipDirect: ':scope > [contenteditable]',
    /** Second way: persona hover targets and draggable pills (Mailvelope `[draggable=true], [data-lpc-hover-target-id]`). */
    chipHover: '[data-lpc-hover-target-id], .lpc-hoverTarget, [class*="lpcCommonWeb-hoverTarget"], [draggable="true"]',
    /** The chip's visible text (Briskine `[class*="textContainer-"]`, `[class*="individualText-"]`). */
    chipText: '[class*="textContainer-"], [class*="individualText-"]',
    /** The persona hover target inside a chip, whose open card reveals the address (Briskine tests, Mailvelope). */
    hoverTarget: '[data-lpc-hover-target-id], .lpc-hoverTarget, [class*="lpcCommonWeb-hoverTarget"]',
    /** An open persona card: a dialog, found from the target's aria-controls/aria-owns or as a visible LPC dialog. */
    hoverCard: '[role="dialog"], [class*="lpc"], [id^="lpc"]',
    /** Addresses inside a card: mailto links first, then any text that is an address. */
    cardMailto: 'a[href^="mailto:" i]',
  },
  /**
   * Field names as Outlook labels the wells, first word of the aria-label, lower case: en, de, fr,
   * es, ja (plus it, pt, nl). Used only to tell a lone Bcc well from Cc; the order decides otherwise.
   */
  fieldWords: {
    to: ['to', 'an', 'à', 'a', 'para', '宛先', 'aan', 'destinatari'],
    cc: ['cc'],
    bcc: ['bcc', 'cci', 'cco', 'ccn', 'bcc:'],
  },
  send: {
    /** Send by its test id (Toggl, OutlookSendingSafety). */
    byTestId: '[data-testid="ComposeSendButton"]',
    /** Fluent UI v9 split button's primary half (OutlookSendingSafety); Fluent's own public class names. */
    primary: '.fui-SplitButton__primaryActionButton',
    /** The split button itself, and its menu half that opens Send's menu. */
    split: '.fui-SplitButton',
    menuButton: '.fui-SplitButton__menuButton',
    /** Second way to the menu half: the button next to Send that opens a popup menu. */
    menuButtonByRole: 'button[aria-haspopup="menu"], button[aria-haspopup="true"], [role="button"][aria-haspopup="true"]',
  },
  schedule: {
    /** Fluent menus render in a portal at the end of body: `[role=menu]` holding `[role=menuitem]`s. */
    menuItem: '[role="menuitem"], [role="menuitemradio"], [role="menuitemcheckbox"]',
    /**
     * "Schedule send" has no language-free hook (HOSTS.md): its text in en, de, fr, es, ja, and
     * it, pt, nl, zh, ko, as Outlook writes it or close to it.
     */
    menuText:
      /schedule\s*send|send\s*later|senden\s*planen|später\s*senden|sendezeitpunkt|planifier\s*(l['’]\s*)?envoi|envoi\s*différé|programar\s*(el\s*)?env[ií]o|enviar\s*más\s*tarde|pianifica\s*(l['’]\s*)?invio|agendar\s*envio|verzenden\s*plannen|verzending\s*plannen|送信日時|送信のスケジュール|スケジュール送信|送信予約|後で送信|定时发送|计划发送|예약\s*전송|보내기\s*예약/i,
    /** The schedule dialog Outlook opens (Fluent Dialog surfaces are `[role=dialog]` / `alertdialog`). */
    dialog: '[role="dialog"], [role="alertdialog"]',
    /** Its preset options ("Tomorrow morning", …, "Custom time"). */
    option: '[role="menuitem"], [role="option"], [role="radio"], [role="menuitemradio"], button',
    /** "Custom time" by text, en/de/fr/es/ja (+ it, pt, nl); else the last option. */
    customText:
      /custom\s*time|benutzerdefiniert|heure\s*personnalisée|personnalis|hora\s*personalizada|personalizad|ora\s*personalizzata|horário\s*personalizado|aangepaste\s*tijd|ユーザー設定|カスタム|日時を指定|自定义时间|사용자\s*지정/i,
    /** Date and time boxes: typed inputs where present, else Fluent's DatePicker input and time combobox, in that order. */
    dateInput: 'input[type="date"]',
    timeInput: 'input[type="time"]',
    textInput: 'input[type="text"], input[role="combobox"], input:not([type])',
  },
  calendar: {
    /**
     * The new-event form's attendee wells: `[aria-label="Invite required attendees"][contenteditable]`
     * (HOSTS.md, English) and the same in de, fr, es, ja; "optional" ones too.
     */
    attendeesLabel:
      /attendee|teilnehmer|participant|asistente|出席者|参加者|partecipant|deelnemer|convidado|参与者|참석자/i,
    attendeesWell: '[contenteditable="true"][aria-label]',
    /** Title: `input[placeholder="Add title"]` (HOSTS.md, English); its translations by placeholder/aria-label. */
    titleLabel: /add\s*(a\s*)?title|titel\s*hinzufügen|ajouter\s*un\s*titre|agregar\s*un\s*título|añadir\s*un\s*título|agregar\s*título|タイトルを追加|aggiungi\s*(un\s*)?titolo|adicionar\s*(um\s*)?título|titel\s*toevoegen|添加标题|제목\s*추가/i,
    titleInput: 'input[placeholder], input[aria-label]',
    /**
     * Form containers, innermost first: the popped-out form section (Briskine), a dialog, the main
     * region. The form is the nearest of these around its title and attendees.
     */
    container: '[data-app-section="Form_Content"], [role="dialog"], [role="main"], form',
    /** Date and time fields have no public selectors: typed inputs, else inputs labelled start/end. */
    dateTyped: 'input[type="date"]',
    timeTyped: 'input[type="time"]',
    labelledInput: 'input[aria-label], input[placeholder], input[aria-labelledby]',
    startLabel: /start|beginn|début|debut|inicio|開始|inizio|início|begin|开始|시작/i,
    endLabel: /end|ende|fin|終了|fine|término|einde|结束|종료/i,
    dateLabel: /date|datum|fecha|日付|日|data|日期|날짜/i,
    timeLabel: /time|zeit|heure|hora|時刻|時間|ora|tijd|时间|시간/i,
    /** All-day toggle: a switch/checkbox labelled "All day" and its translations. */
    allDay: 'input[type="checkbox"], [role="switch"], [role="checkbox"]',
    allDayLabel: /all\s*day|ganztägig|toute\s*la\s*journée|todo\s*el\s*día|終日|tutto\s*il\s*giorno|dia\s*inteiro|hele\s*dag|全天|종일/i,
    /**
     * Repeat control: a labelled button/combobox (its label in en, de, fr, es, ja, …); its shown
     * words are the rule (utils/hosts/recurrence-text.ts). Second way: any drop-down of the form
     * whose shown text reads as a rule.
     */
    repeat: '[aria-label], [role="combobox"], select, button',
    repeatLabel: /repeat|recurr|wiederhol|serie|répét|périodicité|repetir|periodicidad|繰り返|ripet|repetição|herhal|重复|반복/i,
    dropdown: 'select, [role="combobox"], button[aria-haspopup="listbox"], button[aria-haspopup="menu"], button[aria-haspopup="true"]',
    /**
     * The event's own time zone: no public selector (docs/recurrence-and-zones.md). The form's
     * time-zone drop-down shows a Windows display name, "(UTC-05:00) Eastern Time (US & Canada)".
     */
    zoneControl: 'select, [role="combobox"], button[aria-haspopup], input[role="combobox"]',
    /** The event body: the multi-line editor, as in mail (Briskine). Attendee wells are single-line textboxes. */
    body: '[contenteditable="true"][aria-multiline="true"]',
  },
} as const;
