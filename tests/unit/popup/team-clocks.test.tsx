import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { makeSyntheticTeam } from '../../support/synthetic-team';
import { TeamClocks } from '@/components/popup/TeamClocks';
import type { Person, Team } from '@/utils/team/types';

const person = (id: string, extra: Partial<Person>): Person => ({ id, email: id, timeZone: 'UTC', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri', ...extra });
// Wednesday 2026-03-04 10:00 UTC.
const NOW = Date.UTC(2026, 2, 4, 10, 0);
const team: Team = {
  people: [
    person('tokyo@example.com', { name: 'Aiko', timeZone: 'Asia/Tokyo' }), // 19:00 → off-hours
    person('london@example.com', { name: 'Liam', timeZone: 'Europe/London' }), // 10:00 → working
    person('ny@example.com', { name: 'Noah', timeZone: 'America/New_York', workStart: '08:00', workEnd: '16:00' }), // 05:00 → off-hours
    { id: 'name:marta', name: 'Marta', timeZone: 'Europe/Berlin', workStart: '09:00', workEnd: '17:00', workDays: 'Sat-Sun' }, // weekend
  ],
  domainRules: [],
};

const rows = () => [...document.querySelectorAll<HTMLElement>('[data-baton="team-clock"]')];
const byId = (id: string) => rows().find((r) => r.dataset.email === id || r.dataset.name === id);

describe('popup: team clocks', () => {
  it('one row per person with the CONTRACT markers', () => {
    render(<TeamClocks team={team} userZone="Europe/London" now={NOW} ready onOpenOptions={() => undefined} />);
    expect(rows()).toHaveLength(4);
    expect(byId('tokyo@example.com')?.dataset).toMatchObject({ status: 'off-hours', zone: 'Asia/Tokyo', localTime: '2026-03-04T19:00' });
    expect(byId('london@example.com')?.dataset).toMatchObject({ status: 'working', zone: 'Europe/London', localTime: '2026-03-04T10:00' });
    expect(byId('ny@example.com')?.dataset).toMatchObject({ status: 'off-hours', localTime: '2026-03-04T05:00' });
    const marta = byId('Marta');
    expect(marta?.dataset).toMatchObject({ status: 'weekend', zone: 'Europe/Berlin', localTime: '2026-03-04T11:00' });
    expect(marta?.hasAttribute('data-email')).toBe(false);
    expect(within(byId('tokyo@example.com')!).getByText('19:00')).toBeTruthy();
  });

  it('the scrubber previews another moment of my day for every row', () => {
    render(<TeamClocks team={team} userZone="Europe/London" now={NOW} ready onOpenOptions={() => undefined} />);
    fireEvent.change(screen.getByRole('slider'), { target: { value: String(15 * 60) } });
    expect(byId('ny@example.com')?.dataset).toMatchObject({ status: 'working', localTime: '2026-03-04T10:00' });
    expect(byId('london@example.com')?.dataset).toMatchObject({ status: 'working', localTime: '2026-03-04T15:00' });
    expect(byId('tokyo@example.com')?.dataset.localTime).toBe('2026-03-05T00:00');
    expect(screen.getByText(/At/).textContent).toMatch(/15:00/);
    fireEvent.click(screen.getByRole('button', { name: 'Now' }));
    expect(byId('london@example.com')?.dataset.localTime).toBe('2026-03-04T10:00');
  });

  it("today's overlap for everyone and for the selected people, in my time", () => {
    render(<TeamClocks team={{ ...team, people: team.people.slice(0, 3) }} userZone="Europe/London" now={NOW} ready onOpenOptions={() => undefined} />);
    const overlap = () => document.querySelector('[data-baton="team-overlap"]')!.textContent ?? '';
    // Tokyo 00:00–08:00, London 09:00–17:00, New York 13:00–21:00 (London time): no window for all three.
    expect(overlap()).toMatch(/none for all 3; most \(2 of 3\) at 13:00–17:00/);
    fireEvent.click(within(byId('london@example.com')!).getByRole('checkbox'));
    fireEvent.click(within(byId('ny@example.com')!).getByRole('checkbox'));
    expect(overlap()).toMatch(/the 2 selected: .*13:00–17:00 \(4 h\)/);
  });

  it('search and grouping by zone', () => {
    render(<TeamClocks team={team} userZone="Europe/London" now={NOW} ready onOpenOptions={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Search the team'), { target: { value: 'tokyo' } });
    expect(rows().map((r) => r.dataset.email)).toEqual(['tokyo@example.com']);
    fireEvent.change(screen.getByLabelText('Search the team'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'By zone' }));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent?.split(' ')[0])).toEqual(['America/New', 'Europe/London', 'Europe/Berlin', 'Asia/Tokyo']);
  });

  it('bars put working hours on my day with a now line', () => {
    render(<TeamClocks team={team} userZone="Europe/London" now={NOW} ready onOpenOptions={() => undefined} />);
    const work = byId('london@example.com')!.querySelector<HTMLElement>('.pc-bar__work')!;
    expect(work.style.left).toBe('37.500%');
    expect(work.style.width).toBe('33.333%');
    expect(byId('london@example.com')!.querySelector<HTMLElement>('.pc-bar__now')!.style.left).toBe('41.667%');
    expect(byId('Marta')!.querySelector('.pc-bar__work')).toBeNull();
  });

  it('a large team paints its first screenful at once and the rest right after', async () => {
    render(<TeamClocks team={makeSyntheticTeam(500)} userZone="Europe/London" now={NOW} ready onOpenOptions={() => undefined} />);
    expect(rows().length).toBe(12);
    // The rest arrive after the first frame, as transitions: under a loaded CI machine that can take seconds.
    await waitFor(() => expect(rows().length).toBe(500), { timeout: 15_000 });
    const offsets = rows().map((r) => r.dataset.zone);
    expect(new Set(offsets).size).toBeGreaterThan(10);
  }, 30_000);

  it('an empty team leads to the options page', () => {
    const open = vi.fn();
    render(<TeamClocks team={{ people: [], domainRules: [] }} userZone="Europe/London" now={NOW} ready onOpenOptions={open} />);
    fireEvent.click(screen.getByRole('button', { name: 'Set up your team' }));
    expect(open).toHaveBeenCalled();
    expect(rows()).toHaveLength(0);
  });
});
