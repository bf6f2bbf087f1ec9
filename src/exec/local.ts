/**
 * Runs tools on this machine's PATH. Argument arrays only; output streamed into a capped buffer;
 * on time-out the whole process group is killed, so a tool's own children die with it.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import {
  DEFAULT_MAX_OUTPUT_BYTES,
  type ExecRequest,
  type ExecResult,
  type Executor,
} from './executor.js';

/** A nice value of 10: yields to normal work, still runs when a core is free. */
const LOW_PRIORITY = 10;

export class LocalExecutor implements Executor {
  readonly name = 'local';

  /** `env` is laid over the process environment for every command (a virtualenv's PATH, tests). */
  constructor(private readonly env: Readonly<Record<string, string>> = {}) {}

  run(request: ExecRequest): Promise<ExecResult> {
    const started = performance.now();
    const cap = request.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
    return new Promise((resolve) => {
      const child = spawn(request.command, [...request.args], {
        cwd: request.cwd,
        env: { ...process.env, ...this.env, ...request.env },
        stdio: ['ignore', 'pipe', 'pipe'],
        shell: false,
        detached: process.platform !== 'win32',
        windowsHide: true,
      });
      if (request.lowPriority && child.pid !== undefined) {
        try {
          setPriority(child.pid, LOW_PRIORITY);
        } catch {
          // Not permitted here: it only costs speed.
        }
      }
      const stdout = new CappedBuffer(cap);
      const stderr = new CappedBuffer(cap);
      let timedOut = false;
      let finished = false;
      const kill = (): void => {
        try {
          if (child.pid !== undefined && process.platform !== 'win32')
            process.kill(-child.pid, 'SIGKILL');
          else child.kill('SIGKILL');
        } catch {
          // Already gone.
        }
      };
      const timer = setTimeout(() => {
        timedOut = true;
        kill();
      }, request.timeoutMs);
      child.stdout.on('data', (chunk: Buffer) => {
        if (!stdout.push(chunk)) kill();
      });
      child.stderr.on('data', (chunk: Buffer) => {
        if (!stderr.push(chunk)) kill();
      });
      const finish = (partial: Partial<ExecResult>): void => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        resolve({
          exitCode: null,
          signal: null,
          stdout: stdout.text(),
          stderr: stderr.text(),
          durationMs: Math.round(performance.now() - started),
          timedOut,
          truncated: stdout.truncated || stderr.truncated,
          missing: false,
          ...partial,
        });
      };
      child.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') finish({ missing: true });
        else finish({ spawnError: error.message });
      });
      child.on('close', (code, signal) =>
        finish({
          exitCode: code,
          signal: timedOut || stdout.truncated || stderr.truncated ? (signal ?? 'SIGKILL') : signal,
        }),
      );
    });
  }
}

/** Keeps at most `cap` bytes; `push` answers false once the cap is passed. */
class CappedBuffer {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  truncated = false;

  constructor(private readonly cap: number) {}

  push(chunk: Buffer): boolean {
    if (this.truncated) return false;
    if (this.size + chunk.length > this.cap) {
      this.chunks.push(chunk.subarray(0, this.cap - this.size));
      this.size = this.cap;
      this.truncated = true;
      return false;
    }
    this.chunks.push(chunk);
    this.size += chunk.length;
    return true;
  }

  /** Invalid UTF-8 from a tool becomes U+FFFD, never an exception. */
  text(): string {
    return new TextDecoder('utf-8').decode(Buffer.concat(this.chunks));
  }
}
