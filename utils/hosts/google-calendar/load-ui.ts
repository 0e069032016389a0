import { lazyUi, type StartUi } from '../lazy-ui';

/** Google Calendar's grid marks and event panel: google-calendar-ui.js at run time, or bundled (utils/hosts/ui-files.ts). */
export const loadGoogleCalendarUi = import.meta.env.BATON_LAZY_UI
  ? lazyUi('google-calendar')
  : async (): Promise<StartUi> => (await import('./start')).startGoogleCalendarUi;
