import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeTeamFile, MAX_TEAM_FILE_BYTES, readTeamFileText } from '@/utils/team/decode-team-file';

const fixture = (name: string) => readFileSync(path.resolve('tests/fixtures/team', name));

describe('team file: what is not a team file', () => {
  it('an empty file', async () => {
    expect(decodeTeamFile(new Uint8Array())).toEqual({ problem: 'The file is empty: there is nothing to import.' });
    expect(await readTeamFileText(new Blob(['  \n\r\n']))).toEqual({ problem: 'The file is empty: there is nothing to import.' });
  });

  it('binary junk', async () => {
    expect(await readTeamFileText(new Blob([fixture('junk.bin')]))).toEqual({ problem: 'This is not a text file. Choose a team file saved as CSV or JSON.' });
    // Control characters without NUL bytes are junk too.
    expect(decodeTeamFile(Uint8Array.from('email\x01\x02\x03\x04\x05,a\x06\x07\x08', (c) => c.charCodeAt(0)))).toEqual({
      problem: 'This is not a text file. Choose a team file saved as CSV or JSON.',
    });
  });

  it('an Excel workbook', () => {
    const decoded = decodeTeamFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect('problem' in decoded && decoded.problem).toMatch(/Excel workbook/);
  });

  it('a 10 MB file is refused by its size, without reading it', async () => {
    const big = new Blob([new Uint8Array(10 * 1024 * 1024)]);
    const spy = vi.spyOn(big, 'arrayBuffer');
    const decoded = await readTeamFileText(big);
    expect(decoded).toEqual({ problem: `The file is 10.0 MB; a team file can be at most ${MAX_TEAM_FILE_BYTES / 1024 / 1024} MB. Is it the right file?` });
    expect(spy).not.toHaveBeenCalled();
  });

  it('UTF-16 and Windows-1252 text from older spreadsheets', () => {
    const text = 'email,name,timeZone\r\nj@example.pt,João,Europe/Lisbon\r\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    expect(decodeTeamFile(utf16)).toEqual({ text });
    const latin1 = Uint8Array.from(text, (c) => c.charCodeAt(0));
    expect(decodeTeamFile(latin1)).toEqual({ text });
  });
});
