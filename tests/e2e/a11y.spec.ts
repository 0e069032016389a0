import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { EVERY_DAY, seedSettings, seedTeam, wallClockIn, type TeamRow } from './helpers';
import { DEFAULT_SETTINGS } from '../../utils/team/types';

/*
 * Baton never makes a host page's axe results worse (issue 13 §4). Each surface is the same
 * fixture opened twice: at its real host origin (Baton's content script runs) and at an origin no
 * content script matches (the baseline: the page exactly as the host draws it). axe runs on the
 * whole page both times; every rule, every impact. Baton may add no violation: per rule, the
 * count of failing nodes with Baton is no more than without it.
 */

const BASELINE = 'https://fixtures.baton.invalid';
const TOKYO = 'Asia/Tokyo';
const BERLIN = 'Europe/Berlin';

const offNow = (email: string, name: string, zone = TOKYO): TeamRow => ({ email, name, timeZone: zone, workStart: wallClockIn(zone, 120), workEnd: wallClockIn(zone, 300), workDays: EVERY_DAY });
const working = (email: string, name: string, zone = BERLIN): TeamRow => ({ email, name, timeZone: zone, workStart: wallClockIn(zone, -60), workEnd: wallClockIn(zone, 300), workDays: EVERY_DAY });

const TEAM: TeamRow[] = [offNow('aiko@example.jp', 'Aiko Tanaka'), working('wendy@example.de', 'Wendy Weber'), { email: 'lena@example.de', name: 'Lena Vogel', timeZone: BERLIN }, { email: 'ravi@example.in', name: 'Ravi Kumar', timeZone: 'Asia/Kolkata' }];

type Counts = Record<string, number>;

interface AxeRun {
  /** Failing nodes per rule, `id (impact)`. */
  counts: Counts;
  /**
   * How many failing nodes per kind of failure: the rule and each failed check's data (not the
   * node's selector, which moves when Baton adds attributes or siblings). A listbox that already
   * fails `aria-required-children` for the host's own children is a new kind of failure when
   * Baton's elements add to what is wrong with it.
   */
  failures: Counts;
}

/** axe on the whole page (Baton's shadow roots included: axe pierces open ones), every impact. */
async function runAxe(page: Page): Promise<AxeRun> {
  const result = await new AxeBuilder({ page }).analyze();
  const counts: Counts = {};
  const failures: Counts = {};
  for (const v of result.violations) {
    counts[`${v.id} (${v.impact})`] = v.nodes.length;
    for (const node of v.nodes) {
      const checks = [...node.any, ...node.all, ...node.none].map((c) => JSON.stringify(c.data ?? null)).sort();
      const key = `${v.id} ${checks.join(' ')}`;
      failures[key] = (failures[key] ?? 0) + 1;
    }
  }
  return { counts, failures };
}

const total = (c: Counts) => Object.values(c).reduce((a, b) => a + b, 0);

interface Surface {
  name: string;
  /** Host URL; the baseline uses the same path and query at BASELINE. */
  url: string;
  fixture: string;
  /** Bring the page to the state measured, and (with Baton) wait for Baton's UI. */
  ready: (page: Page, withBaton: boolean) => Promise<void>;
}

const drawn = (page: Page, marker: string) => expect(page.locator(`baton-ui[data-baton="${marker}"]`).first()).toBeAttached();

const SURFACES: Surface[] = [
  {
    name: 'Gmail compose',
    url: 'https://mail.google.com/mail/u/0/?view=popup&to=aiko@example.jp:Aiko%20Tanaka,stranger@example.org&cc=wendy@example.de:Wendy%20Weber',
    fixture: 'gmail/mail.html',
    ready: async (page, withBaton) => {
      await expect(page.locator('[role=dialog] input[name=subjectbox]')).toBeVisible();
      if (withBaton) {
        await expect(page.locator('baton-ui[data-baton="recipient-time"]')).toHaveCount(3);
        await expect(page.locator('baton-ui[data-baton="send-advice"]')).toHaveAttribute('data-verdict', 'off-hours');
      }
    },
  },
  {
    name: 'Google Calendar event editor',
    url: 'https://calendar.google.com/calendar/u/0/r/week/2027/3/22',
    fixture: 'google-calendar/app.html',
    ready: async (page, withBaton) => {
      await page.evaluate(() => (window as unknown as { __fx: { openEditor(): void } }).__fx.openEditor());
      await expect(page.locator('#xTiIn').filter({ visible: true })).toBeVisible();
      if (withBaton) await expect(page.locator('[data-baton="guest-time"][data-email="lena@example.de"]')).toBeVisible();
    },
  },
  {
    name: 'Outlook compose',
    url: `https://outlook.office.com/mail/inbox/id/AAQkAD?${new URLSearchParams({ to: 'Aiko Tanaka|Wendy Weber <wendy@example.de>', cc: 'Sam Lee', subject: 'Q4 numbers' })}`,
    fixture: 'outlook/mail.html',
    ready: async (page, withBaton) => {
      await expect(page.locator('[data-testid="ComposeSendButton"]')).toBeVisible();
      if (withBaton) {
        await expect(page.locator('baton-ui[data-baton="recipient-time"]')).toHaveCount(3);
        await drawn(page, 'send-advice');
      }
    },
  },
  {
    name: 'Outlook event form',
    url: `https://outlook.office.com/calendar/deeplink/compose?${new URLSearchParams({ in: '120', dur: '60', title: 'Weekly status update', guests: 'Aiko Tanaka|Lena Vogel <lena@example.de>|Sam Lee', repeat: '1' })}`,
    fixture: 'outlook/calendar.html',
    ready: async (page, withBaton) => {
      await expect(page.locator('[contenteditable="true"][aria-label]').first()).toBeVisible();
      if (withBaton) await expect(page.locator('[data-baton="guest-time"][data-email="lena@example.de"]')).toBeAttached();
    },
  },
];

