import type { BrowserContext, Page } from '@playwright/test';
import { median, type HostBenchRow } from './report';
import { startOwnScriptProfile, type OwnScript } from './own-script';

/** Where the churning box goes: appended inside, or placed right after, the first match. */
export interface ChurnSpot {
  selector: string;
  position: 'append' | 'after';
}

/** Opens the host's page with a compose, ready to churn; the caller's fixture and URL. */
export type OpenChurnPage = (context: BrowserContext) => Promise<Page>;

/**
 * One churn: the page adds 1,000 unrelated nodes a second (10 every 10 ms, keeping 50) for
 * `seconds`. Returns the page's scripting time over it, or with `profile` Baton's own share of it.
 */
async function churnOnce(page: Page, seconds: number, spot: ChurnSpot, profile: boolean): Promise<number | OwnScript> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const scripting = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
  const before = await scripting();
  const stopProfile = profile ? await startOwnScriptProfile(cdp) : null;
  await page.evaluate(
    async ({ ms, selector, position }) => {
      const box = document.createElement('div');
      box.id = 'churn';
      const anchor = document.querySelector(selector);
      if (position === 'after') anchor?.after(box);
      else anchor?.append(box);
      const started = performance.now();
      let n = 0;
      await new Promise<void>((resolve) => {
        const id = setInterval(() => {
          for (let i = 0; i < 10; i++) {
            const span = document.createElement('span');
            span.textContent = String(n++);
            box.append(span);
            if (box.childElementCount > 50) box.firstElementChild?.remove();
          }
          if (performance.now() - started >= ms) {
            clearInterval(id);
            resolve();
          }
        }, 10);
      });
    },
    { ms: seconds * 1000, ...spot },
  );
  const own = stopProfile ? await stopProfile() : null;
  return own ?? (await scripting()) - before;
}

/**
 * The two churn rows every mail host reports: scripting with and without Baton (interleaved
 * runs, a same-run A/B), and Baton's own share from a CPU profile, which the A/B's noise cannot blur.
 */
export async function churnRows(opts: { on: BrowserContext; off: BrowserContext; open: OpenChurnPage; spot: ChurnSpot; seconds: number; runs: number }): Promise<HostBenchRow[]> {
  const run = async (context: BrowserContext, profile: boolean) => {
    const page = await opts.open(context);
    try {
      return await churnOnce(page, opts.seconds, opts.spot, profile);
    } finally {
      await page.close();
    }
  };
  const withBaton: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    withBaton.push((await run(opts.on, false)) as number);
    without.push((await run(opts.off, false)) as number);
  }
  const on = median(withBaton);
  const off = median(without);
  const own = (await run(opts.on, true)) as OwnScript;
  return [
    {
      name: `scripting while the page mutates 1,000 nodes/s (${opts.seconds} s)`,
      value: on,
      unit: 'ms ScriptDuration',
      baseline: off,
      ratio: on / off,
      target: '≤ 1.05× (≤ 5 % more)',
      note: `${on >= off ? '+' : ''}${(((on - off) / off) * 100).toFixed(1)} % scripting; A/B of two profiles, so ±20 % is run-to-run noise (see the next row)`,
    },
    {
      name: `Baton's own scripting while the page mutates 1,000 nodes/s (${opts.seconds} s, CPU profile)`,
      value: own.ownMs,
      unit: 'ms',
      baseline: own.pageMs,
      ratio: own.ownMs / Math.max(own.pageMs, 0.001),
      target: '≤ 0.05× the page’s own',
      note: `self time in chrome-extension:// scripts vs the page's own JavaScript in the same profile`,
    },
  ];
}
