import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

export interface BundleEntry {
  file: string;
  rawBytes: number;
  gzipBytes: number;
  budgetGzipBytes?: number;
  /** Bytes of minified output each package (or Baton's own code) accounts for, largest first. */
  byPackage: Array<{ name: string; bytes: number; share: number }>;
}

/** Content scripts load on every host page: each stays under this, gzipped. */
export const CONTENT_SCRIPT_BUDGET_GZIP = 100 * 1024;

/** Build with source maps into its own folder and attribute every output byte to a package. */
export function measureBundles(outRoot = '.output-bench'): BundleEntry[] {
  execFileSync('npx', ['wxt', 'build'], {
    stdio: 'ignore',
    env: { ...process.env, BATON_OUT_DIR: outRoot, BATON_SOURCEMAP: '1' },
  });
  const dir = path.join(outRoot, 'chrome-mv3');
  return listJs(dir).map((file) => {
    const code = readFileSync(file);
    const rel = path.relative(dir, file);
    return {
      file: rel,
      rawBytes: code.length,
      gzipBytes: gzipSync(code, { level: 9 }).length,
      // A host's UI file (gmail-ui.js) is content-script code too, loaded with the first compose.
      budgetGzipBytes: rel.startsWith('content-scripts/') || rel.endsWith('-ui.js') ? CONTENT_SCRIPT_BUDGET_GZIP : undefined,
      byPackage: attribute(file, code.toString('utf8')),
    };
  });
}

function listJs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return listJs(full);
    return name.endsWith('.js') ? [full] : [];
  });
}

function packageOf(source: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  return match?.[1] ?? 'baton (own code)';
}

function attribute(file: string, code: string): BundleEntry['byPackage'] {
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return [];
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')) as RawSourceMap);
  const lines = code.split('\n');
  const bytes = new Map<string, number>();
  let previous: { line: number; column: number; name: string } | null = null;
  const close = (line: number, column: number) => {
    if (!previous) return;
    const length = previous.line === line ? column - previous.column : (lines[previous.line - 1]?.length ?? 0) - previous.column;
    bytes.set(previous.name, (bytes.get(previous.name) ?? 0) + Math.max(0, length));
  };
  consumer.eachMapping((m) => {
    close(m.generatedLine, m.generatedColumn);
    previous = { line: m.generatedLine, column: m.generatedColumn, name: m.source ? packageOf(m.source) : 'unmapped' };
  }, undefined, SourceMapConsumer.GENERATED_ORDER);
  close(Number.MAX_SAFE_INTEGER, 0);
  const total = [...bytes.values()].reduce((a, b) => a + b, 0) || 1;
  return [...bytes.entries()]
    .map(([name, n]) => ({ name, bytes: n, share: n / total }))
    .sort((a, b) => b.bytes - a.bytes);
}
