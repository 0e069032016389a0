import { useState } from 'react';

/**
 * The fallback when the host's schedule dialog cannot be filled: the suggested time shown large,
 * with a copy button, so the user can type it into the host's own picker.
 */
export function CopyTime(props: { big: string; copyText: string; outcome: 'opened' | 'unavailable'; onClose: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="copy" role="status" data-baton="schedule-copy" data-outcome={props.outcome}>
      <span className="line">
        {props.outcome === 'opened' ? 'Pick this date and time in the schedule dialog:' : 'Schedule send could not be opened here. Send it at:'}
      </span>
      <span className="big">{props.big}</span>
      <span className="row">
        <button
          type="button"
          className="b-btn"
          onClick={() => {
            void navigator.clipboard?.writeText(props.copyText).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? 'Copied' : 'Copy time'}
        </button>
        <button type="button" className="b-btn" onClick={props.onClose}>
          Close
        </button>
        <span className="line">{props.copyText}</span>
      </span>
    </div>
  );
}
