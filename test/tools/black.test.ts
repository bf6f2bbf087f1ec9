import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { discover } from '../../src/discover.js';
import type { ExecRequest, ExecResult, Executor } from '../../src/exec/executor.js';
import { LocalExecutor } from '../../src/exec/local.js';
import type { Fix, RawFinding } from '../../src/model.js';
import {
  BLACK_DEFAULT_EXCLUDES,
  blackAdapter,
  blackArgv,
  blackTargets,
  findBlackProjectRoot,
  lineMapFor,
  parseBlackDiff,
  readBlackConfig,
  type BlackConfig,
} from '../../src/tools/black.js';
import { TOOL_ADAPTERS } from '../../src/tools/registry.js';
import { tempProject } from '../helpers/temp-project.js';

const RECORDED = resolve('test/fixtures/tool-output');
const PROJECTS = resolve('test/fixtures/projects');
const BASIC = join(PROJECTS, 'black-basic');
/** Where the recordings were made: black 23.1 prints absolute paths, so they name that folder. */
const RECORDED_AT = '/home/dev/pybp/test/fixtures/tool-output';
const recorded = (name: string): string =>
  readFileSync(join(RECORDED, name), 'utf8').replaceAll(RECORDED_AT, RECORDED);
const row = (f: RawFinding): string =>
  `${f.location.path}:${f.location.startLine}:${f.location.startColumn}-${f.location.endLine}:${f.location.endColumn} ${f.level} ${f.ruleId}`;

/**
 * What a SARIF consumer does with our fixes: the region of whole lines `startLine`–`endLine`
 * (up to, not including, the last line's newline sequence) is replaced by the text.
 */
function applyFixes(text: string, fixes: Fix[]): string {
  let result = text;
  for (const fix of [...fixes].sort((a, b) => b.startLine - a.startLine)) {
    const starts = [0];
    for (const match of result.matchAll(/\r\n|\r|\n/g))
      starts.push((match.index ?? 0) + match[0].length);
    const from = starts[fix.startLine - 1] ?? result.length;
    const lineEnd = /\r\n|\r|\n/g;
    lineEnd.lastIndex = starts[fix.endLine - 1] ?? result.length;
    const to = lineEnd.exec(result)?.index ?? result.length;
    result = result.slice(0, from) + fix.text + result.slice(to);
  }
  return result;
}

/** black's own output for `files[target]`, formatted in a temporary copy of `files`. */
async function formattedByBlack(files: Record<string, string>, target: string): Promise<string> {
  const root = tempProject(files);
  const result = await new LocalExecutor().run({
    command: 'black',
    args: ['-q', target],
    cwd: root,
    timeoutMs: 60_000,
  });
  expect(result.exitCode).toBe(0);
  return readFileSync(join(root, target), 'utf8');
}

function fakeBlack(answer: Partial<ExecResult>, calls: ExecRequest[] = []): Executor {
  return {
    name: 'fake',
    run: async (request) => {
      calls.push(request);
      const base: ExecResult = {
        exitCode: 0,
        signal: null,
        stdout: '',
        stderr: '',
        durationMs: 1,
        timedOut: false,
        truncated: false,
        missing: false,
      };
      if (request.args.includes('--version'))
        return { ...base, stdout: 'black, 23.1.0 (compiled: no)\nPython (CPython) 3.11.2\n' };
      return { ...base, ...answer };
    },
  };
}

function contextFor(root: string, executor: Executor) {
  const config = resolveConfig(root, { tools: ['black'] });
  return { config, discovery: discover(config), executor };
}

