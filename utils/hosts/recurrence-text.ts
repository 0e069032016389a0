import type { RecurrenceRule, Weekday } from '@/utils/time';
import { isoDate, parseDateText } from './google-calendar/parse';

/**
 * The series a calendar editor's repeat control states, read from its words: neither Google
 * Calendar nor Outlook on the web gives the rule a language-free hook (docs/recurrence-and-zones.md), so this
 * holds a table for each language Baton reads (English, German, French, Spanish, Japanese). The
 * wording follows the apps' own: Calendar's "Does not repeat", "Daily", "Weekly on Monday",
 * "Monthly on the fourth Monday", "Annually on March 22", "Every weekday (Monday to Friday)",
 * "Custom…" and its summaries ("Every 2 weeks on Monday, Thursday", "Monthly on day 22, 10
 * times"); Outlook's "Don't repeat", "Every day", "Every week on Tuesday", "Every weekday",
 * "Occurs every 2 weeks on Monday until 5/1/2028" — and their translations. Pure text in, a rule
 * out: the adapters find the control and say what nothing matched.
 */
export type RecurrenceReading =
  | { kind: 'none' }
  | { kind: 'rule'; rule: RecurrenceRule }
  /** "Custom…" is chosen but its dialog has not stated a rule yet. */
  | { kind: 'custom' };

export type RecurrenceLanguage = 'en' | 'de' | 'fr' | 'es' | 'ja';

interface Table {
  none: RegExp;
  custom: RegExp;
  /** Monday to Friday. */
  weekdays: RegExp;
  yearly: RegExp;
  monthly: RegExp;
  weekly: RegExp;
  daily: RegExp;
  /** "every 2 weeks": the number and the unit. */
  interval: RegExp;
  units: Record<RecurrenceRule['freq'], RegExp>;
  /** "every other week" (2). */
  other?: RegExp;
  ordinals: Array<[RegExp, number]>;
  count: RegExp;
  /** The until clause: group 1 is its date. */
  until: RegExp;
  locale: string;
}

// A word on its own: no letter right before or after (\b knows only ASCII letters).
const W = (source: string) => new RegExp(`(?<![\\p{L}])(?:${source})(?![\\p{L}])`, 'iu');

