import { lazyUi, type StartUi } from '../lazy-ui';

/** Outlook's compose and event-form UI: outlook-ui.js at run time, or bundled (utils/hosts/ui-files.ts). */
export const loadOutlookUi = import.meta.env.BATON_LAZY_UI ? lazyUi('outlook') : async (): Promise<StartUi> => (await import('./start')).startOutlookUi;
