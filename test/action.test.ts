/**
 * The action's run(), with @actions/core mocked (inputs in, outputs and failures out), and once
 * for real: dist/index.js executed with INPUT_* variables and real GITHUB_OUTPUT /
 * GITHUB_STEP_SUMMARY files, as the runner does it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempProject } from './helpers/temp-project.js';

const state = vi.hoisted(() => ({
  inputs: {} as Record<string, string>,
  outputs: {} as Record<string, string>,
  failed: [] as string[],
  summary: [] as string[],
  secrets: [] as string[],
}));

vi.mock('@actions/core', () => ({
  getInput: (name: string) => state.inputs[name] ?? '',
  setOutput: (name: string, value: string) => {
    state.outputs[name] = value;
  },
  setFailed: (message: string) => {
    state.failed.push(message);
  },
  warning: () => undefined,
  setSecret: (value: string) => {
    state.secrets.push(value);
  },
  summary: {
    addRaw(text: string) {
      state.summary.push(text);
      return this;
    },
    write: async () => undefined,
  },
}));

const { run } = await import('../src/action.js');

const DEFAULTS = {
  path: '.',
  tools: 'flake8,patterns',
  runner: 'auto',
  'fail-on': 'error',
  scope: 'all',
  'sarif-file': 'pybp.sarif',
  summary: 'true',
  annotations: 'true',
};

beforeEach(() => {
  state.inputs = { ...DEFAULTS };
  state.outputs = {};
  state.failed = [];
  state.summary = [];
});

function inWorkspace(files: Record<string, string>): string {
  const root = tempProject({
    'tests/test_app.py': 'def test_app() -> None:\n    assert 1 + 1 == 2\n',
    ...files,
  });
  vi.stubEnv('GITHUB_WORKSPACE', root);
  vi.stubEnv('GITHUB_STEP_SUMMARY', join(root, 'summary.md'));
  return root;
}

describe('action run()', () => {
  it('sets every output, writes SARIF and the verdict, and fails the step on errors', async () => {
    const root = inWorkspace({ 'app/config.py': 'SECRET_KEY = "s3cr3t-prod-key-8f2a"\n' });
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    await run();
    const written = stdout.mock.calls.map((call) => String(call[0]));
    stdout.mockRestore();
    expect(state.outputs).toEqual({
      passed: 'false',
      findings: '1',
      'new-findings': '1',
      errors: '1',
      warnings: '0',
      notes: '0',
      sections: expect.stringContaining('"security":1'),
      'sarif-file': 'pybp.sarif',
      'verdict-file': 'pybp-verdict.json',
    });
    expect(state.failed).toEqual(['pybp: 1 new error (fail-on: error)']);
    expect(JSON.parse(readFileSync(join(root, 'pybp.sarif'), 'utf8')).runs).toHaveLength(2);
    expect(JSON.parse(readFileSync(join(root, 'pybp-verdict.json'), 'utf8'))).toMatchObject({
      passed: false,
      counts: { error: 1 },
    });
    expect(state.summary[0]).toMatch(/^## pybp: ❌ failed/);
    const annotations = written.filter((line) => line.startsWith('::'));
    expect(annotations).toEqual([
      expect.stringMatching(
        /^::error file=app\/config\.py,line=1,endLine=1,col=14,endColumn=36,title=PBP201 \(security\)::/,
      ),
    ]);
  });

  it('passes with fail-on never and writes no annotations when they are off', async () => {
    inWorkspace({ 'app/config.py': 'SECRET_KEY = "s3cr3t-prod-key-8f2a"\n' });
    state.inputs['fail-on'] = 'never';
    state.inputs['annotations'] = 'false';
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    await run();
    const written = stdout.mock.calls.map((call) => String(call[0]));
    stdout.mockRestore();
    expect(state.outputs['passed']).toBe('true');
    expect(state.failed).toEqual([]);
    expect(written.filter((line) => line.startsWith('::'))).toEqual([]);
    expect(written.length).toBe(0);
  });

  it('fails clearly for wrong inputs, never silently', async () => {
    inWorkspace({ 'a.py': '' });
    for (const [name, value, message] of [
      ['runner', 'kubernetes', /runner must be auto, local, venv, docker, not "kubernetes"/],
      ['scope', 'everything', /scope must be all, changed-files, changed-lines, not "everything"/],
      [
        'baseline',
        'missing-baseline.json',
        /baseline file ".*missing-baseline\.json" does not exist/,
      ],
      ['fail-on', 'sometimes', /fail-on "sometimes" is not one of/],
    ] as const) {
      state.inputs = { ...DEFAULTS, [name]: value };
      state.failed = [];
      await run();
      expect(state.failed, name).toEqual([expect.stringMatching(message)]);
      expect(state.outputs['passed']).toBeUndefined();
    }
  });
});

describe('dist/index.js on a runner-like environment', () => {
  it('reads INPUT_* variables and writes GITHUB_OUTPUT and GITHUB_STEP_SUMMARY', () => {
    const root = tempProject({
      'app/db.py': 'def q(cur, x):\n    cur.execute(f"SELECT * FROM t WHERE id = {x}")\n',
    });
    const output = join(root, 'github_output');
    const summary = join(root, 'step_summary.md');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      GITHUB_WORKSPACE: root,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_REPOSITORY: 'octo/shop',
      GITHUB_SHA: 'abc123',
    };
    for (const [name, value] of Object.entries({ ...DEFAULTS, 'sarif-file': 'reports/pybp.sarif' }))
      env[`INPUT_${name.toUpperCase()}`] = value;
    const action = spawnSync(process.execPath, [resolve('dist/index.js')], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    expect(action.status).toBe(1);
    expect(action.stdout).toMatch(/^::error file=app\/db\.py,line=2,/m);
    expect(action.stdout).toMatch(/^::error::pybp: 1 new error/m);
    const outputs = readFileSync(output, 'utf8');
    expect(outputs).toMatch(/^passed<<ghadelimiter_[\w-]+\nfalse\n/m);
    expect(outputs).toMatch(/^sarif-file<<ghadelimiter_[\w-]+\nreports\/pybp\.sarif\n/m);
    expect(outputs).toMatch(/^verdict-file<<ghadelimiter_[\w-]+\nreports\/pybp-verdict\.json\n/m);
    expect(readFileSync(summary, 'utf8')).toContain(
      'https://github.com/octo/shop/blob/abc123/app/db.py#L2',
    );
    expect(JSON.parse(readFileSync(join(root, 'reports/pybp.sarif'), 'utf8')).version).toBe(
      '2.1.0',
    );
  });
});

describe('action run(): the pull-request comment', () => {
  async function withGitHub(
    status: number,
    fn: (url: string, requests: string[]) => Promise<void>,
  ) {
    const { createServer } = await import('node:http');
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(`${request.method} ${request.url}`);
      response.setHeader('content-type', 'application/json');
      if (status !== 200) {
        response.statusCode = status;
        response.end(JSON.stringify({ message: 'Resource not accessible by integration' }));
      } else if (request.method === 'GET') {
        response.end('[]');
      } else {
        response.statusCode = 201;
        response.end(
          JSON.stringify({ id: 1, html_url: 'https://github.com/o/r/pull/7#issuecomment-1' }),
        );
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address() as { port: number };
    try {
      await fn(`http://127.0.0.1:${address.port}`, requests);
    } finally {
      server.close();
    }
  }

  function pullRequestEvent(root: string): void {
    const event = join(root, 'event.json');
    const repo = { full_name: 'o/r' };
    const base = spawnSync('git', ['rev-parse', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).stdout.trim();
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: { number: 7, base: { repo, sha: base }, head: { repo, sha: base } },
      }),
    );
    vi.stubEnv('GITHUB_EVENT_NAME', 'pull_request');
    vi.stubEnv('GITHUB_EVENT_PATH', event);
  }

  it('creates the comment on a pull request, and says so in the summary', async () => {
    await withGitHub(200, async (url, requests) => {
      const root = inWorkspace({ 'app/config.py': 'SECRET_KEY = "s3cr3t-prod-key-8f2a"\n' });
      spawnSync('git', ['init', '-q'], { cwd: root });
      spawnSync(
        'git',
        [
          '-c',
          'user.name=t',
          '-c',
          'user.email=t@t',
          'commit',
          '-q',
          '--allow-empty',
          '-m',
          'base',
        ],
        { cwd: root },
      );
      pullRequestEvent(root);
      vi.stubEnv('GITHUB_API_URL', url);
      state.inputs['comment'] = 'true';
      state.inputs['github-token'] = 'token';
      const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      await run();
      stdout.mockRestore();
      expect(requests).toEqual([
        'GET /repos/o/r/issues/7/comments?per_page=100',
        'POST /repos/o/r/issues/7/comments',
      ]);
      expect(state.summary.join('')).toMatch(/Pull-request comment created/);
      expect(state.secrets).toContain('token');
      expect(state.outputs['passed']).toBe('false');
    });
  });

  it('writes a check run with the annotations when asked', async () => {
    await withGitHub(200, async (url, requests) => {
      inWorkspace({ 'app/config.py': 'SECRET_KEY = "s3cr3t-prod-key-8f2a"\n' });
      vi.stubEnv('GITHUB_API_URL', url);
      vi.stubEnv('GITHUB_REPOSITORY', 'o/r');
      vi.stubEnv('GITHUB_SHA', 'a'.repeat(40));
      state.inputs['check-run'] = 'true';
      state.inputs['github-token'] = 'token';
      const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      await run();
      stdout.mockRestore();
      expect(requests).toEqual(['POST /repos/o/r/check-runs']);
      expect(state.summary.join('')).toMatch(/Check run created/);
    });
  });

  it('skips it with one line when the token may not write, and the run is unaffected', async () => {
    await withGitHub(403, async (url) => {
      const root = inWorkspace({ 'app/ok.py': 'x = 1\n' });
      spawnSync('git', ['init', '-q'], { cwd: root });
      spawnSync(
        'git',
        [
          '-c',
          'user.name=t',
          '-c',
          'user.email=t@t',
          'commit',
          '-q',
          '--allow-empty',
          '-m',
          'base',
        ],
        { cwd: root },
      );
      pullRequestEvent(root);
      vi.stubEnv('GITHUB_API_URL', url);
      state.inputs['comment'] = 'true';
      state.inputs['github-token'] = 'read-only';
      const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      await run();
      stdout.mockRestore();
      expect(state.summary.join('')).toMatch(/Pull-request comment skipped: /);
      expect(state.failed).toEqual([]);
      expect(state.outputs['passed']).toBe('true');
    });
  });
});
