import { lazyUi, type StartUi } from '../lazy-ui';

/**
 * Gmail's compose UI: gmail-ui.js at run time, or the same code bundled in. The build flag is the
 * one per-browser choice (utils/hosts/ui-files.ts, which says why Firefox bundles); it drops the
 * other branch from each bundle.
 */
export const loadGmailUi = import.meta.env.BATON_LAZY_UI ? lazyUi('gmail') : async (): Promise<StartUi> => (await import('./start')).startGmailUi;
