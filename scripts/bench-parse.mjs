// The engine benchmark's reference: tree-sitter parsing alone, the same files split over the same
// number of worker threads, each file read and parsed once. Files come on stdin, one per line.
import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Language, Parser } from 'web-tree-sitter';
import { fileURLToPath } from 'node:url';

if (isMainThread) {
  const workers = Number(process.argv[2] ?? '2');
  const files = readFileSync(0, 'utf8').trim().split('\n');
  // Timed like the engine's own figure: from the file list to the last tree, start-up excluded.
  const started = performance.now();
  const batches = Array.from({ length: workers }, () => ({ files: [], bytes: 0 }));
  const sized = files
    .map((file) => ({ file, size: statSync(file).size }))
    .sort((a, b) => b.size - a.size);
  for (const { file, size } of sized) {
    const lightest = batches.reduce((min, batch) => (batch.bytes < min.bytes ? batch : min));
    lightest.files.push(file);
    lightest.bytes += size;
  }
  await Promise.all(
    batches.map(
      (batch) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(fileURLToPath(import.meta.url), { workerData: batch.files });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  console.log(JSON.stringify({ ms: Math.round(performance.now() - started) }));
} else {
  await Parser.init();
  const language = await Language.load(
    fileURLToPath(
      new URL('../node_modules/tree-sitter-python/tree-sitter-python.wasm', import.meta.url),
    ),
  );
  const parser = new Parser();
  parser.setLanguage(language);
  let nodes = 0;
  for (const file of workerData) {
    const tree = parser.parse(new TextDecoder().decode(readFileSync(file)));
    nodes += tree?.rootNode.descendantCount ?? 0;
    tree?.delete();
  }
  parentPort.postMessage(nodes);
}
