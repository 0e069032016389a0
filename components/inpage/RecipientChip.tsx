import { useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import type { ChipModel } from '@/utils/features/compose/types';
import { STATUS_WORDS, StatusIcon } from './StatusIcon';
import { QuickAdd, type QuickAddInput } from './QuickAdd';
import { SentenceText } from './SentenceText';

export interface RecipientChipProps {
  chip: ChipModel;
  /** The zone quick-add starts with (the user's own). */
  defaultZone: string;
  /** Save an unknown recipient to the team; resolves to an error message, or null when saved. */
  onQuickAdd: (input: QuickAddInput) => Promise<string | null>;
  /**
   * The host's chip sits in a `[role=listbox]`, which may hold only options: Baton's element is
   * then hidden from assistive technology (its host carries aria-hidden) and describes the host's
   * chip instead (the chip's aria-describedby names this element, whose button's aria-label is
   * the description). Its button leaves the tab order; the card follows the host chip's focus.
   */
  described?: boolean;
  /** The host's own chip has keyboard focus (described mode): show the card, as focus on ours would, below this box (Baton's element's on-screen box). */
  hostFocus?: BoxRect | null;
  /**
   * Quick-add opened or closed (a form the user opened by pointer): in described mode Baton's
   * element then joins the accessibility tree while the form is open, since focus may never sit
   * inside hidden content.
   */
  onAddingChange?: (adding: boolean) => void;
}

/** What a screen reader hears for a known recipient, right after the recipient's own name. */
export const describeChip = (chip: ChipModel) =>
  chip.status === 'unknown'
    ? `${STATUS_WORDS.unknown}`
    : `${CHIP_WORDS.localTime} ${chip.timeText}, ${chip.place}, ${STATUS_WORDS[chip.status]}${chip.source === 'rule' ? `, ${CHIP_WORDS.byRule}` : ''}`;

/** This file's strings, in one place for the message catalogs. */
const CHIP_WORDS = {
  localTime: 'Local time',
  byRule: 'from a domain rule',
  ruleLine: (domain: string) => `From the domain rule for ${domain}, not this person's own hours.`,
};

/**
 * The compact chip next to a recipient ("02:14 · Tokyo" with a status glyph) and its card on
 * hover or focus. Unknown recipients get a quiet "?" that opens an inline quick-add.
 */
export type BoxRect = Pick<DOMRect, 'left' | 'top' | 'bottom'>;

/**
 * Fixed, from the chip's on-screen box: Gmail's compose clips overflow, so an absolutely placed
 * card would be cut off. Opens upward when there is no room below.
 */
function placeFrom(rect: BoxRect): CSSProperties {
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - 316));
  return rect.bottom + 260 > window.innerHeight && rect.top > 260
    ? { position: 'fixed', left, bottom: window.innerHeight - rect.top + 4, top: 'auto' }
    : { position: 'fixed', left, top: rect.bottom + 4 };
}

