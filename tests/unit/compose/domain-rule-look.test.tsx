import { render } from '@testing-library/react';
import { RecipientChip } from '@/components/inpage/RecipientChip';
import { EventPanel } from '@/components/inpage/event/EventPanel';
import { resolveRecipient } from '@/utils/features/compose/model';
import { adviseEvent } from '@/utils/features/event-editor/advise';
import { createMatcher } from '@/utils/team/match';
import { DEFAULT_SETTINGS, type Team } from '@/utils/team/types';

/*
 * Issue 18 §5: a local time that comes from a domain rule (an address Baton only knows by its
 * domain) looks different from a teammate's own and says so — on the compose chip and on the
 * event editor's guest row.
 */
const team: Team = {
  people: [{ id: 'aiko@example.jp', email: 'aiko@example.jp', name: 'Aiko Tanaka', timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' }],
  domainRules: [{ pattern: '*.co.jp', timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' }],
};
const NOW = Date.UTC(2026, 10, 24, 1, 0); // 10:00 Tuesday in Tokyo

describe('a domain rule’s local time looks apart and says so', () => {
  it('compose chip: dashed and marked, its card and its spoken text name the rule; a teammate’s does not', () => {
    const chipOf = (email: string) => resolveRecipient({ field: 'to', email, element: document.body }, team, NOW, 'Europe/Berlin').chip;
    const ruled = chipOf('ken@sony.co.jp');
    const teammate = chipOf('aiko@example.jp');
    expect(ruled).toMatchObject({ source: 'rule', ruleDomain: '*.co.jp', status: 'working' });
    expect(teammate.source).toBe('person');

    const a = render(<RecipientChip chip={ruled} defaultZone="Europe/Berlin" onQuickAdd={async () => null} />);
    const button = a.container.querySelector('button.chip')!;
    expect(button.classList.contains('rule')).toBe(true);
    expect(button.querySelector('.rule-mark')?.textContent).toBe('≈');
    expect(button.textContent).toContain('from a domain rule');
    const b = render(<RecipientChip chip={teammate} defaultZone="Europe/Berlin" onQuickAdd={async () => null} />);
    const plain = b.container.querySelector('button.chip')!;
    expect(plain.classList.contains('rule')).toBe(false);
    expect(plain.querySelector('.rule-mark')).toBeNull();
    expect(plain.textContent).not.toContain('domain rule');
  });

  it('event editor guest row: marked and explained for the rule, plain for the teammate', () => {
    const start = Date.UTC(2026, 10, 24, 1, 0);
    const result = adviseEvent({
      draft: { title: 'Plan', description: 'Agenda: the plan for next quarter.', start, end: start + 3_600_000, allDay: false, recurring: false, zone: 'Europe/Berlin', guests: [{ email: 'ken@sony.co.jp' }, { email: 'aiko@example.jp' }] },
      settings: { ...DEFAULT_SETTINGS, asyncRules: false },
      matcher: createMatcher(team),
      now: start - 86_400_000,
      fallbackZone: 'Europe/Berlin',
      eventsOn: () => [],
    })!;
    expect(result.guests.map((g) => g.ruleDomain)).toEqual(['*.co.jp', undefined]);
    const { container } = render(<EventPanel advice={result} formatRange={() => ''} composeHref={null} videoUrl={null} onChooseSlot={() => false} onSaveVideoUrl={() => false} />);
    const ken = container.querySelector('[data-baton="guest-time"][data-email="ken@sony.co.jp"]')!;
    const aiko = container.querySelector('[data-baton="guest-time"][data-email="aiko@example.jp"]')!;
    expect(ken.classList.contains('rule')).toBe(true);
    expect(ken.querySelector('.rule-note')?.textContent).toBe('domain rule *.co.jp, not their own hours');
    expect(aiko.classList.contains('rule')).toBe(false);
    expect(aiko.querySelector('.rule-note')).toBeNull();
  });
});

describe('the organizer counts in wide-time-spread (issue 18 §5)', () => {
  const tokyoTeam: Team = {
    people: ['a', 'b'].map((k) => ({ id: `${k}@example.jp`, email: `${k}@example.jp`, name: k, timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' })),
    domainRules: [],
  };
  const start = Date.UTC(2026, 10, 24, 1, 0); // Tue 10:00 Tokyo
  const reasons = (meZone: string) =>
    adviseEvent({
      draft: { title: 'Plan', description: 'Agenda: the plan for next quarter.', start, end: start + 3_600_000, allDay: false, recurring: false, zone: meZone, guests: [{ email: 'a@example.jp' }, { email: 'b@example.jp' }] },
      settings: { ...DEFAULT_SETTINGS, me: { ...DEFAULT_SETTINGS.me, timeZone: meZone } },
      matcher: createMatcher(tokyoTeam),
      now: start - 86_400_000,
      fallbackZone: meZone,
      eventsOn: () => [],
    })!.asyncReasons;

  it('two Tokyo guests share hours; with a New York organizer nobody shares a slot that day', () => {
    expect(reasons('Asia/Tokyo')).not.toContain('wide-time-spread');
    expect(reasons('America/New_York')).toContain('wide-time-spread');
  });
});
