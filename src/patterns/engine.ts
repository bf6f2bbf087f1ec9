/**
 * The pattern engine: spreads the files over worker threads (one per core; in-process for small
 * projects, where starting workers costs more than it saves), then runs the project-wide rules.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RawFinding } from '../model.js';
import {
  checkFiles,
  type EngineBatch,
  type EngineBatchResult,
  type EngineFile,
  type SkippedFile,
} from './check-files.js';
import type { ProjectFacts } from './project-facts.js';
import { patternRuleParts } from './registry.js';
import type { ProjectRule } from './rule.js';

export interface EngineOptions {
  files: EngineFile[];
  ruleIds: string[];
  /**
   * The project facts, or how to gather them: called once the workers are starting, so they load
   * and compile tree-sitter meanwhile and get their files when the facts are there.
   */
  facts: ProjectFacts | (() => Promise<ProjectFacts>);
  /** 0 = in-process; default: one per core when the project is large enough. */
  workers?: number;
  /** With the default worker count: at most this many (other tools are running beside us). */
  maxWorkers?: number;
  /** Run the workers at low priority (other tools are running beside us). */
  lowPriority?: boolean;
}

export interface EngineResult {
  findings: RawFinding[];
  metrics: Record<string, Record<string, number>>;
  skipped: SkippedFile[];
  notices: string[];
  files: number;
  lines: number;
  workers: number;
  /** Path → decoded text of the files with findings. */
  texts: Map<string, string>;
  /** Python files that needed a visit of every node (a rule without anchors ran there). */
  walked: string[];
}

/** Below this many bytes of input, a worker's start-up (about 60 ms) costs more than it saves. */
const IN_PROCESS_BYTES = 400_000;

export async function runEngine(options: EngineOptions): Promise<EngineResult> {
  const sizes = options.files.map((file) => safeSize(file.absolute));
  const totalBytes = sizes.reduce((sum, size) => sum + size, 0);
  const workerScript = fileURLToPath(new URL('./worker.js', import.meta.url));
  const wanted =
    options.workers ??
    (totalBytes < IN_PROCESS_BYTES
      ? 0
      : Math.min(availableParallelism(), options.maxWorkers ?? Infinity));
  const workers = existsSync(workerScript) ? Math.min(wanted, options.files.length) : 0;

  const batches = workers > 0 ? splitBySize(options.files, sizes, workers) : [options.files];
  const started = batches.map(() => (workers > 0 ? startWorker(workerScript) : null));
  let facts: ProjectFacts;
  try {
    facts = typeof options.facts === 'function' ? await options.facts() : options.facts;
  } catch (error) {
    for (const worker of started) void worker?.worker.terminate();
    throw error;
  }
  const results = await Promise.all(
    batches.map((files, index) => {
      const batch: EngineBatch = { files, ruleIds: options.ruleIds, facts };
      const worker = started[index];
      return worker
        ? inWorker(worker, { ...batch, lowPriority: options.lowPriority === true })
        : checkFiles(batch);
    }),
  );

  const merged: EngineResult = {
    findings: [],
    metrics: {},
    skipped: [],
    notices: [],
    files: 0,
    lines: 0,
    workers,
    texts: new Map(),
    walked: [],
  };
  for (const result of results) {
    merged.findings.push(...result.findings);
    Object.assign(merged.metrics, result.metrics);
    merged.skipped.push(...result.skipped);
    merged.notices.push(...result.notices);
    merged.lines += result.lines;
    for (const [path, text] of Object.entries(result.texts)) merged.texts.set(path, text);
    merged.walked.push(...result.walked);
  }
  merged.files = options.files.length - merged.skipped.length;
  for (const rule of options.ruleIds.flatMap((id) => patternRuleParts(id))) {
    if (rule.kind !== 'project') continue;
    (rule as ProjectRule).check({
      project: facts,
      report: ({ path, at, message, level }) => {
        if (!('startLine' in at)) return;
        const finding: RawFinding = {
          tool: 'patterns',
          ruleId: rule.meta.id,
          message,
          location: { path, ...at },
        };
        if (level) finding.level = level;
        merged.findings.push(finding);
      },
    });
  }
  return merged;
}

function safeSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Greedy: largest files first, each to the lightest batch; keeps the workers evenly loaded. */
function splitBySize(files: EngineFile[], sizes: number[], count: number): EngineFile[][] {
  const order = files
    .map((file, index) => ({ file, size: sizes[index] ?? 0 }))
    .sort((a, b) => b.size - a.size || (a.file.path < b.file.path ? -1 : 1));
  const batches = Array.from({ length: count }, () => ({ files: [] as EngineFile[], bytes: 0 }));
  for (const { file, size } of order) {
    const lightest = batches.reduce((min, batch) => (batch.bytes < min.bytes ? batch : min));
    lightest.files.push(file);
    lightest.bytes += size;
  }
  return batches.filter((batch) => batch.files.length > 0).map((batch) => batch.files);
}

/** A worker thread, and how it ended if it did so before it was given work. */
interface StartedWorker {
  worker: Worker;
  failure?: Error;
  exitCode?: number;
}

/** A worker thread, loading the rules and tree-sitter before it has anything to check. */
function startWorker(script: string): StartedWorker {
  const started: StartedWorker = { worker: new Worker(script) };
  started.worker.once('error', (error) => (started.failure ??= error));
  started.worker.once('exit', (code) => (started.exitCode ??= code));
  return started;
}

function inWorker(
  started: StartedWorker,
  batch: EngineBatch & { lowPriority: boolean },
): Promise<EngineBatchResult> {
  const worker = started.worker;
  return new Promise((resolve, reject) => {
    if (started.failure) return reject(started.failure);
    if (started.exitCode !== undefined)
      return reject(
        new Error(`pattern worker exited with code ${started.exitCode} before answering`),
      );
    let settled = false;
    worker.once(
      'message',
      (message: { ok: boolean; result?: EngineBatchResult; error?: string }) => {
        settled = true;
        void worker.terminate();
        if (message.ok && message.result) resolve(message.result);
        else reject(new Error(`pattern worker failed: ${message.error ?? 'no result'}`));
      },
    );
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`pattern worker exited with code ${code} before answering`));
    });
    worker.postMessage(batch);
  });
}
