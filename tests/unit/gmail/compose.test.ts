import { adviceAnchor, findComposeRoots, findSend, readRecipients } from '@/utils/hosts/gmail/compose';
import { addressIn } from '@/utils/hosts/gmail/dom';
import { createLogger } from '@/utils/hosts/logger';
import { chip, composeParts, field, h, popup } from './dom-helpers';

function quietLog() {
  const warn = vi.fn();
  return { log: createLogger('gmail-test', { warn }), warn };
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('finding composes', () => {
  it('finds pop-ups, the full-screen compose and inline replies, each once', () => {
    const { log, warn } = quietLog();
    const a = popup(field('to'));
    const b = popup(field('to'));
    const full = h('div', { role: 'dialog' }, composeParts([field('to')]));
    document.body.append(h('div', { class: 'aSs' }, h('div', { class: 'aSt' }, full)));
    const inline = h('div', { class: 'M9' }, composeParts([field('to')]));
    document.body.append(h('div', { class: 'ip adB' }, inline));
    expect(findComposeRoots(document, log)).toEqual([a, b, full, inline]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('ignores dialogs with no compose fields (hidden leftovers, menus) and a closed full-screen shell', () => {
    const { log } = quietLog();
    document.body.append(h('div', { role: 'dialog', style: 'display:none' }, h('input', { type: 'text' })));
    document.body.append(h('div', { class: 'aSs' }, h('div', { class: 'aSt' }, h('div', { role: 'dialog' }, h('div', { class: 'aaZ' })))));
    expect(findComposeRoots(document, log)).toEqual([]);
  });

  it('finds a compose from its subject box when the container classes change, and warns once', () => {
    const { log, warn } = quietLog();
    const dialog = h('div', { role: 'dialog' }, composeParts([field('to')]));
    document.body.append(h('div', { class: 'renamed' }, dialog));
    expect(findComposeRoots(document, log)).toEqual([dialog]);
    findComposeRoots(document, log);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('reading recipients', () => {
  it('reads To, Cc and Bcc chips with lower-case addresses and names', () => {
    const { log } = quietLog();
    const root = popup(field('to', chip('Aiko@Example.JP', 'Aiko Tanaka'), chip('ben@example.com')), field('cc', chip('cara@example.de', 'Cara')), field('bcc', chip('dan@example.in', 'Dan')));
    const refs = readRecipients(root, log);
    expect(refs.map((r) => [r.field, r.email, r.name, !!r.pending])).toEqual([
      ['to', 'aiko@example.jp', 'Aiko Tanaka', false],
      ['to', 'ben@example.com', undefined, false],
      ['cc', 'cara@example.de', 'Cara', false],
      ['bcc', 'dan@example.in', 'Dan', false],
    ]);
    expect(refs[0]?.element.getAttribute('data-hovercard-id')).toBe('Aiko@Example.JP');
  });

  it('reads an address typed but not yet a chip as pending, only when it is a valid address', () => {
    const { log } = quietLog();
    const root = popup(field('to', chip('aiko@example.jp', 'Aiko')));
    const input = root.querySelector('input[peoplekit-id]') as HTMLInputElement;
    input.value = 'Eve@Example.org';
    expect(readRecipients(root, log).map((r) => [r.email, !!r.pending])).toEqual([
      ['aiko@example.jp', false],
      ['eve@example.org', true],
    ]);
    input.value = 'eve@exam';
    expect(readRecipients(root, log)).toHaveLength(1);
    input.value = 'aiko@example.jp';
    expect(readRecipients(root, log)).toHaveLength(1);
  });

  it('falls back to [data-hovercard-id] when chips lose their roles, warning once', () => {
    const { log, warn } = quietLog();
    const to = h('div', { name: 'to' }, h('div', { 'data-hovercard-id': 'aiko@example.jp', 'data-name': 'Aiko' }, h('span', { 'data-hovercard-id': 'aiko@example.jp' })));
    const root = popup(to);
    expect(readRecipients(root, log).map((r) => r.email)).toEqual(['aiko@example.jp']);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('reads a collapsed summary when no field shows chips', () => {
    const { log } = quietLog();
    const root = popup(field('to'));
    root.append(h('div', { class: 'az9' }, h('span', { email: 'aiko@example.jp', name: 'Aiko' }, 'Aiko')));
    expect(readRecipients(root, log).map((r) => [r.field, r.email, r.name])).toEqual([['to', 'aiko@example.jp', 'Aiko']]);
  });

  it('never reads Baton’s own chips', () => {
    const { log } = quietLog();
    const root = popup(field('to', chip('aiko@example.jp')));
    root.querySelector('[role=option]')?.after(h('baton-ui', { 'data-baton': 'recipient-time', 'data-hovercard-id': 'x@y.zz' }));
    expect(readRecipients(root, log)).toHaveLength(1);
  });
});

describe('Send and anchors', () => {
  it('finds Send (not the schedule arrow) and the status bar above it', () => {
    const { log, warn } = quietLog();
    const root = popup(field('to'));
    expect(findSend(root, log)?.id).toBe('send');
    expect(adviceAnchor(root, log)).toEqual({ anchor: root.querySelector('.aDh'), position: 'prepend' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('finds Send by class when the InboxSDK path breaks, and says so once', () => {
    const { log, warn } = quietLog();
    const root = popup(field('to'));
    root.querySelector('.IZ')?.classList.remove('IZ');
    expect(findSend(root, log)?.id).toBe('send');
    findSend(root, log);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('puts the advice above the body when there is no status bar', () => {
    const { log } = quietLog();
    const root = popup(field('to'));
    root.querySelector('.aDh')?.classList.remove('aDh');
    expect(adviceAnchor(root, log)).toEqual({ anchor: root.querySelector('.iN'), position: 'before' });
  });
});

describe('addressIn', () => {
  it.each([
    ['aiko@example.jp', 'aiko@example.jp'],
    [' Aiko Tanaka <Aiko@Example.JP> ', 'aiko@example.jp'],
    ['ben@example.com,', 'ben@example.com'],
    ['ben@example', null],
    ['not an address', null],
    ['<img src=x onerror=alert(1)>', null],
  ])('%s → %s', (text, expected) => {
    expect(addressIn(text)).toBe(expected);
  });
});
