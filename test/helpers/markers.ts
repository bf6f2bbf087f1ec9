/**
 * Reads the `# expect: PBPnnn` markers of the demo project: the oracle for which pattern findings
 * must appear, and where. `# expect-next-line: PBPnnn` (Dockerfiles, .env files) marks the next line.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { toPosix } from '../../src/paths.js';

export interface Marker {
  path: string;
  line: number;
  ruleId: string;
}

export function readMarkers(base: string, files: string[]): Marker[] {
  const markers: Marker[] = [];
  for (const absolute of files) {
    const path = toPosix(relative(base, absolute));
    const lines = readFileSync(absolute, 'utf8').split(/\r?\n/);
    lines.forEach((text, index) => {
      const next = /#\s*expect-next-line:\s*([A-Z0-9, ]+)/.exec(text);
      const same = /#\s*expect:\s*([A-Z0-9, ]+)/.exec(text);
      const match = next ?? same;
      if (!match) return;
      for (const ruleId of (match[1] ?? '').split(/[\s,]+/).filter((id) => /^PBP\d{3}$/.test(id))) {
        markers.push({ path, line: next ? index + 2 : index + 1, ruleId });
      }
    });
  }
  return markers;
}

export function key(marker: Marker): string {
  return `${marker.path}:${marker.line} ${marker.ruleId}`;
}

export { join };
