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
  readFileSync,
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
  blamedRequirements,
  dependencyCacheKey,
  DEPENDENCY_NOT_INSTALLED,
  dependencyEnvironment,
  describeInstall,
  installDependencies,
  installedBy,
  installFailureFindings,
  locateEnvironment,
  pipEnvironment,
  pipMessage,
  redact,
  type DependencyRunner,
  type InstallOptions,
} from '../../src/deps/install.js';
import {
  dependencyDecision,
  dependencyRunnerFor,
  isInstallDependenciesSetting,
  prepareDependencies,
} from '../../src/deps/prepare.js';
import { normaliseName } from '../../src/deps/requirements.js';
import { planDependencyInstall, type DependencyInstallPlan } from '../../src/deps/install-plan.js';
import { discover } from '../../src/discover.js';
import type { ExecRequest, ExecResult, Executor } from '../../src/exec/executor.js';
import { DockerExecutor } from '../../src/exec/docker.js';
import { LocalExecutor } from '../../src/exec/local.js';
import { VenvExecutor } from '../../src/exec/venv.js';
import type { RawFinding, ToolRun } from '../../src/model.js';
import type { ToolContext } from '../../src/tools/adapter.js';
import { createMypyAdapter, mypyArgv } from '../../src/tools/mypy.js';
import { makeProject } from '../tools/tool-context.js';
import { ScriptedExecutor } from '../tools/scripted-executor.js';

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

// ---------------------------------------------------------------------------------------------
// The retry logic and its reports, on a scripted machine (no processes).

function scriptedPlan(requirements: string[], options: string[] = []): DependencyInstallPlan {
  return {
    source: 'requirements.txt',
    kind: 'lock',
    files: ['requirements.txt'],
    pipArgs: [...options, ...requirements],
    options,
    requirements: requirements.map((spec, index) => ({
      name: normaliseName(spec.split(/[=<>\s]/)[0] ?? spec),
      args: [spec],
      path: 'requirements.txt',
      line: index + 1,
      stub: false,
    })),
    stubPackages: [],
    stubsSeparately: false,
    notes: [],
    cacheInput: JSON.stringify(requirements),
  };
}

/** A machine where the probe finds nothing, venv works, and pip answers with `pip`. */
function scripted(pip: (args: readonly string[]) => Partial<ExecResult>): ScriptedExecutor {
  return new ScriptedExecutor((request) => {
    const [first, second] = request.args;
    if (first === '-c' && String(second).includes('platform.machine')) {
      const folder = `${request.args[2]}/py3.12.7-linux-x86_64/${request.args[3]}`;
      return {
        stdout: `${JSON.stringify({ version: '3.12.7', folder, python: `${folder}/bin/python`, nt: false, marker: null })}\n`,
      };
    }
    if (first === '-m' && second === 'venv') return {};
    if (first === '-m' && second === 'pip') return pip(request.args.slice(7));
    if (first === '-c' && String(second).includes('os.rename')) return { stdout: 'moved\n' };
    return {};
  });
}

const pipCalls = (executor: ScriptedExecutor): string[][] =>
  executor.requests
    .filter((request) => request.args[1] === 'pip')
    .map((request) => request.args.slice(7));

