import { act, render } from '@testing-library/react';
import { SendAdvice } from '@/components/inpage/SendAdvice';
import { SendGuardDialog } from '@/components/inpage/SendGuardDialog';
import { RecipientChip } from '@/components/inpage/RecipientChip';
import { EventPanel } from '@/components/inpage/event/EventPanel';
import { adviceFrom, unknownReasonParts } from '@/utils/features/compose/model';
import type { ChipModel } from '@/utils/features/compose/types';
import { adviseEvent } from '@/utils/features/event-editor/advise';
import { sentenceText } from '@/utils/features/sentence';
import { createMatcher } from '@/utils/team/match';
import { DEFAULT_SETTINGS, type Team } from '@/utils/team/types';

/*
 * Names inside Baton's sentences sit in <bdi> elements: a name carrying a right-to-left override
 * (U+202E, never closed) then ends its override at the name, and the words after it keep their
 * order. happy-dom has no layout, so these check the DOM: each name alone in a <bdi>, the sentence's
 * following words in text nodes outside it, in order. (The e2e hostile-content spec checks the
 * drawn order in Chromium.)
 */

const RLO = '\u202E';
const NAME = `${RLO}Aiko Tanaka`;
const SHORT = `${RLO}Aiko`;
const NOW = Date.UTC(2026, 10, 24, 17, 14); // 02:14 Wed in Tokyo
const chip: ChipModel = { field: 'to', email: 'aiko@example.jp', label: NAME, pending: false, status: 'off-hours', zone: 'Asia/Tokyo', timeText: '02:14', place: 'Tokyo' };
const advice = adviceFrom({ verdict: 'off-hours', suggestedAt: Date.UTC(2026, 10, 25, 0, 0) }, [chip], NOW, 'Europe/Berlin');

/** The text right after an element, up to the next element (what a bidi override would have reordered). */
function textAfter(el: Element): string {
  let text = '';
  for (let n = el.nextSibling; n && n.nodeType === Node.TEXT_NODE; n = n.nextSibling) text += n.textContent ?? '';
  return text;
}

/** Every <bdi> holds exactly a name, and no text outside a <bdi> holds the override. */
function expectIsolated(root: Element, names: string[]) {
  // The root may itself be the <bdi> (a name cell whose ellipsis must clip the whole name).
  const bdis = [...(root.localName === 'bdi' ? [root] : []), ...root.querySelectorAll('bdi')];
  expect(bdis.map((b) => b.textContent)).toEqual(names);
  for (const b of bdis) expect(b.children).toHaveLength(0);
  const outside = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = outside.nextNode(); n; n = outside.nextNode()) if (!n.parentElement?.closest('bdi')) expect(n.textContent).not.toContain(RLO);
}

