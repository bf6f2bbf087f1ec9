/**
 * Installs the project's dependencies (an install plan, install-plan.ts) into a virtualenv of its
 * own beside the tools, so that mypy — run from the tools' environment with
 * `--python-executable <that env's python>` — sees what the project really imports. mypy itself is
 * never installed into the project's environment: the project's pins cannot clash with the tools'.
 *
 * Cached: one environment per plan (the dependency files' content, the pip arguments and index
 * settings) in a folder per Python version and platform, `<cacheDir>/py3.12.7-linux-x86_64/<key>`.
 * It is built in a temporary sibling folder and renamed into place with a marker file written
 * last, so a half-built environment is never reused; a second run with unchanged dependencies
 * costs one Python process that finds the marker. Every file-system step runs through the
 * executor (small `python -c` programs), so the same code works on this machine (venv runner)
 * and inside the tools container (docker runner, where the cache folder is the /cache mount).
 *
 * Failures are findings, not crashes: when the whole install fails, the requirements pip names
 * are set aside and the rest installed again; when pip names none we go one by one. Each failure
 * keeps pip's own words. An environment in which something failed is reused for a day (a package
 * that cannot be installed should not cost a full retry on every run), then built again.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ExecResult, Executor } from '../exec/executor.js';
import type { RawFinding, Rule } from '../model.js';
import type { DependencyEnvironment } from './dependency-context.js';
import type { DependencyInstallPlan, PlannedRequirement } from './install-plan.js';
import { normaliseName } from './requirements.js';

/** Where and with what the project's environment is made. */
export interface DependencyRunner {
  /** Runs the commands: this machine (venv runner) or the tools container (docker runner). */
  executor: Executor;
  /** The Python the environment is made from: the tools virtualenv's, or the image's `python3`. */
  python: string;
  /** The folder environments are kept in, as the executor sees the file system. */
  cacheDir: string;
}

export interface InstallOptions {
  /** The checked folder: pip runs there, so `-r requirements.txt` and `-e .` resolve as written. */
  cwd: string;
  /** The `pip-args` input: more pip options (`--no-index --find-links wheels`, `--pre`). */
  pipArgs?: readonly string[];
  /** Laid over the environment pip runs in: `PIP_INDEX_URL`, `PIP_EXTRA_INDEX_URL`, … */
  env?: Readonly<Record<string, string>>;
  /** Values for `${NAME}` in index URLs that a lock file declares (as pip expands them in files). */
  variables?: Readonly<Record<string, string | undefined>>;
  /** For the whole install, retries included. Default 15 minutes. */
  timeoutMs?: number;
  /** How long an environment in which something failed is reused. Default 24 hours. */
  partialMaxAgeMs?: number;
  /** The clock (tests fix it). */
  now?: () => Date;
}

export interface InstallFailure {
  /** The requirement as pip was given it: `nonexistent-pkg==1.0`. */
  package: string;
  /** What pip said (its error lines), credentials removed. */
  message: string;
  /** Where the requirement is declared (repo-relative), and the line. */
  path: string | null;
  line: number;
  stub: boolean;
}

export interface InstallResult {
  /** `name==version` for what pip installed (read from the marker on a cache hit). */
  installed: string[];
  failed: InstallFailure[];
  /** Measured: from the first probe to the environment in place. */
  durationMs: number;
  cacheHit: boolean;
  /** When the environment was built (ISO 8601). */
  builtAt: string | null;
  /** The environment's folder, as the executor sees it. */
  environmentPath: string | null;
  /** Give mypy `--python-executable` this; null when nothing could be installed. */
  pythonExecutable: string | null;
  pythonVersion: string | null;
  /** Why no environment could be made at all (no venv module, a full disk); null otherwise. */
  problem: string | null;
}

const DEFAULT_TIMEOUT_MS = 15 * 60_000;
const DEFAULT_PARTIAL_MAX_AGE_MS = 24 * 60 * 60_000;
const MARKER_FORMAT = 1;
/** Bumped when what an environment holds changes meaning (part of the cache key). */
const CACHE_VERSION = 'pybp-deps-1';

