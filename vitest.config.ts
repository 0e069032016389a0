import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    alias: [
      // Tests only need the fake browser. `wxt/testing` also re-exports the Vitest plugin, which
      // drags Vite itself into the test world and breaks under happy-dom's URL.
      { find: /^wxt\/testing$/, replacement: path.resolve('node_modules/wxt/dist/testing/fake-browser.mjs') },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    globals: true,
    restoreMocks: true,
  },
});
