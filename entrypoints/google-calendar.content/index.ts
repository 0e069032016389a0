import { defineContentScript } from '#imports';
import '@/utils/hosts/ui-alive.css';
import { GOOGLE_CALENDAR_MATCHES } from '@/utils/hosts/origins';
import { runHost } from '@/utils/hosts/run-host';
import { googleCalendarAdapter } from '@/utils/hosts/google-calendar/adapter';

export default defineContentScript({
  matches: [...GOOGLE_CALENDAR_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    runHost(ctx, [googleCalendarAdapter]);
  },
});
