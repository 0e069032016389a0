import { useState, type FormEvent } from 'react';
import type { FeedState } from '@/utils/calendar-days';

/**
 * "Calendar feed" in options: paste the calendar's private iCalendar address (Google: "Secret
 * address in iCal format"; Outlook: a published ICS link) so meeting load sees the whole day.
 */
export interface CalendarFeedProps {
  savedUrl: string;
  state: FeedState;
  /** Resolves to an error message, or null when saved. */
  onSave(url: string): Promise<string | null>;
  onRemove(): Promise<void>;
  onRefresh(): Promise<void>;
}

export function CalendarFeed(props: CalendarFeedProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { state, savedUrl } = props;
  const current = savedUrl && state.checkedUrl === savedUrl;
  const feedError = current ? state.error : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const message = await props.onSave(draft);
      setError(message);
      if (!message) setDraft('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section data-baton="calendar-feed" aria-labelledby="feed-heading" className="calendar-feed">
      <h2 id="feed-heading">Calendar feed</h2>
      <p>
        Optional. Paste your calendar's private iCalendar address so meeting load counts every meeting of the day, not just
        the ones you have looked at. Google Calendar: Settings → your calendar → "Secret address in iCal format". Outlook:
        Settings → Calendar → Shared calendars → Publish a calendar → ICS link. Baton fetches it itself every 30 minutes and
        keeps only meeting times.
      </p>
      {savedUrl ? (
        <div className="feed-current">
          <p>
            Using a feed from <strong>{safeOrigin(savedUrl)}</strong>.{' '}
            {feedError ? null : current && state.fetchedAt > 0 ? `${state.meetings} meetings in the coming weeks, updated ${new Date(state.fetchedAt).toLocaleString()}.` : 'Fetching…'}
          </p>
          {feedError && (
            <p role="alert" data-outcome="error" className="feed-error">
              {feedError} Meeting load keeps using what Baton saw in your calendar.
            </p>
          )}
          <button type="button" onClick={() => void props.onRefresh()}>
            Refresh now
          </button>{' '}
          <button type="button" onClick={() => void props.onRemove()}>
            Remove feed
          </button>
        </div>
      ) : null}
      <form onSubmit={(e) => void submit(e)}>
        <label htmlFor="feed-url">{savedUrl ? 'Replace with another address' : 'Secret iCalendar address'}</label>{' '}
        <input
          id="feed-url"
          name="feedUrl"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://calendar.google.com/calendar/ical/…/basic.ics"
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
        />{' '}
        <button type="submit" disabled={busy || draft.trim() === ''}>
          Save feed
        </button>
        {error && (
          <p role="alert" className="feed-error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

/** The secret part of the address stays out of sight; the origin says which service it is. */
function safeOrigin(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'your calendar';
  }
}
