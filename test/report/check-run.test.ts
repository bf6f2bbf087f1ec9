import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Finding, Level, SectionId } from '../../src/model.js';
import type { CheckResult } from '../../src/pipeline.js';
import {
  CHECK_RUN_MESSAGE_BYTES,
  CHECK_RUN_SUMMARY_LIMIT,
  checkRunAnnotations,
  checkRunSummaryLine,
  checkRunText,
  publishCheckRun,
  type CheckRunAnnotation,
} from '../../src/report/check-run.js';

function finding(
  ruleId: string,
  path: string,
  line: number,
  level: Level,
  section: SectionId,
  extra: Partial<Finding> = {},
): Finding {
  const tool = ruleId.startsWith('PBP') ? 'patterns' : (ruleId.split('/')[0] as Finding['tool']);
  return {
    tool,
    ruleId,
    level,
    section,
    message: `${ruleId} fired here`,
    location: { path, startLine: line, startColumn: 5, endLine: line, endColumn: 20 },
    fingerprint: `${ruleId}:${path}:${line}`,
    state: 'new',
    ...extra,
  };
}

// ── The annotations ──────────────────────────────────────────────────────────────────────────

describe('checkRunAnnotations', () => {
  it('maps levels, keeps columns on one line only, and leaves out findings that are not new', () => {
    const annotations = checkRunAnnotations([
      finding('flake8/E501', 'app/a.py', 7, 'note', 'code-quality'),
      finding('PBP202', 'app/a.py', 12, 'error', 'security', {
        location: { path: 'app/a.py', startLine: 12, startColumn: 3, endLine: 14, endColumn: 9 },
      }),
      finding('PBP601', 'app/b.py', 5, 'warning', 'error-handling'),
      finding('PBP301', 'app/a.py', 20, 'error', 'testing', { state: 'suppressed' }),
      finding('PBP302', 'app/a.py', 21, 'error', 'testing', { state: 'baseline' }),
    ]);
    expect(annotations).toEqual<CheckRunAnnotation[]>([
      {
        path: 'app/a.py',
        start_line: 12,
        end_line: 14,
        annotation_level: 'failure',
        message: 'PBP202 fired here',
        title: 'PBP202 (security)',
      },
      {
        path: 'app/b.py',
        start_line: 5,
        end_line: 5,
        start_column: 5,
        end_column: 20,
        annotation_level: 'warning',
        message: 'PBP601 fired here',
        title: 'PBP601 (error-handling)',
      },
      {
        path: 'app/a.py',
        start_line: 7,
        end_line: 7,
        start_column: 5,
        end_column: 20,
        annotation_level: 'notice',
        message: 'flake8/E501 fired here',
        title: 'flake8/E501 (code-quality)',
      },
    ]);
  });

  it('orders most severe first, then by path and line', () => {
    const annotations = checkRunAnnotations([
      finding('PBP1', 'b.py', 1, 'warning', 'security'),
      finding('PBP2', 'a.py', 9, 'note', 'security'),
      finding('PBP3', 'b.py', 2, 'error', 'security'),
      finding('PBP4', 'a.py', 30, 'error', 'security'),
      finding('PBP5', 'a.py', 4, 'error', 'security'),
      finding('PBP6', 'a.py', 1, 'warning', 'security'),
    ]);
    expect(annotations.map((a) => `${a.annotation_level} ${a.path}:${a.start_line}`)).toEqual([
      'failure a.py:4',
      'failure a.py:30',
      'failure b.py:2',
      'warning a.py:1',
      'warning b.py:1',
      'notice a.py:9',
    ]);
  });

  it('cuts a message to 64 KiB without splitting a character, and carries a fix as raw details', () => {
    const [long] = checkRunAnnotations([
      finding('PBP1', 'a.py', 1, 'error', 'security', { message: '€'.repeat(40_000) }),
    ]);
    expect(Buffer.byteLength(long?.message ?? '', 'utf8')).toBeLessThanOrEqual(
      CHECK_RUN_MESSAGE_BYTES,
    );
    expect(long?.message).toMatch(/^€+…$/);
    expect(long?.message.length).toBeGreaterThan(21_000);

    const [fixed] = checkRunAnnotations([
      finding('black/format', 'a.py', 3, 'note', 'code-quality', {
        fix: { description: 'Reformat with black', startLine: 3, endLine: 3, text: 'x = 1\n' },
      }),
    ]);
    expect(fixed?.raw_details).toBe('Reformat with black\n\nx = 1\n');
  });

  it('never sends a line 0 or an end before the start', () => {
    const [odd] = checkRunAnnotations([
      finding('mypy/misc', 'a.py', 0, 'error', 'type-hints', {
        location: { path: 'a.py', startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 },
      }),
    ]);
    expect(odd).toMatchObject({ start_line: 1, end_line: 1, start_column: 1, end_column: 1 });
  });
});

