/**
 * Which executor runs the tools — the `runner` input/flag:
 *
 * - `local`: this machine's PATH (the project's own environment: mypy sees installed packages);
 * - `venv`: the pinned Python tools in a cached virtualenv (hadolint still from PATH);
 * - `docker`: everything in the tools image;
 * - `auto`: `local` when every tool to run is on PATH or we are inside the tools image (it sets
 *   PYBP_IN_IMAGE=1), else `docker` when a Docker daemon answers; else, when the tools were not
 *   chosen by name, `local` with the missing ones reported missing; else an error that names the
 *   missing tools and the runners that would provide them.
 *
 * Pure apart from the probe: the environment is passed in by the entry point.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter as hostDelimiter, posix, win32 } from 'node:path';
import type { ToolName } from '../model.js';
import { DockerExecutor, dockerAvailability, hostUser } from './docker.js';
import type { Executor } from './executor.js';
import { LocalExecutor } from './local.js';
import { TOOL_MODULES, VenvExecutor } from './venv.js';

export type RunnerName = 'auto' | 'local' | 'venv' | 'docker';
export const RUNNER_NAMES: readonly RunnerName[] = ['auto', 'local', 'venv', 'docker'];

export type ExternalTool = Exclude<ToolName, 'patterns'>;

/** The command each tool is run by. */
export const TOOL_COMMANDS: Readonly<Record<ExternalTool, string>> = {
  mypy: 'mypy',
  black: 'black',
  flake8: 'flake8',
  'pip-audit': 'pip-audit',
  hadolint: 'hadolint',
};

/** Set by the tools image's Dockerfile: the tools are right here. */
export const IN_IMAGE_VARIABLE = 'PYBP_IN_IMAGE';

export type Environment = Readonly<Record<string, string | undefined>>;

export interface RunnerProbe {
  onPath(command: string): boolean;
  /** True when a Docker daemon answers, else why not. */
  docker(): Promise<true | string>;
}

export interface RunnerRequest {
  runner: RunnerName;
  /** The tools that will run (selected, not imported). */
  tools: readonly ExternalTool[];
  /** The user named the tools: a missing one is an error, not a notice. */
  toolsChosen: boolean;
  env: Environment;
  probe: RunnerProbe;
}

export interface RunnerChoice {
  runner: Exclude<RunnerName, 'auto'>;
  /** One sentence for logs: why this runner. */
  why: string;
  notices: string[];
}

export class RunnerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunnerError';
  }
}

export function isRunnerName(value: string): value is RunnerName {
  return (RUNNER_NAMES as readonly string[]).includes(value);
}

/** The tools of a config that need an executor: not the pattern engine, not imported reports. */
export function toolsToRun(config: {
  tools: readonly ToolName[];
  imports: ReadonlyArray<{ tool: ToolName }>;
}): ExternalTool[] {
  const imported = new Set(config.imports.map((entry) => entry.tool));
  return config.tools.filter(
    (tool): tool is ExternalTool => tool !== 'patterns' && !imported.has(tool),
  );
}

export async function chooseRunner(request: RunnerRequest): Promise<RunnerChoice> {
  const { runner, tools, probe } = request;
  if (runner === 'local') return { runner, why: 'runner local: tools from PATH', notices: [] };
  if (runner === 'venv')
    return {
      runner,
      why: 'runner venv: the pinned Python tools in a cached virtualenv',
      notices: [],
    };
  if (runner === 'docker') {
    const docker = await probe.docker();
    if (docker !== true)
      throw new RunnerError(
        `runner docker: ${docker}; use runner local (tools on PATH) or venv instead`,
      );
    return { runner, why: 'runner docker: the tools image', notices: [] };
  }

  if (tools.length === 0)
    return { runner: 'local', why: 'runner auto: no external tool to run', notices: [] };
  if (request.env[IN_IMAGE_VARIABLE] === '1')
    return { runner: 'local', why: 'runner auto: inside the tools image', notices: [] };
  const missing = tools.filter((tool) => !probe.onPath(TOOL_COMMANDS[tool]));
  if (missing.length === 0)
    return { runner: 'local', why: 'runner auto: every tool is on PATH', notices: [] };
  const docker = await probe.docker();
  const list = joinNames(missing);
  if (docker === true) {
    return {
      runner: 'docker',
      why: `runner auto: ${list} ${missing.length === 1 ? 'is' : 'are'} not on PATH, so every tool runs in the tools image`,
      notices: [],
    };
  }
  const alternatives = runnerAlternatives(missing);
  if (!request.toolsChosen) {
    return {
      runner: 'local',
      why: 'runner auto: tools from PATH (Docker is not available)',
      notices: [
        `${list} ${missing.length === 1 ? 'is' : 'are'} not on PATH and Docker is not available (${docker}), so ${missing.length === 1 ? 'it is' : 'they are'} reported missing. ${alternatives}`,
      ],
    };
  }
  throw new RunnerError(
    `runner auto: ${list} ${missing.length === 1 ? 'is' : 'are'} not on PATH and Docker is not available (${docker}). ${alternatives}`,
  );
}

