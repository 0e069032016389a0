import { defineContentScript } from '#imports';
import '@/utils/hosts/ui-alive.css';
import { OUTLOOK_MATCHES } from '@/utils/hosts/origins';
import { OUTLOOK } from '@/utils/hosts/outlook/selectors';
import { startWhenNeeded } from '@/utils/hosts/lazy-ui';
import { loadOutlookUi } from '@/utils/hosts/outlook/load-ui';

/** Only a watch: the compose and event-form UI, with the runner, loads when the first one appears. */
export default defineContentScript({
  matches: [...OUTLOOK_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    startWhenNeeded(ctx, 'outlook', OUTLOOK.page.candidates, loadOutlookUi);
  },
});
