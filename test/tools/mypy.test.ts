import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { discover } from '../../src/discover.js';
import type { ExecRequest, ExecResult, Executor } from '../../src/exec/executor.js';
import { LocalExecutor } from '../../src/exec/local.js';
import type { RawFinding } from '../../src/model.js';
import {
  createMypyAdapter,
  defaultMypyCacheDir,
  findMypyConfig,
  judgeMypyExit,
  mypyArgv,
  mypyHasJson,
  mypyTargets,
  parseMypyJson,
  parseMypyOutput,
  parseMypyText,
  readIni,
  readMypyConfigFile,
} from '../../src/tools/mypy.js';
import { pythonRegex } from '../../src/tools/python-regex.js';
import { TOOL_ADAPTERS } from '../../src/tools/registry.js';
import { tempProject } from '../helpers/temp-project.js';

const RECORDED = resolve('test/fixtures/tool-output');
const PROJECTS = resolve('test/fixtures/projects');
const recorded = (name: string): string => readFileSync(join(RECORDED, name), 'utf8');
const row = (f: RawFinding): string =>
  `${f.location.path}:${f.location.startLine}:${f.location.startColumn}-${f.location.endLine}:${f.location.endColumn} ${f.level} ${f.ruleId}`;

const cacheRoot = mkdtempSync(join(tmpdir(), 'pybp-mypy-test-'));
afterAll(() => rmSync(cacheRoot, { recursive: true, force: true }));

/** Answers `--version` with `version`, every other call with `answer`; records the calls. */
function fakeMypy(
  version: string,
  answer: Partial<ExecResult>,
  calls: ExecRequest[] = [],
): Executor {
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
        return { ...base, stdout: `mypy ${version} (compiled: yes)\n` };
      return { ...base, ...answer };
    },
  };
}

/** Runs the real mypy through LocalExecutor, recording the argv. */
function recordingLocal(calls: ExecRequest[]): Executor {
  const local = new LocalExecutor();
  return { name: 'recording', run: (request) => (calls.push(request), local.run(request)) };
}

function contextFor(root: string, executor: Executor) {
  const config = resolveConfig(root, { tools: ['mypy'] });
  return { config, discovery: discover(config), executor };
}

