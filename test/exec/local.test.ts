/**
 * LocalExecutor against real processes (node children, so the tests run wherever node does).
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { LocalExecutor } from '../../src/exec/local.js';

const NODE = process.execPath;
const executor = new LocalExecutor();

function node(
  script: string,
  options: { timeoutMs?: number; maxOutputBytes?: number; env?: Record<string, string> } = {},
) {
  return executor.run({
    command: NODE,
    args: ['-e', script],
    cwd: tmpdir(),
    timeoutMs: options.timeoutMs ?? 20_000,
    ...options,
  });
}

/** Alive and not a zombie waiting to be reaped. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

describe('LocalExecutor', () => {
  it.skipIf(process.platform === 'win32')(
    'kills the whole process tree when the time is up',
    async () => {
      const script = `
      const { spawn } = require('node:child_process');
      const grandchild = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
      console.log(grandchild.pid);
      setTimeout(() => {}, 60000);
    `;
      const result = await node(script, { timeoutMs: 1500 });
      expect(result.timedOut).toBe(true);
      expect(result.signal).toBe('SIGKILL');
      expect(result.durationMs).toBeLessThan(10_000);
      const grandchild = Number(result.stdout.trim());
      expect(grandchild).toBeGreaterThan(0);
      for (let i = 0; i < 50 && isAlive(grandchild); i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(isAlive(grandchild)).toBe(false);
    },
  );

  it('stops a process that prints more than the output limit and says the output was cut', async () => {
    // 200 MB in 1 MB chunks, respecting back-pressure.
    const script = `
      const chunk = Buffer.alloc(1 << 20, 120);
      let left = 200;
      (function write() {
        while (left > 0) {
          left--;
          if (!process.stdout.write(chunk)) return process.stdout.once('drain', write);
        }
      })();
    `;
    const result = await node(script, { maxOutputBytes: 1 << 20 });
    expect(result.truncated).toBe(true);
    expect(result.stdout.length).toBe(1 << 20);
    expect(result.signal).toBe('SIGKILL');
    expect(result.timedOut).toBe(false);
    expect(result.durationMs).toBeLessThan(10_000);
  });

  it('decodes invalid UTF-8 with replacement characters instead of failing', async () => {
    const result = await node(
      'process.stdout.write(Buffer.from([0x66, 0xff, 0x6f, 0xe2, 0x82, 0xac, 0xc3]))',
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('f\uFFFDo€\uFFFD');
  });

  it('says a command that does not exist is missing', async () => {
    const result = await executor.run({
      command: 'pybp-no-such-command',
      args: [],
      cwd: tmpdir(),
      timeoutMs: 5000,
    });
    expect(result).toMatchObject({ missing: true, exitCode: null, timedOut: false });
  });

  it('passes exit codes, stderr and extra environment through, argv untouched by any shell', async () => {
    const script =
      'process.stderr.write(process.env.PYBP_PROBE + " " + process.argv.slice(1).join("|")); process.exit(3)';
    const result = await executor.run({
      command: NODE,
      args: ['-e', script, '$HOME', '; echo hi', '*'],
      cwd: tmpdir(),
      timeoutMs: 20_000,
      env: { PYBP_PROBE: 'yes' },
    });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toBe('yes $HOME|; echo hi|*');
    expect(result.truncated).toBe(false);
  });
});
