import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('rule docs', () => {
  it('docs/rules and the README rule table are generated from the rules (run `npm run docs`)', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/docs.ts', '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
