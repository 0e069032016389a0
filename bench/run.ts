/**
 * `npm run bench` — every speed and size figure in one table, each against a baseline measured in
 * the same run (a naive engine, the same page without the extension, an empty team), plus
 * bench/results.json. `--quick` (CI) runs a few iterations: a smoke, never a timed pass/fail.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { measureBundles } from './bundle';
import { printTable, type BenchRow } from './report';

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
// BATON_BENCH_OUT lets parallel sessions bench their own build.
const extensionRoot = process.env.BATON_BENCH_OUT ?? '.output-bench';
const extensionDir = path.resolve(extensionRoot, 'chrome-mv3');
const wanted = (group: string) => !only || only.includes(group);

type Section = { group: string; run: () => Promise<BenchRow[]> };

const sections: Section[] = [
  { group: 'bundle', run: async () => bundleRows() },
  { group: 'engine', run: async () => (await import('./engine')).runEngineBench({ quick }).then((rows) => rows.map((r) => ({ group: 'engine', name: r.name, value: r.medianMs, unit: 'ms (median)', baseline: r.baselineMs, ratio: r.ratio, target: r.targetMs === undefined ? undefined : `< ${r.targetMs} ms` }))) },
  { group: 'pages', run: async () => (await import('./pages')).runPagesBench({ quick, extensionDir }) },
  { group: 'gmail', run: async () => withGroup('gmail', await (await import('./gmail')).runGmailBench({ quick, extensionDir })) },
  { group: 'google-calendar', run: async () => withGroup('google-calendar', await (await import('./google-calendar')).runCalendarBench({ quick, extensionDir })) },
  { group: 'outlook', run: async () => withGroup('outlook', await (await import('./outlook')).runOutlookBench({ quick, extensionDir })) },
  { group: 'firefox', run: async () => withGroup('firefox', await (await import('./firefox')).runFirefoxBench({ quick, extensionDir: firefoxDir() })) },
];

/** The Firefox build the Firefox rows load, built beside the Chromium one when missing. */
function firefoxDir(): string {
  const dir = path.resolve(extensionRoot, 'firefox-mv3');
  if (!existsSync(path.join(dir, 'manifest.json'))) execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'ignore', env: { ...process.env, BATON_OUT_DIR: extensionRoot } });
  return dir;
}

function withGroup(group: string, rows: Array<Omit<BenchRow, 'group'>>): BenchRow[] {
  return rows.map((row) => ({ group, ...row }));
}

function bundleRows(): BenchRow[] {
  // The bundle build (with source maps) doubles as the extension the page benches load.
  return measureBundles(extensionRoot).map((entry) => ({
    group: 'bundle',
    name: entry.file,
    value: entry.gzipBytes / 1024,
    unit: 'KB gzip',
    baseline: entry.rawBytes / 1024,
    note: `raw ${(entry.rawBytes / 1024).toFixed(1)} KB; ${entry.byPackage.slice(0, 4).map((p) => `${p.name} ${(p.share * 100).toFixed(0)}%`).join(', ')}`,
    target: entry.budgetGzipBytes ? `≤ ${entry.budgetGzipBytes / 1024} KB gzip` : undefined,
  }));
}

async function main() {
  const rows: BenchRow[] = [];
  if (!wanted('bundle') && !existsSync(path.join(extensionDir, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, BATON_OUT_DIR: extensionRoot } });
  }
  for (const section of sections) {
    if (!wanted(section.group)) continue;
    const started = Date.now();
    try {
      const result = await section.run();
      rows.push(...result);
      console.error(`bench: ${section.group} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      rows.push({ group: section.group, name: 'failed to run', value: Number.NaN, unit: '', note: String(error).slice(0, 160) });
    }
  }
  const machine = `${cpus().length}× ${cpus()[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  console.log(`\nBaton benchmarks${quick ? ' (quick smoke: few iterations)' : ''} — ${machine}\n`);
  console.log(printTable(rows));
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', JSON.stringify({ date: new Date().toISOString(), quick, machine, rows }, null, 2));
  console.log('\nwritten: bench/results.json');
  if (rows.some((r) => r.name === 'failed to run')) process.exitCode = 1;
}

void main();
