import type { CDPSession } from '@playwright/test';

export interface OwnScript {
  ownMs: number;
  pageMs: number;
}

/**
 * Baton's own share of the main thread's JavaScript, from a sampling CPU profile: self time of
 * frames whose script is the extension's (chrome-extension://…) against all JavaScript that ran.
 * Exact where a with/without ScriptDuration difference drowns in run-to-run noise.
 */
export async function startOwnScriptProfile(cdp: CDPSession): Promise<() => Promise<OwnScript>> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    const urlOf = new Map(profile.nodes.map((node) => [node.id, node.callFrame.url]));
    const nameOf = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]));
    let own = 0;
    let page = 0;
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    samples.forEach((id, i) => {
      const micros = deltas[i] ?? 0;
      const name = nameOf.get(id) ?? '';
      if (name === '(idle)' || name === '(program)' || name === '(garbage collector)') return;
      if ((urlOf.get(id) ?? '').startsWith('chrome-extension://')) own += micros;
      else page += micros;
    });
    return { ownMs: own / 1000, pageMs: page / 1000 };
  };
}
