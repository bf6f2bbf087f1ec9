/**
 * Runs the Python tools from a virtualenv holding the pinned versions of the tools image
 * (`docker/requirements-tools.txt`, mirrored in TOOL_REQUIREMENTS and checked equal by a test),
 * created once per set of pins and Python version and kept in a cache folder. For runners with
 * Python but no Docker, where the project's own environment should not be touched.
 *
 * The virtualenv is built in a temporary sibling folder and renamed into place when complete, so
 * two jobs sharing a cache never see half an environment. Tools are run as `python -m MODULE`
 * (a renamed virtualenv's console scripts would point at the old path). Commands that are not
 * Python tools (hadolint) run from PATH.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemResult, type ExecRequest, type ExecResult, type Executor } from './executor.js';
import { LocalExecutor } from './local.js';

/** The contents of docker/requirements-tools.txt. */
export const TOOL_REQUIREMENTS = `# The Python tools pybp runs, pinned. Used by the tools image (Dockerfile) and by
# \`runner: venv\`, which builds a virtualenv from this list (src/exec/venv.ts holds a copy that a
# test keeps identical). Exact pins of the top-level tools only; bump them together, in both files.
mypy==2.1.0
black==26.5.1
flake8==7.3.0
pip-audit==2.10.1
`;

/** The command each Python tool is called by, and the module `python -m` runs for it. */
export const TOOL_MODULES: Readonly<Record<string, string>> = {
  mypy: 'mypy',
  black: 'black',
  flake8: 'flake8',
  'pip-audit': 'pip_audit',
};

/** The pinned tools need Python 3.10 or newer (pip-audit 2.10, black 26, mypy 2). */
export const MINIMUM_PYTHON: readonly [number, number] = [3, 10];

const MARKER = '.pybp-complete';
const INSTALL_TIMEOUT_MS = 15 * 60_000;

export interface VenvExecutorOptions {
  /** Folder the virtualenvs are kept in. */
  cacheDir: string;
  /** The Python that creates the virtualenv: `python3` (POSIX) or `python` (Windows) by default. */
  python?: string;
  requirements?: string;
  platform?: NodeJS.Platform;
  /** Runs processes (tests pass a fake); default: this machine's PATH. */
  host?: Executor;
  installTimeoutMs?: number;
}

/** The tools virtualenv: its Python (src/deps/install.ts makes the project's environment from it). */
export type VenvState = { ok: true; python: string; dir: string } | { ok: false; reason: string };

export class VenvExecutor implements Executor {
  readonly name = 'venv';
  private readonly host: Executor;
  private readonly platform: NodeJS.Platform;
  private prepared: Promise<VenvState> | null = null;

  constructor(private readonly options: VenvExecutorOptions) {
    this.host = options.host ?? new LocalExecutor();
    this.platform = options.platform ?? process.platform;
  }

  async run(request: ExecRequest): Promise<ExecResult> {
    const module = TOOL_MODULES[request.command];
    if (!module) return this.host.run(request);
    const started = performance.now();
    const state = await this.prepare();
    if (!state.ok) return problemResult(state.reason, started);
    const result = await this.host.run({
      ...request,
      command: state.python,
      args: ['-m', module, ...request.args],
    });
    if (result.missing)
      return {
        ...result,
        missing: false,
        spawnError: `the virtualenv's Python (${state.python}) has disappeared`,
      };
    // `python -m x` for a module that is not installed: the tool is missing from the virtualenv.
    if (result.exitCode === 1 && new RegExp(`No module named ${module}\\b`).test(result.stderr))
      return { ...result, missing: true };
    return result;
  }

  /** Creates the virtualenv if it is not in the cache yet (once per executor). */
  prepare(): Promise<VenvState> {
    if (!this.prepared) this.prepared = this.create();
    return this.prepared;
  }

