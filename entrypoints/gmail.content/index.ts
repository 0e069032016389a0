import { defineContentScript } from '#imports';
import { GMAIL_MATCHES } from '@/utils/hosts/origins';
import { runHost } from '@/utils/hosts/run-host';
import { gmailAdapter } from '@/utils/hosts/gmail/adapter';

export default defineContentScript({
  matches: [...GMAIL_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    runHost(ctx, [gmailAdapter]);
  },
});
