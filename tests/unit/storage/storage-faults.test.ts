import { fakeBrowser } from 'wxt/testing';
import { getTeam, getTeamWithNotices, saveTeam, unreadableItem } from '@/utils/storage';
import { handleTeamUpsert, requestTeamUpsert } from '@/utils/team/team-upsert';
import type { Person, Team } from '@/utils/team/types';

const person = (i: number): Person => ({ id: `p${i}@example.com`, email: `p${i}@example.com`, name: `P${i}`, timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' });
const teamOf = (n: number): Team => ({ people: Array.from({ length: n }, (_, i) => person(i)), domainRules: [] });

describe('storage faults', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['a string', 'garbage{'],
    ['an array', [1, 2, 3]],
    ['people not a list', { people: 'everyone' }],
    ['every person damaged', { people: [{ email: 1 }, null], domainRules: [] }],
  ])('local team damaged (%s) with a good sync copy: the copy is the team, the damage is kept, the user told', async (_, junk) => {
    const good = teamOf(5);
    await saveTeam(good);
    await fakeBrowser.storage.local.set({ team: junk });
    const { team, notices } = await getTeamWithNotices();
    expect(team).toEqual(good);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/restored it from its browser-sync copy/);
    expect((await unreadableItem.getValue()).team).toEqual(junk);
    // The next edit starts from the restored team.
    expect(await getTeam()).toEqual(good);
  });

  it('local team damaged, sync copy damaged too: the readable remains, with the plain notice', async () => {
    await saveTeam(teamOf(2));
    await fakeBrowser.storage.sync.set({ 'teamCopy.0': 42 });
    await fakeBrowser.storage.local.set({ team: { people: [person(7), { email: 'x' }] } });
    const { team, notices } = await getTeamWithNotices();
    expect(team.people.map((p) => p.id)).toEqual(['p7@example.com']);
    expect(notices[0]).toMatch(/could not be read \(1 entry was damaged\)\. Baton kept the unreadable data/);
  });

  it('a good local team is used as it is, even when sync holds another device’s copy', async () => {
    await saveTeam(teamOf(3));
    await fakeBrowser.storage.local.set({ team: teamOf(1) });
    expect(await getTeamWithNotices()).toEqual({ team: teamOf(1), notices: [] });
  });

  describe('quick-add through the background (team-upsert)', () => {
    beforeEach(() => {
      // The fake browser answers with the listener's promise (the background adapts it to sendResponse).
      fakeBrowser.runtime.onMessage.addListener((message: unknown) => handleTeamUpsert(message));
    });

    it('adds a person to the freshest team; one with the same id is replaced (and moves to the end, as quick-add always did)', async () => {
      await saveTeam(teamOf(3));
      await requestTeamUpsert({ ...person(1), timeZone: 'Europe/Paris' });
      await requestTeamUpsert(person(9));
      expect((await getTeam()).people.map((p) => `${p.id} ${p.timeZone}`)).toEqual([
        'p0@example.com Asia/Tokyo',
        'p2@example.com Asia/Tokyo',
        'p1@example.com Europe/Paris',
        'p9@example.com Asia/Tokyo',
      ]);
    });

    it('refuses what is not a person, and says so', async () => {
      await saveTeam(teamOf(1));
      await expect(requestTeamUpsert({ email: 'x' } as unknown as Person)).rejects.toThrow(/Not a person/);
      expect(await getTeam()).toEqual(teamOf(1));
    });

    it('ignores other messages', () => {
      expect(handleTeamUpsert({ type: 'baton:feed-refresh' })).toBeUndefined();
      expect(handleTeamUpsert(null)).toBeUndefined();
    });
  });
});