async function seed(worker: Worker) {
  await seedTeam(worker, TEAM);
  await seedSettings(worker, { me: { ...DEFAULT_SETTINGS.me, timeZone: 'America/New_York' } });
}

test.describe('axe with and without Baton', () => {
  for (const surface of SURFACES) {
    test(`${surface.name}: no rule fails on more nodes with Baton than without`, async ({ openFixture, serviceWorker }) => {
      await seed(serviceWorker);
      const host = new URL(surface.url);
      const base = await openFixture(`${BASELINE}${host.pathname}${host.search}`, surface.fixture);
      await surface.ready(base, false);
      expect(await base.locator('baton-ui').count(), 'no content script runs at the baseline origin').toBe(0);
      const without = await runAxe(base);
      const page = await openFixture(surface.url, surface.fixture);
      await surface.ready(page, true);
      const withBaton = await runAxe(page);
      console.log(`[axe] ${surface.name}: without Baton ${total(without.counts)} ${JSON.stringify(without.counts)}; with Baton ${total(withBaton.counts)} ${JSON.stringify(withBaton.counts)}`);
      const worse = Object.entries(withBaton.counts).filter(([rule, n]) => n > (without.counts[rule] ?? 0)).map(([rule, n]) => `${rule}: ${without.counts[rule] ?? 0} → ${n}`);
      const added = Object.entries(withBaton.failures).filter(([key, n]) => n > (without.failures[key] ?? 0)).map(([key, n]) => `${key}: ${without.failures[key] ?? 0} → ${n}`);
      expect({ worse, added }, 'rules failing on more nodes with Baton, and failures Baton adds to a node').toEqual({ worse: [], added: [] });
    });
  }
});

interface AXNode {
  nodeId: string;
  ignored?: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  childIds?: string[];
}

/** Chromium's own accessibility tree (what a screen reader is given), over CDP. */
async function axTree(page: Page): Promise<AXNode[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  await cdp.detach();
  return nodes;
}

test.describe('Gmail recipients in the host listbox', () => {
  const URL = 'https://mail.google.com/mail/u/0/?view=popup&to=aiko@example.jp:Aiko%20Tanaka,stranger@example.org';

  test('the listbox holds only the host’s own children; each local time is read once, as the recipient’s description', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await openFixture(URL, 'gmail/mail.html');
    const aiko = page.locator('baton-ui[data-baton="recipient-time"][data-email="aiko@example.jp"]');
    await expect(aiko).toHaveAttribute('data-status', 'off-hours');
    await expect(page.locator('baton-ui[data-baton="recipient-time"]')).toHaveCount(2);
    // Still one marker per chip, drawn right after it, with the contract's attributes.
    expect(await aiko.evaluate((el) => el.previousElementSibling?.getAttribute('data-hovercard-id'))).toBe('aiko@example.jp');
    const local = (await aiko.getAttribute('data-local-time'))!.slice(11);

    const nodes = await axTree(page);
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const to = nodes.find((n) => n.role?.value === 'listbox' && n.name?.value === 'To')!;
    const kids = (to.childIds ?? []).map((id) => byId.get(id)!).filter((n) => !n.ignored);
    expect(kids.map((n) => n.role?.value)).toEqual(['option', 'option', 'textbox']);
    const option = kids.find((n) => n.name?.value.startsWith('Aiko Tanaka'))!;
    expect(option.description?.value).toBe(`Local time ${local}, Tokyo, Outside working hours`);
    expect(kids.find((n) => n.name?.value.startsWith('stranger'))!.description?.value).toBe('Local time unknown');
    // Read once: Baton's chip itself (its "09:23 · Tokyo" text, its button) is not in the tree; only
    // the options' descriptions say it. (The send advice says its own sentence elsewhere.)
    const saying = nodes.filter((n) => !n.ignored && (n.name?.value === local || /Local time/.test(`${n.name?.value ?? ''} ${n.description?.value ?? ''}`)));
    expect(saying.map((n) => `${n.role?.value}: ${n.name?.value}`)).toEqual(['option: Aiko Tanaka <aiko@example.jp>', 'option: stranger@example.org']);
  });

  test('the card opens with the host chip’s keyboard focus and Escape closes it without reaching Gmail', async ({ openFixture, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await openFixture(URL, 'gmail/mail.html');
    const aiko = page.locator('baton-ui[data-baton="recipient-time"][data-email="aiko@example.jp"]');
    await expect(aiko).toHaveAttribute('data-status', 'off-hours');
    await page.evaluate(() => {
      (window as unknown as { __keys: string[] }).__keys = [];
      document.addEventListener('keydown', (e) => (window as unknown as { __keys: string[] }).__keys.push(e.key));
    });
    // Gmail moves focus onto a chip with the arrow keys; the fixture's chips take focus like Gmail's.
    await page.locator('[role=option][data-hovercard-id="aiko@example.jp"]').focus();
    const card = aiko.locator('[role=tooltip]');
    await expect(card).toBeVisible();
    await expect(card).toContainText('Aiko Tanaka');
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    expect(await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual([]);
    // Focus elsewhere and back: open again; leaving closes it.
    await page.locator('input[name=subjectbox]').focus();
    await page.locator('[role=option][data-hovercard-id="aiko@example.jp"]').focus();
    await expect(card).toBeVisible();
    await page.locator('input[name=subjectbox]').focus();
    await expect(card).toBeHidden();
    // Nothing of Baton's in the tab order inside the listbox.
    expect(await aiko.locator('button').getAttribute('tabindex')).toBe('-1');
  });
});
