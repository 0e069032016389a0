// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// Conventions machines can hold (ARCHITECTURE.md §8): every content script goes through the one
// runner, and every host adapter has its selectors in one place and a fixture that proves them.

const root = path.resolve(__dirname, '../../..');
const entrypoints = path.join(root, 'entrypoints');
const adapters = path.join(root, 'utils/hosts');

const contentScripts = readdirSync(entrypoints).filter((name) => /\.content(\.tsx?)?$|\.content$/.test(name));
const adapterFolders = readdirSync(adapters).filter((name) => statSync(path.join(adapters, name)).isDirectory());

function sourceOf(entry: string): string {
  const full = path.join(entrypoints, entry);
  if (statSync(full).isFile()) return readFileSync(full, 'utf8');
  const index = ['index.ts', 'index.tsx'].map((f) => path.join(full, f)).find(existsSync);
  if (!index) throw new Error(`${entry} has no index.ts(x)`);
  return readFileSync(index, 'utf8');
}

describe('content scripts', () => {
  it('there is one per host family', () => {
    expect(contentScripts.sort()).toEqual(['gmail.content', 'google-calendar.content', 'outlook.content']);
  });

  it.each(contentScripts)('%s is a thin shell that hands ctx to runHost, directly or through the lazy UI loader', (entry) => {
    const source = sourceOf(entry);
    expect(source).toMatch(/import \{ runHost \} from '@\/utils\/hosts\/run-host'|import \{ startWhenNeeded \} from '@\/utils\/hosts\/lazy-ui'/);
    expect(source).toMatch(/runHost\(ctx, \[|startWhenNeeded\(ctx, '/);
    expect(source).not.toMatch(/MutationObserver|querySelector|addEventListener/);
    expect(source.split('\n').length).toBeLessThanOrEqual(25);
  });

  it.each(contentScripts)('%s matches origins from the one CONTRACT list', (entry) => {
    expect(sourceOf(entry)).toMatch(/matches: \[\.\.\.(GMAIL|GOOGLE_CALENDAR|OUTLOOK)_MATCHES\]/);
  });
});

describe('host adapters', () => {
  it('there is an adapter folder per host family', () => {
    expect(adapterFolders.sort()).toEqual(['gmail', 'google-calendar', 'outlook']);
  });

  it.each(adapterFolders)('%s keeps every selector in selectors.ts, each with a comment', (folder) => {
    const file = path.join(adapters, folder, 'selectors.ts');
    expect(existsSync(file), `${folder}/selectors.ts`).toBe(true);
    const source = readFileSync(file, 'utf8');
    expect(source).toMatch(/\/\/|\/\*/);
  });

  it.each(adapterFolders)('%s has at least one fixture page', (folder) => {
    const dir = path.join(root, 'tests/fixtures', folder);
    expect(existsSync(dir), `tests/fixtures/${folder}`).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.html')).length).toBeGreaterThan(0);
  });

  it.each(adapterFolders)('%s is the only place that queries its host DOM', (folder) => {
    // Shared features and components never carry host selectors: they take a surface.
    const featureDir = path.join(root, 'utils/features');
    if (!existsSync(featureDir)) return;
    const hostHints = { gmail: /data-hovercard-id|scheduledSend/, 'google-calendar': /#xTiIn|data-eventid/, outlook: /ComposeSendButton|fui-SplitButton/ }[folder];
    const offenders = listFiles(featureDir).filter((file) => hostHints?.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}
