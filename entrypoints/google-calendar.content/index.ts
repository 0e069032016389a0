import { defineContentScript } from '#imports';
import '@/utils/hosts/ui-alive.css';
import { GOOGLE_CALENDAR_MATCHES } from '@/utils/hosts/origins';
import * as S from '@/utils/hosts/google-calendar/selectors';
import { startWhenNeeded } from '@/utils/hosts/lazy-ui';
import { loadGoogleCalendarUi } from '@/utils/hosts/google-calendar/load-ui';

/** Only a watch: the UI, with the runner, loads when the first grid, editor or quick-create appears. */
export default defineContentScript({
  matches: [...GOOGLE_CALENDAR_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    startWhenNeeded(ctx, 'google-calendar', S.CANDIDATES, loadGoogleCalendarUi);
  },
});
