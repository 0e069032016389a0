import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EVERY_DAY, seedTeam, wallClockIn } from './helpers';

/*
 * Issue 18 §5: "Send anyway" really sends, whatever shape Outlook's Send has. Fluent UI's split
 * button can carry `data-testid="ComposeSendButton"` on its outer element while the click handler
 * sits on `.fui-SplitButton__primaryActionButton` inside it (HOSTS.md); Baton replays the press on
 * what the person pressed (a shortcut: on the primary half), so the host's handler runs once.
 */

const AIKO = { email: 'aiko@example.jp', name: 'Aiko Tanaka', timeZone: 'Asia/Tokyo', workStart: wallClockIn('Asia/Tokyo', 120), workEnd: wallClockIn('Asia/Tokyo', 300), workDays: EVERY_DAY };
type Sent = { to: string[]; how: string };
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: Sent[] }).__sent);
const guard = (page: Page) => page.locator('baton-ui[data-baton="send-guard"]');

const SHAPES = [
  { shape: 'testid and handler on the inner primary button', split: '' },
  { shape: 'testid on the outer element, handler on the inner button', split: 'outer' },
  { shape: 'testid and handler on the outer element', split: 'outer-handler' },
];

test.describe('send-anyway on Outlook’s split button', () => {
  for (const { shape, split } of SHAPES) {
    test(shape, async ({ openFixture, serviceWorker }) => {
      await seedTeam(serviceWorker, [AIKO]);
      const query = new URLSearchParams({ to: 'Aiko Tanaka', subject: 'Numbers', ...(split ? { split } : {}) });
      const page = await openFixture(`https://outlook.office.com/mail/inbox/id/AAQkAD?${query}`, 'outlook/mail.html');
      await expect(page.locator('baton-ui[data-baton="send-advice"]')).toHaveAttribute('data-verdict', 'off-hours');
      // The person presses the visible Send label, inside the primary half.
      await page.locator('.fui-SplitButton__primaryActionButton .fui-Button__label').click();
      await expect(guard(page).getByRole('dialog')).toBeVisible();
      expect(await sent(page)).toEqual([]);
      await guard(page).locator('[data-baton-action="send-anyway"]').click();
      await expect.poll(() => sent(page)).toHaveLength(1);
      await page.waitForTimeout(300);
      expect(await sent(page)).toEqual([expect.objectContaining({ to: ['Aiko Tanaka'], how: 'click' })]);

      // Ctrl+Enter: held, then sent once through the host's own Send.
      await page.locator('[aria-multiline="true"]').click();
      await page.keyboard.press('Control+Enter');
      await expect(guard(page).getByRole('dialog')).toBeVisible();
      expect(await sent(page)).toHaveLength(1);
      await guard(page).locator('[data-baton-action="send-anyway"]').click();
      await expect.poll(() => sent(page)).toHaveLength(2);
      await page.waitForTimeout(300);
      expect(await sent(page)).toHaveLength(2);

      // Enter on the focused Send: held, then sent once.
      await page.locator('.fui-SplitButton__primaryActionButton').focus();
      await page.keyboard.press('Enter');
      await expect(guard(page).getByRole('dialog')).toBeVisible();
      await guard(page).locator('[data-baton-action="send-anyway"]').click();
      await expect.poll(() => sent(page)).toHaveLength(3);
      await page.waitForTimeout(300);
      expect(await sent(page)).toHaveLength(3);
    });
  }
});
