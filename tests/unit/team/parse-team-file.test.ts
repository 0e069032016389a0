import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeTeamFile } from '@/utils/team/decode-team-file';
import { detectDelimiter } from '@/utils/team/parse-team-csv';
import { parseTeamFile } from '@/utils/team/parse-team-file';

const fixture = (name: string) => readFileSync(path.resolve('tests/fixtures/team', name));
const parseFixture = (name: string) => {
  const decoded = decodeTeamFile(new Uint8Array(fixture(name)));
  if ('problem' in decoded) throw new Error(decoded.problem);
  return parseTeamFile(decoded.text);
};

describe('team file: CSV', () => {
  it('reads a spreadsheet export: BOM, CRLF, quoted commas and quotes, defaults, a person with no email', () => {
    const result = parseFixture('good.csv');
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.format).toBe('csv');
    expect(result.people).toEqual([
      { id: 'aiko@example.com', email: 'aiko@example.com', name: 'Tanaka, Aiko', timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '18:00', workDays: 'Mon-Fri', country: 'JP' },
      { id: 'ravi@example.com', email: 'ravi@example.com', name: 'Ravi Kumar', timeZone: 'Asia/Kolkata', workStart: '10:00', workEnd: '19:00', workDays: 'Mon-Fri', country: 'IN' },
      { id: 'night@example.com', email: 'night@example.com', name: 'Night "Owl" Shift', timeZone: 'America/New_York', workStart: '22:00', workEnd: '06:00', workDays: 'Sun-Thu', country: 'US' },
      { id: 'name:marta (no email)', name: 'Marta (no email)', timeZone: 'Europe/Berlin', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' },
    ]);
  });

  it('reads `;`-delimited European exports with headers in any case and spacing', () => {
    const result = parseFixture('semicolon.csv');
    expect(result.problems).toEqual([]);
    expect(result.people.map((p) => [p.email, p.name, p.timeZone, p.workStart, p.workEnd, p.workDays, p.country])).toEqual([
      ['lena@example.de', 'Lena; Müller', 'Europe/Berlin', '08:00', '16:30', 'Mon-Fri', 'DE'],
      ['joao@example.pt', 'João Silva', 'Europe/Lisbon', '09:00', '17:00', 'Mon,Tue,Thu', 'PT'],
    ]);
  });

  it('detects the delimiter from the header row', () => {
    expect(detectDelimiter('email;name;timeZone\na,"b, c";d')).toBe(';');
    expect(detectDelimiter('email,name,timeZone\n')).toBe(',');
    expect(detectDelimiter('email\tname\ttimeZone\r\n')).toBe('\t');
  });

  it('refuses the whole file and names every bad row with its spreadsheet row number', () => {
    const result = parseFixture('bad.csv');
    expect(result.ok).toBe(false);
    expect(result.people).toEqual([]);
    expect(result.problems).toEqual([
      'row 3: unknown time zone "Mars/Olympus"',
      'row 4: workStart "25:00" is not a 24-hour time like 09:00',
      'row 5: workDays "Mon-Funday" is not a list of days like Mon-Fri, Sun-Thu or Mon,Tue,Thu',
      'row 6: "not-an-email" is not an email address',
      'row 6: country "UK" is not an ISO 3166-1 two-letter code (the United Kingdom is GB)',
    ]);
  });

  it('ignores unknown columns and keeps the later of two rows with the same email, with notices', () => {
    const result = parseFixture('notices.csv');
    expect(result.ok).toBe(true);
    expect(result.people.map((p) => [p.email, p.name, p.timeZone])).toEqual([
      ['a@example.com', 'A', 'Asia/Tokyo'],
      ['b@example.com', 'B second', 'Europe/London'],
    ]);
    expect(result.notices).toEqual([
      'Column "team" is not a team-file column; it was ignored.',
      'Column "notes" is not a team-file column; it was ignored.',
      'row 4: b@example.com is also on row 3; the later row (4) is kept.',
    ]);
  });

  it('needs a header naming timeZone and email or name', () => {
    const noHeader = parseTeamFile('ana@example.com,Asia/Tokyo\nbo@example.com,Europe/Paris\n');
    expect(noHeader.ok).toBe(false);
    expect(noHeader.problems[0]).toMatch(/^row 1: the first row must be a header/);
    expect(parseTeamFile('email,zone\na@example.com,Asia/Tokyo').problems[0]).toMatch(/no timeZone column/);
    expect(parseTeamFile('timeZone,team\nAsia/Tokyo,x').problems[0]).toMatch(/no email \(or name\) column/);
    expect(parseTeamFile('email,EMAIL,timeZone\na@x.com,b@x.com,UTC').problems[0]).toMatch(/two email columns/);
  });

  it('counts rows as a spreadsheet does: quoted line breaks stay one row, blank lines keep their number', () => {
    const text = 'email,name,timeZone\r\na@example.com,"two\r\nlines",Asia/Tokyo\r\n\r\nb@example.com,B,Nowhere/City\r\n';
    const result = parseTeamFile(text);
    expect(result.problems).toEqual(['row 4: unknown time zone "Nowhere/City"']);
  });

  it('names rows with cells beyond the header, a row with neither email nor name, and a missing zone', () => {
    const result = parseTeamFile('email,name,timeZone\na@example.com,Ana,Asia/Tokyo,extra\n,,UTC\nc@example.com,C,\n');
    expect(result.problems).toEqual([
      'row 2: 4 cells, but the header has 3 columns (a cell with a comma or ; in it needs quotes)',
      'row 3: needs an email or a name',
      'row 4: no time zone (timeZone is required)',
    ]);
  });

  it('reports an unclosed quote instead of swallowing the rest of the file', () => {
    const result = parseTeamFile('email,name,timeZone\na@example.com,"Ana,Asia/Tokyo\nb@example.com,B,UTC\n');
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(/row 2: a quoted cell is not closed/);
  });

  it('makes fields canonical: email case, zone case, short times, day spelling, country case', () => {
    const result = parseTeamFile('Email,Name,TimeZone,WorkStart,WorkEnd,WorkDays,Country\n  Ana@Example.COM , Ana ,asia/tokyo,9:00,17:30,mon-fri,jp\n');
    expect(result.problems).toEqual([]);
    expect(result.people[0]).toEqual({ id: 'ana@example.com', email: 'ana@example.com', name: 'Ana', timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '17:30', workDays: 'Mon-Fri', country: 'JP' });
  });

  it('reads back a formula-escaped cell as written by the CSV export', () => {
    const result = parseTeamFile("email,name,timeZone\na@example.com,'=SUM(1),UTC\n");
    expect(result.people[0]?.name).toBe('=SUM(1)');
  });

  it('refuses a start equal to the end (no working hours)', () => {
    expect(parseTeamFile('email,timeZone,workStart,workEnd\na@example.com,UTC,09:00,09:00\n').problems).toEqual([
      'row 2: workStart and workEnd are both 09:00, which leaves no working hours',
    ]);
  });

  it('refuses a file with a header and no people', () => {
    const result = parseFixture('header-only.csv');
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(['The file has a header but no people.']);
  });

  it('reads 10,000 rows quickly', () => {
    const zones = ['Asia/Tokyo', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney'];
    const lines = ['email,name,timeZone,workStart,workEnd,workDays,country'];
    for (let i = 0; i < 10_000; i++) lines.push(`p${i}@example.com,"Person ${i}, Team",${zones[i % zones.length]},09:00,17:00,Mon-Fri,`);
    const text = lines.join('\r\n');
    const started = performance.now();
    const result = parseTeamFile(text);
    const ms = performance.now() - started;
    expect(result.problems).toEqual([]);
    expect(result.people).toHaveLength(10_000);
    expect(ms).toBeLessThan(1500);
  });
});

describe('team file: JSON', () => {
  it('reads the contract form with defaults for missing optional fields', () => {
    const result = parseFixture('good.json');
    expect(result.problems).toEqual([]);
    expect(result.format).toBe('json');
    expect(result.people).toEqual([
      { id: 'aiko@example.com', email: 'aiko@example.com', name: 'Tanaka, Aiko', timeZone: 'Asia/Tokyo', workStart: '09:00', workEnd: '18:00', workDays: 'Mon-Fri', country: 'JP' },
      { id: 'sam@example.com', email: 'sam@example.com', timeZone: 'America/Los_Angeles', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri' },
      { id: 'name:marta', name: 'Marta', timeZone: 'Europe/Berlin', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Thu' },
    ]);
  });

  it('names bad people with the row they would have in the CSV', () => {
    const result = parseTeamFile(JSON.stringify({ people: [{ email: 'a@example.com', timeZone: 'UTC' }, { email: 'm@example.com', timeZone: 'Mars/Olympus' }, 'x', { email: 'n@example.com', timeZone: 'UTC', workStart: 9 }] }));
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      'person 2, row 3: unknown time zone "Mars/Olympus"',
      'person 3, row 4: is not an object with email, name, timeZone…',
      'person 4, row 5: workStart must be text (like "09:00")',
    ]);
  });

  it('explains broken JSON and a JSON file that is not a team', () => {
    expect(parseTeamFile('{ "people": [ { "email": ').problems[0]).toMatch(/^The file is not valid JSON/);
    expect(parseTeamFile('{ "team": [] }').problems[0]).toMatch(/no "people" list/);
    expect(parseTeamFile('{ "people": [] }').problems).toEqual(['The file lists no people.']);
  });

  it('ignores unknown fields with a notice, and keeps the later of two same addresses', () => {
    const result = parseTeamFile(JSON.stringify({ version: 3, people: [{ email: 'a@example.com', timeZone: 'UTC', team: 'x' }, { email: 'A@example.com', timeZone: 'Asia/Tokyo' }] }));
    expect(result.ok).toBe(true);
    expect(result.people).toHaveLength(1);
    expect(result.people[0]?.timeZone).toBe('Asia/Tokyo');
    expect(result.notices).toEqual([
      '"version" is not part of a team file; it was ignored.',
      'Field "team" is not a team-file field; it was ignored.',
      'person 2, row 3: a@example.com is also on row 2; the later row (3) is kept.',
    ]);
  });
});

