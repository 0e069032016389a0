import fc from 'fast-check';
import Papa from 'papaparse';
import { exportTeamCsv, exportTeamJson, teamFileName } from '@/utils/team/export-team-file';
import { parseTeamFile } from '@/utils/team/parse-team-file';
import type { Person } from '@/utils/team/types';
import { makeSyntheticTeam } from '../../support/synthetic-team';

const ana: Person = { id: 'ana@example.com', email: 'ana@example.com', name: 'Ana, "the" Lead', timeZone: 'Asia/Tokyo', workStart: '22:00', workEnd: '06:00', workDays: 'Sun-Thu', country: 'JP' };
const marta: Person = { id: 'name:marta', name: 'Marta', timeZone: 'Europe/Berlin', workStart: '09:00', workEnd: '17:00', workDays: 'Mon,Tue,Thu' };

describe('team file export', () => {
  it('writes the contract JSON, leaving out fields a person does not have', () => {
    expect(JSON.parse(exportTeamJson({ people: [ana, marta] }))).toEqual({
      people: [
        { email: 'ana@example.com', name: 'Ana, "the" Lead', timeZone: 'Asia/Tokyo', workStart: '22:00', workEnd: '06:00', workDays: 'Sun-Thu', country: 'JP' },
        { name: 'Marta', timeZone: 'Europe/Berlin', workStart: '09:00', workEnd: '17:00', workDays: 'Mon,Tue,Thu' },
      ],
    });
  });

  it('writes CSV with every column, quoted where needed, formulas neutralised', () => {
    const csv = exportTeamCsv({ people: [ana, { ...marta, name: '=HYPERLINK("x")' }] });
    expect(csv.split('\r\n')[0]).toBe('email,name,timeZone,workStart,workEnd,workDays,country');
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[1]).toEqual(['ana@example.com', 'Ana, "the" Lead', 'Asia/Tokyo', '22:00', '06:00', 'Sun-Thu', 'JP']);
    expect(rows[2]?.[1]).toBe('\'=HYPERLINK("x")');
  });

  it('JSON and CSV both import back to the same people, exactly', () => {
    const team = makeSyntheticTeam(300);
    for (const text of [exportTeamJson(team), exportTeamCsv(team)]) {
      const back = parseTeamFile(text);
      expect(back.problems).toEqual([]);
      expect(back.notices).toEqual([]);
      expect(back.people).toEqual(team.people);
    }
  });

  it('round-trips any names and addresses (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.trim() !== '' && ![...s].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f' || c === '\uFEFF'));
    const person = fc.record({ name: text, local: fc.stringMatching(/^[a-z0-9._-]{1,12}$/), nameOnly: fc.boolean() }).map(({ name, local, nameOnly }, ): Person => {
      const email = `${local}@example.org`;
      return nameOnly
        ? { id: `name:${name.replace(/\s+/g, ' ').toLowerCase()}`, name, timeZone: 'America/New_York', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' }
        : { id: email, email, name, timeZone: 'Asia/Kolkata', workStart: '10:30', workEnd: '19:00', workDays: 'Mon-Fri', country: 'IN' };
    });
    fc.assert(
      fc.property(fc.uniqueArray(person, { minLength: 1, maxLength: 8, selector: (p) => p.id }), (people) => {
        for (const file of [exportTeamJson({ people }), exportTeamCsv({ people })]) {
          const back = parseTeamFile(file);
          expect(back.problems).toEqual([]);
          expect(back.people).toEqual(people);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('names files by date', () => {
    expect(teamFileName('json', new Date(2026, 10, 3))).toBe('baton-team-2026-11-03.json');
  });
});