export function RecipientChip({ chip, defaultZone, onQuickAdd, described = false, hostFocus = null, onAddingChange }: RecipientChipProps) {
  const cardId = useId();
  const wrap = useRef<HTMLSpanElement>(null);
  const [card, setCard] = useState(false);
  const [adding, setAddingState] = useState(false);
  const setAdding = (next: boolean | ((a: boolean) => boolean)) => {
    const value = typeof next === 'function' ? next(adding) : next;
    if (value !== adding) onAddingChange?.(value);
    setAddingState(value);
  };
  const [pos, setPos] = useState<CSSProperties>({});
  const unknown = chip.status === 'unknown';

  const place = (): CSSProperties => {
    const rect = wrap.current?.getBoundingClientRect();
    return rect ? placeFrom(rect) : {};
  };

  // Described mode: the host chip's focus shows the card.
  const open = card || (hostFocus !== null && !adding);
  const cardPos = card || adding || !hostFocus ? pos : placeFrom(hostFocus);

  // focusin/focusout bubble in every renderer (React and Preact name focus events differently).
  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const onIn = () => {
      setPos(place());
      setCard(true);
    };
    const onOut = (e: FocusEvent) => {
      if (!(e.relatedTarget instanceof Node && el.contains(e.relatedTarget))) setCard(false);
    };
    el.addEventListener('focusin', onIn);
    el.addEventListener('focusout', onOut);
    return () => {
      el.removeEventListener('focusin', onIn);
      el.removeEventListener('focusout', onOut);
    };
  }, []);

  const closeAdd = () => {
    setAdding(false);
    setCard(false);
  };

  return (
    <span
      ref={wrap}
      className="chip-wrap"
      onMouseEnter={() => {
        setPos(place());
        setCard(true);
      }}
      onMouseLeave={() => {
        if (!adding) setCard(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') closeAdd();
      }}
    >
      {unknown ? (
        <button
          type="button"
          className="chip unknown"
          aria-label={described ? describeChip(chip) : `Local time unknown for ${chip.label}. Add to team`}
          tabIndex={described ? -1 : undefined}
          aria-expanded={adding}
          data-baton-action="add-to-team"
          onClick={() => {
            setPos(place());
            setAdding((a) => !a);
          }}
        >
          ?
        </button>
      ) : (
        <button
          type="button"
          className={`chip${chip.pending ? ' pending' : ''}${chip.source === 'rule' ? ' rule' : ''}`}
          aria-describedby={open && !described ? cardId : undefined}
          aria-label={described ? describeChip(chip) : undefined}
          tabIndex={described ? -1 : undefined}
        >
          <StatusIcon status={chip.status} />
          <span>{chip.timeText}</span>
          <span className="sep" aria-hidden="true">
            ·
          </span>
          <span>{chip.place}</span>
          {/* A guess from the address's domain, not a teammate's own hours: drawn apart and said. */}
          {chip.source === 'rule' && (
            <span className="rule-mark" aria-hidden="true">
              ≈
            </span>
          )}
          <span className="b-sr">
            , {STATUS_WORDS[chip.status]}
            {chip.source === 'rule' ? `, ${CHIP_WORDS.byRule}` : ''}
          </span>
        </button>
      )}
      {adding ? (
        <span className="card" role="group" style={pos}>
          <QuickAdd
            label={chip.label}
            defaultZone={defaultZone}
            onCancel={closeAdd}
            onSave={async (input) => {
              const error = await onQuickAdd(input);
              if (!error) closeAdd();
              return error;
            }}
          />
        </span>
      ) : (
        open && (
          <span className={`card${unknown ? '' : ' passive'}`} role="tooltip" id={cardId} style={cardPos}>
            {/* The name box itself is the <bdi>: its line clamp then holds the name's whole box. */}
            <bdi className="who">{chip.label}</bdi>
            {chip.email && chip.email !== chip.label && <span className="line">{chip.email}</span>}
            {unknown ? (
              <>
                <span className="line">{chip.unknownReason ? <SentenceText sentence={chip.unknownReason} /> : 'Not in your team, and no domain rule matches.'}</span>
                <span>
                  <button type="button" className="b-btn" data-baton-action="add-to-team" onClick={() => {
                      setPos(place());
                      setAdding(true);
                    }}>
                    Add to team
                  </button>
                </span>
              </>
            ) : (
              <>
                <span className="big">
                  <StatusIcon status={chip.status} />
                  {chip.timeText} <span className="line">{chip.dateText}</span>
                </span>
                <span className={`status b-status-${chip.status}`}>
                  {STATUS_WORDS[chip.status]}
                  {chip.holidayName ? ` — ${chip.holidayName}` : ''}
                </span>
                <span className="line">
                  {chip.place} ({chip.zone}), {chip.offsetText}
                </span>
                <span className="line">Hours {chip.hoursText}</span>
                {chip.source === 'rule' && <span className="line rule-line">{CHIP_WORDS.ruleLine(chip.ruleDomain ?? '')}</span>}
                {chip.nextText && <span className="line">{chip.nextText}</span>}
                {chip.pending && <span className="line">Typed, not yet a recipient</span>}
              </>
            )}
          </span>
        )
      )}
    </span>
  );
}
