/**
 * Fingerprints that survive moving code: tool + rule + path + the normalised text of the
 * finding's first line + which occurrence of that text it is — never the line number.
 */
import { createHash } from 'node:crypto';

export function normaliseLineText(line: string): string {
  return line.replace(/\s+/g, '');
}

export interface FingerprintInput {
  tool: string;
  ruleId: string;
  path: string;
  lineText: string;
}

/** Fingerprints for findings in order; equal inputs get occurrence numbers 0, 1, 2… in that order. */
export function fingerprintAll(inputs: readonly FingerprintInput[]): string[] {
  const seen = new Map<string, number>();
  return inputs.map((input) => {
    const key = [input.tool, input.ruleId, input.path, normaliseLineText(input.lineText)].join(
      '\u0000',
    );
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
  });
}