describe('names in sentences are isolated in <bdi>', () => {
  it('the model keeps the name apart; its plain text is the sentence', () => {
    expect(advice.parts.filter((p) => typeof p !== 'string')).toEqual([{ name: SHORT }, { name: SHORT }]);
    expect(sentenceText(advice.parts)).toBe(advice.sentence);
    expect(advice.sentence).toBe(`Lands 02:14 Wed for ${SHORT} (Tokyo). Schedule for 09:00 ${SHORT}’s time — 01:00 Wed yours?`);
  });

  it('send advice: the words after each name follow it, outside the <bdi>', () => {
    const { container } = render(<SendAdvice advice={advice} dismissed={false} fallback={null} onSchedule={() => {}} onDismiss={() => {}} onCloseFallback={() => {}} />);
    const note = container.querySelector('.advice .text')!;
    expectIsolated(note, [SHORT, SHORT]);
    const [first, second] = [...note.querySelectorAll('bdi')];
    expect(textAfter(first!)).toBe(' (Tokyo). Schedule for 09:00 ');
    expect(textAfter(second!)).toBe('’s time — 01:00 Wed yours?');
    expect(note.textContent).toBe(advice.sentence);
  });

  it('the send guard says the same sentence the same way', () => {
    render(<SendGuardDialog advice={advice} onCancel={() => {}} onSchedule={() => {}} onSendAnyway={() => {}} />);
    const text = document.querySelector('[role=dialog] p')!;
    expectIsolated(text, [SHORT, SHORT]);
    expect(text.textContent).toBe(advice.sentence);
  });

  it('a chip card: the name in a <bdi>; quick-add and the "same name" reason too', () => {
    const { container, unmount } = render(<RecipientChip chip={chip} defaultZone="Europe/Berlin" onQuickAdd={async () => null} />);
    act(() => container.querySelector('button')!.focus());
    expectIsolated(container.querySelector('[role=tooltip] .who')!, [NAME]);
    unmount();

    const unknown: ChipModel = { field: 'to', name: NAME, label: NAME, pending: false, status: 'unknown', unknownReason: unknownReasonParts('ambiguous-name', { field: 'to', name: NAME, element: document.body }) };
    const view = render(<RecipientChip chip={unknown} defaultZone="Europe/Berlin" onQuickAdd={async () => null} />);
    act(() => view.container.querySelector('button')!.focus());
    const reason = [...view.container.querySelectorAll('[role=tooltip] .line')].find((l) => l.textContent?.startsWith('More than one'))!;
    expectIsolated(reason, [NAME]);
    expect(textAfter(reason.querySelector('bdi')!)).toBe('”, and the page shows no address to tell them apart.');
    act(() => view.container.querySelector<HTMLButtonElement>('[role=tooltip] [data-baton-action="add-to-team"]')!.click());
    const who = view.container.querySelector('[data-baton="quick-add"] .who')!;
    expectIsolated(who, [NAME]);
    expect(textAfter(who.querySelector('bdi')!)).toBe(' to your team');
  });

  it('event panel: the headline, each guest row and the DST note isolate the name', () => {
    const team: Team = { people: [{ id: 'aiko@example.jp', email: 'aiko@example.jp', name: NAME, timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' }], domainRules: [] };
    const start = Date.UTC(2027, 2, 8, 14); // Mon 8 Mar 2027, 09:00 New York (EST): 23:00 Tokyo; New York moves its clocks on 14 Mar
    const result = adviseEvent({
      draft: { title: 'Sync', description: '', start, end: start + 3_600_000, allDay: false, recurring: true, zone: 'America/New_York', guests: [{ email: 'aiko@example.jp', element: document.body }] },
      settings: { ...DEFAULT_SETTINGS, asyncRules: false },
      matcher: createMatcher(team),
      now: start - 86_400_000,
      fallbackZone: 'America/New_York',
      eventsOn: () => [],
    })!;
    expect(result.dst.length).toBeGreaterThan(0);
    for (const shift of result.dst) expect(sentenceText(shift.parts)).toBe(shift.message);
    const { container } = render(<EventPanel advice={result} formatRange={() => ''} composeHref={null} videoUrl={null} onChooseSlot={() => false} onSaveVideoUrl={() => false} />);
    const headline = container.querySelector('.headline')!;
    expectIsolated(headline, [SHORT]);
    expect(textAfter(headline.querySelector('bdi')!)).toBe(' 23:00');
    expectIsolated(container.querySelector('[data-baton="guest-time"] .who')!, [NAME]);
    const dst = container.querySelector('.dst')!;
    expectIsolated(dst, [NAME]);
    expect(textAfter(dst.querySelector('bdi')!)).toMatch(/^ \(Tokyo\), was 23:00\.$/);
  });

  it('a 10,000-character name is cut to 40 characters in the headline and the DST note (the guest row keeps it whole, clipped by its cell)', () => {
    const long = `L${'o'.repeat(9_998)}g`;
    const team: Team = { people: [{ id: 'long@example.jp', email: 'long@example.jp', name: long, timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' }], domainRules: [] };
    const start = Date.UTC(2027, 2, 8, 14);
    const result = adviseEvent({
      draft: { title: 'Sync', description: '', start, end: start + 3_600_000, allDay: false, recurring: true, zone: 'America/New_York', guests: [{ email: 'long@example.jp', element: document.body }] },
      settings: { ...DEFAULT_SETTINGS, asyncRules: false },
      matcher: createMatcher(team),
      now: start - 86_400_000,
      fallbackZone: 'America/New_York',
      eventsOn: () => [],
    })!;
    const cut = `${long.slice(0, 39)}…`;
    expect(result.headline.filter((p) => typeof p !== 'string')).toEqual([{ name: cut }]);
    expect(result.dst[0]!.parts.filter((p) => typeof p !== 'string')).toEqual([{ name: cut }]);
    expect(result.guests[0]!.label).toBe(long);
  });
});