describe('checkRunText', () => {
  const result = (findings: Finding[], passed: boolean, reasons: string[] = []): CheckResult =>
    ({
      findings,
      verdict: { passed, failOn: 'error', reasons, incomplete: false },
    }) as unknown as CheckResult;

  it('says the verdict and counts new findings', () => {
    const text = checkRunText(
      result(
        [
          finding('PBP1', 'a.py', 1, 'error', 'security'),
          finding('PBP2', 'a.py', 2, 'note', 'security'),
          finding('PBP3', 'a.py', 3, 'error', 'security', { state: 'baseline' }),
        ],
        false,
        ['1 error in security (fail-on: error)'],
      ),
    );
    expect(text.conclusion).toBe('failure');
    expect(text.title).toBe('pybp: failed, 2 new findings (1 error, 1 note)');
    expect(text.summary).toContain('**Failed**: 2 new findings (1 error, 1 note).');
    expect(text.summary).toContain('- 1 error in security \\(fail\\-on\\: error\\)');
    expect(checkRunText(result([], true))).toMatchObject({
      conclusion: 'success',
      title: 'pybp: passed, 0 new findings',
    });
  });
});

// ── Publishing against a local GitHub ────────────────────────────────────────────────────────

interface Recorded {
  method: string;
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown> & {
    status?: string;
    conclusion?: string;
    output?: { title?: string; summary?: string; annotations?: CheckRunAnnotation[] };
  };
}

/** Check runs of one repository, answered the way api.github.com answers. */
class FakeGitHub {
  readonly requests: Recorded[] = [];
  /** Every annotation accepted, in order. */
  readonly annotations: CheckRunAnnotation[] = [];
  mode: 'write' | 'read-only' | 'missing' | 'fail-second-patch' = 'write';
  status = '';
  conclusion: string | null = null;
  private patches = 0;
  private server: Server | null = null;
  baseUrl = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      let raw = '';
      request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      request.on('end', () => this.answer(request, response, raw));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private send(response: ServerResponse, status: number, body: unknown): void {
    response.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
    });
    response.end(JSON.stringify(body));
  }

  private run(): unknown {
    return {
      id: 4242,
      head_sha: 'c0ffee',
      name: 'pybp',
      status: this.status,
      conclusion: this.conclusion,
      url: 'https://api.github.com/repos/acme/shop/check-runs/4242',
      html_url: 'https://github.com/acme/shop/runs/4242',
      output: { annotations_count: this.annotations.length },
    };
  }

  private answer(request: IncomingMessage, response: ServerResponse, raw: string): void {
    const url = new URL(request.url ?? '/', this.baseUrl);
    const body = (raw ? JSON.parse(raw) : {}) as Recorded['body'];
    this.requests.push({
      method: request.method ?? '',
      path: url.pathname,
      authorization: request.headers.authorization,
      body,
    });
    if (this.mode === 'missing') {
      return this.send(response, 404, { message: 'Not Found', status: '404' });
    }
    if (this.mode === 'read-only') {
      return this.send(response, 403, {
        message: 'Resource not accessible by integration',
        status: '403',
      });
    }
    const annotations = body.output?.annotations ?? [];
    if (annotations.length > 50) {
      return this.send(response, 422, { message: 'Only 50 annotations are allowed per request' });
    }
    const create = request.method === 'POST' && url.pathname === '/repos/acme/shop/check-runs';
    const update =
      request.method === 'PATCH' && url.pathname === '/repos/acme/shop/check-runs/4242';
    if (update && this.status === 'completed') {
      return this.send(response, 422, { message: 'the check run is completed' });
    }
    if (update && this.mode === 'fail-second-patch' && ++this.patches === 2) {
      return this.send(response, 502, { message: 'Server Error' });
    }
    if (!create && !update) return this.send(response, 404, { message: 'Not Found' });
    if (body.status) this.status = body.status;
    if (body.conclusion) this.conclusion = body.conclusion;
    this.annotations.push(...annotations);
    return this.send(response, create ? 201 : 200, this.run());
  }
}

