import type { Status } from '@/utils/time/types';

/** Words for each status, for screen readers and the card. */
export const STATUS_WORDS: Record<Status, string> = {
  working: 'Working',
  'off-hours': 'Outside working hours',
  weekend: 'Not a working day',
  holiday: 'Public holiday',
  unknown: 'Local time unknown',
};

/** A small status glyph (sun, moon, sofa-ish calendar, flag, question mark) in currentColor. */
export function StatusIcon({ status }: { status: Status }) {
  return (
    <svg className={`b-icon b-status-${status}`} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {status === 'working' && (
        <g fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
          <circle cx="8" cy="8" r="3" fill="currentColor" />
          <path d="M8 1.5v1.5M8 13v1.5M1.5 8H3M13 8h1.5M3.4 3.4l1 1M11.6 11.6l1 1M3.4 12.6l1-1M11.6 4.4l1-1" />
        </g>
      )}
      {status === 'off-hours' && <path fill="currentColor" d="M10.5 1.8a6.3 6.3 0 1 0 3.7 9.9A5.2 5.2 0 0 1 10.5 1.8Z" />}
      {status === 'weekend' && (
        <g fill="none" stroke="currentColor" strokeWidth="1.5">
          <rect x="2" y="3" width="12" height="11" rx="2" />
          <path d="M2 6.5h12M5 1.5v3M11 1.5v3" strokeLinecap="round" />
        </g>
      )}
      {status === 'holiday' && (
        <g fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round">
          <path d="M3.5 14.5V2" strokeLinecap="round" />
          <path d="M3.5 2.5h9l-2 3 2 3h-9" fill="currentColor" fillOpacity="0.35" />
        </g>
      )}
      {status === 'unknown' && (
        <g fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
          <circle cx="8" cy="8" r="6.25" />
          <path d="M6.2 6.3a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.4" />
          <circle cx="8" cy="11.6" r=".6" fill="currentColor" />
        </g>
      )}
    </svg>
  );
}