describe('black diff parser on real black 23.1 output', () => {
  // black 23.1 printed absolute paths (the recording's prefix is mapped to this checkout above).
  const project = join(RECORDED, 'project');
  const parsed = parseBlackDiff(
    recorded('black-23.1.0.diff.txt'),
    recorded('black-23.1.0.stderr.txt'),
    123,
    project,
    RECORDED,
  );

  it('makes one finding per hunk on the lines it changes, and one for the file it cannot parse', () => {
    expect(parsed.problem).toBeNull();
    expect(parsed.findings.map(row)).toEqual([
      'project/handlers.py:14:1-14:5 warning black/format',
      'project/pkg/needs_format.py:4:1-6:33 warning black/format',
      'project/style.py:2:1-14:1 warning black/format',
      'project/broken.py:2:5-2:6 error black/parse-error',
    ]);
    expect(parsed.findings.map((f) => f.message)).toEqual([
      'Black would reformat line 14; run black on this file.',
      'Black would reformat lines 4–6; run black on this file.',
      'Black would reformat lines 2–14; run black on this file.',
      'Black cannot parse this file (line 2, column 5), so its formatting is not checked; fix the syntax error.',
    ]);
    expect(parsed.reformat).toEqual([
      'project/handlers.py',
      'project/pkg/needs_format.py',
      'project/style.py',
    ]);
    expect(parsed.notices).toEqual([]);
  });

  it('gives each hunk black’s new text as a whole-line fix', () => {
    expect(parsed.findings[1]?.fix).toEqual({
      description: 'Format lines 4–6 as black does',
      startLine: 4,
      endLine: 6,
      text:
        'def build(name: str, size: int) -> Dict[str, int]:\n' +
        '    mapping = {"name_length": len(name), "size": size, "total": len(name) + size}',
    });
    expect(parsed.findings[0]?.fix).toMatchObject({ startLine: 14, endLine: 14, text: '' });
  });

  it('has fixes that, applied, give exactly what black writes', async () => {
    for (const name of ['handlers.py', 'pkg/needs_format.py', 'style.py']) {
      const original = readFileSync(join(project, name), 'utf8');
      const fixes = parsed.findings
        .filter((f) => f.location.path === `project/${name}`)
        .flatMap((f) => (f.fix ? [f.fix] : []));
      expect(applyFixes(original, fixes)).toBe(
        await formattedByBlack({ 'x.py': original }, 'x.py'),
      );
    }
  });

  it('reads newer headers (timestamps as +00:00) the same', () => {
    const newer = parseBlackDiff(
      recorded('black-24plus.assembled.diff.txt'),
      recorded('black-23.1.0.stderr.txt'),
      123,
      project,
      RECORDED,
    );
    expect(newer.findings).toEqual(parsed.findings);
  });

  it('reads the reformat-only (exit 1) and clean (exit 0) runs', () => {
    const reformat = parseBlackDiff(
      recorded('black-23.1.0.reformat-only.diff.txt'),
      recorded('black-23.1.0.reformat-only.stderr.txt'),
      1,
      project,
      RECORDED,
    );
    expect(reformat.problem).toBeNull();
    expect(reformat.findings.map(row)).toEqual([
      'project/pkg/needs_format.py:4:1-6:33 warning black/format',
    ]);
    const clean = parseBlackDiff(
      '',
      recorded('black-23.1.0.clean.stderr.txt'),
      0,
      join(RECORDED, 'project-formatted'),
      RECORDED,
    );
    expect(clean).toEqual({ findings: [], reformat: [], notices: [], problem: null });
  });

  it('reads newer parse errors and other failures', () => {
    const stderr = [
      'error: cannot format /repo/app/models.py: Cannot parse for target version Python 3.12: 7:11:     match = x',
      'error: cannot format /repo/app/odd.py: INTERNAL ERROR: Black produced code that is not equivalent to the source.',
    ].join('\n');
    const result = parseBlackDiff('', stderr, 123, '/repo', '/repo');
    expect(result.problem).toBeNull();
    expect(result.findings.map(row)).toEqual(['app/models.py:7:12-7:13 error black/parse-error']);
    expect(result.findings[0]?.message).toMatch(
      /^Black cannot parse this file for Python 3\.12 \(line 7, column 12\)/,
    );
    expect(result.notices).toEqual([
      'black could not check app/odd.py: INTERNAL ERROR: Black produced code that is not equivalent to the source.',
    ]);
  });

  it('cross-checks the exit code with what black printed', () => {
    expect(parseBlackDiff('', '', 1, '/r', '/r').problem).toBe(
      'black exited with 1 but named no file to reformat',
    );
    expect(parseBlackDiff('', 'Oh no! 💥 💔 💥\n', 123, '/r', '/r').problem).toMatch(/exit 123/);
    expect(parseBlackDiff('', "Error: Invalid value for '--config'\n", 2, '/r', '/r').problem).toBe(
      'black exited with code 2',
    );
    expect(
      parseBlackDiff(
        '',
        'Traceback (most recent call last):\n  File "black/__init__.py"\n',
        1,
        '/r',
        '/r',
      ).problem,
    ).toBe('black crashed');
    // "would reformat" without a diff still gives a finding.
    const noDiff = parseBlackDiff('', 'would reformat /r/a.py\n', 1, '/r', '/r');
    expect(noDiff.problem).toBeNull();
    expect(noDiff.findings.map(row)).toEqual(['a.py:1:1-1:2 warning black/format']);
  });

  it('reads removed lines that look like headers, insertions and a missing final newline', () => {
    const diff = [
      '--- a.py\t2024-01-01 00:00:00.000000+00:00',
      '+++ a.py\t2024-01-01 00:00:01.000000+00:00',
      '@@ -1,3 +1,3 @@',
      ' x = 1',
      '--- y',
      '+-(-y)',
      '-z',
      '\\ No newline at end of file',
      '+z',
      '--- b.py\t2024-01-01 00:00:00.000000+00:00',
      '+++ b.py\t2024-01-01 00:00:01.000000+00:00',
      '@@ -1,2 +1,4 @@',
      ' import os',
      '+',
      '+',
      ' def f():',
      '',
    ].join('\n');
    const result = parseBlackDiff(
      diff,
      'would reformat a.py\nwould reformat b.py\n',
      1,
      '/r',
      '/r',
    );
    expect(result.findings.map((f) => `${row(f)} ${f.message}`)).toEqual([
      'a.py:2:1-3:2 warning black/format Black would reformat lines 2–3; run black on this file.',
      'b.py:1:1-1:10 warning black/format Black would add 2 lines after line 1; run black on this file.',
    ]);
    expect(
      applyFixes('x = 1\n-- y\nz', result.findings[0]?.fix ? [result.findings[0].fix] : []),
    ).toBe('x = 1\n-(-y)\nz\n');
    expect(
      applyFixes('import os\ndef f():\n', result.findings[1]?.fix ? [result.findings[1].fix] : []),
    ).toBe('import os\n\n\ndef f():\n');
  });
});