/** Finds the environment for a key; creates the version folder. Prints one JSON object. */
const PROBE_PROGRAM = `
import json, os, platform, sys
version = "%d.%d.%d" % sys.version_info[:3]
tag = "py%s-%s-%s" % (version, sys.platform, (platform.machine() or "any").lower())
folder = os.path.join(sys.argv[1], tag, sys.argv[2])
nt = os.name == "nt"
python = os.path.join(folder, "Scripts", "python.exe") if nt else os.path.join(folder, "bin", "python")
marker = None
path = os.path.join(folder, ".pybp-complete")
if os.path.isfile(path) and os.path.exists(python):
    with open(path, encoding="utf-8") as handle:
        marker = handle.read()
os.makedirs(os.path.dirname(folder), exist_ok=True)
print(json.dumps({"version": version, "folder": folder, "python": python, "nt": nt, "marker": marker}))
`;

/**
 * Writes the marker last and moves the built environment into place, replacing a stale one (or a
 * folder without a marker, which nothing may use); when another run got there first, keeps theirs.
 */
const FINISH_PROGRAM = `
import os, shutil, sys
building, folder, text, replace = sys.argv[1:5]
with open(os.path.join(building, ".pybp-complete"), "w", encoding="utf-8") as handle:
    handle.write(text)
complete = os.path.isfile(os.path.join(folder, ".pybp-complete"))
if os.path.isdir(folder) and (replace == "1" or not complete):
    shutil.rmtree(folder, ignore_errors=True)
try:
    os.rename(building, folder)
    print("moved")
except OSError:
    shutil.rmtree(building, ignore_errors=True)
    print("exists" if os.path.isfile(os.path.join(folder, ".pybp-complete")) else "failed")
`;

const REMOVE_PROGRAM = `
import shutil, sys
shutil.rmtree(sys.argv[1], ignore_errors=True)
`;

interface Marker {
  format: number;
  builtAt: string;
  source: string | null;
  installed: string[];
  failed: InstallFailure[];
}

interface Probe {
  version: string;
  folder: string;
  python: string;
  nt: boolean;
  marker: string | null;
}

/** The cache key of a plan's environment (the Python version and platform are in the folder). */
export function dependencyCacheKey(
  plan: DependencyInstallPlan,
  options: Pick<InstallOptions, 'pipArgs' | 'env'> = {},
): string {
  const indexSettings = Object.entries(options.env ?? {})
    .filter(([name]) => /^PIP_/.test(name))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash('sha256')
    .update(JSON.stringify([CACHE_VERSION, plan.cacheInput, options.pipArgs ?? [], indexSettings]))
    .digest('hex')
    .slice(0, 24);
}

/** Where a plan's environment lives: for restoring and saving it with a CI cache. */
export interface EnvironmentLocation {
  /** The environment's folder, as the runner sees it. */
  folder: string;
  /** `py3.12.7-linux-x86_64/<key>`: the folder relative to the runner's cache folder. */
  relative: string;
  /** A CI cache key naming the Python, the platform and the plan: `pybp-deps-py3.12.7-linux-x86_64-<key>`. */
  cacheKey: string;
  /** A complete environment is there already. */
  present: boolean;
}

/** Finds (without building) the environment a plan would use; null when the Python cannot be run. */
export async function locateEnvironment(
  runner: DependencyRunner,
  plan: DependencyInstallPlan,
  options: InstallOptions,
): Promise<EnvironmentLocation | null> {
  const key = dependencyCacheKey(plan, options);
  const probed = await runner.executor.run({
    command: runner.python,
    args: ['-c', PROBE_PROGRAM, runner.cacheDir, key],
    cwd: options.cwd,
    timeoutMs: 60_000,
  });
  const probe = readProbe(probed);
  if (!probe) return null;
  const tag = probe.folder.split(/[\\/]/).slice(-2, -1)[0] ?? '';
  return {
    folder: probe.folder,
    relative: `${tag}/${key}`,
    cacheKey: `pybp-deps-${tag}-${key}`,
    present: readMarker(probe.marker) !== null,
  };
}

