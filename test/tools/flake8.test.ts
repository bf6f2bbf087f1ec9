import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { discover } from '../../src/discover.js';
import type { ExecRequest, ExecResult, Executor } from '../../src/exec/executor.js';
import { LocalExecutor } from '../../src/exec/local.js';
import { exitProblem, flake8Adapter, flake8Argv, parseFlake8 } from '../../src/tools/flake8.js';
import { tempProject } from '../helpers/temp-project.js';

const RECORDED = resolve('test/fixtures/tool-output');
const recorded = (name: string): string => readFileSync(join(RECORDED, name), 'utf8');

/** An executor that answers every call with the same result: for crashes and garbage. */
function fakeExecutor(answer: Partial<ExecResult>, calls: ExecRequest[] = []): Executor {
  return {
    name: 'fake',
    run: async (request) => {
      calls.push(request);
      return {
        exitCode: 0,
        signal: null,
        stdout: '',
        stderr: '',
        durationMs: 1,
        timedOut: false,
        truncated: false,
        missing: false,
        ...answer,
      };
    },
  };
}

describe('flake8 parser on real flake8 5.0.4 output', () => {
  const parsed = parseFlake8(recorded('flake8-5.0.4.sep.txt'), join(RECORDED, 'project'), RECORDED);

  it('reads every record with its path, line, column and code', () => {
    const rows = parsed.findings.map(
      (f) => `${f.location.path}:${f.location.startLine}:${f.location.startColumn} ${f.ruleId}`,
    );
    expect(rows).toContain('project/handlers.py:2:1 flake8/F401');
    expect(rows).toContain('project/handlers.py:12:5 flake8/E722');
    expect(rows).toContain('project/broken.py:1:16 flake8/E999');
    expect(parsed.stray).toEqual([]);
    const expected = recorded('flake8-5.0.4.default.txt').trim().split('\n').length;
    expect(parsed.findings).toHaveLength(expected);
  });

  it('surfaces E999 as a syntax error and levels pyflakes bugs as errors', () => {
    const syntax = parsed.findings.find((f) => f.ruleId === 'flake8/E999');
    expect(syntax?.message).toMatch(/^Syntax error: SyntaxError: '\(' was never closed/);
    expect(syntax?.level).toBe('error');
    expect(parsed.findings.find((f) => f.ruleId === 'flake8/F821')?.level).toBe('error');
    expect(parsed.findings.find((f) => f.ruleId === 'flake8/W293')?.level).toBe('warning');
  });

  it('gives every code real rule metadata', () => {
    const e722 = parsed.rules.find((rule) => rule.id === 'flake8/E722');
    expect(e722?.name).toBe('bare-except');
    expect(e722?.section).toBe('error-handling');
    expect(parsed.rules.find((rule) => rule.id === 'flake8/F401')?.section).toBe('code-quality');
  });

  it('reads C901 from the complexity run and nothing from a clean run', () => {
    const complexity = parseFlake8(
      recorded('flake8-5.0.4.complexity.sep.txt'),
      join(RECORDED, 'project'),
      RECORDED,
    );
    expect(complexity.findings.some((f) => f.ruleId === 'flake8/C901')).toBe(true);
    expect(
      parseFlake8(recorded('flake8-5.0.4.clean.sep.txt'), RECORDED, RECORDED).findings,
    ).toEqual([]);
  });

  it('keeps hostile file names whole and drops paths outside the root', () => {
    const stdout =
      'a:b\x1fc\n.py\x1f3\x1f1\x1fE225\x1fmissing whitespace\x1e\n../../etc/x.py\x1f1\x1f1\x1fE1\x1fx\x1e\nnot a record\n';
    const result = parseFlake8(stdout, '/repo', '/repo');
    expect(result.findings.map((f) => f.location.path)).toEqual(['a:b\x1fc\n.py']);
    expect(result.stray).toHaveLength(2);
  });
});

describe('flake8 exit codes cross-checked with output', () => {
  it('accepts 0 and 1 with records; rejects the rest', () => {
    expect(exitProblem(0, '', '')).toBeNull();
    expect(exitProblem(1, 'a\x1f1\x1f1\x1fE1\x1fx\x1e\n', '')).toBeNull();
    expect(exitProblem(1, '', '')).toMatch(/printed none/);
    expect(exitProblem(2, '', 'usage')).toMatch(/exited with code 2/);
    expect(exitProblem(0, '', 'Traceback (most recent call last):\n  File "x"')).toMatch(/crashed/);
  });

  it('passes paths that look like options safely', () => {
    expect(flake8Argv(['-rf.py', 'a.py']).slice(-3)).toEqual(['--', './-rf.py', 'a.py']);
  });
});

describe('flake8 adapter', () => {
  it('runs the real flake8 on a project and honours its config', async () => {
    const root = tempProject({
      'app/views.py': 'import os\n\n\ndef handler():\n    x = 1\n    return 2\n',
      'setup.cfg': '[flake8]\nextend-ignore = F841\n',
    });
    const config = resolveConfig(root, { tools: ['flake8'] });
    const run = await flake8Adapter.run({
      config,
      discovery: discover(config),
      executor: new LocalExecutor(),
    });
    expect(run.status).toBe('ok');
    expect(run.version).toMatch(/^\d+\.\d+/);
    expect(
      run.findings.map((f) => `${f.location.path}:${f.location.startLine} ${f.ruleId}`),
    ).toEqual(['app/views.py:1 flake8/F401']);
  });

  it('reports a missing flake8 as missing, a crash as failed with what it printed', async () => {
    const root = tempProject({ 'a.py': 'x = 1\n' });
    const config = resolveConfig(root, { tools: ['flake8'] });
    const discovery = discover(config);
    const missing = await flake8Adapter.run({
      config,
      discovery,
      executor: fakeExecutor({ missing: true, exitCode: null }),
    });
    expect(missing.status).toBe('missing');
    const crash = await flake8Adapter.run({
      config,
      discovery,
      executor: fakeExecutor({
        exitCode: 1,
        stderr: 'Traceback (most recent call last):\n  File "flake8/main.py"\nKeyError: plugin',
      }),
    });
    expect(crash.status).toBe('failed');
    expect(crash.reason).toMatch(/flake8 crashed: Traceback/);
    expect(crash.findings).toEqual([]);
    const timeout = await flake8Adapter.run({
      config,
      discovery,
      executor: fakeExecutor({ timedOut: true, exitCode: null, signal: 'SIGKILL' }),
    });
    expect(timeout.status).toBe('failed');
    expect(timeout.reason).toMatch(/did not finish within/);
  });

  it('skips a project without Python files', async () => {
    const root = tempProject({ 'README.md': '# x\n' });
    const config = resolveConfig(root, { tools: ['flake8'] });
    const calls: ExecRequest[] = [];
    const run = await flake8Adapter.run({
      config,
      discovery: discover(config),
      executor: fakeExecutor({}, calls),
    });
    expect(run.status).toBe('skipped');
    expect(calls.every((call) => call.args.includes('--version'))).toBe(true);
  });
});
