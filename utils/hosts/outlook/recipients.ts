import type { Logger } from '../logger';
import type { RecipientField, RecipientRef } from '../types';
import { OUTLOOK } from './selectors';
import { addressIn, addressWithin, all, cleanText, isVisible, outermost } from './dom';

const ORDER: readonly RecipientField[] = ['to', 'cc', 'bcc'];

/** Addresses learned from a persona card once it was open, per chip: the card closes, the chip stays. */
const learned = new WeakMap<Element, { name: string; email: string }>();

/** The recipient wells of a compose (or an event form), outermost first, in page order. */
export function wellsIn(scope: ParentNode): Element[] {
  return outermost(all(scope, OUTLOOK.recipients.well)).filter((el) => !el.matches(OUTLOOK.compose.body));
}

/** To, Cc or Bcc from the well's label, when the label is one Baton knows (en, de, fr, es, ja…). */
export function fieldFromLabel(label: string | null): RecipientField | null {
  const first = cleanText(label).toLowerCase().split(/[\s:,(]+/)[0] ?? '';
  if (!first) return null;
  for (const field of ORDER) if ((OUTLOOK.fieldWords[field] as readonly string[]).includes(first)) return field;
  return null;
}

/**
 * Which field each well is. A label Baton recognises decides; otherwise the order does (To, Cc,
 * Bcc, Briskine): an unlabelled well is the field after the one before it.
 */
export function fieldsOf(wells: readonly Element[]): RecipientField[] {
  let next = 0;
  return wells.map((well) => {
    const labelled = fieldFromLabel(well.getAttribute('aria-label'));
    const field = labelled ?? ORDER[Math.min(next, ORDER.length - 1)]!;
    next = ORDER.indexOf(field) + 1;
    return field;
  });
}

/** The chips of one well: its direct `[contenteditable]` children (Briskine), else its persona pills. */
export function chipsIn(well: Element, log: Logger): Element[] {
  const direct = all(well, OUTLOOK.recipients.chipDirect).filter((el) => el.getAttribute('contenteditable') !== 'true');
  if (direct.length) return direct;
  const pills = outermost(all(well, OUTLOOK.recipients.chipHover));
  if (pills.length) log.warnOnce('outlook:chip', 'Outlook recipient chips (:scope > [contenteditable]) did not match; reading persona hover targets instead.');
  return pills;
}

/** "Aiko Tanaka <aiko@x.jp>" → both; "aiko@x.jp" → address; "Aiko Tanaka" → name. */
export function parseChipText(text: string): { name?: string; email?: string } {
  const clean = cleanText(text);
  const email = addressIn(clean);
  if (!email) return clean ? { name: clean } : {};
  const name = cleanText(clean.replace(/<[^<>]*>\s*$/, '')).replace(/^["']|["']$/g, '').trim();
  return name && name.toLowerCase() !== email ? { name, email } : { email };
}

function chipText(chip: Element): string {
  const inner = outermost(all(chip, OUTLOOK.recipients.chipText));
  const text = inner.length ? inner.map((el) => el.textContent ?? '').join(' ') : (chip.textContent ?? '');
  return cleanText(text);
}

/** An address the chip carries in its own attributes (title, aria-label, hover id: Mailvelope). */
function addressInAttributes(chip: Element): string | null {
  const nodes = [chip, ...all(chip, OUTLOOK.recipients.hoverTarget), ...all(chip, '[title], [aria-label]')];
  for (const node of nodes) {
    for (const attr of ['title', 'aria-label', 'data-lpc-hover-target-id']) {
      const value = node.getAttribute(attr);
      const email = value ? addressWithin(value) : null;
      if (email) return email;
    }
  }
  return null;
}

/** The address in an open persona card: its mailto link, else the first address in its text. */
function addressInCard(card: Element): string | null {
  for (const link of all(card, OUTLOOK.recipients.cardMailto)) {
    const email = addressIn(link.getAttribute('href') ?? '');
    if (email) return email;
  }
  return addressWithin(card.textContent ?? '');
}

/**
 * The open persona card that belongs to this chip: one its hover target points to (aria-controls,
 * aria-owns, aria-describedby), else — when the target says it is expanded, or the name is unique
 * in the compose — a visible card naming this person.
 */
function openCardFor(chip: Element, name: string, root: Element, uniqueName: boolean): Element | null {
  const targets = [chip, ...all(chip, OUTLOOK.recipients.hoverTarget)];
  for (const target of targets) {
    for (const attr of ['aria-controls', 'aria-owns', 'aria-describedby']) {
      for (const id of (target.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
        const card = chip.ownerDocument.getElementById(id);
        if (card && isVisible(card)) return card;
      }
    }
  }
  const expanded = targets.some((t) => t.getAttribute('aria-expanded') === 'true');
  if (!expanded && !uniqueName) return null;
  const wanted = name.toLowerCase();
  const cards = all(chip.ownerDocument, OUTLOOK.recipients.hoverCard).filter(
    (card) => isVisible(card) && !card.contains(root) && !root.contains(card) && cleanText(card.textContent).toLowerCase().includes(wanted),
  );
  return outermost(cards)[0] ?? null;
}

function refFromChip(chip: Element, field: RecipientField, root: Element, uniqueNames: Set<string>): RecipientRef | null {
  const shown = parseChipText(chipText(chip));
  let email = shown.email ?? addressInAttributes(chip) ?? undefined;
  const name = shown.name;
  if (!email && name) {
    const known = learned.get(chip);
    if (known && known.name === name) email = known.email;
    else {
      const card = openCardFor(chip, name, root, uniqueNames.has(name.toLowerCase()));
      const fromCard = card ? addressInCard(card) : null;
      if (fromCard) {
        learned.set(chip, { name, email: fromCard });
        email = fromCard;
      }
    }
  }
  if (!email && !name) return null;
  return { field, element: chip, ...(email ? { email } : {}), ...(name ? { name } : {}) };
}

/** Text typed into a well that is not yet a chip: Outlook keeps it as loose text in the well. */
function typedText(well: Element, chips: readonly Element[]): string {
  let text = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child instanceof Element && (chips.includes(child) || child.localName === 'baton-ui')) continue;
      if (child.nodeType === Node.TEXT_NODE) text += ` ${child.textContent ?? ''}`;
      else walk(child);
    }
  };
  walk(well);
  return cleanText(text);
}

/**
 * Every recipient of a compose: To, Cc and Bcc chips with the address whenever the page has it
 * (`Name <address>` text, the chip's own attributes, an open persona card) and otherwise the
 * display name alone; plus an address typed but not yet a chip (pending).
 */
export function readRecipientsIn(wells: readonly Element[], fields: readonly RecipientField[], root: Element, log: Logger): RecipientRef[] {
  const perWell = wells.map((well) => chipsIn(well, log));
  const counts = new Map<string, number>();
  for (const chip of perWell.flat()) {
    const name = parseChipText(chipText(chip)).name?.toLowerCase();
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const unique = new Set([...counts].filter(([, n]) => n === 1).map(([name]) => name));
  const refs: RecipientRef[] = [];
  wells.forEach((well, i) => {
    const field = fields[i]!;
    const chips = perWell[i]!;
    const seen = new Set<string>();
    for (const chip of chips) {
      const ref = refFromChip(chip, field, root, unique);
      if (!ref) continue;
      if (ref.email) seen.add(ref.email);
      refs.push(ref);
    }
    const typed = addressIn(typedText(well, chips));
    if (typed && !seen.has(typed)) refs.push({ field, email: typed, element: well, pending: true });
  });
  return refs;
}