export async function installDependencies(
  runner: DependencyRunner,
  plan: DependencyInstallPlan,
  options: InstallOptions,
): Promise<InstallResult> {
  const started = performance.now();
  const now = options.now ?? (() => new Date());
  const deadline = started + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const result = (partial: Partial<InstallResult>): InstallResult => ({
    installed: [],
    failed: [],
    cacheHit: false,
    builtAt: null,
    environmentPath: null,
    pythonExecutable: null,
    pythonVersion: null,
    problem: null,
    ...partial,
    durationMs: Math.round(performance.now() - started),
  });
  if (!plan.pipArgs || plan.requirements.length === 0) return result({});

  const key = dependencyCacheKey(plan, options);
  const run = (command: string, args: string[], timeoutMs: number): Promise<ExecResult> =>
    runner.executor.run({
      command,
      args,
      cwd: options.cwd,
      timeoutMs: Math.max(1000, Math.min(timeoutMs, deadline - performance.now())),
      env: {
        PIP_NO_INPUT: '1',
        PIP_DISABLE_PIP_VERSION_CHECK: '1',
        PYTHONDONTWRITEBYTECODE: '1',
        ...options.env,
      },
    });

  // 1. Is it there already?
  const probed = await run(runner.python, ['-c', PROBE_PROGRAM, runner.cacheDir, key], 60_000);
  const probe = readProbe(probed);
  if (!probe) {
    return result({
      problem: `could not run ${runner.python} to prepare the dependencies: ${said(probed)}`,
    });
  }
  const cached = readMarker(probe.marker);
  const stale =
    cached !== null &&
    cached.failed.length > 0 &&
    now().getTime() - Date.parse(cached.builtAt) >
      (options.partialMaxAgeMs ?? DEFAULT_PARTIAL_MAX_AGE_MS);
  if (cached && !stale) {
    return result({
      installed: cached.installed,
      failed: cached.failed,
      cacheHit: true,
      builtAt: cached.builtAt,
      environmentPath: probe.folder,
      pythonExecutable: probe.python,
      pythonVersion: probe.version,
    });
  }

  // 2. Build it in a temporary sibling folder.
  const building = `${probe.folder}.tmp-${randomBytes(4).toString('hex')}`;
  const buildingPython = probe.nt ? `${building}\\Scripts\\python.exe` : `${building}/bin/python`;
  const remove = async (): Promise<void> => {
    await run(runner.python, ['-c', REMOVE_PROGRAM, building], 120_000);
  };
  const created = await run(runner.python, ['-m', 'venv', building], 5 * 60_000);
  if (created.exitCode !== 0) {
    await remove();
    return result({
      problem: `could not create a virtualenv with ${runner.python} -m venv: ${said(created)}`,
      pythonVersion: probe.version,
    });
  }

  const pip = (args: readonly string[]): Promise<ExecResult> =>
    run(
      buildingPython,
      [
        '-m',
        'pip',
        'install',
        '--disable-pip-version-check',
        '--no-input',
        '--progress-bar',
        'off',
        ...(options.pipArgs ?? []),
        ...args.map((arg) => expandVariables(arg, options.variables ?? {})),
      ],
      deadline - performance.now(),
    );
  const outcome = await installAll(plan, pip, () => performance.now() < deadline);

  if (outcome.installed.length === 0 && outcome.failed.length > 0) {
    // Nothing installed (the index is unreachable, say): nothing worth keeping.
    await remove();
    return result({ failed: outcome.failed, pythonVersion: probe.version });
  }

  // 3. The marker last, then into place.
  const builtAt = now().toISOString();
  const marker: Marker = {
    format: MARKER_FORMAT,
    builtAt,
    source: plan.source,
    installed: outcome.installed,
    failed: outcome.failed,
  };
  const finished = await run(
    runner.python,
    ['-c', FINISH_PROGRAM, building, probe.folder, JSON.stringify(marker), stale ? '1' : '0'],
    120_000,
  );
  const state = finished.stdout.trim();
  if (finished.exitCode !== 0 || state === 'failed') {
    await remove();
    return result({
      failed: outcome.failed,
      pythonVersion: probe.version,
      problem: `could not move the dependencies' virtualenv into ${probe.folder}: ${said(finished)}`,
    });
  }
  return result({
    installed: outcome.installed,
    failed: outcome.failed,
    builtAt,
    environmentPath: probe.folder,
    pythonExecutable: probe.python,
    pythonVersion: probe.version,
  });
}

interface Outcome {
  installed: string[];
  failed: InstallFailure[];
}

/**
 * The whole plan at once; when that fails, without the requirements pip blamed, round after round;
 * when pip blames none of ours (a conflict, a transitive dependency), one requirement at a time.
 * With hash-checked requirements files the stub packages (which carry no hashes) go in a second
 * batch of their own.
 */
