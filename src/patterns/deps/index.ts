import type { PatternRule } from '../rule.js';
import { devToolInRuntimeDeps } from './dev-tool-in-runtime-deps.js';
import { noLockFile } from './no-lock-file.js';
import { unpinnedRequirement } from './unpinned-requirement.js';

/** Section 8: requirements files, pyproject.toml, Pipfile. */
export const DEPENDENCY_RULES: readonly PatternRule[] = [
  unpinnedRequirement,
  noLockFile,
  devToolInRuntimeDeps,
];
