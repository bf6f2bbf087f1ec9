// The engine benchmark's reference: tree-sitter parsing alone, the same files split over the same
// number of worker threads, each file read and parsed once. Files come on stdin, one per line.
import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { Language, Parser } from 'web-tree-sitter';
import { fileURLToPath } from 'node:url';

if (isMainThread) {
  const workers = Number(process.argv[2] ?? '2');
  const files = readFileSync(0, 'utf8').trim().split('\n');
  // Timed like the engine's own figure: from the file list to the last tree, start-up excluded.
  const started = performance.now();
  // Handed out as the engine does (src/patterns/file-queue.ts): largest files first, in chunks
  // of about remaining / (workers × 4) bytes, two chunks held by each worker at a time.
  const queue = files
    .map((file) => ({ file, size: statSync(file).size }))
    .sort((a, b) => b.size - a.size);
  let remaining = queue.reduce((sum, entry) => sum + entry.size, 0);
  let next = 0;
  const take = () => {
    const target = remaining / (workers * 4);
    const chunk = [];
    let bytes = 0;
    while (next < queue.length && (chunk.length === 0 || bytes < target)) {
      const entry = queue[next++];
      chunk.push(entry.file);
      bytes += entry.size;
    }
    remaining -= bytes;
    return chunk;
  };
  await Promise.all(
    Array.from(
      { length: Math.min(workers, files.length) },
      () =>
        new Promise((resolve, reject) => {
          const worker = new Worker(fileURLToPath(import.meta.url));
          let held = 0;
          const feed = () => {
            if (next >= queue.length) return;
            worker.postMessage(take());
            held++;
          };
          worker.on('message', () => {
            held--;
            feed();
            if (held === 0) void worker.terminate().then(resolve);
          });
          worker.once('error', reject);
          feed();
          feed();
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
  parentPort.on('message', (chunk) => {
    let nodes = 0;
    for (const file of chunk) {
      const tree = parser.parse(new TextDecoder().decode(readFileSync(file)));
      nodes += tree?.rootNode.descendantCount ?? 0;
      tree?.delete();
    }
    parentPort.postMessage(nodes);
  });
}
