import { render, screen, fireEvent, act } from '@testing-library/react';
import { SendGuardDialog } from '@/components/inpage/SendGuardDialog';
import { SendAdvice } from '@/components/inpage/SendAdvice';
import { RecipientChip } from '@/components/inpage/RecipientChip';
import type { AdviceModel, ChipModel } from '@/utils/features/compose/types';

const OFF: AdviceModel = {
  verdict: 'off-hours',
  suggestedAt: Date.UTC(2026, 10, 25, 0, 0),
  suggestedIso: '2026-11-25T00:00Z',
  sentence: 'Lands 02:14 Wed for Aiko (Tokyo). Schedule for 09:00 Aiko’s time — 01:00 Wed yours?',
  parts: ['Lands 02:14 Wed for ', { name: 'Aiko' }, ' (Tokyo). Schedule for 09:00 ', { name: 'Aiko' }, '’s time — 01:00 Wed yours?'],
  userTimeText: '01:00 Wed 25 Nov',
  copyText: 'Wed 25 Nov 01:00 (Europe/Berlin)',
};

describe('SendGuardDialog', () => {
  it('is a modal dialog with the three actions, focused on scheduling', () => {
    render(<SendGuardDialog advice={OFF} onCancel={() => {}} onSchedule={() => {}} onSendAnyway={() => {}} />);
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.querySelector('[data-baton-action="send-anyway"]')).not.toBeNull();
    expect(dialog.querySelector('[data-baton-action="cancel"]')).not.toBeNull();
    expect(document.activeElement?.getAttribute('data-baton-action')).toBe('schedule-send');
  });

  it('Escape cancels and Tab stays inside', () => {
    const onCancel = vi.fn();
    render(<SendGuardDialog advice={OFF} onCancel={onCancel} onSchedule={() => {}} onSendAnyway={() => {}} />);
    const dialog = screen.getByRole('dialog');
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement?.getAttribute('data-baton-action')).toBe('cancel');
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement?.getAttribute('data-baton-action')).toBe('schedule-send');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('each button calls its action once', () => {
    const calls: string[] = [];
    render(<SendGuardDialog advice={OFF} onCancel={() => calls.push('cancel')} onSchedule={() => calls.push('schedule')} onSendAnyway={() => calls.push('send')} />);
    for (const name of ['Cancel', 'Send anyway', /Schedule for/]) fireEvent.click(screen.getByRole('button', { name }));
    expect(calls).toEqual(['cancel', 'send', 'schedule']);
  });
});

describe('SendAdvice', () => {
  it('says the sentence with a schedule action and a dismiss', () => {
    const onDismiss = vi.fn();
    const onSchedule = vi.fn();
    render(<SendAdvice advice={OFF} dismissed={false} fallback={null} onSchedule={onSchedule} onDismiss={onDismiss} onCloseFallback={() => {}} />);
    // A polite status region: announced without taking focus (issue 13 §4 changed it from a note).
    const status = screen.getByRole('status', { name: 'Baton send advice' });
    expect(status.getAttribute('aria-live') ?? 'polite').toBe('polite');
    expect(status.textContent).toContain('Lands 02:14 Wed for Aiko (Tokyo).');
    fireEvent.click(screen.getByRole('button', { name: 'Schedule send' }));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss for this message' }));
    expect(onSchedule).toHaveBeenCalledTimes(1);
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('shows nothing once dismissed, but still the copy fallback when asked', () => {
    const { container, rerender } = render(<SendAdvice advice={OFF} dismissed fallback={null} onSchedule={() => {}} onDismiss={() => {}} onCloseFallback={() => {}} />);
    expect(container.textContent).toBe('');
    rerender(<SendAdvice advice={OFF} dismissed fallback="opened" onSchedule={() => {}} onDismiss={() => {}} onCloseFallback={() => {}} />);
    expect(container.textContent).toContain('01:00 Wed 25 Nov');
    expect(screen.getByRole('button', { name: 'Copy time' })).toBeTruthy();
  });
});

describe('RecipientChip', () => {
  const chip: ChipModel = {
    field: 'to',
    email: 'aiko@example.jp',
    label: '<img src=x onerror=alert(1)>',
    pending: false,
    status: 'off-hours',
    zone: 'Asia/Tokyo',
    localTime: '2026-11-25T02:14',
    timeText: '02:14',
    place: 'Tokyo',
    dateText: 'Wed 25 Nov',
    offsetText: '+8 h from you',
    hoursText: '09:00–17:00, Mon-Fri',
    nextText: 'Next starts 09:00 Wed (in 6 h 46 min)',
  };

  it('shows time and place, and on focus a card with the name as text', () => {
    const { container } = render(<RecipientChip chip={chip} defaultZone="Europe/Berlin" onQuickAdd={async () => null} />);
    const button = screen.getByRole('button');
    expect(button.textContent).toContain('02:14');
    expect(button.textContent).toContain('Tokyo');
    act(() => button.focus());
    const card = screen.getByRole('tooltip');
    expect(card.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(card.textContent).toContain('Next starts 09:00 Wed');
    expect(container.querySelector('img')).toBeNull();
  });

  it('an unknown recipient gets "?" that opens quick-add and saves zone and hours', async () => {
    const onQuickAdd = vi.fn(async () => null);
    render(<RecipientChip chip={{ field: 'to', email: 'new@example.jp', label: 'new@example.jp', pending: false, status: 'unknown' }} defaultZone="Europe/Berlin" onQuickAdd={onQuickAdd} />);
    const q = screen.getByRole('button', { name: /Add to team/ });
    expect(q.textContent).toBe('?');
    fireEvent.click(q);
    fireEvent.change(screen.getByRole('combobox', { name: 'Time zone' }), { target: { value: 'Asia/Tokyo' } });
    await act(async () => {
      fireEvent.submit(screen.getByRole('form'));
    });
    expect(onQuickAdd).toHaveBeenCalledWith({ timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:00' });
  });
});
