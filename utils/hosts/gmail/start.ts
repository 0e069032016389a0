import type { StartUi } from '../lazy-ui';
import { runHost } from '../run-host';
import { gmailAdapter } from './adapter';

/** Gmail's whole UI: the runner with the Gmail adapter, fed by the content script's candidate watch. */
export const startGmailUi: StartUi = (ctx, watch) => runHost(ctx, [gmailAdapter], watch);
