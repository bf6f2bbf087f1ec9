/**
 * Installing a project's dependencies for mypy, for real and offline: three small packages are
 * built into wheels here (`typedpkg` with py.typed, `untypedpkg` without, and its stub package
 * `types-untypedpkg`), served to pip with `--no-index --find-links`, and mypy (Debian's, run as
 * `python -m mypy` as the venv runner runs it) checks a project that imports them — first without
 * the dependencies, then with `--python-executable` pointing at the installed environment.
 *
 * Needs a Python with mypy, setuptools, wheel and venv (Debian: mypy python3-setuptools
 * python3-wheel python3-venv).
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig, type Config } from '../../src/config.js';
import type { DependencyToolContext } from '../../src/deps/dependency-context.js';
import {
  DEPENDENCY_NOT_INSTALLED,
  dependencyEnvironment,
  describeInstall,
  installDependencies,
  installFailureFindings,
  type DependencyRunner,
  type InstallOptions,
} from '../../src/deps/install.js';
import { planDependencyInstall, type DependencyInstallPlan } from '../../src/deps/install-plan.js';
import { discover } from '../../src/discover.js';
import type { ExecRequest, Executor } from '../../src/exec/executor.js';
import { LocalExecutor } from '../../src/exec/local.js';
import type { RawFinding, ToolRun } from '../../src/model.js';
import type { ToolContext } from '../../src/tools/adapter.js';
import { createMypyAdapter } from '../../src/tools/mypy.js';
import { readFileSync } from 'node:fs';

const work = mkdtempSync(join(tmpdir(), 'pybp-deps-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** pip reads no config file and no machine-wide find-links: only what the test gives it. */
const HERMETIC = { PIP_CONFIG_FILE: '/dev/null', PIP_FIND_LINKS: '', PIP_CONSTRAINT: '' };

const host = new LocalExecutor();
let python = '';
let wheels = '';

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** The first Python with mypy, setuptools, wheel and a working venv module. */
function findPython(): string {
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(candidate, ['-c', 'import mypy.api, setuptools, wheel, venv, ensurepip'], {
        stdio: 'ignore',
      });
      return candidate;
    } catch {
      // Next one.
    }
  }
  throw new Error(
    'no Python with mypy, setuptools, wheel and venv: apt-get install mypy python3-setuptools python3-wheel python3-venv',
  );
}

beforeAll(() => {
  python = findPython();
  const sources = join(work, 'sources');
  write(sources, {
    'typedpkg/pyproject.toml': [
      '[build-system]',
      'requires = ["setuptools"]',
      'build-backend = "setuptools.build_meta"',
      '[project]',
      'name = "typedpkg"',
      'version = "1.0.0"',
      '[tool.setuptools]',
      'packages = ["typedpkg"]',
      '[tool.setuptools.package-data]',
      'typedpkg = ["py.typed"]',
      '',
    ].join('\n'),
    'typedpkg/typedpkg/__init__.py': 'def greet(name: str) -> str:\n    return "hello " + name\n',
    'typedpkg/typedpkg/py.typed': '',
    'untypedpkg/pyproject.toml': [
      '[build-system]',
      'requires = ["setuptools"]',
      'build-backend = "setuptools.build_meta"',
      '[project]',
      'name = "untypedpkg"',
      'version = "2.0.0"',
      '[tool.setuptools]',
      'packages = ["untypedpkg"]',
      '',
    ].join('\n'),
    'untypedpkg/untypedpkg/__init__.py': 'def count(items):\n    return len(items)\n',
    // A stub-only distribution, laid out as typeshed's are (`<module>-stubs`).
    'types-untypedpkg/setup.py': [
      'from setuptools import setup',
      'setup(name="types-untypedpkg", version="2.0.0.1", packages=["untypedpkg-stubs"],',
      '      package_data={"untypedpkg-stubs": ["__init__.pyi"]})',
      '',
    ].join('\n'),
    'types-untypedpkg/untypedpkg-stubs/__init__.pyi': 'def count(items: list[str]) -> int: ...\n',
  });
  wheels = join(work, 'wheels');
  execFileSync(
    python,
    [
      '-m',
      'pip',
      'wheel',
      '--no-deps',
      '--no-build-isolation',
      '--no-index',
      '--disable-pip-version-check',
      '-q',
      '-w',
      wheels,
      './typedpkg',
      './untypedpkg',
      './types-untypedpkg',
    ],
    { cwd: sources, env: { ...process.env, ...HERMETIC }, stdio: 'pipe' },
  );
}, 120_000);

/** `mypy` run as `python -m mypy`, as the venv runner runs it; everything else from PATH. */
const mypyExecutor: Executor = {
  name: 'local',
  run: (request: ExecRequest) =>
    request.command === 'mypy'
      ? host.run({ ...request, command: python, args: ['-m', 'mypy', ...request.args] })
      : host.run(request),
};

