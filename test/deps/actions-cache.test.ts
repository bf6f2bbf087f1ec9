/**
 * The Actions cache for installed dependencies and mypy's cache, against an in-memory cache that
 * behaves as the service does: an exact key first, then the newest entry whose key starts with a
 * restore key; a key is written once.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionsCacheClient } from '../../src/deps/actions-cache-client.js';
import {
  dependencyCacheEntries,
  dependencyCacheSession,
  installedCompletely,
  restoreDependencyCaches,
  saveDependencyCaches,
  type CacheClient,
  type DependencyCacheEntries,
} from '../../src/deps/actions-cache.js';
import type { InstallResult } from '../../src/deps/install.js';

class FakeCache implements CacheClient {
  entries: { key: string; paths: string[] }[] = [];
  restores: { paths: string[]; key: string; restoreKeys: string[] | undefined }[] = [];
  saves: { paths: string[]; key: string }[] = [];
  failRestore: Error | null = null;
  failSave: Error | null = null;

  restore(paths: string[], key: string, restoreKeys?: string[]): Promise<string | undefined> {
    this.restores.push({ paths, key, restoreKeys });
    if (this.failRestore) return Promise.reject(this.failRestore);
    const samePaths = this.entries.filter((entry) => entry.paths.join() === paths.join());
    if (samePaths.some((entry) => entry.key === key)) return Promise.resolve(key);
    for (const prefix of restoreKeys ?? []) {
      const newest = samePaths.filter((entry) => entry.key.startsWith(prefix)).at(-1);
      if (newest) return Promise.resolve(newest.key);
    }
    return Promise.resolve(undefined);
  }

  save(paths: string[], key: string): Promise<number> {
    this.saves.push({ paths, key });
    if (this.failSave) return Promise.reject(this.failSave);
    if (this.entries.some((entry) => entry.key === key)) {
      return Promise.reject(new Error(`Unable to reserve cache with key ${key}`));
    }
    this.entries.push({ key, paths });
    return Promise.resolve(this.entries.length);
  }
}

const HOST = join('/home', 'runner', '.cache', 'pybp');
const LOCATION = {
  relative: 'py3.12.7-linux-x86_64/0123456789abcdef01234567',
  cacheKey: 'pybp-deps-py3.12.7-linux-x86_64-0123456789abcdef01234567',
};
const ENTRIES: DependencyCacheEntries = dependencyCacheEntries(
  LOCATION,
  join(HOST, 'deps'),
  join(HOST, 'mypy'),
);
const SHA = 'a'.repeat(40);
const always = (): boolean => true;

function installResult(overrides: Partial<InstallResult> = {}): InstallResult {
  return {
    installed: ['requests==2.32.3'],
    failed: [],
    durationMs: 1200,
    cacheHit: false,
    builtAt: '2025-01-01T00:00:00.000Z',
    environmentPath: join(HOST, 'deps', LOCATION.relative),
    pythonExecutable: join(HOST, 'deps', LOCATION.relative, 'bin', 'python'),
    pythonVersion: '3.12.7',
    problem: null,
    ...overrides,
  };
}

describe('dependencyCacheEntries', () => {
  it('names the environment under the host deps folder and keys both caches on the plan', () => {
    expect(ENTRIES).toEqual({
      depsFolder: join(HOST, 'deps', 'py3.12.7-linux-x86_64', '0123456789abcdef01234567'),
      depsKey: 'pybp-deps-py3.12.7-linux-x86_64-0123456789abcdef01234567',
      mypyFolder: join(HOST, 'mypy'),
      mypyKeyPrefix: 'pybp-mypy-py3.12.7-linux-x86_64-0123456789abcdef01234567-',
    });
  });
});

describe('restoreDependencyCaches', () => {
  it('misses on an empty cache, asking for the environment by its exact key', async () => {
    const client = new FakeCache();
    const outcome = await restoreDependencyCaches(client, { ...ENTRIES, sha: SHA });
    expect(outcome).toEqual({ deps: false, mypyKey: null, notices: [] });
    expect(client.restores).toContainEqual({
      paths: [ENTRIES.depsFolder],
      key: ENTRIES.depsKey,
      restoreKeys: undefined,
    });
    expect(client.restores).toContainEqual({
      paths: [ENTRIES.mypyFolder],
      key: `${ENTRIES.mypyKeyPrefix}${SHA}`,
      restoreKeys: [ENTRIES.mypyKeyPrefix],
    });
  });

  it('restores the environment saved for the same plan', async () => {
    const client = new FakeCache();
    client.entries.push({ key: ENTRIES.depsKey, paths: [ENTRIES.depsFolder] });
    const outcome = await restoreDependencyCaches(client, { ...ENTRIES, sha: SHA });
    expect(outcome.deps).toBe(true);
    expect(outcome.notices).toEqual(['dependencies: environment restored from the Actions cache']);
  });

  it("restores mypy's cache of an earlier commit through the prefix, the newest first", async () => {
    const client = new FakeCache();
    const older = `${ENTRIES.mypyKeyPrefix}${'b'.repeat(40)}`;
    const newer = `${ENTRIES.mypyKeyPrefix}${'c'.repeat(40)}`;
    client.entries.push(
      { key: 'pybp-mypy-py3.11.9-linux-x86_64-other-' + SHA, paths: [ENTRIES.mypyFolder] },
      { key: older, paths: [ENTRIES.mypyFolder] },
      { key: newer, paths: [ENTRIES.mypyFolder] },
    );
    const outcome = await restoreDependencyCaches(client, { ...ENTRIES, sha: SHA });
    expect(outcome.mypyKey).toBe(newer);
    expect(outcome.deps).toBe(false);
  });

  it("prefers mypy's cache of this very commit", async () => {
    const client = new FakeCache();
    const exact = `${ENTRIES.mypyKeyPrefix}${SHA}`;
    client.entries.push(
      { key: exact, paths: [ENTRIES.mypyFolder] },
      { key: `${ENTRIES.mypyKeyPrefix}${'c'.repeat(40)}`, paths: [ENTRIES.mypyFolder] },
    );
    const outcome = await restoreDependencyCaches(client, { ...ENTRIES, sha: SHA });
    expect(outcome.mypyKey).toBe(exact);
  });

  it('turns a cache service error into notices, never an exception', async () => {
    const client = new FakeCache();
    client.failRestore = new Error('Cache service responded with 503');
    const outcome = await restoreDependencyCaches(client, { ...ENTRIES, sha: SHA });
    expect(outcome.deps).toBe(false);
    expect(outcome.mypyKey).toBeNull();
    expect(outcome.notices).toEqual([
      'dependencies: the Actions cache could not be read (Cache service responded with 503); the environment is built',
      'mypy: its cache could not be restored from the Actions cache (Cache service responded with 503)',
    ]);
  });

  it('survives a client that throws synchronously', async () => {
    const client: CacheClient = {
      restore: () => {
        throw new Error('boom');
      },
      save: () => Promise.resolve(1),
    };
    const outcome = await restoreDependencyCaches(client, { ...ENTRIES, sha: SHA });
    expect(outcome.deps).toBe(false);
    expect(outcome.notices).toHaveLength(2);
  });
});

describe('saveDependencyCaches', () => {
  const request = { ...ENTRIES, sha: SHA, exists: always };

  it("saves a newly built complete environment and mypy's cache for the commit", async () => {
    const client = new FakeCache();
    const outcome = await saveDependencyCaches(client, {
      ...request,
      depsInstalledOk: true,
      cacheHit: false,
    });
    expect(outcome).toEqual({ deps: true, mypy: true, notices: [] });
    expect(client.saves).toEqual(
      expect.arrayContaining([
        { paths: [ENTRIES.depsFolder], key: ENTRIES.depsKey },
        { paths: [ENTRIES.mypyFolder], key: `${ENTRIES.mypyKeyPrefix}${SHA}` },
      ]),
    );
  });

  it('does not save the environment on a cache hit', async () => {
    const client = new FakeCache();
    const outcome = await saveDependencyCaches(client, {
      ...request,
      depsInstalledOk: true,
      cacheHit: true,
    });
    expect(outcome.deps).toBe(false);
    expect(client.saves.map((save) => save.key)).toEqual([`${ENTRIES.mypyKeyPrefix}${SHA}`]);
  });

  it('does not save an environment in which something failed', async () => {
    const client = new FakeCache();
    await saveDependencyCaches(client, { ...request, depsInstalledOk: false, cacheHit: false });
    expect(client.saves.map((save) => save.key)).toEqual([`${ENTRIES.mypyKeyPrefix}${SHA}`]);
  });

  it('saves nothing that is not on disk', async () => {
    const client = new FakeCache();
    const outcome = await saveDependencyCaches(client, {
      ...request,
      depsInstalledOk: true,
      cacheHit: false,
      exists: () => false,
    });
    expect(outcome).toEqual({ deps: false, mypy: false, notices: [] });
    expect(client.saves).toEqual([]);
  });

  it("does not save mypy's cache again under the key it was restored from", async () => {
    const client = new FakeCache();
    await saveDependencyCaches(client, {
      ...request,
      depsInstalledOk: true,
      cacheHit: true,
      mypyRestoredKey: `${ENTRIES.mypyKeyPrefix}${SHA}`,
    });
    expect(client.saves).toEqual([]);
  });

  it("stays quiet when mypy's key was saved by another job first", async () => {
    const client = new FakeCache();
    client.entries.push({ key: `${ENTRIES.mypyKeyPrefix}${SHA}`, paths: [ENTRIES.mypyFolder] });
    const outcome = await saveDependencyCaches(client, {
      ...request,
      depsInstalledOk: false,
      cacheHit: false,
    });
    expect(outcome).toEqual({ deps: false, mypy: false, notices: [] });
  });

  it('turns a cache service error into notices, never an exception', async () => {
    const client = new FakeCache();
    client.failSave = new Error('Cache service responded with 500');
    const outcome = await saveDependencyCaches(client, {
      ...request,
      depsInstalledOk: true,
      cacheHit: false,
    });
    expect(outcome.deps).toBe(false);
    expect(outcome.mypy).toBe(false);
    expect(outcome.notices).toEqual([
      'dependencies: the environment could not be saved to the Actions cache (Cache service responded with 500)',
      'mypy: its cache could not be saved to the Actions cache (Cache service responded with 500)',
    ]);
  });

  it('counts a save the service skipped (-1) as not saved', async () => {
    const client: CacheClient = {
      restore: () => Promise.resolve(undefined),
      save: () => Promise.resolve(-1),
    };
    const outcome = await saveDependencyCaches(client, {
      ...request,
      depsInstalledOk: true,
      cacheHit: false,
    });
    expect(outcome).toEqual({ deps: false, mypy: false, notices: [] });
  });
});

describe('installedCompletely', () => {
  it('is true only for an environment with nothing failed', () => {
    expect(installedCompletely(installResult())).toBe(true);
    expect(installedCompletely(installResult({ cacheHit: true }))).toBe(true);
    expect(installedCompletely(null)).toBe(false);
    expect(installedCompletely(installResult({ problem: 'no venv module' }))).toBe(false);
    expect(installedCompletely(installResult({ pythonExecutable: null }))).toBe(false);
    expect(
      installedCompletely(
        installResult({
          failed: [{ package: 'x==1', message: 'no', path: null, line: 0, stub: false }],
        }),
      ),
    ).toBe(false);
  });
});

describe('dependencyCacheSession', () => {
  it('builds, saves, then restores on the next run with nothing to save but a new commit', async () => {
    const client = new FakeCache();
    const setup = {
      hostDepsDir: join(HOST, 'deps'),
      mypyFolder: join(HOST, 'mypy'),
      exists: always,
    };

    const first = dependencyCacheSession(client, { ...setup, sha: SHA });
    expect((await first.restore(LOCATION)).deps).toBe(false);
    first.installed(installResult());
    const firstSave = await first.save();
    expect(firstSave?.deps).toBe(true);

    const next = 'd'.repeat(40);
    const second = dependencyCacheSession(client, { ...setup, sha: next });
    const restored = await second.restore(LOCATION);
    expect(restored.deps).toBe(true);
    expect(restored.mypyKey).toBe(`${ENTRIES.mypyKeyPrefix}${SHA}`);
    second.installed(installResult({ cacheHit: true }));
    client.saves = [];
    await second.save();
    expect(client.saves.map((save) => save.key)).toEqual([`${ENTRIES.mypyKeyPrefix}${next}`]);
  });

  it("restores only mypy's cache when the environment is on disk already", async () => {
    const client = new FakeCache();
    const session = dependencyCacheSession(client, {
      sha: SHA,
      hostDepsDir: join(HOST, 'deps'),
      mypyFolder: join(HOST, 'mypy'),
      exists: always,
    });
    const restored = await session.restore({ ...LOCATION, present: true });
    expect(restored.deps).toBe(false);
    expect(client.restores.map((restore) => restore.key)).toEqual([
      `${ENTRIES.mypyKeyPrefix}${SHA}`,
    ]);
    session.installed(installResult({ cacheHit: true }));
    await session.save();
    expect(client.saves.map((save) => save.key)).toEqual([`${ENTRIES.mypyKeyPrefix}${SHA}`]);
  });

  it('saves nothing when the environment was never located (no install)', async () => {
    const client = new FakeCache();
    const session = dependencyCacheSession(client, {
      sha: SHA,
      hostDepsDir: join(HOST, 'deps'),
      mypyFolder: join(HOST, 'mypy'),
    });
    session.installed(null);
    expect(await session.save()).toBeNull();
    expect(client.saves).toEqual([]);
  });
});

describe('actionsCacheClient', () => {
  it('is null away from GitHub (no cache service in the environment)', () => {
    const saved = { ...process.env };
    for (const name of ['ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_SERVICE_V2']) {
      delete process.env[name];
    }
    try {
      expect(actionsCacheClient()).toBeNull();
    } finally {
      process.env = saved;
    }
  });
});