describe('installDependencies, scripted', () => {
  it('goes one by one when pip does not say which requirement failed (a conflict)', async () => {
    const plan = scriptedPlan(['alpha==1.0', 'beta==2.0', 'gamma==3.0']);
    const executor = scripted((args) => {
      if (args.length > 1)
        return {
          exitCode: 1,
          stderr: 'ERROR: ResolutionImpossible: for help visit https://pip.pypa.io/…\n',
        };
      if (args.includes('beta==2.0'))
        return {
          exitCode: 1,
          stderr:
            'ERROR: Cannot install beta==2.0 because these package versions have conflicting dependencies.\n',
        };
      const spec = args[args.length - 1] ?? '';
      return { stdout: `Successfully installed ${spec.replace('==', '-')}\n` };
    });
    const result = await installDependencies(
      { executor, python: 'python3', cacheDir: '/cache/deps' },
      plan,
      { cwd: '/repo' },
    );
    expect(pipCalls(executor)).toEqual([
      ['alpha==1.0', 'beta==2.0', 'gamma==3.0'],
      ['alpha==1.0'],
      ['beta==2.0'],
      ['gamma==3.0'],
    ]);
    expect(result.installed).toEqual(['alpha==1.0', 'gamma==3.0']);
    expect(result.failed).toEqual([
      {
        package: 'beta==2.0',
        message:
          'ERROR: Cannot install beta==2.0 because these package versions have conflicting dependencies.',
        path: 'requirements.txt',
        line: 2,
        stub: false,
      },
    ]);
    expect(result.pythonExecutable).toMatch(
      /^\/cache\/deps\/py3\.12\.7-linux-x86_64\/[0-9a-f]{24}\/bin\/python$/,
    );
  });

  it('installs the stub packages in a second run when the requirements are hash-checked', async () => {
    const plan: DependencyInstallPlan = {
      ...scriptedPlan([]),
      kind: 'lock',
      pipArgs: ['-r', 'requirements.txt', 'types-requests'],
      requirements: [
        { name: 'django', args: ['django==5.1.3'], path: 'requirements.txt', line: 1, stub: false },
        { name: 'types-requests', args: ['types-requests'], path: 'app.py', line: 1, stub: true },
      ],
      stubsSeparately: true,
    };
    const executor = scripted((args) => ({
      stdout: `Successfully installed ${args.includes('types-requests') ? 'types-requests-2.32.0' : 'django-5.1.3'}\n`,
    }));
    const result = await installDependencies(
      { executor, python: 'python3', cacheDir: '/c' },
      plan,
      { cwd: '/repo' },
    );
    expect(pipCalls(executor)).toEqual([['-r', 'requirements.txt'], ['types-requests']]);
    expect(result.installed).toEqual(['django==5.1.3', 'types-requests==2.32.0']);
  });

  it('does not retry one by one when the index cannot be reached, and keeps nothing', async () => {
    const plan = scriptedPlan(['alpha==1.0', 'beta==2.0']);
    const executor = scripted(() => ({
      exitCode: 1,
      stderr:
        "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError(...)': /simple/alpha/\nERROR: Could not find a version that satisfies the requirement alpha==1.0 (from versions: none)\nERROR: No matching distribution found for alpha==1.0\n",
    }));
    const result = await installDependencies(
      { executor, python: 'python3', cacheDir: '/cache/deps' },
      plan,
      { cwd: '/repo' },
    );
    expect(pipCalls(executor)).toHaveLength(1);
    expect(result.failed.map((failure) => failure.package)).toEqual(['alpha==1.0', 'beta==2.0']);
    expect(result.pythonExecutable).toBeNull();
    expect(
      executor.requests.some((request) =>
        String(request.args[1]).includes('shutil.rmtree(sys.argv[1]'),
      ),
    ).toBe(true);
    expect(executor.requests.some((request) => String(request.args[1]).includes('os.rename'))).toBe(
      false,
    );
  });

  it('reports a runner that cannot make a virtualenv as a problem, not a crash', async () => {
    const plan = scriptedPlan(['alpha==1.0']);
    const executor = new ScriptedExecutor((request) =>
      request.args[1] === 'venv'
        ? {
            exitCode: 1,
            stderr:
              'The virtual environment was not created successfully because ensurepip is not\navailable.  On Debian/Ubuntu systems, you need to install the python3-venv\npackage.\n',
          }
        : request.args[0] === '-c' && String(request.args[1]).includes('platform.machine')
          ? {
              stdout: JSON.stringify({
                version: '3.11.2',
                folder: '/c/x',
                python: '/c/x/bin/python',
                nt: false,
                marker: null,
              }),
            }
          : {},
    );
    const result = await installDependencies(
      { executor, python: 'python3', cacheDir: '/c' },
      plan,
      { cwd: '/repo' },
    );
    expect(result.problem).toMatch(
      /^could not create a virtualenv with python3 -m venv: .*python3-venv/,
    );
    expect(result.pythonExecutable).toBeNull();
    const missing = await installDependencies(
      {
        executor: new ScriptedExecutor(() => ({ exitCode: null, missing: true })),
        python: 'python3',
        cacheDir: '/c',
      },
      plan,
      { cwd: '/repo' },
    );
    expect(missing.problem).toBe('could not run python3 to prepare the dependencies: not found');
  });

  it('passes pip-args and index settings, and expands ${VAR} in lock-declared index URLs', async () => {
    const plan = scriptedPlan(
      ['alpha==1.0'],
      ['--index-url', 'https://${PYPI_USER}:${PYPI_TOKEN}@pypi.example.com/simple'],
    );
    const executor = scripted(() => ({ stdout: 'Successfully installed alpha-1.0\n' }));
    await installDependencies({ executor, python: 'python3', cacheDir: '/c' }, plan, {
      cwd: '/repo',
      pipArgs: ['--pre'],
      env: { PIP_EXTRA_INDEX_URL: 'https://mirror.example.com/simple' },
      variables: { PYPI_USER: 'ci', PYPI_TOKEN: 's3cret' },
    });
    const install = executor.requests.find((request) => request.args[1] === 'pip');
    expect(install?.args.slice(2)).toEqual([
      'install',
      '--disable-pip-version-check',
      '--no-input',
      '--progress-bar',
      'off',
      '--pre',
      '--index-url',
      'https://ci:s3cret@pypi.example.com/simple',
      'alpha==1.0',
    ]);
    expect(install?.env).toMatchObject({
      PIP_EXTRA_INDEX_URL: 'https://mirror.example.com/simple',
      PIP_NO_INPUT: '1',
    });
    expect(install?.cwd).toBe('/repo');
  });
});

