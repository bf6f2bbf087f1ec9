/**
 * The GitHub Actions cache service as a CacheClient. Apart from actions-cache.ts so that only the
 * action's bundle carries @actions/cache; the CLI keeps its cache folder on disk.
 */
import * as cache from '@actions/cache';
import type { CacheClient } from './actions-cache.js';

/** The Actions cache, or null when the service is not there (not on GitHub, a local act run). */
export function actionsCacheClient(): CacheClient | null {
  if (!cache.isFeatureAvailable()) return null;
  return {
    restore: (paths, key, restoreKeys) => cache.restoreCache(paths, key, restoreKeys),
    save: (paths, key) => cache.saveCache(paths, key),
  };
}
