import type { ModelRelationships } from './python/performance/model-relationships.js';

/**
 * What the rules need to know about the project as a whole, gathered once in the main thread
 * from discovery and handed to every worker as plain data.
 */
export interface ProjectFacts {
  /** Repo-relative POSIX paths of every Python file being checked. */
  pythonFiles: string[];
  /** Any file that pytest would collect exists. */
  hasTests: boolean;
  /** pytest runs coroutine tests itself (`asyncio_mode = "auto"`). */
  asyncioAuto: boolean;
  /** Lock files present (repo-relative). */
  lockFiles: string[];
  /** pyproject.toml files present (repo-relative). */
  pyprojectFiles: string[];
  /** Dockerfiles built by a compose service that declares a `healthcheck:`. */
  composeHealthchecks?: string[];
  /** Requirements files in which every requirement is pinned (a lock). */
  pinnedRequirementsFiles?: string[];
  /** Requirements files a pyproject.toml reads as its own metadata. */
  metadataRequirementsFiles?: string[];
  /** Folders whose pyproject.toml publishes a library. */
  libraryFolders?: string[];
  /** The ORM models of the project and their relationships (PBP104's N+1 through lazy loads). */
  modelRelationships?: ModelRelationships;
}

const TEST_FILE = /(^|\/)(tests?\/|test_[^/]*\.py$|[^/]*_test\.py$|conftest\.py$|tests\.py$)/;

/** "Not in tests": files under tests/, test_*.py, *_test.py, conftest.py, a Django app's tests.py. */
export function isTestPath(path: string): boolean {
  return TEST_FILE.test(path);
}

const LOCK_FILE =
  /(^|\/)(uv\.lock|poetry\.lock|pdm\.lock|Pipfile\.lock|pixi\.lock|requirements[^/]*\.lock|pylock(\.[^/]*)?\.toml)$/;

export function isLockFilePath(path: string): boolean {
  return LOCK_FILE.test(path);
}