describe('locateEnvironment', () => {
  it('names the folder and a CI cache key without building anything', async () => {
    const executor = scripted(() => ({}));
    const plan = scriptedPlan(['alpha==1.0']);
    const where = await locateEnvironment(
      { executor, python: 'python3', cacheDir: '/cache/deps' },
      plan,
      {
        cwd: '/repo',
      },
    );
    const key = dependencyCacheKey(plan);
    expect(where).toEqual({
      folder: `/cache/deps/py3.12.7-linux-x86_64/${key}`,
      relative: `py3.12.7-linux-x86_64/${key}`,
      cacheKey: `pybp-deps-py3.12.7-linux-x86_64-${key}`,
      present: false,
    });
    expect(executor.requests).toHaveLength(1);
    // pip-args and index settings are part of the key; unrelated variables are not.
    expect(dependencyCacheKey(plan, { pipArgs: ['--pre'] })).not.toBe(key);
    expect(
      dependencyCacheKey(plan, { env: { PIP_INDEX_URL: 'https://mirror.example.com/simple' } }),
    ).not.toBe(key);
    expect(dependencyCacheKey(plan, { env: { HOME: '/tmp' } })).toBe(key);
  });
});

describe('pipEnvironment', () => {
  it('passes the index settings on and blanks the CI job credentials', () => {
    expect(
      pipEnvironment({
        PIP_INDEX_URL: 'https://mirror.example.com/simple',
        PIP_EXTRA_INDEX_URL: 'https://pkgs.example.com/simple',
        PIP_CONFIG_FILE: '/etc/pip.conf',
        'INPUT_GITHUB-TOKEN': 'ghs_x',
        GITHUB_TOKEN: 'ghs_y',
        ACTIONS_RUNTIME_TOKEN: 'z',
        HOME: '/home/runner',
        PATH: '/usr/bin',
      }),
    ).toEqual({
      PIP_INDEX_URL: 'https://mirror.example.com/simple',
      PIP_EXTRA_INDEX_URL: 'https://pkgs.example.com/simple',
      'INPUT_GITHUB-TOKEN': '',
      GITHUB_TOKEN: '',
      ACTIONS_RUNTIME_TOKEN: '',
    });
  });
});

