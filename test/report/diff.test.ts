import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, resolveConfig } from '../../src/config.js';
import type { Executor } from '../../src/exec/executor.js';
import { LocalExecutor } from '../../src/exec/local.js';
import type { Finding } from '../../src/model.js';
import { runCheck } from '../../src/pipeline.js';
import {
  changedLinesFromGit,
  filterByScope,
  onChangedLines,
  parseUnifiedDiff,
  resolveBase,
  scopeNotice,
  type ChangedLines,
} from '../../src/report/diff.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pybp-diff-'));
  made.push(dir);
  return dir;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // The machine's own git settings (no prefixes, signed commits) must not change the tests.
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  });
}

function write(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function commit(root: string, message: string): string {
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '--allow-empty', '-m', message);
  return git(root, 'rev-parse', 'HEAD').trim();
}

function repository(files: Record<string, string | Buffer>): { root: string; first: string } {
  const root = tempDir();
  git(root, 'init', '-q', '-b', 'main');
  write(root, files);
  return { root, first: commit(root, 'first') };
}

const lines = (count: number, prefix = 'line'): string =>
  Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}\n`).join('');

/** A summary of a ChangedLines map that reads like the diff. */
function describeChanges(files: ReadonlyMap<string, ChangedLines>): Record<string, string> {
  return Object.fromEntries(
    [...files].map(([path, entry]) => [
      path,
      [
        entry.status,
        entry.oldPath ? `from ${entry.oldPath}` : '',
        entry.binary ? 'binary' : '',
        entry.wholeFile
          ? 'whole file'
          : entry.ranges.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(','),
      ]
        .filter(Boolean)
        .join(' '),
    ]),
  );
}

/** Before: a base commit. After: one commit with every kind of change git prints. */
function everyKindOfChange(): { root: string; base: string } {
  const { root, first } = repository({
    'app/models.py': lines(10),
    'my file.py': 'k\n',
    'ü.py': 'u\n',
    'docs/notes.txt': '-- a dashed line\nplain\n',
    'keep.py': lines(3),
    'same.py': lines(20, 'unchanged'),
  });
  git(root, 'mv', 'app/models.py', 'app/entities.py');
  write(root, {
    // Renamed with line 2 modified and a line added at the end without a final newline.
    'app/entities.py': lines(10).replace('line 2\n', 'line two\n') + 'line 11',
    'my file.py': 'k\nj\r\n',
    'new ü dir/qu"ote.py': 'x = 1\ny = 2\n',
    'empty.py': '',
    'blob.bin': Buffer.from([0, 1, 2, 0, 255]),
    // A removed line "-- a dashed line" prints as "--- a dashed line", an added "++ b" as "+++ b".
    'docs/notes.txt': 'plain\n++ b\n',
  });
  mkdirSync(join(root, 'moved'));
  git(root, 'mv', 'same.py', 'moved/same.py');
  unlinkSync(join(root, 'ü.py'));
  commit(root, 'second');
  return { root, base: first };
}

const EXPECTED_CHANGES = {
  'app/entities.py': 'renamed from app/models.py 2,11',
  'blob.bin': 'added binary',
  'docs/notes.txt': 'modified 2',
  'empty.py': 'added',
  'moved/same.py': 'renamed from same.py',
  'my file.py': 'modified 2',
  'new ü dir/qu"ote.py': 'added 1-2',
  'ü.py': 'deleted',
};

describe('parseUnifiedDiff on real git output', () => {
  it('reads renames, new, deleted and binary files, quoted unicode names, spaces, CRLF', () => {
    const { root, base } = everyKindOfChange();
    const text = git(
      root,
      'diff',
      '--unified=0',
      '--no-color',
      '--no-ext-diff',
      '-M',
      `${base}...HEAD`,
    );
    expect(text).toContain('"b/new \\303\\274 dir/qu\\"ote.py"');
    expect(text).toContain('--- a/my file.py\t');
    expect(text).toContain('\\ No newline at end of file');
    expect(text).toContain('\n--- a dashed line\n');
    expect(describeChanges(parseUnifiedDiff(text))).toEqual(EXPECTED_CHANGES);
  });

  it('reads the same names unquoted (core.quotepath off), and with context lines', () => {
    const { root, base } = everyKindOfChange();
    const raw = git(root, '-c', 'core.quotepath=off', 'diff', '--unified=0', '-M', base, 'HEAD');
    expect(raw).toContain('+++ "b/new ü dir/qu\\"ote.py"');
    expect(describeChanges(parseUnifiedDiff(raw))).toEqual(EXPECTED_CHANGES);
    const context = git(root, 'diff', '--unified=5', '-M', base, 'HEAD');
    expect(describeChanges(parseUnifiedDiff(context))).toEqual(EXPECTED_CHANGES);
  });

  it('reads a diff whose every line ends in CRLF, and a mode change', () => {
    const text = [
      'diff --git a/run.sh b/run.sh',
      'old mode 100644',
      'new mode 100755',
      'diff --git a/x.py b/x.py',
      'index 1..2 100644',
      '--- a/x.py',
      '+++ b/x.py',
      '@@ -3,0 +4,2 @@ def f():',
      '+    a = 1',
      '+    b = 2',
      '@@ -9 +11 @@',
      '-old',
      '+new',
      '',
    ].join('\r\n');
    expect(describeChanges(parseUnifiedDiff(text))).toEqual({
      'run.sh': 'modified',
      'x.py': 'modified 4-5,11',
    });
    expect(parseUnifiedDiff('').size).toBe(0);
  });
});

describe('resolveBase', () => {
  const base = 'b'.repeat(40);
  const head = 'c'.repeat(40);

  it('compares a pull request with its base commit', () => {
    expect(
      resolveBase({
        eventName: 'pull_request',
        eventPayload: {
          pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head } },
        },
      }),
    ).toEqual({
      base,
      head,
      description: 'pull request #7: changes against its base branch main (bbbbbbb)',
      notices: [],
    });
  });

  it('warns that pull_request_target looks at the base branch unless the head is checked out', () => {
    const resolved = resolveBase({
      eventName: 'pull_request_target',
      eventPayload: { pull_request: { base: { sha: base } } },
    });
    expect(resolved.base).toBe(base);
    expect(resolved.notices[0]).toMatch(/checks out the base branch/);
  });

  it('says which range a push used', () => {
    expect(
      resolveBase({
        eventName: 'push',
        eventPayload: { ref: 'refs/heads/main', before: base, after: head },
      }),
    ).toMatchObject({ base, head, description: 'push to main: changes from bbbbbbb to ccccccc' });
  });

  it('compares a new branch with the default branch, and a first push with nothing', () => {
    const zero = '0'.repeat(40);
    const repository = { default_branch: 'main' };
    expect(
      resolveBase({
        eventName: 'push',
        eventPayload: { ref: 'refs/heads/feature', before: zero, after: head, repository },
      }),
    ).toMatchObject({
      base: 'origin/main',
      description: expect.stringMatching(
        /^push of the new branch feature: no earlier commit .* origin\/main/,
      ),
    });
    const first = resolveBase({
      eventName: 'push',
      eventPayload: { ref: 'refs/heads/main', before: zero, after: head, repository },
    });
    expect(first.base).toBeNull();
    expect(first.description).toMatch(/first push of main: .* every file counts as changed/);
  });

  it('lets an explicit REF win over the event', () => {
    expect(
      resolveBase({
        eventName: 'pull_request',
        eventPayload: { pull_request: { base: { sha: base } } },
        changedSince: 'origin/release',
      }),
    ).toMatchObject({ base: 'origin/release', description: 'changes since origin/release' });
  });

  it('checks every file on an event without a change, and says so', () => {
    const resolved = resolveBase({ eventName: 'schedule', eventPayload: {} });
    expect(resolved.base).toBeNull();
    expect(resolved.description).toMatch(/a schedule event has no change .* every file counts/);
  });

  it.each([
    [{}, /need something to compare with: pass --changed-since REF/],
    [{ changedSince: '--output=/tmp/x' }, /not a branch, tag or commit name/],
    [{ changedSince: 'main\nx' }, /not a branch, tag or commit name/],
    [
      { eventName: 'pull_request', eventPayload: { pull_request: {} } },
      /no pull_request\.base\.sha/,
    ],
    [
      {
        eventName: 'pull_request',
        eventPayload: { pull_request: { base: { sha: '; rm -rf /' } } },
      },
      /no pull_request\.base\.sha/,
    ],
  ])('refuses %j', (request, expected) => {
    expect(() => resolveBase(request)).toThrow(ConfigError);
    expect(() => resolveBase(request)).toThrow(expected);
  });
});

/** Runs git on this machine, away from its global and system settings. */
const local = new LocalExecutor();
const executor: Executor = {
  name: 'local-isolated',
  run: (request) =>
    local.run({
      ...request,
      env: { ...request.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    }),
};

describe('changedLinesFromGit', () => {
  it('compares the working tree with the base: committed, uncommitted and untracked changes', async () => {
    const { root, base } = everyKindOfChange();
    write(root, { 'keep.py': 'line 1\nline 2 edited\nline 3\n', 'scratch/new file.py': 'a = 1\n' });
    const changed = await changedLinesFromGit(root, base, executor);
    expect(describeChanges(changed.files)).toEqual({
      ...EXPECTED_CHANGES,
      'keep.py': 'modified 2',
      'scratch/new file.py': 'untracked whole file',
    });
    expect(changed.from).toBe(base);
    expect(changed.description).toBe(
      `compared the working tree with ${base.slice(0, 7)}: 9 changed files`,
    );
    expect(changed.notices).toEqual([]);
  });

  it('starts where the branches meet, so changes made on the base branch since are not counted', async () => {
    const { root, first } = repository({ 'a.py': lines(5), 'b.py': lines(5) });
    git(root, 'checkout', '-q', '-b', 'feature');
    write(root, { 'a.py': lines(5).replace('line 3', 'line three') });
    commit(root, 'feature work');
    git(root, 'checkout', '-q', 'main');
    write(root, { 'b.py': lines(5).replace('line 1', 'line one') });
    commit(root, 'main moved on');
    git(root, 'checkout', '-q', 'feature');
    const changed = await changedLinesFromGit(root, 'main', executor);
    expect(describeChanges(changed.files)).toEqual({ 'a.py': 'modified 3' });
    expect(changed.from).toBe(first);
    expect(changed.description).toMatch(
      /^compared the working tree with [0-9a-f]{7}, where main and HEAD meet: 1 changed file$/,
    );
  });

  it('gives paths relative to the folder it is asked about when that is inside the checkout', async () => {
    const { root, first } = repository({ 'pkg/a.py': 'x\n', 'other.py': 'y\n' });
    write(root, { 'pkg/a.py': 'x\nz\n', 'other.py': 'y\nw\n' });
    const changed = await changedLinesFromGit(join(root, 'pkg'), first, executor);
    expect(describeChanges(changed.files)).toEqual({ 'a.py': 'modified 2' });
  });

  describe('in a shallow clone', () => {
    function shallowClone(): { origin: string; clone: string; commits: string[] } {
      const { root: origin, first } = repository({ 'app.py': lines(4) });
      git(origin, 'branch', 'stable');
      write(origin, { 'app.py': lines(4).replace('line 2', 'line two') });
      const second = commit(origin, 'second');
      write(origin, { 'app.py': lines(4).replace('line 2', 'line two') + 'line 5\n' });
      const third = commit(origin, 'third');
      const clone = join(tempDir(), 'clone');
      git(tempDir(), 'clone', '-q', '--depth=1', `file://${origin}`, clone);
      return { origin, clone, commits: [first, second, third] };
    }

    it('fetches a base the clone lacks (HEAD’s parent, as for a pull request’s merge commit)', async () => {
      const { clone, commits } = shallowClone();
      const parent = commits[1] as string;
      expect(() => git(clone, 'cat-file', '-e', `${parent}^{commit}`)).toThrow();
      const changed = await changedLinesFromGit(clone, parent, executor);
      expect(describeChanges(changed.files)).toEqual({ 'app.py': 'modified 5' });
      expect(changed.notices).toEqual([
        `fetched the base commit ${parent.slice(0, 7)} from origin: the clone did not have it`,
      ]);
      expect(changed.description).toMatch(/\(HEAD's parent\): 1 changed file$/);
    });

    it('fetches origin/BRANCH when the clone has only one branch', async () => {
      const { clone, commits } = shallowClone();
      // stable points at the first commit: not HEAD's parent, and the clone holds no history.
      await expect(changedLinesFromGit(clone, 'origin/stable', executor)).rejects.toThrow(
        /cannot find where origin\/stable and HEAD meet: the clone is shallow .*fetch-depth: 0/,
      );
      expect(git(clone, 'rev-parse', 'origin/stable').trim()).toBe(commits[0]);
    });

    it('fails clearly when the base is in origin but the shallow history cannot join them', async () => {
      const { clone, commits } = shallowClone();
      const error = await changedLinesFromGit(clone, commits[0] as string, executor).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(
        /^cannot find where [0-9a-f]{40} and HEAD meet: the clone is shallow and does not hold their common history; check out the full history \(actions\/checkout with `fetch-depth: 0`\)/,
      );
    });

    it('fails clearly when the base cannot be fetched, and tells how to fix the checkout', async () => {
      const { clone } = shallowClone();
      const missing = '1234567890'.repeat(4);
      const error = await changedLinesFromGit(clone, missing, executor).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(
        new RegExp(
          `^the base commit ${missing} is not in this shallow clone and could not be fetched from origin \\(.+\\); check out the full history \\(actions/checkout with \`fetch-depth: 0\`\\)`,
          's',
        ),
      );
    });

    it('does not fetch when asked not to, and names what is missing', async () => {
      const { clone, commits } = shallowClone();
      await expect(
        changedLinesFromGit(clone, commits[1] as string, executor, { fetch: false }),
      ).rejects.toThrow(/is not a commit in this shallow clone; check out the full history/);
    });
  });

  it.skipIf(process.getuid?.() !== 0)(
    'tells how to trust a checkout another user owns (as in a container)',
    async () => {
      const { root, first } = repository({ 'a.py': 'x\n' });
      execFileSync('chown', ['-R', '65534', root]);
      await expect(changedLinesFromGit(root, first, executor)).rejects.toThrow(
        /git refuses to read .* because another user owns it; run `git config --global --add safe\.directory /,
      );
    },
  );

  it('fails clearly outside a git checkout and for an unknown ref', async () => {
    await expect(changedLinesFromGit(tempDir(), 'main', executor)).rejects.toThrow(
      /is not in a git checkout, so there are no changed lines to compare/,
    );
    const { root } = repository({ 'a.py': 'x\n' });
    await expect(changedLinesFromGit(root, 'no-such-branch', executor)).rejects.toThrow(
      /^no-such-branch is not a commit in this clone; check out the full history/,
    );
    await expect(changedLinesFromGit(root, '--output=x', executor)).rejects.toThrow(
      /not a branch, tag or commit name/,
    );
  });
});

function finding(
  path: string,
  startLine: number,
  endLine = startLine,
  overrides: Partial<Finding> = {},
): Finding {
  return {
    tool: 'patterns',
    ruleId: 'PBP601',
    level: 'warning',
    section: 'error-handling',
    message: 'm',
    location: { path, startLine, startColumn: 1, endLine, endColumn: 2 },
    fingerprint: `${path}:${startLine}`,
    state: 'new',
    ...overrides,
  };
}

describe('filterByScope', () => {
  const changed = new Map<string, ChangedLines>([
    [
      'a.py',
      {
        status: 'modified',
        binary: false,
        ranges: [
          [10, 11],
          [20, 22],
        ],
        wholeFile: false,
      },
    ],
    ['gone.py', { status: 'deleted', binary: false, ranges: [], wholeFile: false }],
    ['new.py', { status: 'untracked', binary: false, ranges: [], wholeFile: true }],
    [
      'renamed.py',
      { status: 'renamed', oldPath: 'old.py', binary: false, ranges: [], wholeFile: false },
    ],
  ]);
  const findings = [
    finding('a.py', 10, 11),
    finding('a.py', 10, 12), // line 12 is not changed: GitHub would not show it in the pull request
    finding('a.py', 21),
    finding('a.py', 22, 20), // an end before its start counts as one line
    finding('a.py', 5),
    finding('a.py', 30, 30, { state: 'suppressed' }),
    finding('new.py', 400),
    finding('renamed.py', 1),
    finding('gone.py', 1),
    finding('other.py', 10),
  ];
  const rows = (kept: Finding[]) =>
    kept.map((f) => `${f.location.path}:${f.location.startLine}-${f.location.endLine}`);

  it('changed-lines keeps findings whose every line was added or modified', () => {
    const result = filterByScope(findings, changed, 'changed-lines');
    expect(rows(result.findings)).toEqual([
      'a.py:10-11',
      'a.py:21-21',
      'a.py:22-20',
      'new.py:400-400',
    ]);
    expect([result.kept, result.leftOut]).toEqual([4, 5]);
    expect(scopeNotice('changed-lines', result)).toBe(
      '5 findings outside the changed lines were left out (scope: changed-lines); run with scope all to see them.',
    );
    expect(onChangedLines(finding('a.py', 10, 12), changed)).toBe(false);
    expect(onChangedLines(finding('a.py', 20, 22), changed)).toBe(true);
  });

  it('changed-files keeps every finding in a changed file that still exists', () => {
    const result = filterByScope(findings, changed, 'changed-files');
    expect(rows(result.findings)).toEqual([
      'a.py:10-11',
      'a.py:10-12',
      'a.py:21-21',
      'a.py:22-20',
      'a.py:5-5',
      'a.py:30-30',
      'new.py:400-400',
      'renamed.py:1-1',
    ]);
    expect([result.kept, result.leftOut]).toEqual([7, 2]);
    expect(scopeNotice('changed-files', result)).toMatch(
      /^2 findings in files this change did not touch were left out/,
    );
  });

  it('keeps everything for scope all, or when there was no base to compare with', () => {
    expect(filterByScope(findings, changed, 'all').leftOut).toBe(0);
    const all = filterByScope(findings, null, 'changed-lines');
    expect(all.findings).toHaveLength(findings.length);
    expect(scopeNotice('changed-lines', all)).toBeNull();
  });
});

describe('changed lines end to end: real findings on a real pull request branch', () => {
  it('matches finding paths to diff paths (spaces, unicode) and keeps only the new violation', async () => {
    const handler = (name: string) => [
      `def ${name}(conn):`,
      '    try:',
      '        conn.commit()',
      '    except:',
      '        pass',
      '',
    ];
    const { root, first } = repository({
      'app/sërvice file.py': ['import os', '', '', ...handler('old'), ''].join('\n'),
    });
    git(root, 'checkout', '-q', '-b', 'feature');
    write(root, {
      'app/sërvice file.py': [
        'import os',
        '',
        '',
        ...handler('old'),
        '',
        ...handler('added'),
        '',
      ].join('\n'),
    });
    commit(root, 'add a handler');
    const result = await runCheck(
      resolveConfig(root, { tools: ['patterns'], select: ['PBP601'] }),
      {
        workers: 0,
      },
    );
    expect(result.findings.map((f) => `${f.location.path}:${f.location.startLine}`)).toEqual([
      'app/sërvice file.py:7',
      'app/sërvice file.py:14',
    ]);
    const resolved = resolveBase({
      eventName: 'pull_request',
      eventPayload: { pull_request: { number: 1, base: { sha: first, ref: 'main' } } },
    });
    const changed = await changedLinesFromGit(
      result.config.base,
      resolved.base as string,
      executor,
    );
    const lines = filterByScope(result.findings, changed.files, 'changed-lines');
    expect(lines.findings.map((f) => f.location.startLine)).toEqual([14]);
    expect(lines.leftOut).toBe(1);
    expect(filterByScope(result.findings, changed.files, 'changed-files').kept).toBe(2);
  });
});