const APP = [
  'from typedpkg import greet',
  'from untypedpkg import count',
  '',
  '',
  'def main() -> None:',
  '    label: str = greet("pybp")',
  '    size: str = count(["a", "b"])',
  '    other: int = greet("again")',
  '    print(label, size, other)',
  '',
].join('\n');

interface Fixture {
  root: string;
  config: Config;
  context: ToolContext & DependencyToolContext;
  plan: DependencyInstallPlan;
}

function fixtureProject(name: string, requirements: string): Fixture {
  const root = join(work, name);
  mkdirSync(join(root, '.git'), { recursive: true });
  write(root, { 'requirements.txt': requirements, 'app/main.py': APP });
  const config: Config = { ...resolveConfig(root, { tools: ['mypy'] }), timeoutSeconds: 120 };
  const discovery = discover({ root, base: root, exclude: [], extendExclude: [] });
  const plan = planDependencyInstall(
    discovery.projectFiles,
    (path) => readFileSync(join(root, path), 'utf8'),
    // `untypedpkg` is not in mypy's table of stub packages: tell the plan, as a private index would.
    { extraStubs: { untypedpkg: 'types-untypedpkg' } },
  );
  return { root, config, context: { config, discovery, executor: mypyExecutor }, plan };
}

function runnerFor(cacheDir: string): DependencyRunner {
  return { executor: host, python, cacheDir };
}

function installOptions(root: string): InstallOptions {
  return { cwd: root, pipArgs: ['--no-index', '--find-links', wheels], env: HERMETIC };
}

const mypy = createMypyAdapter();
async function check(fixture: Fixture, cache: string): Promise<ToolRun> {
  const adapter = createMypyAdapter({ cacheDir: join(work, cache) });
  return adapter.run(fixture.context);
}
const rows = (run: ToolRun): string[] =>
  run.findings
    .map((f: RawFinding) => `${f.location.path}:${f.location.startLine} ${f.ruleId}`)
    .sort();
const missingImport = /^mypy\/(import|import-not-found|import-untyped)$/;