async function installAll(
  plan: DependencyInstallPlan,
  pip: (args: readonly string[]) => Promise<ExecResult>,
  inTime: () => boolean,
): Promise<Outcome> {
  const installed = new Set<string>();
  const failed: InstallFailure[] = [];
  const fail = (requirement: PlannedRequirement, message: string): void => {
    failed.push({
      package: requirement.args.join(' '),
      message,
      path: requirement.path,
      line: requirement.line,
      stub: requirement.stub,
    });
  };
  const record = (output: ExecResult): void => {
    for (const item of installedBy(output.stdout)) installed.add(item);
  };

  /** One batch: false when the index could not be reached (nothing more is worth trying). */
  const batch = async (
    args: readonly string[],
    requirements: readonly PlannedRequirement[],
    options: readonly string[],
  ): Promise<boolean> => {
    let pending = [...requirements];
    let attempt = await pip(args);
    record(attempt);
    for (let round = 0; attempt.exitCode !== 0 && round < 8; round++) {
      if (unreachable(attempt) || !inTime()) {
        // Every retry would wait for the same index: report them all with what pip said.
        const message = pipMessage(attempt);
        for (const requirement of pending) fail(requirement, message);
        return false;
      }
      const blamed = blamedRequirements(attempt, pending);
      if (blamed.length === 0) break;
      for (const requirement of blamed) fail(requirement, pipMessage(attempt, requirement));
      pending = pending.filter((requirement) => !blamed.includes(requirement));
      if (pending.length === 0) return true;
      attempt = await pip([...options, ...pending.flatMap((requirement) => requirement.args)]);
      record(attempt);
    }
    if (attempt.exitCode === 0) return true;
    for (const requirement of pending) {
      if (!inTime()) {
        fail(requirement, 'not tried: the dependency install ran out of time');
        continue;
      }
      const single = await pip([...options, ...requirement.args]);
      record(single);
      if (single.exitCode !== 0) fail(requirement, pipMessage(single, requirement));
    }
    return true;
  };

  const all = plan.pipArgs ?? [];
  if (!plan.stubsSeparately) {
    await batch(all, plan.requirements, plan.options);
  } else {
    const stubs = plan.requirements.filter((requirement) => requirement.stub);
    const stubArgs = stubs.flatMap((requirement) => requirement.args);
    const main = plan.requirements.filter((requirement) => !requirement.stub);
    const reached =
      main.length === 0 ||
      (await batch(all.slice(0, all.length - stubArgs.length), main, plan.options));
    if (stubs.length > 0) {
      if (reached) await batch(stubArgs, stubs, []);
      else
        for (const stub of stubs) fail(stub, 'not tried: the package index could not be reached');
    }
  }
  return { installed: [...installed].sort(), failed };
}

/** `Successfully installed a-1.0 b_c-2.0` → `a==1.0`, `b_c==2.0`. */
export function installedBy(stdout: string): string[] {
  const items: string[] = [];
  for (const match of stdout.matchAll(/^Successfully installed (.+)$/gm)) {
    for (const word of (match[1] ?? '').trim().split(/\s+/)) {
      const cut = word.lastIndexOf('-');
      if (cut > 0) items.push(`${word.slice(0, cut)}==${word.slice(cut + 1)}`);
    }
  }
  return items;
}

const BLAME = [
  /No matching distribution found for (\S+)/g,
  /Could not find a version that satisfies the requirement (\S+)/g,
  /Failed building wheel for (\S+)/g,
  /Could not build wheels for (\S+?),? /g,
  /Failed to build installable wheels for some pyproject\.toml based projects \(([^)]+)\)/g,
  /Invalid requirement: '([^']+)'/g,
  /No such file or directory: '([^']+)'/g,
  /Directory '([^']+)' is not installable/g,
];

/** The requirements of `pending` that pip's output names as the reason it failed. */
export function blamedRequirements(
  output: Pick<ExecResult, 'stdout' | 'stderr'>,
  pending: readonly PlannedRequirement[],
): PlannedRequirement[] {
  const text = `${output.stderr}\n${output.stdout}`;
  const names = new Set<string>();
  const written = new Set<string>();
  for (const pattern of BLAME) {
    for (const match of text.matchAll(pattern)) {
      for (const item of (match[1] ?? '').split(/[\s,]+/).filter(Boolean)) {
        written.add(item.trim());
        const name = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(item)?.[1];
        if (name) names.add(normaliseName(name));
      }
    }
  }
  return pending.filter(
    (requirement) =>
      names.has(requirement.name) ||
      requirement.args.some((arg) =>
        [...written].some((item) => arg === item || arg.endsWith(item)),
      ),
  );
}

