import { expect } from 'vitest';
import type { FirefoxSession } from './harness';
import { click, deep, expectAttr, marker, WAIT } from './dom';

/**
 * Put a person on the team the way a user does in Gmail: the unknown chip's "Add to team", a zone
 * found by typing a city, hours, Save (the chip's name, when the page shows one, is kept). Baton stores them in the add-on's own storage, so every
 * page of the same browser sees them after (no test-only way into Firefox's add-on storage).
 */
export async function quickAdd(ff: FirefoxSession, email: string, zoneQuery: string, zone: string, start = '09:00', end = '17:00', name?: string): Promise<void> {
  const chip = marker('recipient-time', `[data-email="${email}"]`);
  const page = await ff.open(`https://mail.google.com/mail/u/0/?view=popup&to=${email}${name ? `:${encodeURIComponent(name)}` : ''}`, 'gmail/mail.html');
  await expectAttr(page, chip, 'data-status', 'unknown');
  await click(page, `${chip} >>> [data-baton-action="add-to-team"]`);
  await click(page, `${chip} >>> input[type=search]`);
  await page.keyboard.type(zoneQuery);
  await expect.poll(() => deep<string>(page, `${chip} >>> select`, '(all) => all[0]?.value ?? ""'), WAIT).toBe(zone);
  // The two time boxes (Starts, Ends), given their values as the browser's time picker does.
  await deep(
    page,
    `${chip} >>> input[type=time]`,
    `(all) => { const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set; [${JSON.stringify(start)}, ${JSON.stringify(end)}].forEach((v, i) => { set.call(all[i], v); all[i].dispatchEvent(new Event('input', { bubbles: true, composed: true })); }); }`,
  );
  await click(page, `${chip} >>> [data-baton-action="quick-add-save"]`);
  await expectAttr(page, chip, 'data-zone', zone);
  await page.close();
}
