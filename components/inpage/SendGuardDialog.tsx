import { useId, useLayoutEffect, useRef } from 'react';
import type { AdviceModel } from '@/utils/features/compose/types';
import { SentenceText } from './SentenceText';

export interface SendGuardDialogProps {
  advice: AdviceModel;
  onSendAnyway: () => void;
  onSchedule: () => void;
  onCancel: () => void;
}

/**
 * Asked when Send is pressed while the mail would land outside To recipients' hours. Modal:
 * focus stays inside, Escape cancels, and the focused button is the safe one (schedule).
 */
export function SendGuardDialog({ advice, onSendAnyway, onSchedule, onCancel }: SendGuardDialogProps) {
  const titleId = useId();
  const textId = useId();
  const dialog = useRef<HTMLDivElement>(null);

  // Layout effect: focus moves before the next key arrives, so a fast Escape lands in the dialog.
  useLayoutEffect(() => {
    const first = dialog.current?.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.current?.querySelector<HTMLElement>('button');
    first?.focus();
  }, []);

  const onKeyDown = (e: { key: string; shiftKey: boolean; preventDefault(): void }) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
      return;
    }
    if (e.key !== 'Tab' || !dialog.current) return;
    const buttons = [...dialog.current.querySelectorAll<HTMLElement>('button:not([disabled])')];
    if (buttons.length === 0) return;
    const root = dialog.current.getRootNode() as ShadowRoot | Document;
    const index = buttons.indexOf(root.activeElement as HTMLElement);
    const next = e.shiftKey ? (index <= 0 ? buttons.length - 1 : index - 1) : index === buttons.length - 1 ? 0 : index + 1;
    e.preventDefault();
    buttons[next]?.focus();
  };

  return (
    <div className="scrim" onMouseDown={(e) => e.target === e.currentTarget && e.preventDefault()}>
      <div ref={dialog} className="dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={textId} onKeyDown={onKeyDown}>
        <h2 id={titleId}>Send outside their working hours?</h2>
        <p id={textId}>
          <SentenceText sentence={advice.parts} />
        </p>
        <div className="actions">
          <button type="button" className="b-btn" data-baton-action="cancel" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="b-btn" data-baton-action="send-anyway" onClick={onSendAnyway}>
            Send anyway
          </button>
          {advice.suggestedAt !== null && (
            <button type="button" className="b-btn primary" data-baton-action="schedule-send" data-autofocus onClick={onSchedule}>
              Schedule for {advice.userTimeText}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