/** Network trouble: the same for every package, so no retry one by one. */
function unreachable(output: ExecResult): boolean {
  if (output.timedOut) return true;
  return /Max retries exceeded|NewConnectionError|Temporary failure in name resolution|Name or service not known|ProxyError|Could not fetch URL|Network is unreachable|Connection refused/.test(
    `${output.stderr}\n${output.stdout}`,
  );
}

/**
 * pip's own words for a failure: its `ERROR:` lines (those naming the requirement first), else
 * its last lines; credentials in URLs removed; at most 600 characters.
 */
export function pipMessage(
  output: Pick<ExecResult, 'stdout' | 'stderr' | 'exitCode' | 'timedOut' | 'spawnError'>,
  requirement?: PlannedRequirement,
): string {
  if (output.timedOut) return 'pip did not finish in time and was stopped';
  if (output.spawnError) return redact(output.spawnError);
  const lines = `${output.stderr}\n${output.stdout}`
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
  const errors = lines.filter((line) => /^(ERROR|error):/.test(line.trim()));
  const mine = requirement
    ? errors.filter((line) => normaliseName(line).includes(requirement.name))
    : [];
  const chosen = mine.length > 0 ? mine : errors.length > 0 ? errors : lines.slice(-3);
  const text = redact(
    chosen
      .slice(0, 4)
      .map((line) => line.trim())
      .join(' '),
  );
  if (!text) return `pip exited with code ${output.exitCode ?? 'unknown'}`;
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

/** `https://user:token@host` → `https://****@host`. */
export function redact(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, '$1****@');
}

/** `${NAME}` from `variables`, as pip expands it in requirements files; unknown names stay. */
function expandVariables(
  arg: string,
  variables: Readonly<Record<string, string | undefined>>,
): string {
  return arg.replace(/\$\{([A-Z0-9_]+)\}/g, (whole, name: string) => variables[name] ?? whole);
}

function readProbe(output: ExecResult): Probe | null {
  if (output.exitCode !== 0) return null;
  const line = output.stdout.trim().split(/\r?\n/).pop() ?? '';
  try {
    const value = JSON.parse(line) as Partial<Probe>;
    if (typeof value.folder !== 'string' || typeof value.python !== 'string') return null;
    return {
      version: typeof value.version === 'string' ? value.version : '',
      folder: value.folder,
      python: value.python,
      nt: value.nt === true,
      marker: typeof value.marker === 'string' ? value.marker : null,
    };
  } catch {
    return null;
  }
}

function readMarker(text: string | null): Marker | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<Marker>;
    if (value.format !== MARKER_FORMAT || typeof value.builtAt !== 'string') return null;
    return {
      format: MARKER_FORMAT,
      builtAt: value.builtAt,
      source: typeof value.source === 'string' ? value.source : null,
      installed: Array.isArray(value.installed)
        ? value.installed.filter((item) => typeof item === 'string')
        : [],
      failed: Array.isArray(value.failed) ? value.failed : [],
    };
  } catch {
    return null;
  }
}

function said(output: ExecResult): string {
  if (output.missing) return 'not found';
  if (output.spawnError) return output.spawnError;
  if (output.timedOut) return 'timed out';
  const text = (output.stderr.trim() || output.stdout.trim()).split(/\r?\n/).slice(-3).join(' ');
  return redact(text).slice(0, 600) || `exit code ${output.exitCode}`;
}

// ---------------------------------------------------------------------------------------------
// What the run reports

