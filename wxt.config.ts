import { defineConfig } from 'wxt';
import { HOST_MATCHES } from './utils/hosts/origins';

// The production manifest. Every permission here is documented in README "Permissions":
// storage for the team and settings, alarms for the optional calendar feed refresh.
// The feed's own origin is asked for at the moment the user sets it up (optional host permission).
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  outDir: process.env.BATON_OUT_DIR ?? '.output',
  // Manifest V3 for both browsers: one permission model, and Firefox supports it fully.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Baton — time zones for mail and calendar',
    short_name: 'Baton',
    description:
      "See your teammates' local time as you write and schedule. Baton suggests kinder send times and fairer meeting slots, all inside your browser.",
    permissions: ['storage'],
    host_permissions: [...HOST_MATCHES],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'baton@baton.invalid',
              strict_min_version: '140.0',
              // Baton collects nothing: Firefox's data-collection declaration says so.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