describe('mypy text parser on real mypy 1.0.1 output', () => {
  const root = join(RECORDED, 'project');
  const parsed = parseMypyText(recorded('mypy-1.0.1.txt'), root, RECORDED);

  it('reads every error and note with its span; the end column becomes exclusive', () => {
    expect(parsed.findings.map(row)).toEqual([
      'project/typed.py:10:5-11:33 error mypy/override',
      'project/typed.py:18:14-18:21 error mypy/assignment',
      'project/typed.py:19:8-19:11 error mypy/list-item',
      'project/typed.py:19:13-19:16 error mypy/list-item',
      'project/typed.py:20:13-20:18 note mypy/misc',
      'project/typed.py:21:15-21:32 error mypy/assignment',
      'project/typed.py:22:11-22:23 error mypy/attr-defined',
      'project/handlers.py:13:16-13:17 error mypy/name-defined',
    ]);
    expect(parsed.stray).toEqual([]);
    expect(parsed.fileErrors).toEqual([]);
  });

  it('spans exactly the expression mypy blames', () => {
    // typed.py line 18 is `count: int = "three"`: "three" with its quotes is columns 14–20.
    const source = readFileSync(join(root, 'typed.py'), 'utf8').split('\n');
    const assignment = parsed.findings[1];
    const line = source[(assignment?.location.startLine ?? 1) - 1] ?? '';
    expect(
      line.slice(
        (assignment?.location.startColumn ?? 1) - 1,
        (assignment?.location.endColumn ?? 1) - 1,
      ),
    ).toBe('"three"');
  });

  it('appends the notes that belong to an error to its message, once each', () => {
    expect(parsed.findings[0]?.message).toBe(
      'Argument 1 of "greet" is incompatible with supertype "Base"; supertype defines the argument type as "str". ' +
        'This violates the Liskov substitution principle. ' +
        'See https://mypy.readthedocs.io/en/stable/common_issues.html#incompatible-overrides',
    );
    expect(parsed.findings[1]?.message).toBe(
      'Incompatible types in assignment (expression has type "str", variable has type "int")',
    );
  });

  it('keeps a note that follows no error at its place (reveal_type) as a note', () => {
    const note = parsed.findings.find((f) => f.level === 'note');
    expect(note?.message).toBe(
      'Revealed type is "def (values: builtins.list[builtins.int]) -> builtins.int"',
    );
  });

  it('gives the codes rule metadata from mypy’s docs', () => {
    const override = parsed.rules.find((rule) => rule.id === 'mypy/override');
    expect(override?.section).toBe('type-hints');
    expect(override?.level).toBe('error');
    expect(override?.summary).toBe(
      'A method or attribute override is incompatible with the base class.',
    );
    expect(override?.helpUri).toBe(
      'https://mypy.readthedocs.io/en/stable/_refs.html#code-override',
    );
    expect(parsed.rules.map((rule) => rule.id).sort()).toEqual([
      'mypy/assignment',
      'mypy/attr-defined',
      'mypy/list-item',
      'mypy/misc',
      'mypy/name-defined',
      'mypy/override',
    ]);
  });

  it('ignores --show-error-context lines and the summary line', () => {
    const context = parseMypyText(recorded('mypy-1.0.1.error-context.txt'), root, RECORDED);
    expect(context.findings.map(row)).toEqual(parsed.findings.map(row));
    expect(context.findings[0]?.message).toBe(parsed.findings[0]?.message);
    const summary = parseMypyText(recorded('mypy-1.0.1.summary.txt'), root, RECORDED);
    expect(summary.findings).toHaveLength(8);
    expect(summary.stray).toEqual([]);
    expect(parseMypyText(recorded('mypy-1.0.1.clean-summary.txt'), root, RECORDED)).toMatchObject({
      findings: [],
      stray: [],
    });
  });

  it('reads a syntax error as mypy/syntax', () => {
    const syntax = parseMypyText(recorded('mypy-1.0.1.syntax-error.txt'), root, RECORDED);
    expect(syntax.findings.map(row)).toEqual(['project/broken.py:1:16-1:17 error mypy/syntax']);
    expect(syntax.findings[0]?.message).toBe("'(' was never closed");
  });

  it('drops paths outside the repository', () => {
    const outside = parseMypyText('../../etc/x.py:1:1: error: nope  [misc]\n', '/repo', '/repo');
    expect(outside.findings).toEqual([]);
    expect(outside.stray).toEqual(['finding outside the checked folder ignored: ../../etc/x.py']);
  });

  it('reads lines without columns, file-level errors, and drops code-link notes', () => {
    const text = [
      'a.py:3: error: Missing return statement  [return]',
      'a.py:3: note: See https://mypy.rtfd.io/en/stable/_refs.html#code-return for more info',
      'b/conftest.py: error: Duplicate module named "conftest" (also at "a/conftest.py")',
      'b/conftest.py: note: See https://mypy.readthedocs.io/en/stable/running_mypy.html#mapping-file-paths-to-modules for more info',
      'c.py:2:5:2:16: note: By default the bodies of untyped functions are not checked, consider using --check-untyped-defs  [annotation-unchecked]',
    ].join('\n');
    const result = parseMypyText(text, '/repo', '/repo');
    expect(result.findings.map(row)).toEqual([
      'a.py:3:1-3:2 error mypy/return',
      'b/conftest.py:1:1-1:2 error mypy/misc',
      'c.py:2:5-2:17 note mypy/annotation-unchecked',
    ]);
    expect(result.findings[0]?.message).toBe('Missing return statement');
    expect(result.fileErrors[0]).toMatch(/Duplicate module named "conftest"/);
    expect(result.rules.find((rule) => rule.id === 'mypy/annotation-unchecked')?.level).toBe(
      'note',
    );
  });
});

