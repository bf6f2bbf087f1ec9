/**
 * The GitHub Actions cache for the project's installed dependencies and for mypy's cache, so that
 * a second run with unchanged dependencies finds its environment in place (install.ts then costs
 * one Python process that reads the marker) and mypy checks incrementally.
 *
 * - The environment is saved under `pybp-deps-<python>-<platform>-<key>` (locateEnvironment's
 *   cacheKey): the key is the dependency files' content and the pip settings, so a changed lock
 *   file is a new entry. It is restored by that exact key, and saved only when this run built it
 *   with nothing failing (a partial environment is not worth keeping for later runs).
 * - mypy's cache is saved under `pybp-mypy-<python>-<platform>-<key>-<sha>`, one entry per commit,
 *   and restored from this commit's or else the latest with the same prefix (a cache from an
 *   earlier commit still spares mypy most of its work).
 *
 * The cache service is reached through a CacheClient (actions-cache-client.ts on GitHub, null
 * elsewhere: the CLI and the image keep their cache folder on disk), so tests need no GitHub.
 * Nothing here throws: a cache that cannot be read or written is a notice, and the run goes on.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EnvironmentLocation, InstallResult } from './install.js';

/** The two calls of @actions/cache that pybp uses. */
export interface CacheClient {
  /** The key that matched (primary or a restore key), or undefined on a miss. */
  restore(paths: string[], key: string, restoreKeys?: string[]): Promise<string | undefined>;
  /** The cache id (-1 when nothing was saved). */
  save(paths: string[], key: string): Promise<number | void>;
}

/** What is cached, where it is on the host, and under which keys. */
export interface DependencyCacheEntries {
  /** The environment's folder on the host (the runner may see it elsewhere, as in a container). */
  depsFolder: string;
  /** `pybp-deps-py3.12.7-linux-x86_64-<key>`. */
  depsKey: string;
  /** mypy's cache folder on the host. */
  mypyFolder: string;
  /** `pybp-mypy-py3.12.7-linux-x86_64-<key>-`: the commit's sha completes it. */
  mypyKeyPrefix: string;
}

/**
 * The entries for an environment locateEnvironment found. `hostDepsDir` is the host folder the
 * runner's environments are kept in (`<cache>/deps`, which the docker runner mounts as
 * `/cache/deps`), so `location.relative` under it is the environment, whatever the runner.
 */
export function dependencyCacheEntries(
  location: Pick<EnvironmentLocation, 'relative' | 'cacheKey'>,
  hostDepsDir: string,
  mypyFolder: string,
): DependencyCacheEntries {
  const tagAndKey = location.cacheKey.replace(/^pybp-deps-/, '');
  return {
    depsFolder: join(hostDepsDir, ...location.relative.split('/')),
    depsKey: location.cacheKey,
    mypyFolder,
    mypyKeyPrefix: `pybp-mypy-${tagAndKey}-`,
  };
}

export interface RestoreRequest extends DependencyCacheEntries {
  /** The commit checked (GITHUB_SHA). */
  sha: string;
  /** The environment is on disk already (a self-hosted runner's folder): only mypy's is restored. */
  depsPresent?: boolean;
}

export interface RestoreOutcome {
  /** The environment was restored (install.ts will find it complete). */
  deps: boolean;
  /** The key mypy's cache was restored from, or null. */
  mypyKey: string | null;
  /** For the run's notices. */
  notices: string[];
}

/** Restores the environment and mypy's cache; never throws. */
export async function restoreDependencyCaches(
  client: CacheClient,
  request: RestoreRequest,
): Promise<RestoreOutcome> {
  const outcome: RestoreOutcome = { deps: false, mypyKey: null, notices: [] };
  const [deps, mypy] = await Promise.all([
    request.depsPresent
      ? { value: undefined }
      : attempt(() => client.restore([request.depsFolder], request.depsKey)),
    attempt(() =>
      client.restore([request.mypyFolder], `${request.mypyKeyPrefix}${request.sha}`, [
        request.mypyKeyPrefix,
      ]),
    ),
  ]);
  if ('error' in deps) {
    outcome.notices.push(
      `dependencies: the Actions cache could not be read (${deps.error}); the environment is built`,
    );
  } else if (deps.value === request.depsKey) {
    outcome.deps = true;
    outcome.notices.push(`dependencies: environment restored from the Actions cache`);
  }
  if ('error' in mypy) {
    outcome.notices.push(
      `mypy: its cache could not be restored from the Actions cache (${mypy.error})`,
    );
  } else if (mypy.value !== undefined && mypy.value.startsWith(request.mypyKeyPrefix)) {
    outcome.mypyKey = mypy.value;
  }
  return outcome;
}

