/** No child process is ever started through a shell: file names come from pull requests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('no shell', () => {
  it('src/ uses only argv-array process APIs, never shell: true, exec or execSync', () => {
    const offenders: string[] = [];
    for (const file of sources('src')) {
      const text = readFileSync(file, 'utf8');
      if (/shell:\s*true/.test(text)) offenders.push(`${file}: shell: true`);
      if (
        /\b(exec|execSync)\s*\(/.test(text.replace(/docker', \['exec'|'exec'/g, '')) &&
        /child_process/.test(text)
      )
        offenders.push(`${file}: exec()`);
      if (/from 'child_process'/.test(text))
        offenders.push(`${file}: child_process without node: prefix`);
    }
    expect(offenders).toEqual([]);
  });
});
