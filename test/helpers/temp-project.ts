/** Small projects written to a temporary folder, removed after the test file. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (path → text) under a new folder that holds a `.git` marker; returns the folder. */
export function tempProject(
  files: Record<string, string | Buffer>,
  options: { git?: boolean } = {},
): string {
  const root = mkdtempSync(join(tmpdir(), 'pybp-test-'));
  made.push(root);
  if (options.git !== false) mkdirSync(join(root, '.git'));
  for (const [path, text] of Object.entries(files)) {
    const absolute = join(root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
  }
  return root;
}
