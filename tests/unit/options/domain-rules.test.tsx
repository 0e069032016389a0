import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing';
import { App } from '@/entrypoints/options/App';
import { getTeam } from '@/utils/storage';
import { batonStore } from '@/utils/stores';

describe('options: domain rules', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    batonStore.setState({ ready: false, team: { people: [], domainRules: [] } });
  });

  it('adds a rule checked as typed, then edits and deletes it', async () => {
    const user = userEvent.setup();
    render(<App />);
    await waitFor(() => expect(batonStore.getState().ready).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Add a domain rule' }));
    const form = screen.getByRole('form', { name: 'Add a domain rule' });
    const domain = within(form).getByLabelText('Domain');
    await user.type(domain, 'not a domain');
    expect(within(form).getByText('"not a domain" is not a domain like example.com or *.co.jp')).toBeTruthy();
    await user.clear(domain);
    await user.type(domain, '*.CO.JP');
    const zone = within(form).getByRole('combobox', { name: 'Time zone' });
    await user.click(zone);
    await user.type(zone, 'tokyo');
    await user.keyboard('{Enter}');
    await user.click(within(form).getByRole('button', { name: 'Add rule' }));
    await waitFor(async () => expect((await getTeam()).domainRules).toEqual([{ pattern: '*.co.jp', timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' }]));

    await user.click(await screen.findByRole('button', { name: 'Edit rule *.co.jp' }));
    const edit = screen.getByRole('form', { name: 'Edit rule *.co.jp' });
    const end = within(edit).getByLabelText('Ends');
    await user.clear(end);
    await user.type(end, '18:00');
    await user.click(within(edit).getByRole('button', { name: 'Save rule' }));
    await waitFor(async () => expect((await getTeam()).domainRules[0]?.workEnd).toBe('18:00'));

    await user.click(await screen.findByRole('button', { name: 'Delete rule *.co.jp' }));
    await waitFor(async () => expect((await getTeam()).domainRules).toEqual([]));
  });
});
