import type { StartUi } from '../lazy-ui';
import { runHost } from '../run-host';
import { googleCalendarAdapter } from './adapter';

/** Google Calendar's whole UI: the runner with its adapter, fed by the content script's candidate watch. */
export const startGoogleCalendarUi: StartUi = (ctx, watch) => runHost(ctx, [googleCalendarAdapter], watch);
