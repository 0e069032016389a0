import { parseTeamFileBlob, type TeamFileResult } from '@/utils/team/parse-team-file';
import { MAX_TEAM_ROWS } from '@/utils/team/team-file-records';

/*
 * Malformed team files, end to end through what the options page calls (bytes → decode → parse):
 * each is refused with a message that names every bad row and why (CONTRACT.md §1), or imports
 * with the notices the contract asks for. A refused file yields no people at all.
 */

const H = 'email,name,timeZone,workStart,workEnd,workDays,country';
const GOOD = 'ok@example.com,Ok,Asia/Tokyo,09:00,17:00,Mon-Fri,JP';
const csv = (...rows: string[]) => [H, ...rows].join('\n');
const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Deterministic "random" bytes: a tiny LCG, so a failure can be replayed. */
function junkBytes(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1_103_515_245 + 12_345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

const parse = (input: string | Uint8Array): Promise<TeamFileResult> =>
  parseTeamFileBlob(new Blob([(typeof input === 'string' ? utf8(input) : input) as Uint8Array<ArrayBuffer>]));

interface Refused {
  name: string;
  input: string | Uint8Array;
  /** Every line of the message, exactly, in order. */
  problems: Array<string | RegExp>;
}

const REFUSED: Refused[] = [
  {
    name: 'wrong zone',
    input: csv(GOOD, 'mars@example.com,Mars,Mars/Olympus,09:00,17:00,Mon-Fri,'),
    problems: ['row 3: unknown time zone "Mars/Olympus"'],
  },
  { name: 'a UTC offset is not a zone', input: csv('a@example.com,A,+05:30,,,,'), problems: ['row 2: unknown time zone "+05:30"'] },
  { name: 'no zone at all', input: csv(GOOD, 'nozone@example.com,No zone,,09:00,17:00,Mon-Fri,'), problems: ['row 3: no time zone (timeZone is required)'] },
  { name: 'hour 25', input: csv('a@example.com,A,Europe/Paris,25:00,17:00,Mon-Fri,FR'), problems: ['row 2: workStart "25:00" is not a 24-hour time like 09:00'] },
  { name: '9am (12-hour)', input: csv('a@example.com,A,Europe/Paris,9am,5pm,Mon-Fri,FR'), problems: ['row 2: workStart "9am" is not a 24-hour time like 09:00', 'row 2: workEnd "5pm" is not a 24-hour time like 09:00'] },
  { name: 'minute 60', input: csv('a@example.com,A,Europe/Paris,09:60,17:00,Mon-Fri,FR'), problems: ['row 2: workStart "09:60" is not a 24-hour time like 09:00'] },
  { name: 'a day that starts at 24:00', input: csv('a@example.com,A,Europe/Paris,24:00,06:00,Mon-Fri,FR'), problems: ['row 2: workStart "24:00" is not a 24-hour time like 09:00'] },
  { name: 'no working hours', input: csv('a@example.com,A,Europe/Paris,09:00,09:00,Mon-Fri,FR'), problems: ['row 2: workStart and workEnd are both 09:00, which leaves no working hours'] },
  {
    name: 'bad workDays',
    input: csv('a@example.com,A,Europe/Paris,09:00,17:00,Mon-Funday,FR', 'b@example.com,B,Europe/Paris,09:00,17:00,Weekdays,FR'),
    problems: [
      'row 2: workDays "Mon-Funday" is not a list of days like Mon-Fri, Sun-Thu or Mon,Tue,Thu',
      'row 3: workDays "Weekdays" is not a list of days like Mon-Fri, Sun-Thu or Mon,Tue,Thu',
    ],
  },
  { name: 'country UK (it is GB)', input: csv('a@example.com,A,Europe/London,,,,UK'), problems: ['row 2: country "UK" is not an ISO 3166-1 two-letter code (the United Kingdom is GB)'] },
  { name: 'not an email', input: csv('not-an-email,Who,Europe/Paris,,,,'), problems: ['row 2: "not-an-email" is not an email address'] },
  { name: 'neither email nor name', input: csv(',,Europe/Paris,,,,'), problems: ['row 2: needs an email or a name'] },
  {
    name: 'every bad row is named, good rows are not, and one row can have several problems',
    input: csv(GOOD, 'mars@example.com,Mars,Mars/Olympus,09:00,17:00,Mon-Fri,', GOOD.replace('ok@', 'ok2@'), 'x@example.com,X,Nowhere/City,25:00,17:00,Funday,XX'),
    problems: [
      'row 3: unknown time zone "Mars/Olympus"',
      'row 5: unknown time zone "Nowhere/City"',
      'row 5: workStart "25:00" is not a 24-hour time like 09:00',
      'row 5: workDays "Funday" is not a list of days like Mon-Fri, Sun-Thu or Mon,Tue,Thu',
      'row 5: country "XX" is not an ISO 3166-1 two-letter code',
    ],
  },
  { name: 'empty file (0 bytes)', input: new Uint8Array(), problems: ['The file is empty: there is nothing to import.'] },
  { name: 'only blank lines and spaces', input: ' \r\n\r\n  \n', problems: ['The file is empty: there is nothing to import.'] },
  { name: 'a BOM and nothing else', input: new Uint8Array([0xef, 0xbb, 0xbf]), problems: ['The file is empty: there is nothing to import.'] },
  { name: 'header only', input: H, problems: ['The file has a header but no people.'] },
  { name: 'header and blank rows', input: `${H}\n,,,,,,\n\n`, problems: ['The file has a header but no people.'] },
  {
    name: 'no header (the first row is a person)',
    input: GOOD,
    problems: [/^row 1: the first row must be a header naming the columns; it has no email \(or name\) and no timeZone column \(it reads: ok@example\.com, Ok, Asia\/Tokyo/],
  },
  { name: 'a header without timeZone', input: 'email,name\na@example.com,A', problems: ['row 1: the first row must be a header naming the columns; it has no timeZone column (it reads: email, name)'] },
  { name: 'a cell with an unquoted comma', input: csv('a@example.com,Rivera, Sam,America/New_York,09:00,17:00,Mon-Fri,US'), problems: [/^row 2: 8 cells, but the header has 7 columns/] },
  { name: 'an unclosed quote', input: csv(GOOD, '"b@example.com,B,Asia/Tokyo,09:00,17:00,Mon-Fri,JP'), problems: ['row 3: a quoted cell is not closed (a " is missing), so the rest of the file cannot be read'] },
  { name: 'random bytes', input: junkBytes(4096), problems: ['This is not a text file. Choose a team file saved as CSV or JSON.'] },
  { name: 'a PNG image', input: PNG, problems: ['This is not a text file. Choose a team file saved as CSV or JSON.'] },
  { name: 'an Excel workbook (zip)', input: ZIP, problems: [/^This looks like an Excel workbook or a zip file, not a team file\./] },
  {
    name: 'invalid UTF-8 inside an otherwise UTF-8 file (would garble every accented name)',
    input: concat(utf8(`${H}\nl@example.de,Lena Müller,Europe/Berlin,,,,DE\n`), latin1('j@example.pt,João,Europe/Lisbon,,,,PT\n')),
    problems: [/^Line 3 has characters that are not UTF-8, but the rest of the file is UTF-8/],
  },
  { name: 'JSON: broken', input: '{"people": [', problems: [/^The file is not valid JSON \(/] },
  { name: 'JSON: no people list', input: '{"team":[{"email":"a@example.com","timeZone":"Asia/Tokyo"}]}', problems: [/^The JSON has no "people" list/] },
  { name: 'JSON: people is not a list', input: '{"people":{"a@example.com":"Asia/Tokyo"}}', problems: [/^The JSON has no "people" list/] },
  { name: 'JSON: an empty list', input: '{"people":[]}', problems: ['The file lists no people.'] },
  {
    name: 'JSON: entries of the wrong shape, named by person and row',
    input: JSON.stringify({ people: [1, 'x', { email: 'a@example.com', timeZone: 5 }, { email: 'b@example.com', timeZone: 'Mars/Olympus' }] }),
    problems: [
      'person 1, row 2: is not an object with email, name, timeZone…',
      'person 2, row 3: is not an object with email, name, timeZone…',
      'person 3, row 4: timeZone must be text (like "Asia/Tokyo")',
      'person 4, row 5: unknown time zone "Mars/Olympus"',
    ],
  },
  {
    name: `more than ${MAX_TEAM_ROWS.toLocaleString('en')} people`,
    input: ['email,timeZone', ...Array.from({ length: MAX_TEAM_ROWS + 1 }, (_, i) => `p${i}@example.com,Asia/Tokyo`)].join('\n'),
    problems: [`The file has ${(MAX_TEAM_ROWS + 1).toLocaleString('en')} people; Baton takes at most ${MAX_TEAM_ROWS.toLocaleString('en')}.`],
  },
];

describe('bad team files: refused, every problem named, nothing imported', () => {
  it.each(REFUSED)('$name', async ({ input, problems }) => {
    const result = await parse(input);
    expect(result.ok).toBe(false);
    expect(result.people).toEqual([]);
    expect(result.problems).toHaveLength(problems.length);
    problems.forEach((expected, i) => {
      if (typeof expected === 'string') expect(result.problems[i]).toBe(expected);
      else expect(result.problems[i]).toMatch(expected);
    });
  });

  it('a 10 MB file is refused by its size at once, without reading it', async () => {
    const big = new Blob([new Uint8Array(10 * 1024 * 1024).fill(0x41)]);
    const read = vi.spyOn(big, 'arrayBuffer');
    const started = performance.now();
    const result = await parseTeamFileBlob(big);
    expect(performance.now() - started).toBeLessThan(50);
    expect(read).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, people: [] });
    expect(result.problems).toEqual(['The file is 10.0 MB; a team file can be at most 5 MB. Is it the right file?']);
  });

  it('a file just under the size limit, of a plausible shape, is answered in well under a second', async () => {
    const text = ['email,timeZone', ...Array.from({ length: 150_000 }, (_, i) => `p${i}@example.com,Asia/Tokyo`)].join('\n');
    expect(text.length).toBeGreaterThan(4 * 1024 * 1024);
    const started = performance.now();
    const result = await parse(text);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatch(/^The file has 150,000 people; Baton takes at most 20,000\.$/);
  });
});

interface Accepted {
  name: string;
  input: string | Uint8Array;
  people: Array<Record<string, string>>;
  notices?: string[];
}

const ACCEPTED: Accepted[] = [
  {
    name: 'duplicate emails: the later row wins, with a notice',
    input: csv('b@example.com,B first,Europe/Paris,,,,', GOOD, 'B@Example.com,B second,Europe/London,,,,'),
    people: [{ id: 'ok@example.com' }, { id: 'b@example.com', name: 'B second', timeZone: 'Europe/London' }],
    notices: ['row 4: b@example.com is also on row 2; the later row (4) is kept.'],
  },
  {
    name: 'unknown columns: ignored with a notice',
    input: 'email,name,timeZone,team,notes\na@example.com,A,Asia/Tokyo,Platform,likes tea',
    people: [{ id: 'a@example.com', timeZone: 'Asia/Tokyo' }],
    notices: ['Column "team" is not a team-file column; it was ignored.', 'Column "notes" is not a team-file column; it was ignored.'],
  },
  {
    name: 'JSON with unknown fields: ignored with a notice',
    input: JSON.stringify({ version: 3, people: [{ email: 'a@example.com', timeZone: 'Asia/Tokyo', slack: '@a' }] }),
    people: [{ id: 'a@example.com' }],
    notices: ['"version" is not part of a team file; it was ignored.', 'Field "slack" is not a team-file field; it was ignored.'],
  },
  {
    name: 'a UTF-8 BOM (Excel "CSV UTF-8")',
    input: concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(csv('l@example.de,Lena Müller,Europe/Berlin,,,,DE'))),
    people: [{ id: 'l@example.de', name: 'Lena Müller', timeZone: 'Europe/Berlin', workStart: '09:00', workEnd: '17:00', workDays: 'Mon-Fri', country: 'DE' }],
  },
  {
    name: 'semicolon-separated with a quoted ; and spaced header names (European Excel)',
    input: 'E-Mail;Name;Time Zone;Work Start;Work End;Work Days;Country\r\nlena@example.de;"Lena; Müller";Europe/Berlin;08:00;16:30;Mon-Fri;DE\r\n',
    people: [{ id: 'lena@example.de', name: 'Lena; Müller', workStart: '08:00', workEnd: '16:30' }],
  },
  { name: 'tab-separated', input: 'email\ttimeZone\na@example.com\tAsia/Kolkata', people: [{ id: 'a@example.com', timeZone: 'Asia/Kolkata' }] },
  { name: 'UTF-16 ("Unicode text")', input: utf16le(csv('j@example.pt,João,Europe/Lisbon,,,,PT')), people: [{ id: 'j@example.pt', name: 'João' }] },
  { name: 'Windows-1252 (older Excel)', input: latin1(csv('j@example.pt,João,Europe/Lisbon,,,,PT')), people: [{ id: 'j@example.pt', name: 'João' }] },
  {
    name: 'markup in a name is only text',
    input: csv('x@example.com,"<img src=x onerror=alert(1)>",Europe/Paris,,,,'),
    people: [{ id: 'x@example.com', name: '<img src=x onerror=alert(1)>' }],
  },
  { name: 'overnight shift and 24:00 as an end', input: csv('n@example.com,N,America/New_York,22:00,06:00,Sun-Thu,US', 'e@example.com,E,Asia/Tokyo,16:00,24:00,Mon-Fri,JP'), people: [{ workStart: '22:00', workEnd: '06:00', workDays: 'Sun-Thu' }, { workEnd: '24:00' }] },
];

describe('awkward but good team files: imported, with notices where the contract asks', () => {
  it.each(ACCEPTED)('$name', async ({ input, people, notices = [] }) => {
    const result = await parse(input);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.people).toHaveLength(people.length);
    people.forEach((expected, i) => expect(result.people[i]).toMatchObject(expected));
    expect(result.notices).toEqual(notices);
  });
});
