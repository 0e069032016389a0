import { openScheduleSend, findMenuItem, valueFor, wallParts } from '@/utils/hosts/outlook/schedule-send';
import { createLogger } from '@/utils/hosts/logger';
import { OUTLOOK } from '@/utils/hosts/outlook/selectors';
import { compose, h, well } from './dom-helpers';

function quietLog() {
  const warn = vi.fn();
  return { log: createLogger('outlook-test', { warn }), warn };
}

beforeEach(() => {
  document.body.replaceChildren();
});

const AT = Date.UTC(2026, 10, 25, 0, 0); // 01:00 Wed 25 Nov in Berlin

/** Wire the fixture's behaviour: menu button → menu → "Schedule send" → presets → "Custom time" → date and time boxes. */
function wire(root: HTMLElement, itemText: string, opts: { custom?: boolean } = {}) {
  const sent: string[] = [];
  root.querySelector('[data-testid="ComposeSendButton"]')!.addEventListener('click', () => sent.push('send'));
  root.querySelector('.fui-SplitButton__menuButton')!.addEventListener('click', () => {
    const item = h('div', { role: 'menuitem' }, h('span', {}, itemText));
    item.addEventListener('click', () => {
      menu.remove();
      const presets = h('div', { role: 'dialog' }, h('div', { role: 'option' }, 'Tomorrow morning'), h('div', { role: 'option' }, 'Custom time'));
      presets.querySelectorAll('[role=option]')[1]!.addEventListener('click', () => {
        presets.remove();
        setTimeout(() => document.body.append(h('div', { role: 'dialog', id: 'picker' }, h('input', { type: 'text' }), h('input', { type: 'text', role: 'combobox' }))), 5);
      });
      setTimeout(() => document.body.append(opts.custom === false ? h('div', { role: 'dialog', id: 'picker' }, h('input', { type: 'date' }), h('input', { type: 'time' })) : presets), 5);
    });
    const menu = h('div', { role: 'menu' }, h('div', { role: 'menuitem' }, 'Set importance'), item);
    setTimeout(() => document.body.append(menu), 5);
  });
  return sent;
}

describe('schedule-send into Outlook’s own Schedule send', () => {
  it.each([
    ['en', 'Schedule send'],
    ['de', 'Senden planen'],
    ['fr', 'Planifier l’envoi'],
    ['es', 'Programar envío'],
    ['ja', '送信のスケジュール設定'],
    ['ja (other wording)', '送信日時を設定'],
  ])('finds the menu item by role and its %s text, opens Custom time and fills date and time; never sends', async (_lang, text) => {
    const { log } = quietLog();
    const root = compose([well('To')]);
    const sent = wire(root, text);
    document.documentElement.lang = 'de-DE';
    const outcome = await openScheduleSend(root, AT, 'Europe/Berlin', log);
    expect(outcome).toBe('filled');
    const [date, time] = [...document.querySelectorAll<HTMLInputElement>('#picker input')];
    expect(date?.value).toBe('25.11.2026');
    expect(time?.value).toBe('01:00');
    expect(sent).toEqual([]);
  });

  it('typed date and time inputs get ISO values in the user’s zone', async () => {
    const { log } = quietLog();
    const root = compose([well('To')]);
    wire(root, 'Schedule send', { custom: false });
    expect(await openScheduleSend(root, AT, 'Asia/Tokyo', log)).toBe('filled');
    const [date, time] = [...document.querySelectorAll<HTMLInputElement>('#picker input')];
    expect([date?.value, time?.value]).toEqual(['2026-11-25', '09:00']);
  });

  it('a menu without a Schedule send item Baton knows: unavailable, warned once, menu closed', async () => {
    const { log, warn } = quietLog();
    const root = compose([well('To')]);
    wire(root, 'Something else');
    expect(await openScheduleSend(root, AT, 'UTC', log)).toBe('unavailable');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('no menu button at all: unavailable', async () => {
    const { log } = quietLog();
    const root = compose([well('To')]);
    root.querySelector('.fui-SplitButton__menuButton')!.remove();
    expect(await openScheduleSend(root, AT, 'UTC', log)).toBe('unavailable');
  });

  it('a hidden leftover menu item is never chosen', () => {
    const root = compose([well('To')]);
    document.body.append(h('div', { role: 'menu', style: 'display:none' }, h('div', { role: 'menuitem' }, 'Schedule send')));
    expect(findMenuItem(root)).toBeNull();
  });

  it('menu text covers the five languages and not unrelated items', () => {
    for (const t of ['Schedule send', 'Senden planen', "Planifier l'envoi", 'Programar el envío', '送信日時を指定']) expect(OUTLOOK.schedule.menuText.test(t)).toBe(true);
    for (const t of ['Set importance', 'Wichtigkeit festlegen', 'Send', 'Senden', '送信']) expect(OUTLOOK.schedule.menuText.test(t)).toBe(false);
  });

  it('formats wall time in the zone', () => {
    expect(wallParts(AT, 'America/New_York')).toEqual({ date: '2026-11-24', time: '19:00' });
    const text = document.createElement('input');
    expect(valueFor(text, 'time', AT, 'America/New_York', 'en-US')).toBe('7:00 PM');
    expect(valueFor(text, 'date', AT, 'America/New_York', 'en-US')).toBe('11/24/2026');
  });
});
