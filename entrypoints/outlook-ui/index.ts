import { defineUnlistedScript } from '#imports';
import { registerUi } from '@/utils/hosts/lazy-ui';
import { LAZY_UI_BROWSERS } from '@/utils/hosts/ui-files';
import { startOutlookUi } from '@/utils/hosts/outlook/start';

/**
 * Outlook's compose and new-event UI, loaded by the Outlook content script into its own isolated
 * world when the first compose or event form appears (web-accessible to its own origins only,
 * behind a per-session URL). Built only for the browsers that load it lazily (utils/hosts/ui-
 * files.ts); the others bundle the same code.
 */
export default defineUnlistedScript({
  include: [...LAZY_UI_BROWSERS],
  main() {
    registerUi('outlook', startOutlookUi);
  },
});
