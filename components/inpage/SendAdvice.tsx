import type { AdviceModel } from '@/utils/features/compose/types';
import { CopyTime } from './CopyTime';
import { SentenceText } from './SentenceText';

export interface SendAdviceProps {
  advice: AdviceModel;
  dismissed: boolean;
  /** Set after schedule-send could not fill the host's fields: show the time to copy. */
  fallback: 'opened' | 'unavailable' | null;
  onSchedule: () => void;
  onDismiss: () => void;
  onCloseFallback: () => void;
}

/** This file's strings, in one place for the message catalogs. */
const WORDS = {
  region: 'Baton send advice',
  schedule: 'Schedule send',
  dismiss: 'Dismiss for this message',
};

/**
 * The one-sentence note near Send. Loud (and actionable) only when the mail would land outside
 * To recipients' hours; a quiet line otherwise; nothing once dismissed for this compose.
 *
 * Everything sits in one polite status region that stays mounted for the compose's life, so a
 * screen reader announces each new verdict (a recipient added or removed) without moving focus;
 * being a live region also keeps it a region of its own for a host page with no landmarks there.
 */
export function SendAdvice(props: SendAdviceProps) {
  return (
    <div role="status" aria-label={WORDS.region} className="advice-live">
      <AdviceBody {...props} />
    </div>
  );
}

function AdviceBody({ advice, dismissed, fallback, onSchedule, onDismiss, onCloseFallback }: SendAdviceProps) {
  const copy =
    fallback && advice.userTimeText && advice.copyText ? (
      <CopyTime big={advice.userTimeText} copyText={advice.copyText} outcome={fallback} onClose={onCloseFallback} />
    ) : null;
  if (advice.verdict !== 'off-hours') {
    if (dismissed || !advice.sentence) return copy;
    return (
      <>
        <div className="advice quiet">
          <SentenceText sentence={advice.parts} />
        </div>
        {copy}
      </>
    );
  }
  return (
    <>
      {!dismissed && (
        <div className="advice">
          <svg className="b-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M10.5 1.8a6.3 6.3 0 1 0 3.7 9.9A5.2 5.2 0 0 1 10.5 1.8Z" />
          </svg>
          <span className="text">
            <SentenceText sentence={advice.parts} />
          </span>
          {advice.suggestedAt !== null && (
            <button type="button" className="b-btn" data-baton-action="schedule-send" onClick={onSchedule}>
              {WORDS.schedule}
            </button>
          )}
          <button type="button" className="dismiss" aria-label={WORDS.dismiss} data-baton-action="dismiss" onClick={onDismiss}>
            <svg className="b-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
            </svg>
          </button>
        </div>
      )}
      {copy}
    </>
  );
}
