import { fakeBrowser } from 'wxt/testing';
import { chunkForSync, getSettingsWithNotices, getTeam, getTeamWithNotices, migrateSettingsV1, migrateTeamV1, saveTeam, settingsItem, unreadableItem, updateTeam } from '@/utils/storage';
import { batonStore, connectBatonStore } from '@/utils/stores';
import { DEFAULT_SETTINGS, type Person, type Team } from '@/utils/team/types';

const person = (i: number, extra: Partial<Person> = {}): Person => ({
  id: `p${i}@example.com`,
  email: `p${i}@example.com`,
  name: `Person ${i} with a reasonably long display name`,
  timeZone: 'Asia/Tokyo',
  workStart: '09:00',
  workEnd: '17:00',
  workDays: 'Mon-Fri',
  ...extra,
});
const teamOf = (n: number): Team => ({ people: Array.from({ length: n }, (_, i) => person(i)), domainRules: [] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates a v1 team (no ids, no domain rules) to v2', () => {
    expect(migrateTeamV1({ people: [{ email: ' Aiko@Example.com ', timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' }] })).toEqual({
      people: [{ id: 'aiko@example.com', email: ' Aiko@Example.com ', timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' }],
      domainRules: [],
    });
    const v2 = teamOf(2);
    expect(migrateTeamV1(v2)).toEqual(v2);
  });

  it('migrates v1 settings (apps.calendar) to v2 (apps["google-calendar"])', () => {
    expect(migrateSettingsV1({ apps: { gmail: true, calendar: false, outlook: true } })).toEqual({ apps: { gmail: true, 'google-calendar': false, outlook: true } });
  });

  it('runs the migration on a stored v1 value when read', async () => {
    await fakeBrowser.storage.local.set({ team: { people: [{ name: 'Ravi', timeZone: 'Asia/Kolkata', workStart: '10:00', workEnd: '18:00', workDays: 'Mon-Fri' }] } });
    vi.resetModules();
    const fresh = await import('@/utils/storage');
    const team = await fresh.getTeam();
    expect(team.people[0]?.id).toBe('name:ravi');
    expect(team.domainRules).toEqual([]);
  });

  it('fills settings fields a stored value lacks, and reverts unreadable ones with a notice', async () => {
    await fakeBrowser.storage.sync.set({ settings: { sendGuard: 'sometimes', apps: { gmail: false } } });
    const { settings, notices } = await getSettingsWithNotices();
    expect(settings.apps).toEqual({ ...DEFAULT_SETTINGS.apps, gmail: false });
    expect(settings.sendGuard).toBe('warn');
    expect(settings.load).toEqual(DEFAULT_SETTINGS.load);
    expect(notices.join()).toMatch(/sendGuard/);
    expect((await settingsItem.getValue()).videoUrl).toBe('');
  });

  it('a corrupted team falls back with a notice and keeps the raw value for export', async () => {
    await fakeBrowser.storage.local.set({ team: 'garbage{', team$: { v: 2 } });
    const { team, notices } = await getTeamWithNotices();
    expect(team.people).toEqual([]);
    expect(notices[0]).toMatch(/could not be read/);
    expect((await unreadableItem.getValue()).team).toBe('garbage{');
  });

  it('keeps the readable people of a partly damaged team', async () => {
    await fakeBrowser.storage.local.set({ team: { people: [person(1), { email: 'x' }], domainRules: [] }, team$: { v: 2 } });
    const { team, notices } = await getTeamWithNotices();
    expect(team.people).toHaveLength(1);
    expect(notices[0]).toMatch(/1 entry was damaged/);
  });

  it('a small team goes to sync in chunks and comes back whole on a new device', async () => {
    const team = teamOf(40);
    expect((await saveTeam(team)).area).toBe('sync');
    const chunks = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(chunks).filter((k) => k.startsWith('teamCopy.')).length).toBeGreaterThan(1);
    await fakeBrowser.storage.local.clear();
    expect(await getTeam()).toEqual(team);
  });

  it('a team too large for sync is kept whole in local, with the reason', async () => {
    const team = teamOf(1000);
    const placement = await saveTeam(team);
    expect(placement.area).toBe('local');
    expect(placement.reason).toMatch(/kept whole on this device/);
    expect(await getTeam()).toEqual(team);
    expect(await fakeBrowser.storage.sync.get('teamCopy')).toEqual({});
  });

  it('when sync refuses (quota exceeded) nothing is lost', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const team = teamOf(10);
    const placement = await saveTeam(team);
    expect(placement).toMatchObject({ area: 'local' });
    expect(placement.reason).toMatch(/QUOTA_BYTES/);
    expect(await getTeam()).toEqual(team);
  });

  it('chunks stay under the per-item quota even with characters that grow when escaped', () => {
    const json = JSON.stringify({ s: '"\\'.repeat(20_000) + 'ü'.repeat(5_000) });
    const chunks = chunkForSync(json);
    expect(chunks.join('')).toBe(json);
    for (const chunk of chunks) expect(new TextEncoder().encode(JSON.stringify(chunk)).length).toBeLessThanOrEqual(7_000);
  });

  it('two writers editing at once both land (read-modify-write on the freshest value)', async () => {
    await saveTeam(teamOf(1));
    await updateTeam((t) => ({ ...t, people: [...t.people, person(100)] }));
    await updateTeam((t) => ({ ...t, people: [...t.people, person(200)] }));
    expect((await getTeam()).people.map((p) => p.id)).toEqual(['p0@example.com', 'p100@example.com', 'p200@example.com']);
  });

  it('the store sees a change made elsewhere', async () => {
    const disconnect = connectBatonStore();
    await settle();
    expect(batonStore.getState().ready).toBe(true);
    await saveTeam(teamOf(3));
    await settle();
    expect(batonStore.getState().team.people).toHaveLength(3);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sendGuard: 'off' });
    await settle();
    expect(batonStore.getState().settings.sendGuard).toBe('off');
    disconnect();
  });
});
