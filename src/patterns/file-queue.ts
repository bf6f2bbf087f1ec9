/**
 * The files still to check, handed to the workers a chunk at a time as each asks for more.
 * Largest files first, and chunks that shrink as the queue drains: the workers finish within one
 * small file of each other however unevenly the rules' cost falls (a fixed split by size leaves
 * one worker idle while the other checks the file full of functions).
 */
export interface QueuedFile<T> {
  file: T;
  size: number;
}

export class FileQueue<T> {
  private readonly order: QueuedFile<T>[];
  private next = 0;
  private remaining: number;

  /** `parts`: how many chunks the queue aims to cut per worker while it is still full. */
  constructor(
    files: readonly QueuedFile<T>[],
    private readonly workers: number,
    private readonly parts = 4,
  ) {
    this.order = [...files].sort((a, b) => b.size - a.size);
    this.remaining = this.order.reduce((sum, entry) => sum + entry.size, 0);
  }

  get done(): boolean {
    return this.next >= this.order.length;
  }

  /** The next chunk: at least one file, about remaining / (workers × parts) bytes; [] when done. */
  take(): T[] {
    const target = this.remaining / (this.workers * this.parts);
    const chunk: T[] = [];
    let bytes = 0;
    while (this.next < this.order.length && (chunk.length === 0 || bytes < target)) {
      const entry = this.order[this.next++] as QueuedFile<T>;
      chunk.push(entry.file);
      bytes += entry.size;
    }
    this.remaining -= bytes;
    return chunk;
  }
}
