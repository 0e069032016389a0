/** Display only (no arithmetic): an instant range as the user reads it in their zone. */
export function formatRange(start: number, end: number, zone: string, locale?: string): string {
  try {
    const day = new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' });
    const time = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' });
    return `${day.format(start)}, ${time.format(start)}–${time.format(end)}`;
  } catch {
    return `${new Date(start).toISOString()}–${new Date(end).toISOString()}`;
  }
}
