/** Worker entry: checks the batch it is given and posts the result back. */
import { parentPort } from 'node:worker_threads';
import { checkFiles, type EngineBatch } from './check-files.js';

parentPort?.on('message', (batch: EngineBatch) => {
  checkFiles(batch).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
});