describe("reading pip's output", () => {
  it('reads what was installed', () => {
    expect(
      installedBy(
        'Collecting x\nSuccessfully installed typing_extensions-4.12.2 types-PyYAML-6.0.12.20240917 zope.interface-7.1.1\n',
      ),
    ).toEqual([
      'typing_extensions==4.12.2',
      'types-PyYAML==6.0.12.20240917',
      'zope.interface==7.1.1',
    ]);
  });

  it('finds the requirement pip blames, by name', () => {
    const pending = scriptedPlan([
      'Flask_SQLAlchemy==3.1.1',
      'psycopg2==2.9.10',
      'requests==2.32.3',
    ]).requirements;
    const blamed = (stderr: string) =>
      blamedRequirements({ stdout: '', stderr }, pending).map((item) => item.args[0]);
    expect(blamed('ERROR: No matching distribution found for flask-sqlalchemy==3.1.1')).toEqual([
      'Flask_SQLAlchemy==3.1.1',
    ]);
    expect(
      blamed(
        '  ERROR: Failed building wheel for psycopg2\nERROR: Could not build wheels for psycopg2, which is required to install pyproject.toml-based projects',
      ),
    ).toEqual(['psycopg2==2.9.10']);
    expect(
      blamed(
        'ERROR: Failed to build installable wheels for some pyproject.toml based projects (psycopg2)',
      ),
    ).toEqual(['psycopg2==2.9.10']);
    expect(blamed('ERROR: ResolutionImpossible')).toEqual([]);
  });

  it("keeps pip's error lines, the ones naming the package first, without credentials", () => {
    const stderr = [
      'Looking in indexes: https://ci:****@pypi.example.com/simple',
      'ERROR: Could not find a version that satisfies the requirement nonexistent-pkg==1.0 (from versions: none)',
      'ERROR: No matching distribution found for nonexistent-pkg==1.0',
    ].join('\n');
    const requirement = scriptedPlan(['nonexistent-pkg==1.0']).requirements[0];
    expect(pipMessage({ stdout: '', stderr, exitCode: 1, timedOut: false }, requirement)).toBe(
      'ERROR: Could not find a version that satisfies the requirement nonexistent-pkg==1.0 (from versions: none) ERROR: No matching distribution found for nonexistent-pkg==1.0',
    );
    expect(redact('fetching https://user:token@pypi.example.com/simple/x/ failed')).toBe(
      'fetching https://****@pypi.example.com/simple/x/ failed',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The setting, the runners, and the mypy adapter's side.

describe('install-dependencies: when and where', () => {
  const withManifest = { source: 'uv.lock', pipArgs: ['flask==3.0.3'] };
  const stubsOnly = { source: null, pipArgs: ['types-requests'] };
  const nothing = { source: null, pipArgs: null };

  it('auto installs when there is a dependency file and the runner is not local', () => {
    expect(dependencyDecision('auto', 'venv', withManifest)).toEqual({
      install: true,
      notice: null,
    });
    expect(dependencyDecision('auto', 'docker', withManifest)).toEqual({
      install: true,
      notice: null,
    });
    expect(dependencyDecision('auto', 'venv', stubsOnly)).toEqual({ install: false, notice: null });
    expect(dependencyDecision('true', 'venv', stubsOnly)).toEqual({ install: true, notice: null });
    expect(dependencyDecision('true', 'docker', nothing).notice).toMatch(/nothing to install/);
    expect(dependencyDecision('false', 'venv', withManifest)).toEqual({
      install: false,
      notice: null,
    });
  });

  it('with runner local installs nothing and says that mypy reads the active environment', () => {
    expect(dependencyDecision('auto', 'local', withManifest)).toEqual({
      install: false,
      notice:
        'mypy reads the active Python environment (runner local): the dependencies installed there are the ones it sees',
    });
    expect(dependencyDecision('true', 'local', withManifest).notice).toMatch(
      /^install-dependencies: with runner local nothing is installed; .*setup-python, then pip install/,
    );
    expect(isInstallDependenciesSetting('auto')).toBe(true);
    expect(isInstallDependenciesSetting('yes')).toBe(false);
  });

  it("makes the environment from the tools virtualenv's Python, or the container's under /cache", async () => {
    const cache = mkdtempSync(join(tmpdir(), 'pybp-venv-'));
    try {
      const fake = new ScriptedExecutor((request) => {
        if (request.args[0] === '-c') return { stdout: '3.12.7\n' };
        if (request.args[1] === 'venv') {
          mkdirSync(join(request.args[2] ?? '', 'bin'), { recursive: true });
          writeFileSync(join(request.args[2] ?? '', 'bin', 'python'), '');
        }
        return {};
      });
      const venv = new VenvExecutor({
        cacheDir: join(cache, 'venv'),
        host: fake,
        platform: 'linux',
      });
      const runner = await dependencyRunnerFor(venv, join(cache, 'deps'));
      expect(runner).toMatchObject({
        python: expect.stringMatching(/\/venv\/tools-[0-9a-f]+\/bin\/python$/),
        cacheDir: join(cache, 'deps'),
      });
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
    const docker = new DockerExecutor({
      image: 'pybp:test',
      hostRoot: '/repo',
      cacheDir: '/home/u/.cache/pybp/docker',
    });
    expect(await dependencyRunnerFor(docker, '/ignored')).toMatchObject({
      python: 'python3',
      cacheDir: '/cache/deps',
    });
    const noCache = new DockerExecutor({ image: 'pybp:test', hostRoot: '/repo' });
    expect(await dependencyRunnerFor(noCache, '/ignored')).toMatchObject({
      cacheDir: '/tmp/pybp-cache/deps',
    });
    expect(await dependencyRunnerFor(host, '/ignored')).toEqual({
      problem: 'the local runner cannot install dependencies',
    });
  });

  it('prepareDependencies with runner local: no install, one notice for mypy', async () => {
    const prepared = await prepareDependencies({
      setting: 'auto',
      runner: 'local',
      executor: host,
      files: [{ path: 'requirements.txt', local: 'requirements.txt', kind: 'requirements' }],
      read: () => 'flask==3.0.3\n',
      hostCacheDir: '/unused',
      install: { cwd: '/repo' },
    });
    expect(prepared.result).toBeNull();
    expect(prepared.plan?.source).toBe('requirements.txt');
    expect(prepared.environment).toEqual({
      pythonExecutable: null,
      notices: [expect.stringMatching(/^mypy reads the active Python environment/)],
    });
  });
});

describe('the mypy adapter with installed dependencies', () => {
  it('adds --python-executable and carries the install notes and findings', async () => {
    expect(
      mypyArgv(['app.py'], {
        json: false,
        cacheDir: null,
        pythonExecutable: '/c/env/bin/python',
      }).slice(-4),
    ).toEqual(['--python-executable', '/c/env/bin/python', '--', 'app.py']);
    const project = makeProject(
      { 'app.py': 'import requests\n', 'requirements.txt': 'requests==2.32.3\n' },
      (request) =>
        request.args[0] === '--version' ? { stdout: 'mypy 1.15.0 (compiled: yes)\n' } : {},
    );
    try {
      const context: ToolContext & DependencyToolContext = {
        ...project.context,
        dependencies: Promise.resolve({
          pythonExecutable: '/c/env/bin/python',
          notices: ['dependencies from requirements.txt: installed 5 package(s) in 3.1 s'],
          findings: [
            {
              tool: 'mypy',
              ruleId: DEPENDENCY_NOT_INSTALLED.id,
              level: 'note',
              section: 'dependencies',
              message: 'The stub package types-requests could not be installed …',
              location: { path: 'app.py', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
            },
          ],
          rules: [DEPENDENCY_NOT_INSTALLED],
        }),
      };
      const run = await createMypyAdapter({ cacheDir: null }).run(context);
      expect(run.status, run.reason).toBe('ok');
      const check = project.requests.find((request) => request.args[0] !== '--version');
      expect(check?.args).toContain('--python-executable');
      expect(check?.args[check.args.indexOf('--python-executable') + 1]).toBe('/c/env/bin/python');
      expect(run.notices).toContain(
        'dependencies from requirements.txt: installed 5 package(s) in 3.1 s',
      );
      expect(run.findings.map((f) => f.ruleId)).toEqual([DEPENDENCY_NOT_INSTALLED.id]);
      expect(run.rules?.map((rule) => rule.id)).toEqual([DEPENDENCY_NOT_INSTALLED.id]);

      // No dependencies in the context: no flag.
      const plain = makeProject({ 'app.py': 'x = 1\n' }, () => ({ stdout: 'mypy 1.15.0\n' }));
      await createMypyAdapter({ cacheDir: null }).run(plain.context);
      expect(plain.requests.flatMap((request) => request.args)).not.toContain(
        '--python-executable',
      );
      plain.remove();
    } finally {
      project.remove();
    }
  });
});