describe('black line numbers where Python splits lines that editors do not', () => {
  it('maps black’s splitlines() numbering back to file lines around form feeds', () => {
    const map = lineMapFor('import os\n\n\f\ndef home( ):\n');
    expect(map?.physical).toEqual([1, 2, 3, 3, 4]);
    expect([...(map?.split ?? [])].sort()).toEqual([3, 4]);
    expect(lineMapFor('plain\ntext\n')).toBeNull();
  });
});

describe('black config', () => {
  const config = (over: Partial<BlackConfig>): BlackConfig => ({
    projectRoot: '/repo',
    file: null,
    include: null,
    exclude: null,
    extendExclude: null,
    forceExclude: null,
    problems: [],
    ...over,
  });

  it('finds black’s project root and reads [tool.black]', () => {
    const files = [join(BASIC, 'app', 'views.py'), join(BASIC, 'migrations', '0001_initial.py')];
    expect(findBlackProjectRoot(files, '23.1.0')).toBe(BASIC);
    const read = readBlackConfig(BASIC);
    expect(read.file).toBe(join(BASIC, 'pyproject.toml'));
    expect(read.extendExclude).toBe('/(\n    migrations   # generated by Django\n)/\n');
    // Since black 24.2 a pyproject.toml without [tool.black] is not a project root.
    const root = tempProject({
      'pyproject.toml': '[project]\nname = "x"\n',
      'pkg/a.py': 'x = 1\n',
      'pkg/pyproject.toml': '[tool.isort]\n',
    });
    expect(findBlackProjectRoot([join(root, 'pkg', 'a.py')], '23.1.0')).toBe(join(root, 'pkg'));
    expect(findBlackProjectRoot([join(root, 'pkg', 'a.py')], '24.2.0')).toBe(root);
  });

  it('applies exclude, extend-exclude, force-exclude and include as `black .` would', () => {
    const files = [
      'app/a.py',
      'migrations/0001.py',
      'app/migrations/x.py',
      'build/lib/a.py',
      'app/gen.py',
      'app/b.py',
    ];
    expect(
      blackTargets(
        '/repo',
        files,
        config({ extendExclude: '/(\n  migrations  # django\n)/\n', forceExclude: 'app/gen\\.py' }),
      ),
    ).toEqual({ files: ['app/a.py', 'app/b.py'], excluded: 4, unusable: [] });
    // A project's own `exclude` replaces black's defaults (build/ is then checked).
    expect(blackTargets('/repo', ['build/lib/a.py'], config({ exclude: '/docs/' })).files).toEqual([
      'build/lib/a.py',
    ]);
    expect(blackTargets('/repo', ['app/a.py'], config({ include: '\\.pyi$' })).files).toEqual([]);
    // Patterns see paths from black's project root, folders below the checked folder only.
    expect(
      blackTargets('/repo/svc', ['a.py'], config({ extendExclude: '^/svc/a\\.py$' })).files,
    ).toEqual([]);
    // As with black itself: run inside a folder named build, the default exclude matches it.
    expect(blackTargets('/repo/build', ['a.py'], config({})).files).toEqual([]);
    expect(BLACK_DEFAULT_EXCLUDES).toContain('|venv|');
  });

  it('passes files after `--`, never as options', () => {
    expect(blackArgv(['-x.py'])).toEqual(['--check', '--diff', '--no-color', '--', './-x.py']);
    expect(blackArgv(['a.py'], '/r/pyproject.toml')).toEqual([
      '--check',
      '--diff',
      '--no-color',
      '--config',
      '/r/pyproject.toml',
      '--',
      'a.py',
    ]);
  });
});

