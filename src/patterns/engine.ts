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
  type EngineBatchResult,
  type EngineFile,
  type SkippedFile,
} from './check-files.js';
import type { ProjectFacts } from './project-facts.js';
import { patternRuleParts } from './registry.js';
import type { ProjectRule } from './rule.js';
import { FileQueue } from './file-queue.js';

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

  const started = Array.from({ length: workers }, () => startWorker(workerScript));
  let facts: ProjectFacts;
  try {
    facts = typeof options.facts === 'function' ? await options.facts() : options.facts;
  } catch (error) {
    for (const worker of started) void worker.worker.terminate();
    throw error;
  }
  const results =
    workers > 0
      ? await inWorkers(
          started,
          new FileQueue(
            options.files.map((file, index) => ({ file, size: sizes[index] ?? 0 })),
            workers,
          ),
          { ruleIds: options.ruleIds, facts, lowPriority: options.lowPriority === true },
        )
      : [await checkFiles({ files: options.files, ruleIds: options.ruleIds, facts })];

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

/** What a worker is told once, before it is given files. */
export interface WorkerSetup {
  kind: 'setup';
  ruleIds: string[];
  facts: ProjectFacts;
  lowPriority: boolean;
}

/** A chunk of files to check; `chunk` numbers the answer. */
export interface WorkerChunk {
  kind: 'files';
  chunk: number;
  files: EngineFile[];
}

export type WorkerReply =
  { ok: true; chunk: number; result: EngineBatchResult } | { ok: false; error: string };

/**
 * Feeds the queue to the workers: each holds two chunks (one to check, one waiting, so it never
 * idles on a round trip) and gets another with each answer. Results come back in chunk order:
 * the same files give the same output whichever worker checked them.
 */
function inWorkers(
  started: StartedWorker[],
  queue: FileQueue<EngineFile>,
  setup: Omit<WorkerSetup, 'kind'>,
): Promise<EngineBatchResult[]> {
  return new Promise((resolve, reject) => {
    const results: EngineBatchResult[] = [];
    let chunks = 0;
    let answered = 0;
    let failed = false;
    const fail = (error: Error): void => {
      if (failed) return;
      failed = true;
      for (const { worker } of started) void worker.terminate();
      reject(error);
    };
    const feed = (worker: Worker): boolean => {
      if (queue.done) return false;
      const message: WorkerChunk = { kind: 'files', chunk: chunks++, files: queue.take() };
      worker.postMessage(message);
      return true;
    };
    for (const entry of started) {
      if (entry.failure) return fail(entry.failure);
      if (entry.exitCode !== undefined)
        return fail(
          new Error(`pattern worker exited with code ${entry.exitCode} before answering`),
        );
    }
    const outstanding = new Map<Worker, number>();
    for (const { worker } of started) {
      worker.on('message', (reply: WorkerReply) => {
        if (!reply.ok) return fail(new Error(`pattern worker failed: ${reply.error}`));
        results[reply.chunk] = reply.result;
        answered++;
        const left = (outstanding.get(worker) ?? 1) - 1 + (feed(worker) ? 1 : 0);
        outstanding.set(worker, left);
        if (left === 0) void worker.terminate();
        if (queue.done && answered === chunks) resolve(results);
      });
      worker.once('error', (error) => fail(error));
      worker.once('exit', (code) => {
        if ((outstanding.get(worker) ?? 0) > 0)
          fail(new Error(`pattern worker exited with code ${code} before answering`));
      });
      const setupMessage: WorkerSetup = { kind: 'setup', ...setup };
      worker.postMessage(setupMessage);
      outstanding.set(worker, (feed(worker) ? 1 : 0) + (feed(worker) ? 1 : 0));
      if (outstanding.get(worker) === 0) void worker.terminate();
    }
  });
}
