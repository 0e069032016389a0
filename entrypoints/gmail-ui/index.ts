import { defineUnlistedScript } from '#imports';
import { registerUi } from '@/utils/hosts/lazy-ui';
import { startGmailUi } from '@/utils/hosts/gmail/start';

/**
 * Gmail's compose UI, loaded by the Gmail content script into its own isolated world when the
 * first compose appears (web-accessible to Gmail's origin only, behind a per-session URL).
 * Chrome only: Firefox bundles the same code into the content script.
 */
export default defineUnlistedScript({
  include: ['chrome', 'edge'],
  main() {
    registerUi('gmail', startGmailUi);
  },
});
