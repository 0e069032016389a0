import type { StartUi } from '../lazy-ui';
import { runHost } from '../run-host';
import { outlookCalendarAdapter } from './calendar-adapter';
import { outlookMailAdapter } from './mail-adapter';

/** Outlook's whole UI: the runner with both adapters, fed by the content script's candidate watch. */
export const startOutlookUi: StartUi = (ctx, watch) => runHost(ctx, [outlookCalendarAdapter, outlookMailAdapter], watch);
