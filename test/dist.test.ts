/**
 * dist/ is what the action runs: it must be the build of the committed source. The test builds
 * into a temporary folder and compares every file byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const fresh = mkdtempSync(join(tmpdir(), 'pybp-dist-'));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

describe('dist/', () => {
  it('is the build of the current source (run `npm run build` and commit dist/)', () => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', fresh], {
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    const built = readdirSync(fresh).sort();
    expect(readdirSync('dist').sort()).toEqual(built);
    for (const file of built) {
      const same = readFileSync(join(fresh, file)).equals(readFileSync(join('dist', file)));
      expect(same, `dist/${file} differs from a fresh build`).toBe(true);
    }
  });

  it('runs from dist/ alone: the CLI checks the demo project with the worker bundle', () => {
    const run = spawnSync(
      process.execPath,
      ['dist/cli.js', 'check', 'examples/shop-api', '--tools', 'patterns', '--format', 'json'],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings.some((finding: { ruleId: string }) => finding.ruleId === 'PBP202')).toBe(
      true,
    );
  });
});