describe('mypy JSON parser on public mypy 1.11 and 1.20 samples', () => {
  it('reads mypy 1.11 lines: 0-based columns, hints appended, free notes kept', () => {
    const parsed = parseMypyJson(recorded('mypy-json-1.11.jsonl'), '/repo', '/repo');
    expect(parsed.findings.map(row)).toEqual([
      'main:5:1-5:2 error mypy/call-arg',
      'main:12:13-12:14 note mypy/misc',
      'main:14:1-14:2 error mypy/call-overload',
      'main:17:1-17:2 error mypy/call-arg',
    ]);
    expect(parsed.findings[2]?.message).toBe(
      'No overload variant of "foo" matches argument type "str". Possible overload variants: def foo() -> None; def foo(x: int) -> None',
    );
    expect(parsed.stray).toEqual([]);
  });

  it('reads mypy 1.20 end positions (0-based exclusive) as SARIF end columns', () => {
    const parsed = parseMypyJson(recorded('mypy-json-1.20.jsonl'), '/repo', '/repo');
    expect(parsed.findings.map(row)).toEqual([
      'main:5:1-5:7 error mypy/call-arg',
      'main:12:13-12:16 note mypy/misc',
      'main:14:1-14:10 error mypy/call-overload',
      'main:17:1-17:10 error mypy/call-arg',
    ]);
  });

  it('reads the text a syntax error prints even in JSON mode, and skips its summary', () => {
    const parsed = parseMypyJson(recorded('mypy-json-1.20.2.syntax-error.txt'), '/repo', '/repo');
    expect(parsed.findings.map(row)).toEqual(['invalid.py:1:1-1:2 error mypy/syntax']);
    expect(parsed.stray).toEqual([]);
  });

  it('autodetects either format for imports', () => {
    expect(
      parseMypyOutput(recorded('mypy-1.0.1.txt'), join(RECORDED, 'project'), RECORDED).findings,
    ).toHaveLength(8);
    expect(
      parseMypyOutput(recorded('mypy-json-1.20.jsonl'), '/repo', '/repo').findings,
    ).toHaveLength(4);
  });
});

describe('mypy exit codes cross-checked with output', () => {
  const root = join(RECORDED, 'project');
  const judge = (name: string, stderr = '') =>
    judgeMypyExit(
      { exitCode: Number(recorded(`${name}.exitcode`)), stdout: recorded(`${name}.txt`), stderr },
      parseMypyText(recorded(`${name}.txt`), root, RECORDED),
    );

  it('accepts 0 and 1 with errors, stops at a syntax error, fails other blocking errors', () => {
    expect(judge('mypy-1.0.1')).toEqual({ kind: 'ok' });
    expect(judge('mypy-1.0.1.clean')).toEqual({ kind: 'ok' });
    const syntax = judge('mypy-1.0.1.syntax-error-dir');
    expect(syntax.kind).toBe('syntax');
    expect(syntax).toMatchObject({
      reason: expect.stringMatching(/^mypy stopped at a syntax error in project\/broken\.py:1:16/),
      errors: ["project/broken.py:1:16: '(' was never closed [mypy/syntax]"],
    });
    expect(judge('mypy-1.0.1.bad-config', recorded('mypy-1.0.1.bad-config.stderr.txt'))).toEqual({
      kind: 'failed',
      reason: 'mypy stopped with a blocking error',
    });
    expect(judge('mypy-1.0.1.no-files', recorded('mypy-1.0.1.no-files.stderr.txt')).kind).toBe(
      'failed',
    );
  });

  it('rejects exit 1 with nothing readable and any INTERNAL ERROR', () => {
    const empty = parseMypyText('', '/r', '/r');
    expect(judgeMypyExit({ exitCode: 1, stdout: '', stderr: '' }, empty)).toMatchObject({
      kind: 'failed',
    });
    const crash = 'a.py:3: error: INTERNAL ERROR -- Please try using mypy master on GitHub:\n';
    expect(
      judgeMypyExit({ exitCode: 2, stdout: crash, stderr: '' }, parseMypyText(crash, '/r', '/r')),
    ).toEqual({
      kind: 'failed',
      reason: 'mypy crashed (INTERNAL ERROR)',
    });
  });
});

