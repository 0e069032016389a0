import { defineContentScript } from '#imports';
import '@/utils/hosts/ui-alive.css';
import { GMAIL_MATCHES } from '@/utils/hosts/origins';
import { GMAIL } from '@/utils/hosts/gmail/selectors';
import { startWhenNeeded } from '@/utils/hosts/lazy-ui';
import { loadGmailUi } from '@/utils/hosts/gmail/load-ui';

/** Only a watch: the compose UI, with the runner, loads when the first compose appears. */
export default defineContentScript({
  matches: [...GMAIL_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    startWhenNeeded(ctx, 'gmail', GMAIL.compose.candidates, loadGmailUi);
  },
});
