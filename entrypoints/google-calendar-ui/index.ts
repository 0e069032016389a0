import { defineUnlistedScript } from '#imports';
import { registerUi } from '@/utils/hosts/lazy-ui';
import { LAZY_UI_BROWSERS } from '@/utils/hosts/ui-files';
import { startGoogleCalendarUi } from '@/utils/hosts/google-calendar/start';

/**
 * Google Calendar's grid marks and event panel, loaded by the Calendar content script into its own
 * isolated world when the first grid, editor or quick-create appears (web-accessible to its own
 * origins only, behind a per-session URL). Built only for the browsers that load it lazily
 * (utils/hosts/ui-files.ts); the others bundle the same code.
 */
export default defineUnlistedScript({
  include: [...LAZY_UI_BROWSERS],
  main() {
    registerUi('google-calendar', startGoogleCalendarUi);
  },
});
