/**
 * What the mypy adapter is told about the project's installed dependencies: an optional field
 * beside the ToolContext (the pipeline sets it when it installs them). A Promise is allowed, so
 * the other tools start while pip is still at work and only mypy waits for it.
 */
import type { RawFinding, Rule } from '../model.js';

export interface DependencyEnvironment {
  /** The Python whose site-packages mypy should read (`--python-executable`); null: mypy's own. */
  pythonExecutable: string | null;
  /** Dependencies that could not be installed, as findings (the `dependencies` section). */
  findings?: RawFinding[];
  rules?: Rule[];
  /** One line each for the run's notices: what was installed, from which file, how long it took. */
  notices?: string[];
  /** Where mypy keeps its incremental cache when pybp chooses (a folder the CI cache saves). */
  mypyCacheDir?: string | null;
}

export interface DependencyToolContext {
  dependencies?: DependencyEnvironment | Promise<DependencyEnvironment | null> | null;
}

/** The context's dependency environment, read defensively: a context without one gives null. */
export async function dependencyEnvironmentOf(
  context: object,
): Promise<DependencyEnvironment | null> {
  const value = (context as DependencyToolContext).dependencies;
  if (value === undefined || value === null) return null;
  let environment: DependencyEnvironment | null;
  try {
    environment = await value;
  } catch (error) {
    // The install's own failures are findings; a crash in it must not stop mypy.
    return {
      pythonExecutable: null,
      notices: [`dependencies: could not prepare them: ${(error as Error).message}`],
    };
  }
  if (!environment || typeof environment !== 'object') return null;
  const python = environment.pythonExecutable;
  return {
    ...environment,
    pythonExecutable: typeof python === 'string' && python !== '' ? python : null,
  };
}