const TABLES: Record<RecurrenceLanguage, Table> = {
  en: {
    none: /does\s*n[o']t\s*repeat|doesn['’]t\s*repeat|don['’]t\s*repeat|do\s*not\s*repeat|^never$|no\s*repeat|^none$/,
    custom: /^custom\b/,
    weekdays: /every\s*weekday|weekdays|monday\s*(to|-|–|through)\s*friday/,
    yearly: W('annually|yearly|every\\s*year|years?'),
    monthly: W('monthly|every\\s*month|months?'),
    weekly: W('weekly|every\\s*week|weeks?'),
    daily: W('daily|every\\s*day|days?'),
    interval: /(?<![\d.:/])(\d{1,3})\s*(days?|weeks?|months?|years?)(?![\p{L}])/iu,
    units: { daily: /^day/, weekly: /^week/, monthly: /^month/, yearly: /^year/ },
    other: /every\s*other\s*week|fortnightly|biweekly/,
    ordinals: [[W('first|1st'), 1], [W('second|2nd'), 2], [W('third|3rd'), 3], [W('fourth|4th'), 4], [W('fifth|5th'), 5], [W('last'), -1]],
    count: /(\d{1,4})\s*(times|occurrences)(?![\p{L}])/iu,
    until: /(?:,\s*)?\buntil\s+(.+)$/,
    locale: 'en-US',
  },
  de: {
    none: /wiederholt\s*sich\s*nicht|nicht\s*wiederholen|keine\s*wiederholung|^nie$|^keine$/,
    custom: /^benutzerdefiniert/,
    weekdays: /jeden\s*(werk|wochen)tag|an\s*(allen\s*)?(werk|wochen)tagen|werktags|montag\s*(bis|-|–)\s*freitag/,
    yearly: /jährlich|jedes\s*jahr|(?<![\p{L}])jahre?n?(?![\p{L}])/iu,
    monthly: /monatlich|jeden\s*monat|(?<![\p{L}])monate?n?(?![\p{L}])/iu,
    weekly: /wöchentlich|jede\s*woche|(?<![\p{L}])wochen?(?![\p{L}])/iu,
    daily: /täglich|jeden\s*tag|(?<![\p{L}])tage?n?(?![\p{L}])/iu,
    interval: /(?<![\d.:/])(\d{1,3})\s*(tage|tagen|wochen|monate|monaten|jahre|jahren)(?![\p{L}])/iu,
    units: { daily: /^tag/, weekly: /^woche/, monthly: /^monat/, yearly: /^jahr/ },
    other: /jede\s*zweite\s*woche|alle\s*zwei\s*wochen|zweiwöchentlich/,
    ordinals: [[W('ersten|erster|1\\.'), 1], [W('zweiten|zweiter|2\\.'), 2], [W('dritten|dritter|3\\.'), 3], [W('vierten|vierter|4\\.'), 4], [W('fünften|fünfter|5\\.'), 5], [W('letzten|letzter'), -1]],
    count: /(\d{1,4})\s*(-?\s*mal|termine|wiederholungen)(?![\p{L}])/iu,
    until: /(?:,\s*)?(?<![\p{L}])bis\s+(?:zum\s+)?(.+)$/iu,
    locale: 'de-DE',
  },
  fr: {
    none: /ne\s*se\s*répète\s*pas|ne\s*pas\s*répéter|aucune\s*répétition|^jamais$|^aucune?$/,
    custom: /^personnalis/,
    weekdays: /jours\s*ouvr[ée]s|jours\s*de\s*(la\s*)?semaine|en\s*semaine|du\s*lundi\s*au\s*vendredi/,
    yearly: /annuel|tous\s*les\s*ans|chaque\s*année|(?<![\p{L}])(ans?|années?)(?![\p{L}])/iu,
    monthly: /mensuel|tous\s*les\s*mois|chaque\s*mois|(?<![\p{L}])mois(?![\p{L}])/iu,
    weekly: /hebdomadaire|toutes\s*les\s*semaines|chaque\s*semaine|(?<![\p{L}])semaines?(?![\p{L}])/iu,
    daily: /quotidien|tous\s*les\s*jours|chaque\s*jour|(?<![\p{L}])jours?(?![\p{L}])/iu,
    interval: /(?<![\d.:/])(\d{1,3})\s*(jours|semaines|mois|ans|années)(?![\p{L}])/iu,
    units: { daily: /^jour/, weekly: /^semaine/, monthly: /^mois/, yearly: /^(an|année)/ },
    other: /une\s*semaine\s*sur\s*deux|toutes\s*les\s*deux\s*semaines/,
    ordinals: [[W('premier|première|1er|1re'), 1], [W('deuxième|second|seconde|2e'), 2], [W('troisième|3e'), 3], [W('quatrième|4e'), 4], [W('cinquième|5e'), 5], [W('dernier|dernière'), -1]],
    count: /(\d{1,4})\s*(fois|occurrences)(?![\p{L}])/iu,
    until: /(?:,\s*)?(?<![\p{L}])jusqu['’]\s*(?:au|à|a)\s+(.+)$/iu,
    locale: 'fr-FR',
  },
  es: {
    none: /no\s*se\s*repite|no\s*repetir|^nunca$|^ninguna?$/,
    custom: /^personaliza/,
    weekdays: /d[ií]as\s*laborables|entre\s*semana|d[ií]as\s*de\s*(la\s*)?semana|de\s*lunes\s*a\s*viernes/,
    yearly: /anual|cada\s*año|todos\s*los\s*años|(?<![\p{L}])años?(?![\p{L}])/iu,
    monthly: /mensual|cada\s*mes|todos\s*los\s*meses|(?<![\p{L}])mes(es)?(?![\p{L}])/iu,
    weekly: /semanal|cada\s*semana|todas\s*las\s*semanas|(?<![\p{L}])semanas?(?![\p{L}])/iu,
    daily: /diari|cada\s*d[ií]a|todos\s*los\s*d[ií]as|(?<![\p{L}])d[ií]as?(?![\p{L}])/iu,
    interval: /(?<![\d.:/])(\d{1,3})\s*(d[ií]as|semanas|meses|años)(?![\p{L}])/iu,
    units: { daily: /^d[ií]a/, weekly: /^semana/, monthly: /^mes/, yearly: /^año/ },
    other: /cada\s*dos\s*semanas|semana\s*por\s*medio|quincenal/,
    ordinals: [[W('primer|primero|primera|1\\.?º|1\\.?er'), 1], [W('segundo|segunda|2\\.?º'), 2], [W('tercer|tercero|tercera|3\\.?º|3\\.?er'), 3], [W('cuarto|cuarta|4\\.?º'), 4], [W('quinto|quinta|5\\.?º'), 5], [W('último|última'), -1]],
    count: /(\d{1,4})\s*(veces|repeticiones)(?![\p{L}])/iu,
    until: /(?:,\s*)?(?<![\p{L}])hasta\s+(?:el\s+)?(.+)$/iu,
    locale: 'es-ES',
  },
  ja: {
    none: /繰り返さない|繰り返しなし|繰り返しません|^なし$/,
    custom: /^(カスタム|ユーザー設定)/,
    weekdays: /平日|月曜日?\s*[~〜～-]\s*金曜日?|月\s*[~〜～-]\s*金/,
    yearly: /毎年|年ごと|年おき/,
    monthly: /毎月|[か|ヶ|ヵ|カ|ケ]月ごと|[か|ヶ|ヵ|カ|ケ]月おき/,
    weekly: /毎週|週ごと|週間ごと|隔週/,
    daily: /毎日|日ごと|日おき/,
    interval: /(\d{1,3})\s*(日|週間|週|[かヶヵカケ]月|年)\s*ごと/,
    units: { daily: /^日/, weekly: /^週/, monthly: /^[かヶヵカケ]月/, yearly: /^年/ },
    other: /隔週/,
    ordinals: [[/第\s*1/, 1], [/第\s*2/, 2], [/第\s*3/, 3], [/第\s*4/, 4], [/第\s*5/, 5], [/最終|最後/, -1]],
    count: /(\d{1,4})\s*回/,
    until: /(?:[,、]\s*)?(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\/\d{1,2}\/\d{1,2})\s*まで/,
    locale: 'ja-JP',
  },
};

export const RECURRENCE_LANGUAGES = Object.keys(TABLES) as RecurrenceLanguage[];

const weekdayPatterns = new Map<RecurrenceLanguage, Array<[RegExp, Weekday]>>();

/** Weekday names in a language, long and short, from Intl (Monday = 1 … Sunday = 7). */
function weekdayNames(lang: RecurrenceLanguage): Array<[RegExp, Weekday]> {
  const cached = weekdayPatterns.get(lang);
  if (cached) return cached;
  const out: Array<[RegExp, Weekday]> = [];
  for (let wd = 1; wd <= 7; wd++) {
    // 2024-01-01 was a Monday.
    const at = Date.UTC(2024, 0, wd);
    if (lang === 'ja') {
      const kanji = new Intl.DateTimeFormat('ja-JP', { weekday: 'short', timeZone: 'UTC' }).format(at).replace(/[()]/g, '');
      out.push([new RegExp(`${kanji}曜`), wd as Weekday]);
      continue;
    }
    const names = new Set<string>();
    for (const width of ['long', 'short'] as const) {
      const name = new Intl.DateTimeFormat(TABLES[lang].locale, { weekday: width, timeZone: 'UTC' }).format(at).toLowerCase().replace(/\.$/, '');
      names.add(name.normalize('NFKC'));
    }
    const escaped = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // English plurals ("Mondays"), and a short name's dot.
    out.push([new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})(?:s|\\.)?(?![\\p{L}])`, 'iu'), wd as Weekday]);
  }
  weekdayPatterns.set(lang, out);
  return out;
}

function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/…|\.\.\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function readIn(lang: RecurrenceLanguage, raw: string, year: number): RecurrenceReading | null {
  const t = TABLES[lang];
  let text = normalise(raw);
  if (!text) return null;
  if (t.none.test(text)) return { kind: 'none' };
  if (t.custom.test(text) && text.length <= 24) return { kind: 'custom' };

  // The until clause and the count first: their numbers are no interval ("2028年", "10 times").
  let until: string | undefined;
  const u = t.until.exec(text);
  if (u) {
    const date = parseDateText(u[1]!, t.locale, year);
    if (date) until = isoDate(date);
    text = text.slice(0, u.index) + ' ' + text.slice(u.index + u[0].length);
  }
  let count: number | undefined;
  const c = t.count.exec(text);
  if (c) {
    count = Number(c[1]);
    text = text.replace(c[0], ' ');
  }
  const bounds = { ...(count !== undefined ? { count } : {}), ...(until ? { until } : {}) };

  if (t.weekdays.test(text)) return { kind: 'rule', rule: { freq: 'weekly', interval: 1, weekdays: [1, 2, 3, 4, 5], ...bounds } };

  let freq: RecurrenceRule['freq'] | null = null;
  let interval = 1;
  const n = t.interval.exec(text);
  if (n) {
    const unit = n[2]!;
    freq = (Object.keys(t.units) as Array<RecurrenceRule['freq']>).find((f) => t.units[f].test(unit)) ?? null;
    if (freq) interval = Math.max(1, Number(n[1]));
  }
  if (!freq && t.other?.test(text)) {
    freq = 'weekly';
    interval = 2;
  }
  if (!freq) {
    if (t.yearly.test(text)) freq = 'yearly';
    else if (t.monthly.test(text)) freq = 'monthly';
    else if (t.weekly.test(text)) freq = 'weekly';
    else if (t.daily.test(text)) freq = 'daily';
  }
  if (!freq) return null;

  const days = weekdayNames(lang)
    .filter(([re]) => re.test(text))
    .map(([, wd]) => wd);
  if (freq === 'weekly') return { kind: 'rule', rule: { freq, interval, ...(days.length ? { weekdays: days } : {}), ...bounds } };
  if (freq === 'monthly') {
    const nth = t.ordinals.find(([re]) => re.test(text))?.[1];
    if (nth !== undefined && days.length > 0) return { kind: 'rule', rule: { freq, interval, monthlyBy: 'weekday', nth, ...bounds } };
    return { kind: 'rule', rule: { freq, interval, monthlyBy: 'date', ...bounds } };
  }
  return { kind: 'rule', rule: { freq, interval, ...bounds } };
}

/**
 * What a repeat control's shown text says, trying the page's language first and then the other
 * four; null when no table matches (the caller warns once and treats the series as weekly).
 */
export function readRecurrenceText(text: string | null | undefined, options: { lang?: string; year?: number } = {}): RecurrenceReading | null {
  if (!text?.trim()) return null;
  const first = options.lang?.slice(0, 2).toLowerCase();
  const order = [...RECURRENCE_LANGUAGES].sort((a, b) => (a === first ? -1 : b === first ? 1 : 0));
  const year = options.year ?? new Date().getFullYear();
  for (const lang of order) {
    const reading = readIn(lang, text, year);
    if (reading) return reading;
  }
  return null;
}
