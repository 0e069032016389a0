import type { HostAdapter, HostSession } from '@/utils/hosts/types';

/** Long enough for the runner's batched scan (30 ms) and a storage round trip. */
export const tick = (ms = 80) => new Promise((resolve) => setTimeout(resolve, ms));

/** An adapter that serves every page and counts what the runner asks of it. */
export function spyAdapter(overrides: Partial<HostAdapter> = {}) {
  const calls = { start: 0, scan: 0, dispose: 0 };
  const adapter: HostAdapter = {
    id: 'test-host',
    app: 'gmail',
    detect: () => true,
    start: (): HostSession => {
      calls.start += 1;
      return { scan: () => void (calls.scan += 1), dispose: () => void (calls.dispose += 1) };
    },
    ...overrides,
  };
  return { adapter, calls };
}

/** What the browser fires when the candidate watch's animation starts on a newly drawn element. */
export function fireCandidateAnimation(target: Element): void {
  const event = new Event('animationstart', { bubbles: true });
  Object.defineProperty(event, 'animationName', { value: 'baton-candidate' });
  target.dispatchEvent(event);
}
