import { defineContentScript } from '#imports';
import '@/utils/hosts/ui-alive.css';
import { OUTLOOK_MATCHES } from '@/utils/hosts/origins';
import { runHost } from '@/utils/hosts/run-host';
import { outlookMailAdapter } from '@/utils/hosts/outlook/mail-adapter';
import { outlookCalendarAdapter } from '@/utils/hosts/outlook/calendar-adapter';

export default defineContentScript({
  matches: [...OUTLOOK_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    runHost(ctx, [outlookCalendarAdapter, outlookMailAdapter]);
  },
});
