import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { frameBatched, runHost } from '@/utils/hosts/run-host';
import { settingsItem } from '@/utils/storage';
import { DEFAULT_SETTINGS } from '@/utils/team/types';
import type { HostAdapter, HostSession } from '@/utils/hosts/types';
import { fireCandidateAnimation, spyAdapter, tick } from './kit';


describe('runHost', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.replaceChildren();
    ctx = new ContentScriptContext('test');
  });
  afterEach(() => ctx.abort());

  it('starts the adapter once settings are read and scans after page changes, batched', async () => {
    const { adapter, calls } = spyAdapter();
    runHost(ctx, [adapter]);
    await tick();
    expect(calls.start).toBe(1);
    const scansBefore = calls.scan;
    for (let i = 0; i < 200; i++) document.body.append(document.createElement('p'));
    await tick();
    expect(calls.scan - scansBefore).toBe(1);
  });

  describe('a session that names its roots', () => {
    function scopedAdapter() {
      const root = document.createElement('form');
      const holder = document.createElement('section');
      holder.append(root);
      let scans = 0;
      let served: Element[] = [];
      const adapter: HostAdapter = {
        id: 'test-host',
        app: 'gmail',
        detect: () => true,
        candidates: 'input[name="subject"]',
        start: (): HostSession => ({
          scan: () => {
            scans += 1;
            served = root.isConnected ? [root] : [];
          },
          dispose: () => {},
          roots: () => served,
        }),
      };
      return { adapter, root, holder, scans: () => scans };
    }

    it('costs nothing while unrelated parts of the page churn', async () => {
      const { adapter, holder, scans } = scopedAdapter();
      document.body.append(holder);
      runHost(ctx, [adapter]);
      await tick();
      const before = scans();
      for (let i = 0; i < 50; i++) document.body.append(document.createElement('li'));
      await tick();
      expect(scans()).toBe(before);
    });

    it('rescans once for a burst of changes inside a root', async () => {
      const { adapter, root, holder, scans } = scopedAdapter();
      document.body.append(holder);
      runHost(ctx, [adapter]);
      await tick();
      const before = scans();
      for (let i = 0; i < 20; i++) root.append(document.createElement('span'));
      await tick();
      expect(scans()).toBe(before + 1);
    });

    it('rescans when a root leaves the page with its container', async () => {
      const { adapter, holder, scans } = scopedAdapter();
      document.body.append(holder);
      runHost(ctx, [adapter]);
      await tick();
      const before = scans();
      holder.remove();
      await tick();
      expect(scans()).toBe(before + 1);
    });

    it('rescans when a new candidate takes focus, but not for one inside a known root', async () => {
      const { adapter, root, holder, scans } = scopedAdapter();
      document.body.append(holder);
      runHost(ctx, [adapter]);
      await tick();
      const known = Object.assign(document.createElement('input'), { name: 'subject' });
      root.append(known);
      await tick();
      const before = scans();
      known.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      await tick();
      expect(scans()).toBe(before);
      const elsewhere = Object.assign(document.createElement('input'), { name: 'subject' });
      document.body.append(elsewhere);
      elsewhere.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      await tick();
      expect(scans()).toBe(before + 1);
    });

    it('rescans when the browser starts the candidate animation on a new one', async () => {
      const { adapter, holder, scans } = scopedAdapter();
      document.body.append(holder);
      runHost(ctx, [adapter]);
      await tick();
      const before = scans();
      const arrived = Object.assign(document.createElement('input'), { name: 'subject' });
      document.body.append(arrived);
      fireCandidateAnimation(arrived);
      await tick();
      expect(scans()).toBe(before + 1);
    });
  });

  it('does not rescan for its own UI being added', async () => {
    const { adapter, calls } = spyAdapter();
    runHost(ctx, [adapter]);
    await tick();
    const scansBefore = calls.scan;
    document.body.append(document.createElement('baton-ui'));
    await tick();
    expect(calls.scan).toBe(scansBefore);
  });

  it('honours the per-app switch live', async () => {
    const { adapter, calls } = spyAdapter();
    runHost(ctx, [adapter]);
    await tick();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apps: { ...DEFAULT_SETTINGS.apps, gmail: false } });
    await tick();
    expect(calls.dispose).toBe(1);
    await settingsItem.setValue(DEFAULT_SETTINGS);
    await tick();
    expect(calls.start).toBe(2);
  });

  it('never starts an adapter whose app is off', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apps: { ...DEFAULT_SETTINGS.apps, gmail: false } });
    const { adapter, calls } = spyAdapter();
    runHost(ctx, [adapter]);
    await tick();
    expect(calls.start).toBe(0);
  });

  it('contains every failure: nothing is thrown into the page, and each is logged once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const pageErrors: unknown[] = [];
    const onError = (event: ErrorEvent) => pageErrors.push(event.error);
    window.addEventListener('error', onError);
    const { adapter } = spyAdapter({
      start: () => ({
        scan: () => {
          throw new Error('selector broke');
        },
        dispose: () => {},
      }),
    });
    runHost(ctx, [adapter]);
    await tick();
    for (let i = 0; i < 5; i++) {
      document.body.append(document.createElement('p'));
      await tick();
    }
    window.removeEventListener('error', onError);
    expect(pageErrors).toEqual([]);
    const scanWarnings = warn.mock.calls.filter(([message]) => String(message).includes('test-host:scan'));
    expect(scanWarnings).toHaveLength(1);
  });

  it('survives an adapter whose detect throws, and picks the next that fits', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = spyAdapter({ id: 'broken', detect: () => { throw new Error('no'); } });
    const fine = spyAdapter({ id: 'fine' });
    runHost(ctx, [broken.adapter, fine.adapter]);
    await tick();
    expect(fine.calls.start).toBe(1);
  });

  it('stops and cleans up when the content script is invalidated (extension reloaded)', async () => {
    const { adapter, calls } = spyAdapter();
    runHost(ctx, [adapter]);
    await tick();
    ctx.abort();
    expect(calls.dispose).toBe(1);
    document.body.append(document.createElement('p'));
    await tick();
    expect(calls.start).toBe(1);
  });

  it('removes UI an earlier instance left behind', async () => {
    document.body.append(document.createElement('baton-ui'));
    runHost(ctx, [spyAdapter().adapter]);
    expect(document.querySelectorAll('baton-ui')).toHaveLength(0);
  });

  it('follows in-app navigation: an adapter that stops detecting is disposed', async () => {
    let onPage = true;
    const { adapter, calls } = spyAdapter({ detect: () => onPage });
    runHost(ctx, [adapter]);
    await tick();
    onPage = false;
    window.dispatchEvent(new Event('wxt:locationchange'));
    document.body.append(document.createElement('p'));
    await tick();
    expect(calls.dispose).toBe(1);
  });
});

describe('frameBatched: answered in the frame, bursts coalesced', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    ctx = new ContentScriptContext('test');
  });
  afterEach(() => ctx.abort());

  it('the first change runs at once; the rest of that frame runs once, at the frame', async () => {
    let runs = 0;
    const schedule = frameBatched(ctx, () => void (runs += 1));
    schedule();
    expect(runs).toBe(1);
    for (let i = 0; i < 50; i++) schedule();
    expect(runs).toBe(1);
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    await tick(20);
    expect(runs).toBe(2);
    // A quiet frame later, the next change again runs at once.
    await tick(60);
    schedule();
    expect(runs).toBe(3);
  });

  it('runs nothing once the content script is invalidated', () => {
    let runs = 0;
    const schedule = frameBatched(ctx, () => void (runs += 1));
    ctx.abort();
    schedule();
    expect(runs).toBe(0);
  });
});
