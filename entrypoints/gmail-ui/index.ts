import { defineUnlistedScript } from '#imports';
import { registerUi } from '@/utils/hosts/lazy-ui';
import { LAZY_UI_BROWSERS } from '@/utils/hosts/ui-files';
import { startGmailUi } from '@/utils/hosts/gmail/start';

/**
 * Gmail's compose UI, loaded by the Gmail content script into its own isolated world when the
 * first compose appears (web-accessible to its own origins only, behind a per-session URL). Built
 * only for the browsers that load it lazily (utils/hosts/ui-files.ts); the others bundle the same
 * code.
 */
export default defineUnlistedScript({
  include: [...LAZY_UI_BROWSERS],
  main() {
    registerUi('gmail', startGmailUi);
  },
});
