import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadUi, registerUi, startWhenNeeded, type StartUi } from '@/utils/hosts/lazy-ui';
import { fireCandidateAnimation, tick } from './kit';


describe('startWhenNeeded: the UI loads with the first compose, not with the page', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.replaceChildren();
    ctx = new ContentScriptContext('test');
  });
  afterEach(() => ctx.abort());

  function counting() {
    const calls = { load: 0, run: 0 };
    const run: StartUi = () => void (calls.run += 1);
    const load = async () => {
      calls.load += 1;
      return run;
    };
    return { calls, load };
  }

  it('loads nothing on a page without a candidate, then once for the first ones', async () => {
    const { calls, load } = counting();
    startWhenNeeded(ctx, 'test', 'input[name="subjectbox"]', load);
    await tick();
    expect(calls.load).toBe(0);
    for (let i = 0; i < 3; i++) {
      const box = Object.assign(document.createElement('input'), { name: 'subjectbox' });
      document.body.append(box);
      fireCandidateAnimation(box);
    }
    await tick();
    expect(calls).toEqual({ load: 1, run: 1 });
  });

  it('loads at once when the page already holds a candidate', async () => {
    document.body.append(Object.assign(document.createElement('input'), { name: 'subjectbox' }));
    const { calls, load } = counting();
    startWhenNeeded(ctx, 'test', 'input[name="subjectbox"]', load);
    await tick();
    expect(calls).toEqual({ load: 1, run: 1 });
  });

  it('never starts the UI of a content script that was invalidated while loading', async () => {
    document.body.append(Object.assign(document.createElement('input'), { name: 'subjectbox' }));
    const { calls, load } = counting();
    startWhenNeeded(ctx, 'test', 'input[name="subjectbox"]', load);
    ctx.abort();
    await tick();
    expect(calls.run).toBe(0);
  });

  it('a UI that fails to load is said once in the console and throws nothing into the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const pageErrors: unknown[] = [];
    const onError = (event: Event) => pageErrors.push(event);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    document.body.append(Object.assign(document.createElement('input'), { name: 'subjectbox' }));
    startWhenNeeded(ctx, 'test', 'input[name="subjectbox"]', () => Promise.reject(new Error('blocked')));
    await tick();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(pageErrors).toEqual([]);
    expect(warn.mock.calls.filter(([m]) => String(m).includes('load-ui'))).toHaveLength(1);
  });

  it('loadUi hands back what the UI file registered, without loading it twice', async () => {
    const start: StartUi = () => {};
    registerUi('already-here', start);
    await expect(loadUi('already-here', 'chrome-extension://never-fetched/ui.js')).resolves.toBe(start);
  });
});
