/** Build Outlook-shaped DOM for unit tests, the way tests/fixtures/outlook/*.html does. */
export function h(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') el.className = v;
    else el.setAttribute(k, v);
  }
  el.append(...children);
  return el;
}

let ids = 0;

/** A recipient chip: text only (a display name, `Name <address>` or an address). */
export function chip(text: string, attrs: Record<string, string> = {}): HTMLElement {
  const target = h('span', { class: 'lpc-hoverTarget', role: 'button', 'aria-haspopup': 'dialog', 'data-lpc-hover-target-id': `lpc-react-target-${++ids}`, ...attrs }, h('span', { class: 'textContainer-1ab' }, h('span', { class: 'individualText-4cd' }, text)));
  return h('span', { class: 'wellItem-6f', contenteditable: 'false' }, target, h('button', { 'aria-label': 'Remove' }, '×'));
}

export function well(label: string | null, ...chips: HTMLElement[]): HTMLElement {
  return h('div', { contenteditable: 'true', role: 'textbox', ...(label ? { 'aria-label': label } : {}) }, ...chips);
}

export function sendSplit(): HTMLElement {
  return h(
    'div',
    { class: 'fui-SplitButton' },
    h('button', { class: 'fui-Button fui-SplitButton__primaryActionButton', 'data-testid': 'ComposeSendButton', type: 'button' }, 'Send'),
    h('button', { class: 'fui-Button fui-SplitButton__menuButton', 'aria-haspopup': 'menu', type: 'button' }, '⌄'),
  );
}

/** A reading-pane compose holding these wells. */
export function compose(wells: HTMLElement[], container: 'reading' | 'popout' | 'other' = 'reading'): HTMLElement {
  const card = h('div', {}, h('div', { class: 'cmdRow' }, sendSplit()), ...wells.map((w) => h('div', { class: 'wellRow' }, w)), h('input', { type: 'text', autocomplete: 'off', 'aria-label': 'Add a subject' }), h('div', { contenteditable: 'true', 'aria-multiline': 'true', role: 'textbox' }));
  const attrs: Record<string, string> = container === 'reading' ? { id: 'docking_InitVisiblePart_0' } : container === 'popout' ? { 'data-app-section': 'Form_Content' } : { class: 'renamed-1' };
  const root = h('div', attrs, card);
  const pane = h('div', { id: 'ReadingPaneContainerId' }, root);
  document.body.append(pane);
  return root;
}