describe('installing the dependencies mypy needs', () => {
  it('makes the missing-import findings disappear and the real type errors appear; the second run is a cache hit', async () => {
    const fixture = fixtureProject('project', 'typedpkg==1.0.0\nuntypedpkg==2.0.0\n');
    expect(fixture.plan).toMatchObject({
      source: 'requirements.txt',
      kind: 'lock',
      pipArgs: ['-r', 'requirements.txt', 'types-untypedpkg'],
      stubPackages: ['types-untypedpkg'],
    });
    expect(mypy.name).toBe('mypy');

    // Without the dependencies: mypy cannot find them, and sees no type error through them.
    const before = await check(fixture, 'mypy-before');
    expect(before.status, before.reason).toBe('ok');
    const missing = before.findings.filter((f) => missingImport.test(f.ruleId));
    expect(missing.map((f) => f.location.startLine).sort()).toEqual([1, 2]);
    expect(before.findings.some((f) => f.ruleId === 'mypy/assignment')).toBe(false);

    // Install them (offline, from the wheels built above).
    const cacheDir = join(work, 'cache');
    const first = await installDependencies(
      runnerFor(cacheDir),
      fixture.plan,
      installOptions(fixture.root),
    );
    expect(first.problem).toBeNull();
    expect(first.failed).toEqual([]);
    expect(first.cacheHit).toBe(false);
    expect(first.installed).toEqual(
      expect.arrayContaining(['typedpkg==1.0.0', 'untypedpkg==2.0.0', 'types-untypedpkg==2.0.0.1']),
    );
    expect(first.pythonExecutable).toMatch(
      /\/py3\.\d+\.\d+-linux-[^/]+\/[0-9a-f]{24}\/bin\/python$/,
    );
    expect(existsSync(first.pythonExecutable ?? '')).toBe(true);
    expect(
      readdirSync(dirname(first.environmentPath ?? '')).filter((name) => name.includes('.tmp-')),
    ).toEqual([]);

    // With them: no missing import, and the errors only the real types reveal.
    fixture.context.dependencies = Promise.resolve(dependencyEnvironment(fixture.plan, first));
    const after = await check(fixture, 'mypy-after');
    expect(after.status, after.reason).toBe('ok');
    expect(after.findings.filter((f) => missingImport.test(f.ruleId))).toEqual([]);
    expect(rows(after)).toEqual(['app/main.py:7 mypy/assignment', 'app/main.py:8 mypy/assignment']);
    expect(after.findings.find((f) => f.location.startLine === 7)?.message).toMatch(
      /expression has type "int", variable has type "str"/,
    );
    expect(after.notices?.join('\n')).toMatch(
      /dependencies from requirements\.txt with 1 stub package\(s\): installed 3 package\(s\) in \d+\.\d s/,
    );

    // The second run with the same dependencies: a cache hit, well under 2 s.
    const second = await installDependencies(
      runnerFor(cacheDir),
      fixture.plan,
      installOptions(fixture.root),
    );
    expect(second.cacheHit).toBe(true);
    expect(second.pythonExecutable).toBe(first.pythonExecutable);
    expect(second.installed).toEqual(first.installed);
    expect(second.durationMs).toBeLessThan(2000);
    expect(describeInstall(fixture.plan, second)).toMatch(/cached environment of 3 package\(s\)/);
    console.info(
      `dependency install: first ${first.durationMs} ms, cache hit ${second.durationMs} ms`,
    );

    // A changed requirements file is another environment.
    writeFileSync(join(fixture.root, 'requirements.txt'), 'typedpkg==1.0.0\n');
    const changed = fixtureProject('project', 'typedpkg==1.0.0\n');
    const third = await installDependencies(
      runnerFor(cacheDir),
      changed.plan,
      installOptions(changed.root),
    );
    expect(third.cacheHit).toBe(false);
    expect(third.environmentPath).not.toBe(first.environmentPath);
  });

  it('reports a dependency that cannot be installed as a note, installs the others, and mypy still runs', async () => {
    const fixture = fixtureProject(
      'broken',
      'typedpkg==1.0.0\nuntypedpkg==2.0.0\nnonexistent-pkg==1.0\n',
    );
    const cacheDir = join(work, 'cache-broken');
    const result = await installDependencies(
      runnerFor(cacheDir),
      fixture.plan,
      installOptions(fixture.root),
    );
    expect(result.problem).toBeNull();
    expect(result.installed).toEqual(
      expect.arrayContaining(['typedpkg==1.0.0', 'untypedpkg==2.0.0', 'types-untypedpkg==2.0.0.1']),
    );
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]).toMatchObject({
      package: 'nonexistent-pkg==1.0',
      path: 'requirements.txt',
      line: 3,
      stub: false,
    });
    // pip's own words.
    expect(result.failed[0]?.message).toMatch(
      /No matching distribution found for nonexistent-pkg==1\.0|Could not find a version that satisfies the requirement nonexistent-pkg==1\.0/,
    );

    const notes = installFailureFindings(result);
    expect(notes).toEqual([
      expect.objectContaining({
        tool: 'mypy',
        ruleId: DEPENDENCY_NOT_INSTALLED.id,
        level: 'note',
        section: 'dependencies',
        location: expect.objectContaining({ path: 'requirements.txt', startLine: 3 }),
      }),
    ]);
    expect(notes[0]?.message).toMatch(
      /^The dependency nonexistent-pkg==1\.0 could not be installed for type checking, so mypy does not see its types; pip said: .*nonexistent-pkg/,
    );

    // mypy runs with what did install, and the note comes with its findings.
    fixture.context.dependencies = dependencyEnvironment(fixture.plan, result);
    const run = await check(fixture, 'mypy-broken');
    expect(run.status, run.reason).toBe('ok');
    expect(rows(run)).toEqual([
      'app/main.py:7 mypy/assignment',
      'app/main.py:8 mypy/assignment',
      'requirements.txt:3 mypy/dependency-not-installed',
    ]);
    expect(run.rules?.map((rule) => rule.id)).toContain(DEPENDENCY_NOT_INSTALLED.id);
    expect(describeInstall(fixture.plan, result)).toMatch(/1 could not be installed/);

    // The environment is kept with its failure, so the next run does not retry for a day.
    const again = await installDependencies(
      runnerFor(cacheDir),
      fixture.plan,
      installOptions(fixture.root),
    );
    expect(again.cacheHit).toBe(true);
    expect(again.failed).toEqual(result.failed);
  });

  it('never reuses an environment whose marker is missing, and rebuilds a partial one after a day', async () => {
    const fixture = fixtureProject('rebuild', 'typedpkg==1.0.0\nnonexistent-pkg==1.0\n');
    const cacheDir = join(work, 'cache-rebuild');
    const first = await installDependencies(
      runnerFor(cacheDir),
      fixture.plan,
      installOptions(fixture.root),
    );
    expect(first.failed).toHaveLength(1);
    unlinkSync(join(first.environmentPath ?? '', '.pybp-complete'));
    const rebuilt = await installDependencies(
      runnerFor(cacheDir),
      fixture.plan,
      installOptions(fixture.root),
    );
    expect(rebuilt.cacheHit).toBe(false);
    expect(rebuilt.environmentPath).toBe(first.environmentPath);
    expect(existsSync(join(rebuilt.environmentPath ?? '', '.pybp-complete'))).toBe(true);

    const tomorrow = () => new Date(Date.now() + 25 * 60 * 60_000);
    const later = await installDependencies(runnerFor(cacheDir), fixture.plan, {
      ...installOptions(fixture.root),
      now: tomorrow,
    });
    expect(later.cacheHit).toBe(false);
    expect(later.failed).toHaveLength(1);
    expect(existsSync(later.pythonExecutable ?? '')).toBe(true);
  });
});