  private async create(): Promise<VenvState> {
    const python = this.options.python ?? (this.platform === 'win32' ? 'python' : 'python3');
    try {
      // Also the working folder of the commands below: a missing cwd would look like a missing command.
      mkdirSync(this.options.cacheDir, { recursive: true });
    } catch (error) {
      return {
        ok: false,
        reason: `cannot create the cache folder ${this.options.cacheDir}: ${(error as Error).message}`,
      };
    }
    const probe = await this.host.run({
      command: python,
      args: ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'],
      cwd: this.options.cacheDir,
      timeoutMs: 60_000,
    });
    if (probe.missing)
      return {
        ok: false,
        reason: `${python} is not on PATH; the venv runner needs Python ${MINIMUM_PYTHON.join('.')} or newer`,
      };
    const version = /^(\d+)\.(\d+)\.(\d+)/.exec(probe.stdout.trim());
    if (probe.exitCode !== 0 || !version)
      return {
        ok: false,
        reason: `${python} did not report its version: ${firstLine(probe.stderr || probe.stdout || probe.spawnError || '')}`,
      };
    const [major, minor] = [Number(version[1]), Number(version[2])];
    if (major < MINIMUM_PYTHON[0] || (major === MINIMUM_PYTHON[0] && minor < MINIMUM_PYTHON[1])) {
      return {
        ok: false,
        reason: `${python} is Python ${version[0]}; the pinned tools need ${MINIMUM_PYTHON.join('.')} or newer`,
      };
    }
    const requirements = this.options.requirements ?? TOOL_REQUIREMENTS;
    const dir = join(
      this.options.cacheDir,
      `tools-${venvKey(requirements, version[0], this.platform)}`,
    );
    const venvPython = venvPythonPath(dir, this.platform);
    if (existsSync(join(dir, MARKER)) && existsSync(venvPython))
      return { ok: true, python: venvPython, dir };

    const building = `${dir}.tmp-${randomBytes(4).toString('hex')}`;
    try {
      const created = await this.host.run({
        command: python,
        args: ['-m', 'venv', building],
        cwd: this.options.cacheDir,
        timeoutMs: 5 * 60_000,
      });
      if (created.exitCode !== 0)
        return this.fail(
          building,
          `could not create a virtualenv with ${python} -m venv: ${firstLine(created.stderr || created.stdout || created.spawnError || '')}`,
        );
      const requirementsFile = join(building, 'requirements-tools.txt');
      writeFileSync(requirementsFile, requirements);
      const installed = await this.host.run({
        command: venvPythonPath(building, this.platform),
        args: [
          '-m',
          'pip',
          'install',
          '--disable-pip-version-check',
          '--no-input',
          '--requirement',
          requirementsFile,
        ],
        cwd: this.options.cacheDir,
        timeoutMs: this.options.installTimeoutMs ?? INSTALL_TIMEOUT_MS,
        env: { PIP_NO_INPUT: '1' },
      });
      if (installed.exitCode !== 0) {
        const said =
          lastLines(installed.stderr || installed.stdout) ||
          installed.spawnError ||
          (installed.timedOut ? 'timed out' : '');
        return this.fail(
          building,
          `could not install the pinned tools into the virtualenv (is PyPI reachable?): ${said}`,
        );
      }
      writeFileSync(join(building, MARKER), requirements);
      try {
        renameSync(building, dir);
      } catch {
        // Another job finished the same virtualenv first: use that one.
        rmSync(building, { recursive: true, force: true });
        if (!existsSync(join(dir, MARKER)))
          return { ok: false, reason: `could not move the virtualenv into ${dir}` };
      }
      return { ok: true, python: venvPython, dir };
    } catch (error) {
      return this.fail(building, `could not prepare the virtualenv: ${(error as Error).message}`);
    }
  }

  private fail(building: string, reason: string): VenvState {
    rmSync(building, { recursive: true, force: true });
    return { ok: false, reason };
  }
}

/** The cache key: the pins, the Python version and the platform. */
export function venvKey(
  requirements: string,
  pythonVersion: string,
  platform: NodeJS.Platform,
): string {
  return createHash('sha256')
    .update(`${requirements}\0${pythonVersion}\0${platform}`)
    .digest('hex')
    .slice(0, 16);
}

/** `bin/python` on Linux and macOS, `Scripts\python.exe` on Windows. */
export function venvPythonPath(dir: string, platform: NodeJS.Platform): string {
  return platform === 'win32' ? `${dir}\\Scripts\\python.exe` : `${dir}/bin/python`;
}

function firstLine(text: string): string {
  return text.trim().split(/\r?\n/)[0] ?? '';
}

function lastLines(text: string): string {
  return text.trim().split(/\r?\n/).slice(-3).join(' ').slice(0, 600);
}