function runnerAlternatives(missing: readonly ExternalTool[]): string {
  const python = missing.filter((tool) => tool in TOOL_MODULES);
  const options = [
    'install them on PATH and use runner local',
    'use runner docker on a machine with a Docker daemon (every tool)',
  ];
  if (python.length > 0) {
    options.push(
      `use runner venv (${joinNames(python)} from a cached virtualenv; needs Python 3.10+ and PyPI${missing.includes('hadolint') ? '; hadolint must still be on PATH' : ''})`,
    );
  }
  options.push('or leave them out of tools');
  return `To run them: ${options.join(', ')}.`;
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Whether `command` is an executable file in one of PATH's folders (with PATHEXT on Windows). */
export function isOnPath(
  command: string,
  env: Environment,
  platform: NodeJS.Platform,
  isExecutable: (path: string) => boolean = executableFile,
): boolean {
  const path = platform === 'win32' ? win32 : posix;
  const pathVariable = env['PATH'] ?? env['Path'] ?? '';
  const delimiter =
    platform === 'win32' ? ';' : platform === process.platform ? hostDelimiter : ':';
  const extensions =
    platform === 'win32'
      ? ['', ...(env['PATHEXT'] ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)]
      : [''];
  return pathVariable
    .split(delimiter)
    .filter(Boolean)
    .some((dir) =>
      extensions.some((extension) => isExecutable(path.join(dir, command + extension))),
    );
}

function executableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The real probe: PATH lookups and `docker version` (asked at most once). */
export function systemProbe(
  env: Environment,
  platform: NodeJS.Platform = process.platform,
  host: Executor = new LocalExecutor(),
  cwd = '.',
): RunnerProbe {
  let docker: Promise<true | string> | null = null;
  return {
    onPath: (command) => isOnPath(command, env, platform),
    docker: () => (docker ??= dockerAvailability(host, 'docker', cwd)),
  };
}

/** Where caches (virtualenvs, tool caches for the container) live by default. */
export function defaultCacheDir(env: Environment, platform: NodeJS.Platform, home: string): string {
  if (platform === 'win32')
    return win32.join(env['LOCALAPPDATA'] ?? win32.join(home, 'AppData', 'Local'), 'pybp', 'Cache');
  if (platform === 'darwin') return posix.join(home, 'Library', 'Caches', 'pybp');
  return posix.join(env['XDG_CACHE_HOME'] || posix.join(home, '.cache'), 'pybp');
}

export interface ExecutorSetup {
  choice: RunnerChoice;
  /** The tools image for the docker runner. */
  image: string;
  /** The repository root (mounted into the container). */
  hostRoot: string;
  cacheDir: string;
  /** The Python that builds the venv runner's virtualenv. */
  python?: string;
  platform?: NodeJS.Platform;
  host?: Executor;
}

/** An executor that may hold something to release (the tools container). */
export type CheckExecutor = Executor & { close?(): Promise<string | null> };

export function createExecutor(setup: ExecutorSetup): CheckExecutor {
  const platform = setup.platform ?? process.platform;
  const host = setup.host ?? new LocalExecutor();
  switch (setup.choice.runner) {
    case 'local':
      return host;
    case 'venv':
      return new VenvExecutor({
        cacheDir: posixOrWin(platform).join(setup.cacheDir, 'venv'),
        platform,
        host,
        ...(setup.python ? { python: setup.python } : {}),
      });
    case 'docker':
      return new DockerExecutor({
        image: setup.image,
        hostRoot: setup.hostRoot,
        cacheDir: posixOrWin(platform).join(setup.cacheDir, 'docker'),
        host,
        platform,
        user: platform === 'win32' ? null : hostUser(),
      });
  }
}

/** Releases what the executor holds; call it in the pipeline's `finally`. A notice when that failed. */
export async function closeExecutor(executor: Executor): Promise<string | null> {
  const closable = executor as CheckExecutor;
  return typeof closable.close === 'function' ? closable.close() : null;
}

function posixOrWin(platform: NodeJS.Platform): typeof posix {
  return platform === 'win32' ? win32 : posix;
}
