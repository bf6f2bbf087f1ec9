/**
 * Runs a check where the tools are: chooses the runner (local, venv or the tools container),
 * runs the pipeline with its executor, and always releases what the executor holds. Used by both
 * entry points, which pass the environment in.
 */
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { dependencyCacheSession, type CacheClient } from './deps/actions-cache.js';
import { pipEnvironment } from './deps/install.js';
import type { Config } from './config.js';
import { LocalExecutor } from './exec/local.js';
import {
  chooseRunner,
  closeExecutor,
  createExecutor,
  defaultCacheDir,
  systemProbe,
  toolsToRun,
  type Environment,
} from './exec/select.js';
import { runCheck, type CheckResult, type PipelineOptions } from './pipeline.js';
import { defaultMypyCacheDir } from './tools/mypy.js';

export interface RunOptions extends Omit<PipelineOptions, 'executor'> {
  env: Environment;
  /** On GitHub: the Actions cache client and the commit, to carry environments between runs. */
  ciCache?: { client: CacheClient; sha: string };
  /** Called with a function that stops the run's container; the entry point wires it to signals. */
  onCleanup?: (cleanup: () => Promise<void>) => void;
}

export async function runWithRunner(config: Config, options: RunOptions): Promise<CheckResult> {
  const { env, onCleanup, ciCache, ...pipeline } = options;
  const host = new LocalExecutor();
  const choice = await chooseRunner({
    runner: config.runner,
    tools: toolsToRun(config),
    toolsChosen: config.toolsChosen,
    env,
    probe: systemProbe(env, process.platform, host, config.root),
  });
  const cache = defaultCacheDir(env, process.platform, homedir());
  const executor = createExecutor({
    choice,
    image: config.image,
    hostRoot: config.base,
    cacheDir: cache,
    host,
  });
  onCleanup?.(async () => {
    await closeExecutor(executor);
  });
  let closing: string | null = null;
  // The folders the Actions cache carries: where the runner keeps environments and mypy's cache
  // (for docker, under the folder mounted at /cache).
  const onHost = choice.runner === 'docker' ? join(cache, 'docker') : cache;
  const mypyFolder =
    choice.runner === 'docker'
      ? join(onHost, 'mypy')
      : join(cache, 'mypy', basename(defaultMypyCacheDir(config.root)));
  const session =
    ciCache && choice.runner !== 'local'
      ? dependencyCacheSession(ciCache.client, {
          sha: ciCache.sha,
          hostDepsDir: join(onHost, 'deps'),
          mypyFolder,
        })
      : null;
  let result: CheckResult;
  try {
    result = await runCheck(config, {
      ...pipeline,
      executor,
      dependencies: {
        runner: choice.runner,
        hostCacheDir: join(cache, 'deps'),
        env: pipEnvironment(env),
        variables: env,
        ...(session ? { ciCache: session } : {}),
        ...(session && choice.runner !== 'docker' ? { mypyCacheDir: mypyFolder } : {}),
      },
    });
  } finally {
    closing = await closeExecutor(executor);
  }
  // After the container is gone, so every file it wrote is there to save.
  const saved = session ? await session.save() : null;
  if (saved) result.notices.push(...saved.notices);
  result.notices.unshift(...choice.notices, ...(closing ? [closing] : []));
  return result;
}
