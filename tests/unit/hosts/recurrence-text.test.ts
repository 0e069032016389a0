import { readRecurrenceText, type RecurrenceReading } from '@/utils/hosts/recurrence-text';

/**
 * Issue 18 §4 / issue 13 §3: the repeat control's words, as Google Calendar and Outlook on the web
 * write them, in the five languages Baton reads — for a series that starts on Monday 22 March 2027.
 */
const none: RecurrenceReading = { kind: 'none' };
const custom: RecurrenceReading = { kind: 'custom' };
const rule = (r: Record<string, unknown>): RecurrenceReading => ({ kind: 'rule', rule: { interval: 1, ...r } as never });

const DAILY = rule({ freq: 'daily' });
const WEEKDAYS = rule({ freq: 'weekly', weekdays: [1, 2, 3, 4, 5] });
const MONDAYS = rule({ freq: 'weekly', weekdays: [1] });
const TUESDAYS = rule({ freq: 'weekly', weekdays: [2] });
const FOURTH_MONDAY = rule({ freq: 'monthly', monthlyBy: 'weekday', nth: 4 });
const LAST_MONDAY = rule({ freq: 'monthly', monthlyBy: 'weekday', nth: -1 });
const MONTHLY_DATE = rule({ freq: 'monthly', monthlyBy: 'date' });
const YEARLY = rule({ freq: 'yearly' });
const BIWEEKLY_MON = rule({ freq: 'weekly', interval: 2, weekdays: [1] });
const BIWEEKLY_MON_THU = rule({ freq: 'weekly', interval: 2, weekdays: [1, 4] });
const EVERY_3_DAYS = rule({ freq: 'daily', interval: 3 });

