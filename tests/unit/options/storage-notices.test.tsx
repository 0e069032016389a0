import { render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing';
import { App } from '@/entrypoints/options/App';
import { saveTeam } from '@/utils/storage';
import { batonStore } from '@/utils/stores';
import { makeSyntheticTeam } from '../../support/synthetic-team';

describe('options: what the user should know about stored data', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    batonStore.setState({ ready: false, notices: [], team: { people: [], domainRules: [] } });
  });

  it('a team too big for browser sync is kept on this device, and the page says so', async () => {
    await saveTeam(makeSyntheticTeam(1500));
    render(<App />);
    const note = await waitFor(() => {
      const el = document.querySelector('[data-baton="team-placement"]');
      if (!el) throw new Error('no placement note yet');
      return el;
    });
    expect(note.textContent).toMatch(/more than browser sync holds .* kept whole on this device only/);
  });

  it('an unreadable stored team falls back with a notice and can be exported as it was', async () => {
    await fakeBrowser.storage.local.set({ team: { people: 'garbage' }, team$: { v: 2 } });
    render(<App />);
    expect(await screen.findByText(/Your stored team could not be read/)).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Export unreadable stored data (team)' })).toBeTruthy();
  });
});
