import { defineConfig } from 'wxt';
import { HOST_MATCHES } from './utils/hosts/origins';
import { lazyUiFor, UI_FILES } from './utils/hosts/ui-files';

// The production manifest. Every permission here is documented in README "Permissions":
// storage for the team and settings, alarms for the optional calendar feed refresh.
// The feed's own origin is asked for at the moment the user sets it up (optional host permission).
/**
 * Content scripts load on every Gmail, Calendar and Outlook page, so they use Preact's React
 * compatibility layer (≈10 KB instead of React DOM's ≈70 KB gzipped) to stay inside the 100 KB
 * budget. Popup and options keep React itself. Components are written against React's API and
 * the e2e suite runs them under Preact in real Chromium.
 */
const PREACT_FOR_CONTENT_SCRIPTS = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
];

/** Content scripts and the UI files they load at run time (`entrypoints/<host>-ui`). */
const isContentCode = (entry: { type: string; name: string }) =>
  entry.type === 'content-script' || (entry.type === 'unlisted-script' && entry.name.endsWith('-ui'));

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  outDir: process.env.BATON_OUT_DIR ?? '.output',
  // Manifest V3 for both browsers: one permission model, and Firefox supports it fully.
  manifestVersion: 3,
  // Source maps only for the bundle-size report (`npm run bench`), never in a shipped build.
  vite: (env) => ({
    build: { sourcemap: process.env.BATON_SOURCEMAP === '1' },
    // Whether content scripts load their host's UI file or bundle it: one choice per browser.
    define: { 'import.meta.env.BATON_LAZY_UI': JSON.stringify(lazyUiFor(env.browser)) },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every(isContentCode)) return;
      const alias = config.resolve?.alias;
      const existing = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [...PREACT_FOR_CONTENT_SCRIPTS, ...existing] };
    },
  },
  manifest: ({ browser }) => ({
    name: 'Baton — time zones for mail and calendar',
    short_name: 'Baton',
    description:
      "See your teammates' local time as you write and schedule. Baton suggests kinder send times and fairer meeting slots, all inside your browser.",
    // storage: team and settings; alarms: the optional calendar feed's 30-minute refresh.
    permissions: ['storage', 'alarms'],
    host_permissions: [...HOST_MATCHES],
    // Asked for one origin at a time, only when the user saves a calendar feed address in options.
    optional_host_permissions: ['https://*/*'],
    // Where content scripts load their host's UI when it is first needed (entrypoints/<host>-ui):
    // only that host's pages may load it, and only through a URL that changes every session, so
    // no page can probe for Baton. Browsers that bundle the UI (utils/hosts/ui-files.ts) need none.
    ...(lazyUiFor(browser)
      ? { web_accessible_resources: UI_FILES.map(({ file, matches }) => ({ resources: [file], matches: [...matches], use_dynamic_url: true })) }
      : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'baton@baton.invalid',
              // The oldest Firefox the e2e suite runs (tests/firefox, Debian's ESR).
              strict_min_version: '153.0',
              // Baton collects nothing: Firefox's data-collection declaration says so.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
