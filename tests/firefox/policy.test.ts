import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GECKO_ID, launchFirefox, POLICY_FILE, type FirefoxSession } from './harness';

/*
 * The way an organisation hands Baton its team in Firefox (CONTRACT §5): enterprise policy, read
 * once at start. The harness writes the policy file before launching and puts back what was there
 * as soon as Firefox has started; Firefox then holds Baton's managed values for the whole session.
 */

const MANAGED = {
  team: { people: [{ email: 'org@example.com', name: 'Org Person', timeZone: 'Asia/Tokyo' }] },
  defaults: { timeZone: 'Europe/Berlin', workStart: '08:00', workEnd: '16:00' },
};

let ff: FirefoxSession;
let before: string | null;
beforeAll(async () => {
  before = existsSync(POLICY_FILE) ? readFileSync(POLICY_FILE, 'utf8') : null;
  ff = await launchFirefox({ managed: MANAGED });
});
afterAll(async () => ff?.close());

describe('Firefox enterprise policy', () => {
  test('Firefox holds Baton’s managed values from the policy file; the file is back as it was once the browser has started', async () => {
    const held = await ff.chrome<string>(`JSON.stringify(Services.policies.getExtensionPolicy(${JSON.stringify(GECKO_ID)}) ?? null)`);
    expect(JSON.parse(held)).toEqual(MANAGED);
    expect(existsSync(POLICY_FILE) ? readFileSync(POLICY_FILE, 'utf8') : null).toBe(before);
    ff.expectClean();
  });
});
