import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing';
import { App } from '@/entrypoints/options/App';
import { getTeam, saveTeam, settingsItem } from '@/utils/storage';
import { batonStore } from '@/utils/stores';
import type { Person } from '@/utils/team/types';
import { makeSyntheticTeam } from '../../support/synthetic-team';

const ana: Person = { id: 'ana@example.com', email: 'ana@example.com', name: 'Ana', timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '18:00', workDays: 'Mon-Fri', country: 'JP' };

async function renderOptions() {
  const view = render(<App />);
  await waitFor(() => expect(batonStore.getState().ready).toBe(true));
  return view;
}

describe('options page', () => {
  // happy-dom has no layout: give the table's scroll box the height a browser would (600 px),
  // so the virtualiser renders the rows in view.
  const real = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('op-table__scroll') ? 600 : (real?.get?.call(this) ?? 0);
      },
    });
  });
  afterAll(() => {
    if (real) Object.defineProperty(HTMLElement.prototype, 'clientHeight', real);
  });

  beforeEach(() => {
    fakeBrowser.reset();
    batonStore.setState({ ready: false, team: { people: [], domainRules: [] } });
  });

  it('adds a person inline, checking fields as they are typed', async () => {
    const user = userEvent.setup();
    await renderOptions();
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    const form = screen.getByRole('form', { name: 'Add a person' });
    const email = within(form).getByLabelText('Email');
    await user.type(email, 'bo at example');
    expect(await within(form).findByText('"bo at example" is not an email address')).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    await user.clear(email);
    await user.type(email, 'bo@example.com');
    expect(within(form).queryByText(/is not an email address/)).toBeNull();

    const start = within(form).getByLabelText('Starts');
    await user.clear(start);
    await user.type(start, '25:00');
    expect(within(form).getByText('workStart "25:00" is not a 24-hour time like 09:00')).toBeTruthy();
    await user.clear(start);
    await user.type(start, '8:30');

    const zone = within(form).getByRole('combobox', { name: 'Time zone' });
    await user.click(zone);
    await user.type(zone, 'kathmandu');
    await user.keyboard('{Enter}');
    await user.click(within(form).getByRole('button', { name: 'Add to team' }));
    await waitFor(async () => expect((await getTeam()).people).toHaveLength(1));
    const [bo] = (await getTeam()).people;
    expect(bo).toMatchObject({ id: 'bo@example.com', workStart: '08:30', workEnd: '17:00', workDays: 'Mon-Fri' });
    expect(bo?.timeZone).toMatch(/^Asia\/(Kathmandu|Katmandu)$/);
    await waitFor(() => expect(screen.getByRole('row', { name: /bo@example\.com/ })).toBeTruthy());
  });

  it('refuses an address that is already in the team', async () => {
    await saveTeam({ people: [ana], domainRules: [] });
    const user = userEvent.setup();
    await renderOptions();
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    const form = screen.getByRole('form', { name: 'Add a person' });
    await user.type(within(form).getByLabelText('Email'), 'ANA@example.com');
    expect(within(form).getByText('ana@example.com is already in your team.')).toBeTruthy();
  });

  it('edits and deletes inline, with undo for a delete', async () => {
    await saveTeam({ people: [ana], domainRules: [] });
    const user = userEvent.setup();
    await renderOptions();
    await user.click(await screen.findByRole('button', { name: 'Edit Ana' }));
    const form = screen.getByRole('form', { name: 'Edit Ana' });
    const end = within(form).getByLabelText('Ends');
    await user.clear(end);
    await user.type(end, '19:30');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await getTeam()).people[0]?.workEnd).toBe('19:30'));

    await user.click(await screen.findByRole('button', { name: 'Delete Ana' }));
    await waitFor(async () => expect((await getTeam()).people).toEqual([]));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await getTeam()).people.map((p) => p.id)).toEqual(['ana@example.com']));
  });

  it('keeps 2,000 people out of the DOM except the rows in view, and searches them', async () => {
    await saveTeam(makeSyntheticTeam(2000));
    await renderOptions();
    await waitFor(() => expect(screen.getByText('2,000 people')).toBeTruthy());
    const rendered = document.querySelectorAll('.op-row:not(.op-row--head)').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    fireEvent.change(screen.getByLabelText('Search the team'), { target: { value: 'person1999@' } });
    await waitFor(() => expect(screen.getByText('1 of 2,000 people')).toBeTruthy());
  });

  it('a switch per app, saved to settings and shown from storage', async () => {
    const user = userEvent.setup();
    await renderOptions();
    const gmail = screen.getByRole('switch', { name: 'Baton in Gmail' });
    expect((gmail as HTMLInputElement).checked).toBe(true);
    await user.click(gmail);
    await waitFor(async () => expect((await settingsItem.getValue()).apps.gmail).toBe(false));
    // An edit from another tab shows here too.
    await act(async () => {
      await settingsItem.setValue({ ...(await settingsItem.getValue()), sendGuard: 'off' });
    });
    await waitFor(() => expect((screen.getByRole('radio', { name: /^Off/ }) as HTMLInputElement).checked).toBe(true));
  });

  it('your own hours: the browser zone by default, and validated', async () => {
    const user = userEvent.setup();
    await renderOptions();
    const follow = screen.getByRole('checkbox', { name: /Use this browser's time zone/ });
    expect((follow as HTMLInputElement).checked).toBe(true);
    const section = document.getElementById('you')!;
    const start = within(section).getByLabelText('Starts');
    await user.clear(start);
    await user.type(start, '07:45');
    await waitFor(async () => expect((await settingsItem.getValue()).me.workStart).toBe('07:45'));
    expect((await settingsItem.getValue()).me.timeZone).toBeUndefined();
  });
});