/** A dependency pip could not install: a note in the `dependencies` section, reported by mypy's run. */
export const DEPENDENCY_NOT_INSTALLED: Rule = {
  id: 'mypy/dependency-not-installed',
  name: 'dependency-not-installed',
  tool: 'mypy',
  section: 'dependencies',
  level: 'note',
  precision: 'high',
  summary: 'A dependency could not be installed for type checking, so mypy does not see its types.',
  docs: {
    what: "pybp installs the project's dependencies (from its lock file, pyproject.toml or requirements files, plus the `types-*` stub packages for imported packages that ship no types) into an environment that mypy reads. This dependency could not be installed there; pip's message says why.",
    why: 'mypy treats what it cannot find as missing imports or as `Any`, so code that uses this package is not really type-checked. A dependency that cannot be installed from a clean checkout usually cannot be installed by a new colleague or a deployment either.',
    useInstead:
      'Fix the requirement (a version that exists, a package name without a typo), give pybp the index it comes from (`PIP_INDEX_URL`, `PIP_EXTRA_INDEX_URL`, `--index-url` in the requirements file, or the `pip-args` input), or install dependencies in the workflow and use `runner: local`.',
  },
  helpUri: 'https://pip.pypa.io/en/stable/topics/dependency-resolution/',
};

/** One note per requirement that could not be installed, on the line that declares it. */
export function installFailureFindings(result: InstallResult): RawFinding[] {
  return result.failed
    .filter((failure) => failure.path !== null)
    .map((failure) => ({
      tool: 'mypy' as const,
      ruleId: DEPENDENCY_NOT_INSTALLED.id,
      level: 'note' as const,
      section: 'dependencies' as const,
      message: `${failure.stub ? 'The stub package' : 'The dependency'} ${failure.package} could not be installed for type checking, so mypy does not see its types; pip said: ${failure.message}`,
      location: {
        path: failure.path as string,
        startLine: Math.max(1, failure.line),
        startColumn: 1,
        endLine: Math.max(1, failure.line),
        endColumn: 2,
      },
    }));
}

/** One line for the summary: what was installed, from which file, how long it took. */
export function describeInstall(plan: DependencyInstallPlan, result: InstallResult): string {
  const seconds = (result.durationMs / 1000).toFixed(1);
  const from = plan.source ? `from ${plan.source}` : 'for the imports (no dependency file)';
  const stubs =
    plan.stubPackages.length > 0 ? ` with ${plan.stubPackages.length} stub package(s)` : '';
  if (result.problem) return `dependencies ${from}: not installed: ${result.problem}`;
  const failed =
    result.failed.length > 0
      ? `; ${result.failed.length} could not be installed (see the dependencies notes)`
      : '';
  if (result.cacheHit)
    return `dependencies ${from}${stubs}: cached environment of ${result.installed.length} package(s), built ${result.builtAt ?? 'earlier'}, ready in ${seconds} s${failed}`;
  if (result.pythonExecutable === null)
    return `dependencies ${from}${stubs}: nothing could be installed in ${seconds} s${failed}; mypy runs without them`;
  return `dependencies ${from}${stubs}: installed ${result.installed.length} package(s) in ${seconds} s${failed}`;
}

/** What the mypy adapter is given (dependency-context.ts): the python, the notes, the summary line. */
export function dependencyEnvironment(
  plan: DependencyInstallPlan,
  result: InstallResult,
): DependencyEnvironment {
  const findings = installFailureFindings(result);
  return {
    pythonExecutable: result.pythonExecutable,
    findings,
    rules: findings.length > 0 ? [DEPENDENCY_NOT_INSTALLED] : [],
    notices: [...plan.notes, describeInstall(plan, result)],
  };
}

/**
 * The environment for pip, from the entry point's (`process.env`): the pip index settings to pass
 * on (the tools container does not inherit the host's environment), and every credential of the
 * CI job blanked. Installing a project's dependencies runs its packages' build scripts (setup.py
 * of an sdist): code from the pull request must not read the job's token, the action's inputs
 * (`INPUT_GITHUB-TOKEN`) or the runtime tokens that reach the Actions cache.
 */
export function pipEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (PIP_SETTINGS.test(name)) result[name] = value;
    else if (CREDENTIALS.test(name)) result[name] = '';
  }
  return result;
}

const PIP_SETTINGS =
  /^PIP_(INDEX_URL|EXTRA_INDEX_URL|TRUSTED_HOST|FIND_LINKS|NO_INDEX|PRE|CERT|CLIENT_CERT|DEFAULT_TIMEOUT|RETRIES|PROXY|ONLY_BINARY|NO_BINARY|PREFER_BINARY)$/;
const CREDENTIALS =
  /^(INPUT_.+|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_CACHE_URL|ACTIONS_RESULTS_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|GITHUB_TOKEN|GH_TOKEN|CI_JOB_TOKEN)$/;