const TABLE: Array<[string, string, RecurrenceReading]> = [
  // Google Calendar, English
  ['en', 'Does not repeat', none],
  ['en', 'Daily', DAILY],
  ['en', 'Weekly on Monday', MONDAYS],
  ['en', 'Monthly on the fourth Monday', FOURTH_MONDAY],
  ['en', 'Monthly on the last Monday', LAST_MONDAY],
  ['en', 'Annually on March 22', YEARLY],
  ['en', 'Every weekday (Monday to Friday)', WEEKDAYS],
  ['en', 'Custom…', custom],
  ['en', 'Every 2 weeks on Monday', BIWEEKLY_MON],
  ['en', 'Every 2 weeks on Monday, Thursday', BIWEEKLY_MON_THU],
  ['en', 'Monthly on day 22', MONTHLY_DATE],
  ['en', 'Every 3 days', EVERY_3_DAYS],
  ['en', 'Daily, 10 times', rule({ freq: 'daily', count: 10 })],
  ['en', 'Weekly on Monday, until May 1, 2028', rule({ freq: 'weekly', weekdays: [1], until: '2028-05-01' })],
  // Outlook, English
  ["en", "Don't repeat", none],
  ['en', 'Every day', DAILY],
  ['en', 'Every weekday', WEEKDAYS],
  ['en', 'Every week on Tuesday', TUESDAYS],
  ['en', 'Occurs every 2 weeks on Monday until 5/1/2028', rule({ freq: 'weekly', interval: 2, weekdays: [1], until: '2028-05-01' })],
  ['en', 'Every month on day 22', MONTHLY_DATE],
  ['en', 'Every year on March 22', YEARLY],
  // German
  ['de', 'Wiederholt sich nicht', none],
  ['de', 'Täglich', DAILY],
  ['de', 'Wöchentlich am Montag', MONDAYS],
  ['de', 'Monatlich am vierten Montag', FOURTH_MONDAY],
  ['de', 'Jährlich am 22. März', YEARLY],
  ['de', 'Jeden Wochentag (Montag bis Freitag)', WEEKDAYS],
  ['de', 'Benutzerdefiniert…', custom],
  ['de', 'Alle 2 Wochen am Montag', BIWEEKLY_MON],
  ['de', 'Monatlich am 22.', MONTHLY_DATE],
  ['de', 'Nicht wiederholen', none],
  ['de', 'Jede Woche am Dienstag', TUESDAYS],
  ['de', 'Täglich, 10 Mal', rule({ freq: 'daily', count: 10 })],
  // French (today's bug: "semaine" read as "doesn't repeat")
  ['fr', 'Ne se répète pas', none],
  ['fr', 'Tous les jours', DAILY],
  ['fr', 'Toutes les semaines le lundi', MONDAYS],
  ['fr', 'Tous les mois le quatrième lundi', FOURTH_MONDAY],
  ['fr', 'Tous les ans le 22 mars', YEARLY],
  ['fr', 'Tous les jours ouvrés (du lundi au vendredi)', WEEKDAYS],
  ['fr', 'Personnaliser…', custom],
  ['fr', 'Toutes les 2 semaines le lundi', BIWEEKLY_MON],
  ['fr', 'Tous les mois le 22', MONTHLY_DATE],
  ['fr', 'Ne pas répéter', none],
  ['fr', 'Chaque semaine le mardi', TUESDAYS],
  ['fr', 'Toutes les 2 semaines le lundi, jusqu’au 1 mai 2028', rule({ freq: 'weekly', interval: 2, weekdays: [1], until: '2028-05-01' })],
  // Spanish
  ['es', 'No se repite', none],
  ['es', 'Cada día', DAILY],
  ['es', 'Cada semana el lunes', MONDAYS],
  ['es', 'Cada mes el cuarto lunes', FOURTH_MONDAY],
  ['es', 'Anualmente el 22 de marzo', YEARLY],
  ['es', 'Todos los días laborables (de lunes a viernes)', WEEKDAYS],
  ['es', 'Personalizar…', custom],
  ['es', 'Cada 2 semanas el lunes', BIWEEKLY_MON],
  ['es', 'Cada mes el día 22', MONTHLY_DATE],
  ['es', 'No repetir', none],
  ['es', 'Cada semana el martes', TUESDAYS],
  ['es', 'Cada día, 5 veces', rule({ freq: 'daily', count: 5 })],
  // Japanese (Calendar pads with spaces; full-width digits and brackets are common)
  ['ja', '繰り返さない', none],
  ['ja', '毎日', DAILY],
  ['ja', '毎週 月曜日', MONDAYS],
  ['ja', '毎月 第4 月曜日', FOURTH_MONDAY],
  ['ja', '毎月 第４月曜日', FOURTH_MONDAY],
  ['ja', '毎年 3月22日', YEARLY],
  ['ja', '毎週平日（月曜日～金曜日）', WEEKDAYS],
  ['ja', 'カスタム...', custom],
  ['ja', '2 週間ごとの 月曜日', BIWEEKLY_MON],
  ['ja', '毎月 22 日', MONTHLY_DATE],
  ['ja', '毎週火曜日', TUESDAYS],
  ['ja', '3 日ごと', EVERY_3_DAYS],
  ['ja', '毎日、10 回', rule({ freq: 'daily', count: 10 })],
  ['ja', '毎週 月曜日、2028年5月1日まで', rule({ freq: 'weekly', weekdays: [1], until: '2028-05-01' })],
];

describe('the repeat control’s words in five languages', () => {
  it.each(TABLE)('%s: %s', (lang, text, expected) => {
    expect(readRecurrenceText(text, { lang, year: 2027 })).toEqual(expected);
  });

  it.each(TABLE)('without knowing the page language — %s: %s', (_, text, expected) => {
    expect(readRecurrenceText(text, { year: 2027 })).toEqual(expected);
  });

  it.each(['', '   ', 'Recurrence', '9:00am', '(GMT-04:00) Eastern Time - New York', 'Wiederholung', 'Répétition'])('nothing a repeat rule: %j', (text) => {
    expect(readRecurrenceText(text)).toBeNull();
  });
});