describe('black adapter', () => {
  it('is registered', () => {
    expect(TOOL_ADAPTERS.black?.name).toBe('black');
  });

  it('runs the real black on a project, honouring its [tool.black]', async () => {
    const calls: ExecRequest[] = [];
    const local = new LocalExecutor();
    const recording: Executor = {
      name: 'recording',
      run: (request) => (calls.push(request), local.run(request)),
    };
    const run = await blackAdapter.run(contextFor(BASIC, recording));
    expect(run.status).toBe('ok');
    expect(run.version).toMatch(/^\d+\.\d+/);
    const prefix = 'test/fixtures/projects/black-basic/';
    expect(run.findings.map((f) => `${row(f).replace(prefix, '')} ${f.message}`)).toEqual([
      // The form feeds on lines 3 and 7 are line breaks to black: its lines 3–11 are the file's 3–9.
      'app/legacy.py:3:1-9:46 warning black/format Black would reformat lines 3–9; run black on this file.',
      // line-length = 100: the 96-character line 5 is left alone.
      'app/views.py:4:1-10:48 warning black/format Black would reformat lines 4–10; run black on this file.',
      'app/broken.py:2:5-2:6 error black/parse-error Black cannot parse this file (line 2, column 5), so its formatting is not checked; fix the syntax error.',
    ]);
    // No fix where black's lines are not the file's lines.
    expect(run.findings[0]?.fix).toBeUndefined();
    expect(run.rules?.map((rule) => rule.id).sort()).toEqual(['black/format', 'black/parse-error']);
    // extend-exclude holds although black is given files: migrations/ is not passed.
    const check = calls.find((call) => !call.args.includes('--version'));
    expect(check?.args.some((arg) => arg.startsWith('migrations'))).toBe(false);
    expect(check?.args).toContain('app/views.py');

    const views = readFileSync(join(BASIC, 'app', 'views.py'), 'utf8');
    const formatted = await formattedByBlack(
      { 'pyproject.toml': readFileSync(join(BASIC, 'pyproject.toml'), 'utf8'), 'views.py': views },
      'views.py',
    );
    expect(applyFixes(views, run.findings[1]?.fix ? [run.findings[1].fix] : [])).toBe(formatted);
  });

  it('keeps CRLF line ends in its fixes', async () => {
    const original = "x = {'a':1}\r\ny=2\r\n";
    const root = tempProject({ 'crlf.py': original });
    const run = await blackAdapter.run(contextFor(root, new LocalExecutor()));
    expect(run.findings.map(row)).toEqual(['crlf.py:1:1-2:4 warning black/format']);
    expect(run.findings[0]?.fix?.text).toBe('x = {"a": 1}\r\ny = 2');
    const fixes = run.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    expect(applyFixes(original, fixes)).toBe(
      await formattedByBlack({ 'crlf.py': original }, 'crlf.py'),
    );
  });

  it('is clean on a formatted project and skips one without Python files', async () => {
    const root = tempProject({
      'greet.py': 'def greet(name: str) -> str:\n    return f"hello {name}"\n',
    });
    const clean = await blackAdapter.run(contextFor(root, new LocalExecutor()));
    expect(clean).toMatchObject({ status: 'ok', findings: [] });
    const none = await blackAdapter.run(
      contextFor(tempProject({ 'README.md': '# x\n' }), new LocalExecutor()),
    );
    expect(none.status).toBe('skipped');
  });

  it('reports a missing black as missing, a crash as failed with what it printed', async () => {
    const root = tempProject({ 'a.py': 'x = 1\n' });
    expect(
      (await blackAdapter.run(contextFor(root, fakeBlack({ missing: true, exitCode: null }))))
        .status,
    ).toBe('missing');
    const notFound: Executor = {
      name: 'empty-path',
      run: (request) =>
        new LocalExecutor().run({ ...request, command: 'black-not-installed-here' }),
    };
    expect((await blackAdapter.run(contextFor(root, notFound))).status).toBe('missing');

    const crash = await blackAdapter.run(
      contextFor(
        root,
        fakeBlack({
          exitCode: 1,
          stderr:
            'Traceback (most recent call last):\n  File "black/__init__.py", line 1\nKeyError: x\n',
        }),
      ),
    );
    expect(crash.status).toBe('failed');
    expect(crash.reason).toMatch(/^black crashed: Traceback \(most recent call last\):/);
    expect(crash.findings).toEqual([]);

    const garbage = await blackAdapter.run(
      contextFor(
        root,
        fakeBlack({
          exitCode: 2,
          stdout: 'garbage',
          stderr: 'Usage: black [OPTIONS] SRC ...\nError: No such option: --diff',
        }),
      ),
    );
    expect(garbage.status).toBe('failed');
    expect(garbage.reason).toBe(
      'black exited with code 2: Usage: black [OPTIONS] SRC ...\nError: No such option: --diff',
    );

    const required = await blackAdapter.run(
      contextFor(
        root,
        fakeBlack({
          exitCode: 1,
          stderr:
            'Oh no! 💥 💔 💥 The required version `24` does not match the running version `23.1.0`!\n',
        }),
      ),
    );
    expect(required.status).toBe('failed');
    expect(required.reason).toMatch(/^black exited with 1 but named no file to reformat: Oh no!/);

    const timeout = await blackAdapter.run(
      contextFor(root, fakeBlack({ timedOut: true, exitCode: null, signal: 'SIGKILL' })),
    );
    expect(timeout.status).toBe('failed');
    expect(timeout.reason).toMatch(/did not finish within/);
  });

  it('imports a saved diff', () => {
    const root = tempProject({
      'pkg/needs_format.py': readFileSync(
        join(RECORDED, 'project', 'pkg', 'needs_format.py'),
        'utf8',
      ),
    });
    const context = contextFor(root, fakeBlack({}));
    const diff = recorded('black-23.1.0.reformat-only.diff.txt').replaceAll(
      join(RECORDED, 'project'),
      root,
    );
    const imported = blackAdapter.importReport(diff, context);
    expect(imported.status).toBe('ok');
    expect(imported.findings.map(row)).toEqual([
      'pkg/needs_format.py:4:1-6:33 warning black/format',
    ]);
    expect(blackAdapter.importReport('{"not": "a diff"}\n', context).status).toBe('failed');
  });
});