export interface SaveRequest extends RestoreRequest {
  /** The environment is complete: installed with no requirement failing. */
  depsInstalledOk: boolean;
  /** The environment was already there (restored, or left by an earlier run): nothing to save. */
  cacheHit: boolean;
  /** The key mypy's cache was restored from: the same key is not saved again. */
  mypyRestoredKey?: string | null;
  /** Whether a folder is there (tests replace it). */
  exists?: (path: string) => boolean;
}

export interface SaveOutcome {
  deps: boolean;
  mypy: boolean;
  notices: string[];
}

/**
 * Saves the environment when this run built it complete, and mypy's cache under this commit's
 * key; never throws. A key another job saved first is not an error (the service keeps one).
 */
export async function saveDependencyCaches(
  client: CacheClient,
  request: SaveRequest,
): Promise<SaveOutcome> {
  const exists = request.exists ?? existsSync;
  const outcome: SaveOutcome = { deps: false, mypy: false, notices: [] };
  const mypyKey = `${request.mypyKeyPrefix}${request.sha}`;
  const saves: Promise<void>[] = [];
  if (request.depsInstalledOk && !request.cacheHit && exists(request.depsFolder)) {
    saves.push(
      attempt(() => client.save([request.depsFolder], request.depsKey)).then((saved) => {
        if ('error' in saved) {
          outcome.notices.push(
            `dependencies: the environment could not be saved to the Actions cache (${saved.error})`,
          );
        } else outcome.deps = saved.value !== -1;
      }),
    );
  }
  if (request.mypyRestoredKey !== mypyKey && exists(request.mypyFolder)) {
    saves.push(
      attempt(() => client.save([request.mypyFolder], mypyKey)).then((saved) => {
        // Saving a key that exists fails; mypy's cache is a courtesy, so that stays quiet.
        if (!('error' in saved)) outcome.mypy = saved.value !== -1;
        else if (!/already exists|another job|reserve/i.test(saved.error)) {
          outcome.notices.push(
            `mypy: its cache could not be saved to the Actions cache (${saved.error})`,
          );
        }
      }),
    );
  }
  await Promise.all(saves);
  return outcome;
}

/**
 * One run's use of the cache, for the entry points: created before the check with what the host
 * knows (the commit, the folders), told the environment's location before the install
 * (`restore`, which prepare.ts awaits) and the install's result after it, and saved once mypy has
 * run. Every method is a no-op when there is nothing to do, and none throws.
 */
export interface DependencyCacheSession {
  restore(
    location: Pick<EnvironmentLocation, 'relative' | 'cacheKey'> & { present?: boolean },
  ): Promise<RestoreOutcome>;
  installed(result: InstallResult | null): void;
  save(): Promise<SaveOutcome | null>;
}

export function dependencyCacheSession(
  client: CacheClient,
  setup: {
    sha: string;
    hostDepsDir: string;
    mypyFolder: string;
    exists?: (path: string) => boolean;
  },
): DependencyCacheSession {
  let entries: DependencyCacheEntries | null = null;
  let restored: RestoreOutcome | null = null;
  let result: InstallResult | null = null;
  return {
    async restore(location) {
      entries = dependencyCacheEntries(location, setup.hostDepsDir, setup.mypyFolder);
      restored = await restoreDependencyCaches(client, {
        ...entries,
        sha: setup.sha,
        depsPresent: location.present === true,
      });
      return restored;
    },
    installed(installResult) {
      result = installResult;
    },
    async save() {
      if (!entries || !restored) return null;
      return saveDependencyCaches(client, {
        ...entries,
        sha: setup.sha,
        depsInstalledOk: installedCompletely(result),
        cacheHit: restored.deps || result?.cacheHit === true,
        mypyRestoredKey: restored.mypyKey,
        ...(setup.exists ? { exists: setup.exists } : {}),
      });
    },
  };
}

/** Whether an install left a complete environment worth saving. */
export function installedCompletely(result: InstallResult | null): boolean {
  return (
    result !== null &&
    result.problem === null &&
    result.pythonExecutable !== null &&
    result.failed.length === 0
  );
}

async function attempt<T>(call: () => Promise<T>): Promise<{ value: T } | { error: string }> {
  try {
    return { value: await call() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
