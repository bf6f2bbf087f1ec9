import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('rule docs', () => {
  it('docs/rules and the README rule table are generated from the rules (run `npm run docs`)', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/docs.ts', '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('README', () => {
  it('carries every snippet of docs/ci-integrations.md (tested there) word for word', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync('docs/ci-integrations.md', 'utf8');
    const readme = readFileSync('README.md', 'utf8');
    const blocks = [...doc.matchAll(/```\w*\n[^]*?```/g)].map((match) => match[0]);
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const block of blocks) expect(readme).toContain(block);
  });

  it('starts with a two-command quick start', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync('README.md', 'utf8');
    const quick = readme.slice(
      readme.indexOf('## Quick start'),
      readme.indexOf('## In a GitHub workflow'),
    );
    const commands = [...quick.matchAll(/```sh\n([^]*?)```/g)].map((match) => match[1]?.trim());
    expect(commands).toEqual([
      expect.stringMatching(/node dist\/cli\.js check examples\/shop-api$/),
      'npm test',
    ]);
  });
});