describe('publishCheckRun', () => {
  const github = new FakeGitHub();
  let octokit: ReturnType<typeof getOctokit>;
  beforeAll(async () => {
    await github.start();
    octokit = getOctokit('ghs_test_token', { baseUrl: github.baseUrl });
  });
  afterAll(async () => github.stop());
  beforeEach(() => {
    github.requests.length = 0;
    github.annotations.length = 0;
    github.mode = 'write';
    github.status = '';
    github.conclusion = null;
  });

  const many = (n: number): CheckRunAnnotation[] =>
    checkRunAnnotations(
      Array.from({ length: n }, (_, i) =>
        finding(`PBP${100 + (i % 7)}`, `app/m${i % 5}.py`, i + 1, 'warning', 'security'),
      ),
    );
  const target = {
    owner: 'acme',
    repo: 'shop',
    headSha: 'c0ffee',
    conclusion: 'failure' as const,
    title: 'pybp: failed, 130 new findings',
    summary: '**Failed**: 130 new findings.',
  };

  it('sends 130 annotations as one create and two updates of at most 50', async () => {
    const annotations = many(130);
    const outcome = await publishCheckRun(octokit, { ...target, annotations });
    expect(outcome).toEqual({
      action: 'created',
      annotations: 130,
      url: 'https://github.com/acme/shop/runs/4242',
    });
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/shop/check-runs',
      'PATCH /repos/acme/shop/check-runs/4242',
      'PATCH /repos/acme/shop/check-runs/4242',
    ]);
    expect(github.requests.map((r) => r.body.output?.annotations?.length)).toEqual([50, 50, 30]);
    for (const request of github.requests) {
      expect(request.authorization).toBe('token ghs_test_token');
      expect(request.body.output?.title).toBe(target.title);
      expect(request.body.output?.summary).toBe(target.summary);
    }
    const [create, middle, last] = github.requests.map((r) => r.body);
    expect(create).toMatchObject({ name: 'pybp', head_sha: 'c0ffee', status: 'in_progress' });
    expect(create?.conclusion).toBeUndefined();
    expect(middle?.status).toBeUndefined();
    expect(middle?.conclusion).toBeUndefined();
    expect(last).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(github.annotations).toEqual(annotations);
    expect(github.status).toBe('completed');
  });

  it('completes in one request when everything fits, and with no annotations at all', async () => {
    const outcome = await publishCheckRun(octokit, {
      ...target,
      name: 'pybp (services/api)',
      conclusion: 'success',
      annotations: many(50),
    });
    expect(outcome).toMatchObject({ action: 'created', annotations: 50 });
    expect(github.requests).toHaveLength(1);
    expect(github.requests[0]?.body).toMatchObject({
      name: 'pybp (services/api)',
      status: 'completed',
      conclusion: 'success',
    });

    github.requests.length = 0;
    github.status = '';
    const empty = await publishCheckRun(octokit, { ...target, annotations: [] });
    expect(empty).toMatchObject({ action: 'created', annotations: 0 });
    expect(github.requests).toHaveLength(1);
    expect(github.requests[0]?.body.output).toEqual({
      title: target.title,
      summary: target.summary,
      annotations: [],
    });
  });

  it('a read-only token (403) is skipped with the reason and nothing more is sent', async () => {
    github.mode = 'read-only';
    const outcome = await publishCheckRun(octokit, { ...target, annotations: many(130) });
    expect(outcome).toEqual({
      action: 'skipped',
      annotations: 0,
      reason:
        'GitHub answered 403 (Resource not accessible by integration) when creating the check ' +
        'run: the token cannot write checks: give the job `checks: write`, or leave check-run off',
    });
    expect(github.requests.map((r) => r.method)).toEqual(['POST']);
    expect(checkRunSummaryLine(outcome)).toMatch(/^> Check run skipped: GitHub answered 403 /);
  });

  it('a 404 is skipped the same way', async () => {
    github.mode = 'missing';
    const outcome = await publishCheckRun(octokit, { ...target, annotations: many(3) });
    expect(outcome.action).toBe('skipped');
    expect(outcome.reason).toContain('GitHub answered 404 (Not Found) when creating the check run');
    expect(outcome.reason).toContain('give the job `checks: write`');
    expect(github.requests).toHaveLength(1);
  });

  it('a failure after the run exists still completes it, and says how many made it', async () => {
    github.mode = 'fail-second-patch';
    const outcome = await publishCheckRun(octokit, { ...target, annotations: many(180) });
    expect(outcome.action).toBe('created');
    expect(outcome.annotations).toBe(100);
    expect(outcome.reason).toBe(
      'GitHub answered 502 (Server Error) when adding annotations 101–150; 100 of 180 ' +
        'annotations are on the check run',
    );
    expect(github.requests.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH']);
    expect(github.requests.at(-1)?.body).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: target.title, summary: target.summary },
    });
    expect(github.status).toBe('completed');
    expect(checkRunSummaryLine(outcome)).toMatch(/^> Check run created with 100 annotations: /);
  });

  it('a server that cannot be reached is skipped, and a long summary is cut', async () => {
    const closed = new FakeGitHub();
    await closed.start();
    await closed.stop();
    const offline = getOctokit('ghs_test_token', { baseUrl: closed.baseUrl });
    const outcome = await publishCheckRun(offline, { ...target, annotations: many(1) });
    expect(outcome).toMatchObject({
      action: 'skipped',
      reason: expect.stringContaining('could not reach GitHub when creating the check run'),
    });

    await publishCheckRun(octokit, {
      ...target,
      summary: 'x'.repeat(CHECK_RUN_SUMMARY_LIMIT + 10),
      annotations: [],
    });
    expect(github.requests[0]?.body.output?.summary?.length).toBe(CHECK_RUN_SUMMARY_LIMIT);
  });
});
