import type { HostAdapter } from '../types';
import { startComposeHost } from '@/utils/features/compose';
import { findComposeRoots, gmailComposeSurface } from './compose';
import { GMAIL } from './selectors';

/**
 * Gmail: every compose (pop-ups, full-screen, inline replies) gets recipient times, send advice
 * and the send guard from the shared compose feature.
 */
export const gmailAdapter: HostAdapter = {
  id: 'gmail',
  app: 'gmail',
  detect: (url) => url.hostname === 'mail.google.com',
  candidates: GMAIL.compose.candidates,
  start(env) {
    const surfaces = new WeakMap<Element, ReturnType<typeof gmailComposeSurface>>();
    return startComposeHost(
      env,
      () =>
        findComposeRoots(document, env.log).map((root) => {
          let surface = surfaces.get(root);
          if (!surface) {
            surface = gmailComposeSurface(root, env.log, env.signal);
            surfaces.set(root, surface);
          }
          return surface;
        }),
    );
  },
};
