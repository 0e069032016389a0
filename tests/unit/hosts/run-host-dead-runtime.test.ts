import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runHost } from '@/utils/hosts/run-host';
import { spyAdapter, tick } from './kit';

/*
 * Chrome takes `chrome.runtime` away (undefined, not just the id) from the old content script of a
 * reloaded, updated or disabled extension, and sends it no event. WXT's ctx.isInvalid then throws
 * instead of invalidating, so the runner must notice on its own: by a poll, and before any press.
 */

describe('runHost when the extension is gone under it', () => {
  let ctx: ContentScriptContext;
  let runtime: PropertyDescriptor | undefined;
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.replaceChildren();
    runtime = Object.getOwnPropertyDescriptor(fakeBrowser, 'runtime');
    ctx = new ContentScriptContext('test');
  });
  afterEach(() => {
    if (runtime) Object.defineProperty(fakeBrowser, 'runtime', runtime);
    ctx.abort();
    vi.useRealTimers();
  });

  const killRuntime = () => Object.defineProperty(fakeBrowser, 'runtime', { value: undefined, configurable: true, writable: true });

  it('WXT alone cannot tell: its isInvalid throws once runtime is gone', () => {
    killRuntime();
    expect(() => ctx.isInvalid).toThrow(TypeError);
  });

  it('a press in the page tears the session down before anything else hears it', async () => {
    const { adapter, calls } = spyAdapter();
    runHost(ctx, [adapter]);
    await tick();
    expect(calls.start).toBe(1);
    killRuntime();
    let heardAfter = false;
    const later = () => void (heardAfter = ctx.signal.aborted);
    window.addEventListener('mousedown', later, { capture: true });
    window.dispatchEvent(new MouseEvent('mousedown'));
    window.removeEventListener('mousedown', later, { capture: true });
    expect(ctx.signal.aborted).toBe(true);
    expect(heardAfter).toBe(true);
    expect(calls.dispose).toBe(1);
  });

  it('with no press at all, the poll finds out within about a second', async () => {
    const { adapter, calls } = spyAdapter();
    runHost(ctx, [adapter]);
    await tick();
    killRuntime();
    await tick(1_200);
    expect(ctx.signal.aborted).toBe(true);
    expect(calls.dispose).toBe(1);
    // Dead stays dead: page changes start nothing new.
    document.body.append(document.createElement('p'));
    await tick();
    expect(calls.start).toBe(1);
  });
});
