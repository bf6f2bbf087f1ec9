import { describe, expect, it } from 'vitest';
import { FileQueue } from '../../src/patterns/file-queue.js';

function drain<T>(queue: FileQueue<T>): T[][] {
  const chunks: T[][] = [];
  while (!queue.done) chunks.push(queue.take());
  return chunks;
}

describe('FileQueue', () => {
  it('hands out every file once, largest first, in chunks that shrink as it drains', () => {
    const files = Array.from({ length: 200 }, (_, i) => ({
      file: `f${i}.py`,
      size: 1000 + i * 37,
    }));
    const chunks = drain(new FileQueue(files, 2));
    const order = chunks.flat();
    expect(new Set(order).size).toBe(200);
    expect(order).toHaveLength(200);
    // Largest first.
    expect(order[0]).toBe('f199.py');
    expect(order.at(-1)).toBe('f0.py');
    // Early chunks hold many files, the last ones one each: the workers finish together.
    expect(chunks[0]?.length).toBeGreaterThan(10);
    expect(chunks.at(-1)).toHaveLength(1);
    expect(chunks.length).toBeGreaterThan(8);
    for (const chunk of chunks) expect(chunk.length).toBeGreaterThan(0);
  });

  it('gives a file larger than the target a chunk of its own', () => {
    const chunks = drain(
      new FileQueue(
        [
          { file: 'huge.py', size: 5_000_000 },
          { file: 'a.py', size: 10 },
          { file: 'b.py', size: 10 },
        ],
        2,
      ),
    );
    expect(chunks[0]).toEqual(['huge.py']);
    expect(chunks.flat().sort()).toEqual(['a.py', 'b.py', 'huge.py']);
  });

  it('is the same for the same files (equal sizes keep their given order)', () => {
    const files = ['c.py', 'a.py', 'b.py'].map((file) => ({ file, size: 5 }));
    expect(drain(new FileQueue(files, 2)).flat()).toEqual(['c.py', 'a.py', 'b.py']);
    expect(drain(new FileQueue(files, 2))).toEqual(drain(new FileQueue(files, 2)));
  });

  it('is done at once when empty', () => {
    const queue = new FileQueue<string>([], 2);
    expect(queue.done).toBe(true);
    expect(queue.take()).toEqual([]);
  });
});
