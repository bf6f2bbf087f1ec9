/**
 * Tools that misbehave: missing, crashing half way through their output, hanging, printing
 * 200 MB, printing invalid UTF-8, exiting 0 after an error. The tool is reported failed or
 * missing with the reason; the other tools' findings all remain; the exit code is 3; memory stays
 * bounded. The fakes are real executables on PATH, run by the real local executor.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { LocalExecutor } from '../../src/exec/local.js';
import { runCheck } from '../../src/pipeline.js';
import { exitCodeFor } from '../../src/report/gate.js';
import { tempProject } from '../helpers/temp-project.js';

const PROJECT = {
  'app/config.py': 'SECRET_KEY = "fault-test-secret-1"\n',
  'app/views.py': 'import os\n',
  'tests/test_views.py': 'def test_views() -> None:\n    assert True\n',
};

/** A folder holding an executable `flake8` with this shell body; `--version` always answers. */
function fakeFlake8(body: string): string {
  const dir = tempProject({}, { git: false });
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(
    join(bin, 'flake8'),
    `#!/bin/sh\nif [ "$1" = "--version" ]; then echo "5.0.4 (fake)"; exit 0; fi\n${body}\n`,
  );
  chmodSync(join(bin, 'flake8'), 0o755);
  return bin;
}

async function checkWith(bin: string | null, timeoutSeconds = 600) {
  const root = tempProject(PROJECT);
  const path = bin ? `${bin}:/usr/bin:/bin` : '/nonexistent';
  const config = resolveConfig(root, { tools: ['flake8', 'patterns'], timeoutSeconds });
  const result = await runCheck(config, {
    executor: new LocalExecutor({ PATH: path }),
    workers: 0,
  });
  const flake8 = result.tools.find((run) => run.tool === 'flake8');
  const patterns = result.findings.filter((finding) => finding.ruleId === 'PBP201');
  return { result, flake8, patterns };
}

const RECORD = (path: string, code: string) =>
  `printf '%s\\037%s\\037%s\\037%s\\037%s\\036\\n' '${path}' 1 1 ${code} 'message'`;

describe('tool faults', () => {
  it('a missing tool that was asked for: missing, exit 3, the rest reported', async () => {
    const { result, flake8, patterns } = await checkWith(null);
    expect(flake8).toMatchObject({
      status: 'missing',
      reason: 'flake8 is not installed (not found on PATH)',
    });
    expect(patterns.map((f) => f.ruleId)).toEqual(['PBP201']);
    expect(exitCodeFor(result.verdict)).toBe(3);
  });

  it('a crash half way through its output: failed with what it printed, never its partial findings', async () => {
    const bin = fakeFlake8(
      `${RECORD('app/views.py', 'F401')}\necho 'Traceback (most recent call last):' >&2\necho '  File "flake8/checker.py", line 621' >&2\necho 'MemoryError' >&2\nexit 1`,
    );
    const { result, flake8, patterns } = await checkWith(bin);
    expect(flake8?.status).toBe('failed');
    expect(flake8?.reason).toMatch(
      /^flake8 crashed: Traceback \(most recent call last\):\n {2}File "flake8\/checker\.py", line 621\nMemoryError/,
    );
    expect(result.findings.filter((f) => f.tool === 'flake8')).toEqual([]);
    expect(patterns).toHaveLength(1);
    expect(exitCodeFor(result.verdict)).toBe(3);
  });

  it('a tool that hangs: stopped at the time limit, its children too, and marked failed', async () => {
    const bin = fakeFlake8('sleep 300 & sleep 300\nwait');
    const started = performance.now();
    const { result, flake8, patterns } = await checkWith(bin, 1);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(flake8?.reason).toMatch(/did not finish within 1 s and was stopped/);
    expect(patterns).toHaveLength(1);
    expect(exitCodeFor(result.verdict)).toBe(3);
  });

  it('a tool that prints 200 MB: cut at the cap, failed, memory bounded', async () => {
    const bin = fakeFlake8('head -c 209715200 /dev/zero | tr "\\\\0" "x"\nexit 1');
    const before = process.memoryUsage().rss;
    const { flake8, patterns } = await checkWith(bin);
    expect(flake8?.status).toBe('failed');
    expect(flake8?.reason).toMatch(/printed more than the output limit/);
    expect(patterns).toHaveLength(1);
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
  });

  it('invalid UTF-8 in its output is read with replacement characters, not a crash', async () => {
    const bin = fakeFlake8(
      `printf 'app/views.py\\0371\\0371\\037F401\\037bad \\377\\376 bytes\\036\\n'\nexit 1`,
    );
    const { flake8, result } = await checkWith(bin);
    expect(flake8?.status).toBe('ok');
    expect(result.findings.find((f) => f.ruleId === 'flake8/F401')?.message).toBe(
      'bad \ufffd\ufffd bytes',
    );
  });

  it('exit 0 after printing an error is a failure, not "no findings"', async () => {
    const bin = fakeFlake8(
      `echo 'There was a critical error during execution of Flake8:' >&2\necho 'plugin "B" not found' >&2\nexit 0`,
    );
    const { flake8, result } = await checkWith(bin);
    expect(flake8?.status).toBe('failed');
    expect(flake8?.reason).toMatch(/critical error|crashed/);
    expect(exitCodeFor(result.verdict)).toBe(3);
  });

  it('exit 1 with nothing on stdout (an output-file in its config) is a failure', async () => {
    const bin = fakeFlake8('exit 1');
    const { flake8 } = await checkWith(bin);
    expect(flake8).toMatchObject({ status: 'failed' });
    expect(flake8?.reason).toMatch(/reported problems but printed none/);
  });
});
