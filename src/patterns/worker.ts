/**
 * Worker entry: told the rules and the project's facts once, then checks each chunk of files it
 * is given and posts the result back, in the order the chunks came.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { checkFiles } from './check-files.js';
import type { WorkerChunk, WorkerReply, WorkerSetup } from './engine.js';
import { loadPython } from './parser.js';

// Compile tree-sitter while the main thread is still gathering the project's facts.
loadPython().catch(() => undefined);

let setup: WorkerSetup | undefined;
let previous: Promise<void> = Promise.resolve();

parentPort?.on('message', (message: WorkerSetup | WorkerChunk) => {
  if (message.kind === 'setup') {
    setup = message;
    if (message.lowPriority) {
      try {
        // On Linux this lowers this thread only: the external tool on the critical path keeps its core.
        setPriority(10);
      } catch {
        // Not permitted: it only costs speed.
      }
    }
    return;
  }
  const rules = setup;
  previous = previous.then(async () => {
    let reply: WorkerReply;
    try {
      if (!rules) throw new Error('files came before the rules');
      const result = await checkFiles({
        files: message.files,
        ruleIds: rules.ruleIds,
        facts: rules.facts,
      });
      reply = { ok: true, chunk: message.chunk, result };
    } catch (error) {
      reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort?.postMessage(reply);
  });
});
