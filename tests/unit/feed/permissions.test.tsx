import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing';
import { App } from '@/entrypoints/options/App';
import { feedOriginPattern, normalizeFeedUrl } from '@/utils/feed/source';
import { settingsItem } from '@/utils/storage';
import { batonStore } from '@/utils/stores';

/*
 * Least privilege: the optional host permission (`https://*\/*` in the manifest) is asked for
 * only when the user saves a calendar feed address, and only for that address's host; a refusal
 * saves nothing and says so. Removing or replacing the feed gives the host back.
 */

type Origins = { origins?: string[] };

function spyPermissions(answer: boolean | Error = true) {
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => {
    if (answer instanceof Error) throw answer;
    return answer;
  });
  const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
  const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
  const asked = () => request.mock.calls.map(([p]) => (p as Origins).origins);
  const given = () => remove.mock.calls.map(([p]) => (p as Origins).origins);
  return { request, remove, contains, asked, given };
}

async function openOptions() {
  render(<App />);
  await waitFor(() => expect(document.querySelector('main[aria-busy="false"]')).not.toBeNull());
  return userEvent.setup();
}

async function saveFeed(user: ReturnType<typeof userEvent.setup>, address: string) {
  const input = screen.getByLabelText(/Secret iCalendar address|Replace with another address/);
  await user.clear(input);
  await user.type(input, address);
  await user.click(screen.getByRole('button', { name: 'Save feed' }));
}

const feedUrl = async () => (await settingsItem.getValue()).feedUrl;

describe('feed permission: asked for only when a feed is saved, for its host only', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    batonStore.setState({ ready: false, notices: [], team: { people: [], domainRules: [] } });
  });

  it('opening options asks for nothing', async () => {
    const p = spyPermissions();
    await openOptions();
    await new Promise((r) => setTimeout(r, 50));
    expect(p.request).not.toHaveBeenCalled();
    expect(p.remove).not.toHaveBeenCalled();
  });

  it('saving a feed asks for exactly https://<its host>/* and saves it', async () => {
    const p = spyPermissions();
    const user = await openOptions();
    await saveFeed(user, 'https://feeds.example.org/cal/private-abc/basic.ics?key=1');
    await waitFor(async () => expect(await feedUrl()).toBe('https://feeds.example.org/cal/private-abc/basic.ics?key=1'));
    expect(p.asked()).toEqual([['https://feeds.example.org/*']]);
    expect(p.remove).not.toHaveBeenCalled();
  });

  // (webcal:// is saved in Chromium by the e2e spec: happy-dom's <input type=url> refuses it.)
  it('an address with a port: still that host alone', async () => {
    const p = spyPermissions();
    const user = await openOptions();
    await saveFeed(user, 'https://calendar.example.net:8443/pub/feed.ics');
    await waitFor(async () => expect(await feedUrl()).toBe('https://calendar.example.net:8443/pub/feed.ics'));
    expect(p.asked()).toEqual([['https://calendar.example.net/*']]);
  });

  it('an address Baton does not accept asks for nothing', async () => {
    const p = spyPermissions();
    const user = await openOptions();
    await saveFeed(user, 'http://feeds.example.org/basic.ics');
    expect(await screen.findByText(/Paste the calendar's secret https:\/\//)).toBeTruthy();
    expect(p.request).not.toHaveBeenCalled();
    expect(await feedUrl()).toBe('');
  });

  for (const [what, answer] of [
    ['refused', false],
    ['the prompt failing', new Error('Could not establish connection')],
  ] as const) {
    it(`${what}: nothing saved, and the page says why`, async () => {
      const p = spyPermissions(answer);
      const user = await openOptions();
      await saveFeed(user, 'https://feeds.example.org/basic.ics');
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toBe('Baton was not allowed to read feeds.example.org, so the feed was not saved. To use it, save it again and choose Allow.');
      expect(p.asked()).toEqual([['https://feeds.example.org/*']]);
      expect(await feedUrl()).toBe('');
      // The address stays in the box, to try again.
      expect((screen.getByLabelText('Secret iCalendar address') as HTMLInputElement).value).toBe('https://feeds.example.org/basic.ics');
    });
  }

  it('a refused replacement keeps the old feed and its host', async () => {
    await settingsItem.setValue({ ...(await settingsItem.getValue()), feedUrl: 'https://old.example.org/a.ics' });
    const p = spyPermissions(false);
    const user = await openOptions();
    await saveFeed(user, 'https://new.example.com/b.ics');
    await screen.findByRole('alert');
    expect(await feedUrl()).toBe('https://old.example.org/a.ics');
    expect(p.remove).not.toHaveBeenCalled();
  });

  it('replacing the feed gives the old host back; removing it gives its host back', async () => {
    await settingsItem.setValue({ ...(await settingsItem.getValue()), feedUrl: 'https://old.example.org/a.ics' });
    const p = spyPermissions();
    const user = await openOptions();
    await saveFeed(user, 'https://new.example.com/b.ics');
    await waitFor(() => expect(p.given()).toEqual([['https://old.example.org/*']]));
    expect(p.asked()).toEqual([['https://new.example.com/*']]);
    await user.click(await screen.findByRole('button', { name: 'Remove feed' }));
    await waitFor(() => expect(p.given()).toEqual([['https://old.example.org/*'], ['https://new.example.com/*']]));
    expect(await feedUrl()).toBe('');
  });

  it('a new address on the same host, or a host Baton holds from install, is not given back', async () => {
    await settingsItem.setValue({ ...(await settingsItem.getValue()), feedUrl: 'https://calendar.google.com/calendar/ical/me/private-1/basic.ics' });
    const p = spyPermissions();
    const user = await openOptions();
    await saveFeed(user, 'https://calendar.google.com/calendar/ical/me/private-2/basic.ics');
    await waitFor(async () => expect(await feedUrl()).toMatch(/private-2/));
    await user.click(screen.getByRole('button', { name: 'Remove feed' }));
    await waitFor(async () => expect(await feedUrl()).toBe(''));
    expect(p.remove).not.toHaveBeenCalled();
  });
});

describe('feedOriginPattern', () => {
  it.each([
    ['https://feeds.example.org/x.ics', 'https://feeds.example.org/*'],
    ['https://Feeds.Example.org:8443/x.ics', 'https://feeds.example.org/*'],
    ['https://user:secret@feeds.example.org/x.ics', 'https://feeds.example.org/*'],
    ['webcals://feeds.example.org/x.ics', 'https://feeds.example.org/*'],
    ['https://[2001:db8::1]/x.ics', 'https://[2001:db8::1]/*'],
  ])('%s → %s', (input, pattern) => {
    expect(feedOriginPattern(normalizeFeedUrl(input)!)).toBe(pattern);
  });
});

describe('one place asks', () => {
  it('only the feed hook calls permissions.request or permissions.remove', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const path = await import('node:path');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(ts|tsx)$/.test(name)) files.push(full);
      }
    };
    for (const dir of ['entrypoints', 'components', 'utils']) walk(dir);
    const asking = files.filter((f) => /permissions\s*\.\s*(request|remove)\b/.test(readFileSync(f, 'utf8')));
    expect(asking.map((f) => f.split(path.sep).join('/'))).toEqual(['utils/feed/use-calendar-feed.ts']);
  });
});
