/**
 * A chosen file's bytes to text, or a plain reason why it cannot be a team file. Spreadsheets
 * save CSV as UTF-8 (with or without a BOM), UTF-16 ("Unicode text") or Windows-1252 (older
 * Excel); anything with NUL bytes or many control characters is not text at all.
 */

/** 10,000 people are well under 2 MB; a bigger file is almost surely the wrong one. */
export const MAX_TEAM_FILE_BYTES = 5 * 1024 * 1024;

export type Decoded = { text: string } | { problem: string };

export function decodeTeamFile(bytes: Uint8Array): Decoded {
  const size = sizeProblem(bytes.length);
  if (size) return size;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return { problem: 'This looks like an Excel workbook or a zip file, not a team file. Save the sheet as CSV and import that.' };
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else if (bytes.includes(0)) return notText();
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const mixed = mixedUtf8(bytes);
      if (mixed) return mixed;
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  text = text.replace(/^\uFEFF/, '');
  if (looksBinary(text)) return notText();
  if (text.trim() === '') return { problem: 'The file is empty: there is nothing to import.' };
  return { text };
}

/**
 * UTF-8 with a few bytes that are not (files pasted together, a cell typed in another program):
 * read as Windows-1252, every accented name elsewhere would turn into "MÃ¼ller" without a word.
 * Real Windows-1252 text has no valid multi-byte UTF-8 sequences in it, so those tell them apart.
 */
function mixedUtf8(bytes: Uint8Array): Decoded | null {
  const loose = new TextDecoder('utf-8').decode(bytes);
  if (!/[^\p{ASCII}\ufffd]/u.test(loose)) return null;
  const bad = loose.indexOf('\ufffd');
  const line = loose.slice(0, bad).split('\n').length;
  return {
    problem: `Line ${line} has characters that are not UTF-8, but the rest of the file is UTF-8, so names would come out garbled. Fix or retype that line, or save the file again as "CSV UTF-8", and import it again.`,
  };
}

function notText(): Decoded {
  return { problem: 'This is not a text file. Choose a team file saved as CSV or JSON.' };
}

/** Control characters other than tab and line breaks, in more than a trace, mean binary data. */
function looksBinary(text: string): boolean {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) control++;
  }
  return control > Math.max(2, sample.length / 200);
}

function sizeProblem(size: number): Decoded | null {
  if (size === 0) return { problem: 'The file is empty: there is nothing to import.' };
  if (size <= MAX_TEAM_FILE_BYTES) return null;
  return {
    problem: `The file is ${(size / 1024 / 1024).toFixed(1)} MB; a team file can be at most ${MAX_TEAM_FILE_BYTES / 1024 / 1024} MB. Is it the right file?`,
  };
}

/** Read a chosen file; a huge one is refused by its size without reading it. */
export async function readTeamFileText(file: Blob): Promise<Decoded> {
  return sizeProblem(file.size) ?? decodeTeamFile(new Uint8Array(await file.arrayBuffer()));
}
