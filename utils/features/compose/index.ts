/**
 * The shared compose feature (Gmail and Outlook): give it ComposeSurfaces, it draws
 * `recipient-time`, `send-advice` and `send-guard` (CONTRACT.md §2).
 *
 *   // In an adapter's start(env):
 *   return startComposeHost(env, () => findComposes(document));  // a HostSession
 *
 *   // Or per compose:
 *   const c = attachCompose(surface, env); c.update(); c.dispose();
 */
export { attachCompose } from './controller';
export { startComposeHost } from './host';
export type { AdviceModel, ChipModel, ComposeController, ComposeEnv, ComposeOptions, Verdict } from './types';
