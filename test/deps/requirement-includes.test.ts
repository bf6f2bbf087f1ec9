import { describe, expect, it } from 'vitest';
import { resolveRequirementIncludes, resolveTarget } from '../../src/deps/requirement-includes.js';

function repository(files: Record<string, string>) {
  const reads: string[] = [];
  const readFile = (path: string) => {
    reads.push(path);
    return files[path];
  };
  return { reads, readFile };
}

describe('resolveRequirementIncludes', () => {
  it('follows -r and -c relative to the including file, depth first', () => {
    const { readFile } = repository({
      'requirements/prod.txt': '-r base.txt\n-c ../constraints.txt\ngunicorn==22.0.0\n',
      'requirements/base.txt': 'django==5.0.3\n--requirement=common/extra.txt\n',
      'requirements/common/extra.txt': 'redis==5.0.3\n',
      'constraints.txt': 'urllib3==2.2.1\n',
    });
    const resolved = resolveRequirementIncludes('requirements/prod.txt', readFile);
    expect(resolved.problems).toEqual([]);
    expect(resolved.files.map((file) => [file.path, file.kind, file.includedFrom])).toEqual([
      ['requirements/prod.txt', 'requirements', null],
      ['requirements/base.txt', 'requirements', { path: 'requirements/prod.txt', line: 1 }],
      ['requirements/common/extra.txt', 'requirements', { path: 'requirements/base.txt', line: 2 }],
      ['constraints.txt', 'constraints', { path: 'requirements/prod.txt', line: 2 }],
    ]);
    expect(resolved.files[2]?.file.requirements[0]?.name).toBe('redis');
  });

  it('reports cycles once and reads a file reached twice only once', () => {
    const { readFile, reads } = repository({
      'a.txt': '-r b.txt\n-r c.txt\n',
      'b.txt': '-r c.txt\n-r a.txt\n',
      'c.txt': 'flask==3.0.2\n',
    });
    const resolved = resolveRequirementIncludes('a.txt', readFile);
    expect(resolved.files.map((file) => file.path)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(reads).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(resolved.problems).toEqual([
      { path: 'b.txt', line: 2, target: 'a.txt', reason: 'cycle' },
    ]);
  });

  it('a file that includes itself is a cycle', () => {
    const { readFile } = repository({
      'requirements.txt': '-r ./requirements.txt\nflask==3.0.2\n',
    });
    const resolved = resolveRequirementIncludes('requirements.txt', readFile);
    expect(resolved.files).toHaveLength(1);
    expect(resolved.problems.map((problem) => problem.reason)).toEqual(['cycle']);
  });

  it('never reads outside the repository, remote includes or variables', () => {
    const { readFile, reads } = repository({
      'app/requirements.txt': [
        '-r ../../outside.txt',
        '-r /etc/passwd',
        '-c ~/constraints.txt',
        '-r C:\\requirements.txt',
        '-r https://example.com/requirements.txt',
        '-r ${REQUIREMENTS_DIR}/base.txt',
        '-r ../shared.txt',
        '-r missing.txt',
      ].join('\n'),
      'shared.txt': 'attrs==23.2.0\n',
    });
    const resolved = resolveRequirementIncludes('app/requirements.txt', readFile);
    expect(reads).toEqual(['app/requirements.txt', 'shared.txt', 'app/missing.txt']);
    expect(resolved.problems.map((problem) => [problem.line, problem.reason])).toEqual([
      [1, 'outside-repository'],
      [2, 'outside-repository'],
      [3, 'outside-repository'],
      [4, 'outside-repository'],
      [5, 'remote'],
      [6, 'unresolved-variable'],
      [8, 'missing'],
    ]);
  });

  it('refuses a starting path outside the repository and survives a throwing reader', () => {
    expect(
      resolveRequirementIncludes('../requirements.txt', () => 'x==1').problems[0]?.reason,
    ).toBe('outside-repository');
    const resolved = resolveRequirementIncludes('requirements.txt', () => {
      throw new Error('EACCES');
    });
    expect(resolved.files).toEqual([]);
    expect(resolved.problems[0]?.reason).toBe('missing');
  });

  it('resolves targets like pip does', () => {
    expect(resolveTarget('requirements/prod.txt', 'base.txt')).toBe('requirements/base.txt');
    expect(resolveTarget('requirements.txt', './requirements/base.txt')).toBe(
      'requirements/base.txt',
    );
    expect(resolveTarget('a/b/c.txt', '..\\d.txt')).toBe('a/d.txt');
    expect(resolveTarget('requirements.txt', '../x.txt')).toEqual({ reason: 'outside-repository' });
    expect(resolveTarget('requirements.txt', 'file:///tmp/x.txt')).toEqual({ reason: 'remote' });
  });
});
