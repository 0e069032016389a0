import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing';
import { ImportExportSection } from '@/components/options/ImportExportSection';
import type { OptionsActions } from '@/components/options/types';
import { getTeam, saveTeam, updateTeam } from '@/utils/storage';
import { parseTeamFile } from '@/utils/team/parse-team-file';
import type { Team } from '@/utils/team/types';

const fixture = (name: string) => new File([readFileSync(path.resolve('tests/fixtures/team', name))], name);

/** The section wired to the fake browser's storage, re-rendered with the stored team on each change. */
function setup() {
  const downloads: Array<{ fileName: string; mime: string; text: string }> = [];
  const actions: OptionsActions = {
    updateSettings: async () => undefined,
    updateTeam: async (change) => {
      let before: Team = { people: [], domainRules: [] };
      await updateTeam((current) => {
        before = current;
        return change(current);
      });
      view.rerender(<ImportExportSection team={await getTeam()} actions={actions} unreadable={{}} />);
      return before;
    },
    download: (fileName, mime, text) => void downloads.push({ fileName, mime, text }),
  };
  const view = render(<ImportExportSection team={{ people: [], domainRules: [] }} actions={actions} unreadable={{}} />);
  const input = () => document.querySelector<HTMLInputElement>('input[type=file][data-baton-action="import"]')!;
  const choose = async (file: File) => {
    await act(async () => {
      fireEvent.change(input(), { target: { files: [file] } });
    });
  };
  const result = () => document.querySelector<HTMLElement>('[data-baton="import-result"]');
  return { view, downloads, choose, result, input };
}

describe('options: import and export', () => {
  beforeEach(() => fakeBrowser.reset());

  it('imports a good file at once, says what changed, and can undo it', async () => {
    await saveTeam({ people: parseTeamFile('email,timeZone\nold@example.com,UTC\n').people, domainRules: [] });
    const { choose, result } = setup();
    await choose(fixture('good.csv'));
    await waitFor(() => expect(result()?.dataset.outcome).toBe('ok'));
    expect(result()?.textContent).toMatch(/Imported 4 people from good\.csv/);
    expect(result()?.querySelector('[data-change="added"]')?.getAttribute('data-count')).toBe('4');
    expect(result()?.querySelector('[data-change="removed"]')?.textContent).toMatch(/old@example\.com/);
    expect((await getTeam()).people.map((p) => p.id)).toEqual(['aiko@example.com', 'ravi@example.com', 'night@example.com', 'name:marta (no email)']);

    fireEvent.click(screen.getByRole('button', { name: 'Undo this import' }));
    await waitFor(async () => expect((await getTeam()).people.map((p) => p.id)).toEqual(['old@example.com']));
    expect(result()).toBeNull();
  });

  it('a bad file after a good one changes nothing and lists every problem', async () => {
    const { choose, result } = setup();
    await choose(fixture('good.json'));
    await waitFor(() => expect(result()?.dataset.outcome).toBe('ok'));
    const before = await getTeam();
    await choose(fixture('bad.csv'));
    await waitFor(() => expect(result()?.dataset.outcome).toBe('error'));
    const text = result()?.textContent ?? '';
    expect(text).toMatch(/row 3: unknown time zone "Mars\/Olympus"/);
    for (const row of [4, 5, 6]) expect(text).toContain(`row ${row}:`);
    expect(await getTeam()).toEqual(before);
  });

  it('notices (unknown columns, repeated addresses) still import', async () => {
    const { choose, result } = setup();
    await choose(fixture('notices.csv'));
    await waitFor(() => expect(result()?.dataset.outcome).toBe('ok'));
    expect(result()?.textContent).toMatch(/Column "team" is not a team-file column/);
    expect(result()?.textContent).toMatch(/row 4: b@example\.com is also on row 3/);
  });

  it('empty and binary files get a plain message', async () => {
    const { choose, result } = setup();
    await choose(fixture('empty.csv'));
    await waitFor(() => expect(result()?.textContent).toMatch(/The file is empty/));
    await choose(fixture('junk.bin'));
    await waitFor(() => expect(result()?.textContent).toMatch(/not a text file/));
    expect(result()?.dataset.outcome).toBe('error');
  });

  it('with "show the changes first", previews and applies only on Apply', async () => {
    const { choose, result } = setup();
    fireEvent.click(screen.getByRole('checkbox', { name: /Show the changes first/ }));
    await choose(fixture('good.json'));
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(preview.textContent).toMatch(/Added: 3/);
    expect(result()).toBeNull();
    expect((await getTeam()).people).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Import preview' })).toBeNull();
    await choose(fixture('good.json'));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(result()?.dataset.outcome).toBe('ok'));
    expect((await getTeam()).people).toHaveLength(3);
  });

  it('export downloads JSON that imports back to the same team; CSV beside it', async () => {
    const { choose, result, downloads } = setup();
    await choose(fixture('good.csv'));
    await waitFor(() => expect(result()?.dataset.outcome).toBe('ok'));
    fireEvent.click(document.querySelector<HTMLElement>('[data-baton-action="export"]')!);
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(downloads.map((d) => [d.fileName.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'), d.mime])).toEqual([
      ['baton-team-DATE.json', 'application/json'],
      ['baton-team-DATE.csv', 'text/csv'],
    ]);
    const team = await getTeam();
    for (const d of downloads) expect(parseTeamFile(d.text).people).toEqual(team.people);
  });
});

describe('options: the template', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is a team file that imports as it is', async () => {
    const { downloads } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Download a template CSV' }));
    const result = parseTeamFile(downloads[0]!.text);
    expect(result.problems).toEqual([]);
    expect(result.people.map((p) => p.name)).toEqual(['Aiko Tanaka', 'Rivera, Sam', 'Marta']);
  });
});
