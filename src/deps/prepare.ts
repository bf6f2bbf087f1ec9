/**
 * The `install-dependencies` setting, from the runner to the environment mypy reads: decides
 * whether to install, finds the Python and cache folder of the runner (the tools virtualenv, or
 * the tools container), plans, installs, and hands the mypy adapter a DependencyEnvironment.
 *
 * - `auto` (default): install when the project has a dependency file and the runner is not
 *   `local`;
 * - `true`: install with the venv and docker runners, stub packages alone when there is no
 *   dependency file;
 * - `false`: never.
 * With the `local` runner nothing is installed: mypy uses the active environment — the workflow's
 * own `setup-python` and `pip install` — and the run says so.
 */
import { DockerExecutor } from '../exec/docker.js';
import type { Executor } from '../exec/executor.js';
import { VenvExecutor } from '../exec/venv.js';
import type { DependencyEnvironment } from './dependency-context.js';
import type { DependencyCacheSession } from './actions-cache.js';
import {
  dependencyEnvironment,
  installDependencies,
  locateEnvironment,
  type DependencyRunner,
  type InstallOptions,
  type InstallResult,
} from './install.js';
import {
  planDependencyInstall,
  type DependencyInstallPlan,
  type PlanFile,
  type ReadText,
} from './install-plan.js';

export type InstallDependenciesSetting = 'auto' | 'true' | 'false';
export const INSTALL_DEPENDENCIES_SETTINGS: readonly InstallDependenciesSetting[] = [
  'auto',
  'true',
  'false',
];

export function isInstallDependenciesSetting(value: string): value is InstallDependenciesSetting {
  return (INSTALL_DEPENDENCIES_SETTINGS as readonly string[]).includes(value);
}

export type RunnerKind = 'local' | 'venv' | 'docker';

/** Whether to install, and what to say when not. */
export function dependencyDecision(
  setting: InstallDependenciesSetting,
  runner: RunnerKind,
  plan: Pick<DependencyInstallPlan, 'source' | 'pipArgs'>,
): { install: boolean; notice: string | null } {
  if (setting === 'false') return { install: false, notice: null };
  if (runner === 'local') {
    return {
      install: false,
      notice:
        setting === 'true'
          ? "install-dependencies: with runner local nothing is installed; mypy reads the active Python environment, so install the project's dependencies in the workflow (setup-python, then pip install) before pybp"
          : 'mypy reads the active Python environment (runner local): the dependencies installed there are the ones it sees',
    };
  }
  if (plan.pipArgs === null)
    return {
      install: false,
      notice:
        setting === 'true'
          ? 'install-dependencies: no dependency file (lock file, pyproject.toml or requirements) and no import with a stub package; nothing to install'
          : null,
    };
  if (setting === 'auto' && plan.source === null) return { install: false, notice: null };
  return { install: true, notice: null };
}

/** Where the project's environment is made: the tools virtualenv's Python, or the container's. */
export async function dependencyRunnerFor(
  executor: Executor,
  hostCacheDir: string,
): Promise<DependencyRunner | { problem: string }> {
  if (executor instanceof VenvExecutor) {
    const state = await executor.prepare();
    if (!state.ok) return { problem: state.reason };
    return { executor, python: state.python, cacheDir: hostCacheDir };
  }
  if (executor instanceof DockerExecutor) {
    return { executor, python: 'python3', cacheDir: `${executor.containerCacheDir}/deps` };
  }
  return { problem: `the ${executor.name} runner cannot install dependencies` };
}

export interface PrepareRequest {
  setting: InstallDependenciesSetting;
  runner: RunnerKind;
  executor: Executor;
  /** The project's files (discovery.projectFiles) and a reader of repo-relative paths. */
  files: readonly PlanFile[];
  read: ReadText;
  /** For the venv runner: the host folder environments are kept in (`<cache>/deps`). */
  hostCacheDir: string;
  install: InstallOptions;
  extraStubs?: Readonly<Record<string, string>>;
  /** Where mypy keeps its cache when dependencies are installed (a folder the CI cache saves). */
  mypyCacheDir?: string;
  /** The Actions cache, on GitHub: restores the environment before the install, saves it after. */
  ciCache?: DependencyCacheSession | null;
}

export interface Prepared {
  /** For ToolContext.dependencies; null when nothing was installed and there is nothing to say. */
  environment: DependencyEnvironment | null;
  plan: DependencyInstallPlan | null;
  result: InstallResult | null;
}

/** Plans and installs; never throws (a failure is a notice, and mypy runs without them). */
export async function prepareDependencies(request: PrepareRequest): Promise<Prepared> {
  if (request.setting === 'false') return { environment: null, plan: null, result: null };
  const plan = planDependencyInstall(request.files, request.read, {
    ...(request.extraStubs ? { extraStubs: request.extraStubs } : {}),
  });
  const decision = dependencyDecision(request.setting, request.runner, plan);
  if (!decision.install) {
    return {
      environment: decision.notice ? { pythonExecutable: null, notices: [decision.notice] } : null,
      plan,
      result: null,
    };
  }
  try {
    const runner = await dependencyRunnerFor(request.executor, request.hostCacheDir);
    if ('problem' in runner) {
      return {
        environment: {
          pythonExecutable: null,
          notices: [`dependencies: not installed: ${runner.problem}`],
        },
        plan,
        result: null,
      };
    }
    // On GitHub the environment (and mypy's cache) may come from the Actions cache first.
    const cacheNotices: string[] = [];
    if (request.ciCache) {
      const location = await locateEnvironment(runner, plan, request.install);
      if (location) cacheNotices.push(...(await request.ciCache.restore(location)).notices);
    }
    const result = await installDependencies(runner, plan, request.install);
    request.ciCache?.installed(result);
    const environment = dependencyEnvironment(plan, result);
    environment.notices = [...cacheNotices, ...(environment.notices ?? [])];
    if (request.mypyCacheDir) environment.mypyCacheDir = request.mypyCacheDir;
    return { environment, plan, result };
  } catch (error) {
    return {
      environment: {
        pythonExecutable: null,
        notices: [`dependencies: not installed: ${(error as Error).message}`],
      },
      plan,
      result: null,
    };
  }
}
