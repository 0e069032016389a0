import { adviceAnchor, findComposeRoots, findSend, readRecipients } from '@/utils/hosts/outlook/compose';
import { fieldFromLabel, parseChipText } from '@/utils/hosts/outlook/recipients';
import { addressIn } from '@/utils/hosts/outlook/dom';
import { createLogger } from '@/utils/hosts/logger';
import { chip, compose, h, well } from './dom-helpers';

function quietLog() {
  const warn = vi.fn();
  return { log: createLogger('outlook-test', { warn }), warn };
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('finding composes', () => {
  it('finds the reading-pane compose (not the whole reading pane) and the popped-out form', () => {
    const { log, warn } = quietLog();
    const a = compose([well('To')]);
    expect(findComposeRoots(document, log)).toEqual([a]);
    document.body.replaceChildren();
    const b = compose([well('To')], 'popout');
    expect(findComposeRoots(document, log)).toEqual([b]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('finds a compose from its Send button when the container ids change, and warns once', () => {
    const { log, warn } = quietLog();
    const root = compose([well('To')], 'other');
    document.getElementById('ReadingPaneContainerId')?.removeAttribute('id');
    const found = findComposeRoots(document, log);
    expect(found).toHaveLength(1);
    expect(found[0]?.contains(root.querySelector('[data-testid="ComposeSendButton"]'))).toBe(true);
    findComposeRoots(document, log);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('a reading pane with no compose (reading a message) is not a compose', () => {
    const { log } = quietLog();
    document.body.append(h('div', { id: 'ReadingPaneContainerId' }, h('div', { role: 'document' }, 'Hello')));
    expect(findComposeRoots(document, log)).toEqual([]);
  });

  it('an event form (title "Add title", attendees well) is not a mail compose even with a Send button', () => {
    const { log } = quietLog();
    const root = compose([well('Invite required attendees', chip('Aiko Tanaka'))], 'popout');
    root.append(h('input', { placeholder: 'Add title', type: 'text' }));
    expect(findComposeRoots(document, log)).toEqual([]);
  });
});

describe('reading recipients', () => {
  it('To, Cc, Bcc in order; names only, `Name <address>`, and bare addresses', () => {
    const { log } = quietLog();
    const root = compose([well('To', chip('Aiko Tanaka'), chip('Wendy Weber <Wendy@Example.DE>')), well(null, chip('ben@example.com')), well('Bcc', chip('Dan Rao'))]);
    const refs = readRecipients(root, log);
    expect(refs.map((r) => [r.field, r.email, r.name, !!r.pending])).toEqual([
      ['to', undefined, 'Aiko Tanaka', false],
      ['to', 'wendy@example.de', 'Wendy Weber', false],
      ['cc', 'ben@example.com', undefined, false],
      ['bcc', undefined, 'Dan Rao', false],
    ]);
    // Baton's chip goes right after the recipient's own chip.
    expect(refs[0]?.element.getAttribute('contenteditable')).toBe('false');
  });

  it('a lone labelled Bcc well is Bcc, not Cc (German, Spanish, French and Japanese labels too)', () => {
    const { log } = quietLog();
    const root = compose([well('An', chip('Aiko')), well('CCO', chip('Dan'))]);
    expect(readRecipients(root, log).map((r) => r.field)).toEqual(['to', 'bcc']);
    expect(['宛先', 'Para', 'À', 'To'].map(fieldFromLabel)).toEqual(['to', 'to', 'to', 'to']);
    expect(['Cci', 'BCC', 'Bcc'].map(fieldFromLabel)).toEqual(['bcc', 'bcc', 'bcc']);
  });

  it('an address in the chip’s own title or label is used', () => {
    const { log } = quietLog();
    const root = compose([well('To', chip('Aiko Tanaka', { title: 'aiko@example.jp' }))]);
    expect(readRecipients(root, log)[0]).toMatchObject({ email: 'aiko@example.jp', name: 'Aiko Tanaka' });
  });

  it('an open persona card gives the address, and it stays after the card closes', () => {
    const { log } = quietLog();
    const root = compose([well('To', chip('Aiko Tanaka'), chip('Ben Li'))]);
    expect(readRecipients(root, log)[0]?.email).toBeUndefined();
    const target = root.querySelector('.lpc-hoverTarget')!;
    target.setAttribute('aria-expanded', 'true');
    const card = h('div', { role: 'dialog', class: 'lpcCommonWeb-card' }, h('div', {}, 'Aiko Tanaka'), h('a', { href: 'mailto:Aiko@Example.JP' }, 'Aiko@Example.JP'));
    document.body.append(card);
    expect(readRecipients(root, log).map((r) => r.email)).toEqual(['aiko@example.jp', undefined]);
    card.remove();
    expect(readRecipients(root, log)[0]).toMatchObject({ email: 'aiko@example.jp', name: 'Aiko Tanaka' });
  });

  it('a card naming a person shown twice is not guessed onto either chip unless one points to it', () => {
    const { log } = quietLog();
    const root = compose([well('To', chip('Sam Lee'), chip('Sam Lee'))]);
    document.body.append(h('div', { role: 'dialog', class: 'lpcCommonWeb-card' }, 'Sam Lee', h('a', { href: 'mailto:sam.a@example.com' }, 'x')));
    expect(readRecipients(root, log).map((r) => r.email)).toEqual([undefined, undefined]);
    const card = h('div', { role: 'dialog', id: 'card-b' }, 'Sam Lee', h('a', { href: 'mailto:sam.b@example.com' }, 'x'));
    document.body.append(card);
    root.querySelectorAll('.lpc-hoverTarget')[1]!.setAttribute('aria-controls', 'card-b');
    expect(readRecipients(root, log).map((r) => r.email)).toEqual([undefined, 'sam.b@example.com']);
  });

  it('an address typed but not yet a chip is pending; plain words are not', () => {
    const { log } = quietLog();
    const to = well('To', chip('Aiko Tanaka'));
    const root = compose([to]);
    to.append(document.createTextNode('Lars@Example.de'));
    expect(readRecipients(root, log).map((r) => [r.email ?? r.name, !!r.pending])).toEqual([
      ['Aiko Tanaka', false],
      ['lars@example.de', true],
    ]);
    to.lastChild!.textContent = 'lars';
    expect(readRecipients(root, log)).toHaveLength(1);
  });

  it('falls back to persona hover targets when chips are not direct children, and warns', () => {
    const { log, warn } = quietLog();
    const to = well('To', h('div', {}, h('span', { 'data-lpc-hover-target-id': 'x1' }, 'Aiko Tanaka')));
    const root = compose([to]);
    expect(readRecipients(root, log).map((r) => r.name)).toEqual(['Aiko Tanaka']);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('a name that looks like markup stays a name', () => {
    const { log } = quietLog();
    const root = compose([well('To', chip('<img src=x onerror=alert(1)>'))]);
    expect(readRecipients(root, log)[0]).toMatchObject({ name: '<img src=x onerror=alert(1)>' });
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('Send and the advice anchor', () => {
  it('Send by test id, else as Fluent’s primary action (warned once)', () => {
    const { log, warn } = quietLog();
    const root = compose([well('To')]);
    const send = root.querySelector('[data-testid="ComposeSendButton"]')!;
    expect(findSend(root, log)).toBe(send);
    send.removeAttribute('data-testid');
    expect(findSend(root, log)).toBe(send);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('advice goes right after the row that holds Send', () => {
    const { log } = quietLog();
    const root = compose([well('To')]);
    const anchor = adviceAnchor(root, log);
    expect(anchor?.position).toBe('after');
    expect(anchor?.anchor.querySelector('.fui-SplitButton')).not.toBeNull();
  });
});

describe('text parsing', () => {
  it('names and addresses from chip text', () => {
    expect(parseChipText('Aiko Tanaka')).toEqual({ name: 'Aiko Tanaka' });
    expect(parseChipText(' Aiko  Tanaka <AIKO@example.jp> ')).toEqual({ name: 'Aiko Tanaka', email: 'aiko@example.jp' });
    expect(parseChipText('"Tanaka, Aiko" <aiko@example.jp>')).toEqual({ name: 'Tanaka, Aiko', email: 'aiko@example.jp' });
    expect(parseChipText('aiko@example.jp')).toEqual({ email: 'aiko@example.jp' });
    expect(parseChipText('\u200b')).toEqual({});
    expect(addressIn('mailto:A@b.co')).toBe('a@b.co');
  });
});
