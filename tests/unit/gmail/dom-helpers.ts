/** Build Gmail-shaped DOM for unit tests, the way tests/fixtures/gmail/mail.html does. */
export function h(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') el.className = v;
    else el.setAttribute(k, v);
  }
  el.append(...children);
  return el;
}

export function chip(email: string, name?: string): HTMLElement {
  return h('div', { role: 'option', class: 'afV', 'data-hovercard-id': email, 'data-name': name ?? email }, name ?? email);
}

export function field(name: string, ...chips: HTMLElement[]): HTMLElement {
  const input = h('input', { class: 'agP', 'peoplekit-id': 'BbVjBd', type: 'text' });
  return h('div', { class: 'anm', name }, h('div', { role: 'listbox' }, ...chips, input));
}

export function composeParts(fields: HTMLElement[]): HTMLElement {
  const send = h('div', { role: 'button', class: 'T-I J-J5-Ji aoO v7 T-I-atl L3', id: 'send' }, 'Send');
  const arrow = h('div', { role: 'button', class: 'T-I J-J5-Ji hG T-I-atl L3', 'aria-haspopup': 'true' }, '▾');
  const row = h('div', { class: 'aDg' }, h('div', { class: 'aDj' }, h('div', { class: 'aDh' }, h('table', { class: 'IZ' }, h('tbody', {}, h('tr', {}, h('td', { class: 'gU Up' }, h('div', { class: 'btA' }, send, arrow))))))));
  const form = h('form', {}, ...fields, h('input', { name: 'subjectbox' }));
  const body = h('table', { class: 'iN' }, h('tbody', {}, h('tr', {}, h('td', {}, h('div', { class: 'Ap' }, h('div', { g_editable: 'true', contenteditable: 'true', role: 'textbox' }))))));
  return h('div', { class: 'aaZ' }, form, body, row);
}

export function popup(...fields: HTMLElement[]): HTMLElement {
  const dialog = h('div', { role: 'dialog' }, composeParts(fields));
  document.body.append(h('div', { class: 'dw' }, h('div', { class: 'AD' }, dialog)));
  return dialog;
}
