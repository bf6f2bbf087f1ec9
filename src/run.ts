/**
 * Runs a check where the tools are: chooses the runner (local, venv or the tools container),
 * runs the pipeline with its executor, and always releases what the executor holds. Used by both
 * entry points, which pass the environment in.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
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

export interface RunOptions extends Omit<PipelineOptions, 'executor'> {
  env: Environment;
  /** Called with a function that stops the run's container; the entry point wires it to signals. */
  onCleanup?: (cleanup: () => Promise<void>) => void;
}

export async function runWithRunner(config: Config, options: RunOptions): Promise<CheckResult> {
  const { env, onCleanup, ...pipeline } = options;
  const host = new LocalExecutor();
  const choice = await chooseRunner({
    runner: config.runner,
    tools: toolsToRun(config),
    toolsChosen: config.toolsChosen,
    env,
    probe: systemProbe(env, process.platform, host, config.root),
  });
  const executor = createExecutor({
    choice,
    image: config.image,
    hostRoot: config.base,
    cacheDir: defaultCacheDir(env, process.platform, homedir()),
    host,
  });
  onCleanup?.(async () => {
    await closeExecutor(executor);
  });
  let closing: string | null = null;
  let result: CheckResult;
  try {
    result = await runCheck(config, {
      ...pipeline,
      executor,
      dependencies: {
        runner: choice.runner,
        hostCacheDir: join(defaultCacheDir(env, process.platform, homedir()), 'deps'),
        env: pipEnvironment(env),
        variables: env,
      },
    });
  } finally {
    closing = await closeExecutor(executor);
  }
  result.notices.unshift(...choice.notices, ...(closing ? [closing] : []));
  return result;
}
