/** Worker entry: checks the batch it is given and posts the result back. */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { checkFiles, type EngineBatch } from './check-files.js';
import { loadPython } from './parser.js';

// Compile tree-sitter while the main thread is still gathering the project's facts.
loadPython().catch(() => undefined);

parentPort?.on('message', (batch: EngineBatch & { lowPriority?: boolean }) => {
  if (batch.lowPriority) {
    try {
      // On Linux this lowers this thread only: the external tool on the critical path keeps its core.
      setPriority(10);
    } catch {
      // Not permitted: it only costs speed.
    }
  }
  checkFiles(batch).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
});
