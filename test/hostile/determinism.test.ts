/**
 * The same repository gives the same SARIF and JSON bytes, whatever the number of worker threads
 * and whatever order the file system lists files in. (`durationMs` is the one field that measures
 * time; it is zeroed before comparing.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../helpers/temp-project.js';

const CLI = resolve('dist/cli.js');

function check(root: string, workers: string): { sarif: string; json: string } {
  const run = spawnSync(
    process.execPath,
    [
      CLI,
      'check',
      '.',
      '--tools',
      'flake8,patterns',
      '--workers',
      workers,
      '--format',
      'json',
      '--output',
      'out.json',
      '--sarif',
      'out.sarif',
    ],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  expect([0, 1]).toContain(run.status);
  return {
    sarif: readFileSync(join(root, 'out.sarif'), 'utf8'),
    json: readFileSync(join(root, 'out.json'), 'utf8').replace(
      /"durationMs": \d+/g,
      '"durationMs": 0',
    ),
  };
}

function files(count: number): Array<[string, string]> {
  return Array.from({ length: count }, (_, i) => [
    `pkg${i % 7}/module_${i}.py`,
    `import os\nSECRET_KEY = "determinism-${i}-value"\n\ndef f(cursor, x):\n    try:\n        cursor.execute(f"SELECT * FROM t{i} WHERE id = {x}")\n    except:\n        pass\n` +
      'padding = 1\n'.repeat(200),
  ]);
}

describe('determinism', () => {
  it('gives byte-identical SARIF and JSON with 1 or 2 workers, in-process, and any creation order', () => {
    const list = files(24);
    const forward = tempProject(Object.fromEntries(list));
    const backward = tempProject(Object.fromEntries([...list].reverse()));
    const one = check(forward, '1');
    const two = check(forward, '2');
    const none = check(forward, '0');
    const reversed = check(backward, '2');
    expect(one.sarif).toBe(two.sarif);
    expect(one.sarif).toBe(none.sarif);
    expect(one.sarif).toBe(reversed.sarif);
    expect(one.json).toBe(two.json);
    expect(one.json).toBe(none.json);
    expect(one.json).toBe(reversed.json);
    expect(JSON.parse(one.json).findings.length).toBeGreaterThan(60);
  });
});