describe('mypy argv and config', () => {
  it('asks for JSON only from mypy 1.11 and never passes a path as an option', () => {
    expect(mypyHasJson('1.0.1')).toBe(false);
    expect(mypyHasJson('1.10.0')).toBe(false);
    expect(mypyHasJson('1.11.0')).toBe(true);
    expect(mypyHasJson('2.0')).toBe(true);
    expect(mypyHasJson(null)).toBe(false);
    expect(mypyArgv(['-x.py', 'a.py'], { json: true, cacheDir: '/tmp/c' })).toEqual([
      '--show-column-numbers',
      '--show-error-end',
      '--show-error-codes',
      '--no-error-summary',
      '--no-color-output',
      '--no-pretty',
      '--hide-error-context',
      '-O',
      'json',
      '--cache-dir',
      '/tmp/c',
      '--',
      './-x.py',
      'a.py',
    ]);
    expect(mypyArgv([], { json: false, cacheDir: null })).not.toContain('--');
  });

  it('keeps the cache outside the repository by default', () => {
    const dir = defaultMypyCacheDir('/srv/repo');
    expect(dir.startsWith(tmpdir())).toBe(true);
    expect(dir).not.toBe(defaultMypyCacheDir('/srv/other'));
  });

  it('reads mypy.ini the way configparser does (multi-line verbose exclude)', () => {
    const ini = readIni(
      '[mypy]\nexclude = (?x)(\n    ^one\\.py$    # one\n  | two\\.pyi$\n  )\n; comment\nFILES: a.py, b.py\n',
    );
    expect(ini.get('mypy')).toEqual({
      exclude: '(?x)(\n^one\\.py$    # one\n| two\\.pyi$\n)',
      files: 'a.py, b.py',
    });
    const regex = pythonRegex(ini.get('mypy')?.exclude ?? '');
    expect(regex?.test('one.py')).toBe(true);
    expect(regex?.test('sub/one.py')).toBe(false);
    expect(regex?.test('x/two.pyi')).toBe(true);
  });

  it('finds the config mypy reads, in mypy’s order, and what it says', () => {
    const config = findMypyConfig(join(PROJECTS, 'mypy-basic'), '1.0.1');
    expect(config.file).toBe(join(PROJECTS, 'mypy-basic', 'mypy.ini'));
    expect(config.exclude).toEqual(['(?x)(\n^generated/    # written by the OpenAPI generator\n)']);
    expect(config.namesTargets).toBe(false);
    const targets = findMypyConfig(join(PROJECTS, 'mypy-targets'), '1.0.1');
    expect(targets.namesTargets).toBe(true);
    // setup.cfg without [mypy] and pyproject.toml without [tool.mypy] are passed over.
    expect(readMypyConfigFile('/x/setup.cfg', '[flake8]\nmax-line-length = 100\n')).toBeNull();
    expect(readMypyConfigFile('/x/pyproject.toml', '[tool.black]\nline-length = 100\n')).toBeNull();
    expect(
      readMypyConfigFile(
        '/x/pyproject.toml',
        '[tool.mypy]\nexclude = ["^a/", "b\\\\.py$"]\ncache_dir = ".cache"\n',
      ),
    ).toMatchObject({
      exclude: ['^a/', 'b\\.py$'],
      setsCacheDir: true,
    });
  });

  it('applies exclude as mypy’s own walk would, plus the folders it always skips', () => {
    const files = [
      'app/a.py',
      'generated/client.py',
      'app/generated/x.py',
      '.github/ci.py',
      'node_modules/p/x.py',
    ];
    expect(mypyTargets(files, ['(?x)(\n^generated/  # gen\n)'])).toEqual({
      files: ['app/a.py', 'app/generated/x.py'],
      excluded: 3,
      unusable: [],
    });
    expect(mypyTargets(['a.py'], ['(?i:a)']).unusable).toEqual(['(?i:a)']);
  });
});

