/**
 * Display strings for the compose UI. Locale-stable (English words, 24-hour clock, as the
 * issue's examples read); machine-readable marker values come from the engine, not from here.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build and these run on every chip update: keep one per zone and shape. */
function formatter(zone: string, shape: 'time' | 'weekday' | 'date'): Intl.DateTimeFormat {
  const key = `${zone}|${shape}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      shape === 'time'
        ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
        : shape === 'weekday'
          ? { weekday: 'short' }
          : { weekday: 'short', day: 'numeric', month: 'short' };
    f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: zone });
    formatters.set(key, f);
  }
  return f;
}

/** "02:14" */
export function timeIn(at: number, zone: string): string {
  return formatter(zone, 'time').format(at);
}

/** "Wed" */
export function weekdayIn(at: number, zone: string): string {
  return formatter(zone, 'weekday').format(at);
}

/** "Wed 25 Nov" */
export function dateIn(at: number, zone: string): string {
  return formatter(zone, 'date').format(at).replace(',', '');
}

/** "Asia/Tokyo" → "Tokyo", "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function placeOf(zone: string): string {
  const last = zone.split('/').pop() ?? zone;
  return last.replace(/_/g, ' ');
}

/** "+8 h from you", "−5 h 30 min from you", "same time as you". */
export function offsetText(minutes: number): string {
  if (minutes === 0) return 'same time as you';
  const sign = minutes > 0 ? '+' : '−';
  return `${sign}${durationText(Math.abs(minutes))} from you`;
}

/** 390 → "6 h 30 min", 45 → "45 min", 1440 → "24 h". */
export function durationText(minutes: number): string {
  const m = Math.round(minutes);
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest} min`;
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}

/** "09:00–17:00, Mon-Fri" */
export function hoursText(workStart: string, workEnd: string, workDays: string): string {
  return `${workStart}–${workEnd}, ${workDays}`;
}
