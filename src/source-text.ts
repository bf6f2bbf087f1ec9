/**
 * Reading a source file as the Python tools do: PEP 263 coding line, UTF-8 by default, a BOM
 * dropped; binary files refused. One place, used by the pattern engine and the pipeline alike.
 */
import { readFileSync } from 'node:fs';

export const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

export type SourceRead = { ok: true; text: string; note?: string } | { ok: false; reason: string };

const CODING_LINE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

export function decodeSource(bytes: Uint8Array): SourceRead {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'binary file (NUL bytes)' };
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  const coding = declaredCoding(body);
  if (coding && !/^utf-?8/i.test(coding)) {
    try {
      return { ok: true, text: new TextDecoder(coding).decode(body) };
    } catch {
      // An encoding TextDecoder does not know: fall through to UTF-8 with replacement.
      return {
        ok: true,
        text: new TextDecoder('utf-8').decode(body),
        note: `unknown source encoding "${coding}"; read as UTF-8`,
      };
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return {
      ok: true,
      text: new TextDecoder('utf-8').decode(body),
      note: 'not valid UTF-8 and no coding line; undecodable bytes replaced',
    };
  }
}

/** The encoding a PEP 263 comment in the first two lines declares. */
function declaredCoding(body: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(body.subarray(0, 400));
  const lines = head.split(/\r\n|\r|\n/, 2);
  for (const line of lines) {
    const match = CODING_LINE.exec(line);
    if (match) return match[1] ?? null;
    // PEP 263: the second line only counts when the first is a comment or blank.
    if (!/^[ \t\f]*(#.*)?$/.test(line)) break;
  }
  return null;
}

export function readSource(absolutePath: string, sizeLimit = MAX_SOURCE_BYTES): SourceRead {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolutePath);
  } catch (error) {
    return {
      ok: false,
      reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    };
  }
  if (bytes.length > sizeLimit) {
    return { ok: false, reason: `larger than ${Math.round(sizeLimit / 1024 / 1024)} MB` };
  }
  return decodeSource(bytes);
}

/** Lines as the tools count them (LF, CRLF or CR ends a line). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