describe('mypy adapter', () => {
  const adapter = createMypyAdapter({ cacheDir: join(cacheRoot, 'cache') });

  it('is registered', () => {
    expect(TOOL_ADAPTERS.mypy?.name).toBe('mypy');
  });

  it('runs the real mypy on a project, honouring its mypy.ini', async () => {
    const calls: ExecRequest[] = [];
    const root = join(PROJECTS, 'mypy-basic');
    const run = await adapter.run(contextFor(root, recordingLocal(calls)));
    expect(run.status).toBe('ok');
    expect(run.version).toMatch(/^\d+\.\d+/);
    const prefix = 'test/fixtures/projects/mypy-basic/';
    expect(run.findings.map((f) => row(f).replace(prefix, ''))).toEqual([
      'app/service.py:10:5-11:25 error mypy/override',
      'app/service.py:16:12-16:29 error mypy/union-attr',
      'app/service.py:20:18-20:35 error mypy/assignment',
      'app/service.py:24:1-25:36 error mypy/no-untyped-def',
    ]);
    expect(run.findings[0]?.message).toMatch(
      /^Argument 1 of "send" is incompatible with supertype "Notifier".*\. This violates the Liskov substitution principle\./,
    );
    // exclude = ^generated/ holds although mypy is given files: generated/ is not passed.
    const check = calls.find((call) => !call.args.includes('--version'));
    expect(check?.args).toContain('app/service.py');
    expect(check?.args.some((arg) => arg.startsWith('generated'))).toBe(false);
    expect(check?.cwd).toBe(root);
    expect(existsSync(join(root, '.mypy_cache'))).toBe(false);
  });

  it('lets the project name its targets (files = ["src"]) and passes none itself', async () => {
    const calls: ExecRequest[] = [];
    const run = await adapter.run(
      contextFor(join(PROJECTS, 'mypy-targets'), recordingLocal(calls)),
    );
    expect(run.status).toBe('ok');
    expect(
      run.findings.map((f) => row(f).replace('test/fixtures/projects/mypy-targets/', '')),
    ).toEqual(['src/shop/prices.py:2:12-2:23 error mypy/return-value']);
    expect(calls.find((call) => !call.args.includes('--version'))?.args).not.toContain('--');
  });

  it('marks a run stopped by a syntax error as failed and says where', async () => {
    const run = await adapter.run(contextFor(join(PROJECTS, 'mypy-syntax'), new LocalExecutor()));
    expect(run.status).toBe('failed');
    expect(run.reason).toMatch(
      /^mypy stopped at a syntax error in test\/fixtures\/projects\/mypy-syntax\/broken\.py:1:/,
    );
    expect(run.notices).toEqual([expect.stringMatching(/broken\.py:1:\d+: .+ \[mypy\/syntax\]$/)]);
    expect(run.findings).toEqual([]);
  });

  it('uses -O json from mypy 1.11 and reads it', async () => {
    const calls: ExecRequest[] = [];
    const root = join(PROJECTS, 'mypy-syntax');
    const stdout =
      '{"file": "app.py", "line": 2, "column": 11, "end_line": 2, "end_column": 24, "message": "Incompatible return value type (got \\"Any\\", expected \\"int\\")", "hint": null, "code": "no-any-return", "severity": "error"}\n';
    const run = await adapter.run(
      contextFor(root, fakeMypy('1.20.0', { exitCode: 1, stdout }, calls)),
    );
    expect(run.status).toBe('ok');
    expect(run.version).toBe('1.20.0');
    expect(run.findings.map(row)).toEqual([
      'test/fixtures/projects/mypy-syntax/app.py:2:12-2:25 error mypy/no-any-return',
    ]);
    const check = calls[1];
    expect(check?.args.slice(7, 9)).toEqual(['-O', 'json']);
    expect(check?.args).toContain('broken.py');
  });

  it('leaves the cache where the project or the tools container puts it', async () => {
    const defaults = createMypyAdapter();
    const argsOf = async (root: string, executor: Executor, calls: ExecRequest[]) => {
      await defaults.run(contextFor(root, executor));
      return calls.find((call) => !call.args.includes('--version'))?.args ?? [];
    };
    const plain: ExecRequest[] = [];
    const plainArgs = await argsOf(
      join(PROJECTS, 'mypy-syntax'),
      fakeMypy('1.0.1', {}, plain),
      plain,
    );
    expect(plainArgs[plainArgs.indexOf('--cache-dir') + 1]).toBe(
      defaultMypyCacheDir(join(PROJECTS, 'mypy-syntax')),
    );
    const own = tempProject({ 'mypy.ini': '[mypy]\ncache_dir = .cache/mypy\n', 'a.py': 'x = 1\n' });
    const ownCalls: ExecRequest[] = [];
    expect(await argsOf(own, fakeMypy('1.0.1', {}, ownCalls), ownCalls)).not.toContain(
      '--cache-dir',
    );
    const dockerCalls: ExecRequest[] = [];
    const docker = { ...fakeMypy('1.0.1', {}, dockerCalls), name: 'docker' };
    expect(await argsOf(join(PROJECTS, 'mypy-syntax'), docker, dockerCalls)).not.toContain(
      '--cache-dir',
    );
  });

  it('reports a missing mypy as missing, a crash as failed with what it printed', async () => {
    const root = join(PROJECTS, 'mypy-syntax');
    const missing = await adapter.run(
      contextFor(root, fakeMypy('1.0.1', { missing: true, exitCode: null })),
    );
    expect(missing.status).toBe('missing');
    const notFound: Executor = {
      name: 'empty-path',
      run: (request) => new LocalExecutor().run({ ...request, command: 'mypy-not-installed-here' }),
    };
    expect((await adapter.run(contextFor(root, notFound))).status).toBe('missing');

    const crash = await adapter.run(
      contextFor(
        root,
        fakeMypy('1.0.1', {
          exitCode: 2,
          stdout: 'app.py:1: error: INTERNAL ERROR -- Please try using mypy master on GitHub:\n',
          stderr:
            'Traceback (most recent call last):\n  File "mypy/checker.py", line 1\nAssertionError\n',
        }),
      ),
    );
    expect(crash.status).toBe('failed');
    expect(crash.reason).toMatch(
      /^mypy crashed \(INTERNAL ERROR\): Traceback \(most recent call last\):/,
    );
    expect(crash.findings).toEqual([]);

    const garbage = await adapter.run(
      contextFor(root, fakeMypy('1.0.1', { exitCode: 2, stdout: '\x00\x01 not mypy', stderr: '' })),
    );
    expect(garbage.status).toBe('failed');
    expect(garbage.reason).toBe('mypy stopped with a blocking error: \x00\x01 not mypy');

    const silent = await adapter.run(
      contextFor(root, fakeMypy('1.0.1', { exitCode: 1, stdout: '' })),
    );
    expect(silent.status).toBe('failed');
    expect(silent.findings).toEqual([]);
  });

  it('imports a saved report in either format', () => {
    const context = contextFor(join(RECORDED, 'project'), fakeMypy('1.0.1', {}));
    const text = adapter.importReport(recorded('mypy-1.0.1.txt'), context);
    expect(text.status).toBe('ok');
    expect(text.findings).toHaveLength(8);
    expect(adapter.importReport('<html>not a report</html>\n', context).status).toBe('failed');
  });
});
