import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { GMAIL_MATCHES } from '@/utils/hosts/origins';
import { GMAIL } from '@/utils/hosts/gmail/selectors';
import { watchCandidates } from '@/utils/hosts/candidates';
import { createLogger } from '@/utils/hosts/logger';
import { loadUi, startWhenNeeded, type StartUi } from '@/utils/hosts/lazy-ui';

/**
 * Gmail's content script is only a watch: the compose UI (gmail-ui.js) loads when the first
 * compose appears. Firefox bundles the UI instead (its lint rejects a script loaded at run time).
 */
export default defineContentScript({
  matches: [...GMAIL_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const watch = watchCandidates(GMAIL.compose.candidates, ctx.signal);
    const load = import.meta.env.FIREFOX
      ? async (): Promise<StartUi> => (await import('@/utils/hosts/gmail/start')).startGmailUi
      : () => loadUi('gmail', browser.runtime.getURL('/gmail-ui.js'));
    startWhenNeeded(ctx, watch, load, (error) => createLogger('gmail').errorOnce('load-ui', error));
  },
});
