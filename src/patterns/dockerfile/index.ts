import type { PatternRule } from '../rule.js';
import { dockerBuildToolsInRuntime } from './build-tools-in-runtime.js';
import { dockerSecret } from './docker-secret.js';
import { envFileDebug } from './env-file-debug.js';
import { envFileSecret } from './env-file-secret.js';
import { dockerNoHealthcheck } from './no-healthcheck.js';
import { dockerPipCache } from './pip-cache.js';
import { dockerRunsAsRoot } from './runs-as-root.js';
import { dockerUnpinnedBase } from './unpinned-base.js';

/** Section 7: Dockerfiles, compose and env files. */
export const DEPLOYMENT_RULES: readonly PatternRule[] = [
  dockerRunsAsRoot,
  dockerUnpinnedBase,
  dockerPipCache,
  dockerNoHealthcheck,
  dockerSecret,
  dockerBuildToolsInRuntime,
  envFileSecret,
  envFileDebug,
];
