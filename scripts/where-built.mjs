// Says where the loadable extension is, so the README's one build command ends with a path.
import { existsSync } from 'node:fs';
import path from 'node:path';

const target = process.argv[2] ?? 'chrome-mv3';
const dir = path.resolve(process.env.BATON_OUT_DIR ?? '.output', target);
if (!existsSync(path.join(dir, 'manifest.json'))) {
  console.error(`No built extension at ${dir}`);
  process.exit(1);
}
const how = target.startsWith('firefox')
  ? 'Firefox: about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → pick manifest.json in it.'
  : 'Chrome: chrome://extensions → Developer mode → "Load unpacked" → pick this folder.';
console.log(`\nBaton is built and ready to load:\n  ${dir}\n${how}\n`);
