import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import type { Finding, Level, SectionId, ToolRun } from '../../src/model.js';
import type { CheckResult } from '../../src/pipeline.js';
import type { BaselineEntry } from '../../src/report/baseline.js';
import type { ChangedLines } from '../../src/report/diff.js';
import { decideVerdict } from '../../src/report/gate.js';
import {
  commentMarker,
  PR_COMMENT_LIMIT,
  PR_COMMENT_MARKER,
  prCommentBody,
  prCommentSummaryLine,
  shouldComment,
  upsertPrComment,
} from '../../src/report/pr-comment.js';
import { tempProject } from '../helpers/temp-project.js';

// ── A check result to comment on ────────────────────────────────────────────────────────────

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
    location: { path, startLine: line, startColumn: 1, endLine: line, endColumn: 20 },
    fingerprint: `${ruleId}:${path}:${line}`,
    state: 'new',
    ...extra,
  };
}

const TOOLS: ToolRun[] = [
  { tool: 'flake8', version: '5.0.4', status: 'ok', durationMs: 800, findings: [] },
  { tool: 'patterns', version: null, status: 'ok', durationMs: 300, findings: [] },
  {
    tool: 'hadolint',
    version: null,
    status: 'skipped',
    durationMs: 0,
    findings: [],
    reason: 'no Dockerfile found',
  },
  {
    tool: 'mypy',
    version: null,
    status: 'missing',
    durationMs: 0,
    findings: [],
    reason: 'mypy is not installed (not found on PATH)',
  },
];

let root: string;
beforeAll(() => {
  root = tempProject({});
});

function resultWith(findings: Finding[], extra: Partial<CheckResult> = {}): CheckResult {
  const config = resolveConfig(root, {});
  return {
    config,
    discovery: { files: [], projectFiles: [], skipped: [] },
    tools: TOOLS,
    findings,
    unscopedFindings: findings,
    inlineSuppressions: {},
    baseline: null,
    scope: null,
    rules: new Map(),
    verdict: decideVerdict({
      findings,
      tools: TOOLS,
      failOn: config.failOn,
      sectionPolicy: config.sectionPolicy,
      toolsChosen: false,
    }),
    notices: [],
    ...extra,
  };
}

const CHANGED = new Map<string, ChangedLines>([
  ['app/api.py', { status: 'modified', binary: false, ranges: [[10, 30]], wholeFile: false }],
  ['app/new_module.py', { status: 'added', binary: false, ranges: [[1, 40]], wholeFile: false }],
]);

const FINDINGS: Finding[] = [
  finding('PBP202', 'app/api.py', 12, 'error', 'security', {
    message: 'SQL built from a string with request data; use bound parameters.',
  }),
  finding('PBP601', 'app/new_module.py', 5, 'warning', 'error-handling'),
  finding('flake8/E501', 'app/new_module.py', 7, 'note', 'code-quality'),
  // Not on a changed line: the change did not add it.
  finding('PBP201', 'app/api.py', 3, 'error', 'security'),
  finding('PBP511', 'app/untouched.py', 9, 'warning', 'logging'),
  // On a changed line, but suppressed or accepted.
  finding('PBP301', 'app/api.py', 20, 'warning', 'testing', {
    state: 'suppressed',
    suppression: 'fake key',
  }),
  finding('PBP302', 'app/api.py', 21, 'warning', 'testing', { state: 'baseline' }),
];

// ── The comment ─────────────────────────────────────────────────────────────────────────────

describe('prCommentBody', () => {
  it('opens with the hidden marker and the verdict, then this change by section', () => {
    const body = prCommentBody(resultWith(FINDINGS), {
      changed: CHANGED,
      fileUrlBase: 'https://github.com/acme/shop/blob/0123abc',
    });
    const lines = body.split('\n');
    expect(lines[0]).toBe(PR_COMMENT_MARKER);
    expect(lines[1]).toBe('## pybp: ❌ failed');
    expect(body).toContain(
      '**3 new findings** on the lines this change touched (1 error, 1 warning, 1 note) · 1 suppressed',
    );
    expect(body).toMatch(/^\| ❌ \[Security\]\([^)]+\) \| 1 \(1 error\) \| — \|$/m);
    expect(body).toMatch(/^\| ⚠️ \[Error handling\]\([^)]+\) \| 1 \(1 warning\) \| — \|$/m);
    expect(body).toMatch(/^\| ✅ \[Logging and monitoring\]\([^)]+\) \| 0 \| — \|$/m);
    expect(body).toMatch(/^\| ✅ \[Testing\]\([^)]+\) \| 0 \| — \|$/m);
    expect(body).toContain('| **Total** | **3** | **—** |');
    expect(body).toContain('_Fixed findings are unknown: give pybp a baseline');
  });

  it('lists the new findings, most severe first, linked to their lines and their rules', () => {
    const body = prCommentBody(resultWith(FINDINGS), {
      changed: CHANGED,
      fileUrlBase: 'https://github.com/acme/shop/blob/0123abc',
    });
    const rows = body.split('\n').filter((line) => /^\| (🔴|🟠|🔵)/.test(line));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toBe(
      '| 🔴 error | <a href="https://github.com/pybp-action/pybp-action/blob/v1/docs/rules/PBP202.md"><code>PBP202</code></a> | ' +
        '<a href="https://github.com/acme/shop/blob/0123abc/app/api.py#L12"><code>app/api.py:12</code></a> | ' +
        'SQL built from a string with request data; use bound parameters\\. |',
    );
    expect(rows[1]).toContain('<code>PBP601</code>');
    expect(rows[2]).toContain('<code>flake8/E501</code>'); // no help page known: no link
    expect(rows[2]).not.toContain('<a href="https://github.com/pybp-action');
    expect(body).not.toContain('PBP201'); // not on a changed line
  });

  it('says what was not checked', () => {
    const body = prCommentBody(
      resultWith(FINDINGS, {
        discovery: {
          files: [],
          projectFiles: [],
          skipped: [{ path: 'big.py', reason: 'too large' }],
        },
      }),
      { changed: CHANGED },
    );
    expect(body).toContain('### Not checked');
    expect(body).toContain('- ⏭️ hadolint skipped: no Dockerfile found');
    expect(body).toContain('- ⚠️ mypy missing: mypy is not installed \\(not found on PATH\\)');
    expect(body).toContain('- 1 file skipped');
  });

  it('counts the findings the change fixed by section, from the baseline or from the caller', () => {
    const gone: BaselineEntry[] = [
      {
        fingerprint: 'f1',
        tool: 'patterns',
        ruleId: 'PBP202',
        path: 'app/api.py',
        line: 40,
        message: 'x',
      },
      {
        fingerprint: 'f2',
        tool: 'flake8',
        ruleId: 'flake8/E722',
        path: 'app/api.py',
        line: 41,
        message: 'x',
      },
    ];
    const fromBaseline = prCommentBody(
      resultWith(FINDINGS, {
        baseline: { file: '.pybp-baseline.json', matched: 1, fixed: 2, fixedEntries: gone },
      }),
      { changed: CHANGED },
    );
    expect(fromBaseline).toContain('**2 fixed**');
    expect(fromBaseline).toMatch(/^\| ❌ \[Security\]\([^)]+\) \| 1 \(1 error\) \| 1 \|$/m);
    expect(fromBaseline).toMatch(/^\| ⚠️ \[Error handling\]\([^)]+\) \| 1 \(1 warning\) \| 1 \|$/m);
    expect(fromBaseline).toContain('| **Total** | **3** | **2** |');
    expect(fromBaseline).toContain(
      'Fixed: found in the baseline \\.pybp\\-baseline\\.json, not found any more.',
    );

    const fromBase = prCommentBody(resultWith([]), {
      changed: CHANGED,
      fixed: [finding('PBP501', 'app/log.py', 3, 'warning', 'logging')],
      fixedAgainst: 'the base branch',
    });
    expect(fromBase).toContain('## pybp: ✅ passed');
    expect(fromBase).toContain('**0 new findings** on the lines this change touched · **1 fixed**');
    expect(fromBase).toMatch(/^\| ✅ \[Logging and monitoring\]\([^)]+\) \| 0 \| 1 \|$/m);
    expect(fromBase).not.toContain('### New findings');
  });

  it('without a base, every finding counts as on a changed line, and it says so', () => {
    const body = prCommentBody(resultWith(FINDINGS), { changed: null });
    expect(body).toContain('**5 new findings**');
    expect(body).toContain('_No base to compare with');
  });

  it('escapes what came from the repository', () => {
    const hostile = finding('PBP202', 'app/a|b<script>.py', 12, 'error', 'security', {
      message:
        '<img src=x onerror=alert(1)> | `x` [a](javascript:alert(1)) <!-- pybp:pr-comment -->',
    });
    const changed = new Map<string, ChangedLines>([
      [
        'app/a|b<script>.py',
        { status: 'added', binary: false, ranges: [[1, 99]], wholeFile: false },
      ],
    ]);
    const body = prCommentBody(resultWith([hostile]), {
      changed,
      fileUrlBase: 'https://github.com/acme/shop/blob/0123abc',
    });
    expect(body).not.toContain('<img');
    expect(body).not.toContain('<script>');
    expect(body.split(PR_COMMENT_MARKER)).toHaveLength(2); // only the real marker, on line one
    expect(body).toContain(
      'href="https://github.com/acme/shop/blob/0123abc/app/a%7Cb%3Cscript%3E.py#L12"',
    );
    expect(body).toContain('<code>app/a&#124;b&lt;script&gt;.py:12</code>');
  });

  it('shows the top findings only and stays under GitHub’s comment limit', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      finding('PBP202', `app/m${i}.py`, 1, 'error', 'security', {
        message: `<>&"'`.repeat(400) + ` finding ${i}`,
      }),
    );
    const changed = new Map<string, ChangedLines>(
      many.map((f) => [
        f.location.path,
        { status: 'added', binary: false, ranges: [[1, 5]], wholeFile: false } as ChangedLines,
      ]),
    );
    const body = prCommentBody(resultWith(many), { changed, maxFindings: 10 });
    expect(body.length).toBeLessThanOrEqual(PR_COMMENT_LIMIT);
    expect(body.split('\n').filter((line) => line.startsWith('| 🔴'))).toHaveLength(10);
    expect(body).toContain('_… and 2990 more new findings');
    const huge = prCommentBody(resultWith(many), { changed, maxFindings: 3000 });
    expect(huge.length).toBeLessThanOrEqual(PR_COMMENT_LIMIT);
    expect(huge).toMatch(/_… and \d+ more new findings/);
  });

  it('keeps one comment per analysed folder of a monorepo', () => {
    expect(commentMarker('.')).toBe(PR_COMMENT_MARKER);
    expect(commentMarker('./')).toBe(PR_COMMENT_MARKER);
    expect(commentMarker('services/api')).toBe('<!-- pybp:pr-comment path=services%2Fapi -->');
    expect(commentMarker('x-->y')).toBe('<!-- pybp:pr-comment path=x--%3Ey -->');
    const body = prCommentBody(resultWith([]), {
      changed: CHANGED,
      marker: commentMarker('services/api'),
    });
    expect(body.split('\n')[0]).toBe('<!-- pybp:pr-comment path=services%2Fapi -->');
  });
});

describe('shouldComment', () => {
  const pr = (head: string | null, base = 'acme/shop'): unknown => ({
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      head: { ref: 'feature', sha: 'abc', repo: head === null ? null : { full_name: head } },
      base: { ref: 'main', sha: 'def', repo: { full_name: base } },
    },
  });

  it('comments on a pull request from the repository itself', () => {
    expect(
      shouldComment({ enabled: true, eventName: 'pull_request', payload: pr('acme/shop') }),
    ).toEqual({
      comment: true,
      owner: 'acme',
      repo: 'shop',
      issueNumber: 7,
    });
  });

  it('skips forks, other events, and a false comment input, with a reason', () => {
    expect(
      shouldComment({ enabled: true, eventName: 'pull_request', payload: pr('mallory/shop') }),
    ).toEqual({
      comment: false,
      reason: 'a pull request from a fork (mallory/shop): its token is read-only',
    });
    expect(
      shouldComment({ enabled: true, eventName: 'pull_request_target', payload: pr(null) }),
    ).toMatchObject({
      comment: false,
      reason: expect.stringContaining('a deleted repository'),
    });
    expect(
      shouldComment({ enabled: true, eventName: 'push', payload: { ref: 'refs/heads/main' } }),
    ).toEqual({
      comment: false,
      reason: 'not a pull request (event: push)',
    });
    expect(
      shouldComment({ enabled: true, eventName: undefined, payload: undefined }),
    ).toMatchObject({
      comment: false,
    });
    expect(
      shouldComment({ enabled: false, eventName: 'pull_request', payload: pr('acme/shop') }),
    ).toEqual({
      comment: false,
      reason: 'the comment input is false',
    });
    expect(shouldComment({ enabled: true, eventName: 'pull_request', payload: {} })).toEqual({
      comment: false,
      reason: 'the event has no pull request in it',
    });
  });

  it('says in one summary line why the comment was skipped', () => {
    expect(prCommentSummaryLine({ action: 'skipped', reason: 'a pull request from a fork' })).toBe(
      '> Pull-request comment skipped: a pull request from a fork.',
    );
    expect(prCommentSummaryLine({ action: 'updated' })).toBe('> Pull-request comment updated.');
  });
});

// ── Posting, against a local server that answers like GitHub's REST API ────────────────────

const ACTIONS_BOT = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
  gravatar_id: '',
  url: 'https://api.github.com/users/github-actions%5Bbot%5D',
  html_url: 'https://github.com/apps/github-actions',
  type: 'Bot',
  site_admin: false,
};

const PERSON = (login: string, id: number): typeof ACTIONS_BOT => ({
  login,
  id,
  node_id: `MDQ6VXNlcj${id}`,
  avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
  gravatar_id: '',
  url: `https://api.github.com/users/${login}`,
  html_url: `https://github.com/${login}`,
  type: 'User',
  site_admin: false,
});

const ACTIONS_APP = {
  id: 15368,
  slug: 'github-actions',
  node_id: 'MDM6QXBwMTUzNjg=',
  name: 'GitHub Actions',
  description: 'Automate your workflow from idea to production',
  external_url: 'https://help.github.com/en/actions',
  html_url: 'https://github.com/apps/github-actions',
  created_at: '2018-07-30T09:30:17Z',
  updated_at: '2024-04-10T20:33:16Z',
};

const FORBIDDEN = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  status: '403',
};

interface Recorded {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

interface StoredComment {
  id: number;
  user: typeof ACTIONS_BOT;
  body: string;
  created_at: string;
  updated_at: string;
  app: boolean;
}

/** Issue comments of one repository, served the way api.github.com serves them. */
class FakeGitHub {
  readonly requests: Recorded[] = [];
  comments: StoredComment[] = [];
  mode: 'write' | 'read-only' | 'missing' = 'write';
  private nextId = 2_000_000_001;
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

  add(user: typeof ACTIONS_BOT, body: string): StoredComment {
    const stamp = new Date(Date.UTC(2025, 5, 1, 12, 0, this.comments.length))
      .toISOString()
      .replace('.000', '');
    const comment = {
      id: this.nextId++,
      user,
      body,
      created_at: stamp,
      updated_at: stamp,
      app: user.type === 'Bot',
    };
    this.comments.push(comment);
    return comment;
  }

  private json(comment: StoredComment): unknown {
    return {
      url: `https://api.github.com/repos/acme/shop/issues/comments/${comment.id}`,
      html_url: `https://github.com/acme/shop/pull/7#issuecomment-${comment.id}`,
      issue_url: 'https://api.github.com/repos/acme/shop/issues/7',
      id: comment.id,
      node_id: `IC_kwDOAbCdEf${comment.id}`,
      user: comment.user,
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      author_association: comment.app ? 'NONE' : 'CONTRIBUTOR',
      body: comment.body,
      reactions: {
        url: `https://api.github.com/repos/acme/shop/issues/comments/${comment.id}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
      performed_via_github_app: comment.app ? ACTIONS_APP : null,
    };
  }

  private send(
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    response.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '998',
      'x-ratelimit-resource': 'core',
      ...headers,
    });
    response.end(JSON.stringify(body));
  }

  private answer(request: IncomingMessage, response: ServerResponse, raw: string): void {
    const url = new URL(request.url ?? '/', this.baseUrl);
    this.requests.push({
      method: request.method ?? '',
      path: url.pathname + url.search,
      authorization: request.headers.authorization,
      body: raw ? (JSON.parse(raw) as unknown) : undefined,
    });
    const notFound = {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    };
    const list = /^\/(?:repos\/acme\/shop|repositories\/123456)\/issues\/7\/comments$/.test(
      url.pathname,
    );
    if (this.mode === 'missing') return this.send(response, 404, notFound);
    if (request.method === 'GET' && list) {
      const perPage = Number(url.searchParams.get('per_page') ?? '30');
      const page = Number(url.searchParams.get('page') ?? '1');
      const last = Math.max(1, Math.ceil(this.comments.length / perPage));
      const link = (n: number): string =>
        `<${this.baseUrl}/repositories/123456/issues/7/comments?per_page=${perPage}&page=${n}>`;
      const links = [
        ...(page < last ? [`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`] : []),
        ...(page > 1 ? [`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`] : []),
      ];
      const slice = this.comments.slice((page - 1) * perPage, page * perPage);
      return this.send(
        response,
        200,
        slice.map((c) => this.json(c)),
        links.length ? { link: links.join(', ') } : {},
      );
    }
    if (this.mode === 'read-only' && (request.method === 'POST' || request.method === 'PATCH')) {
      return this.send(response, 403, FORBIDDEN, {
        'x-accepted-github-permissions': 'issues=write; pull_requests=write',
      });
    }
    const body = (JSON.parse(raw || '{}') as { body?: string }).body ?? '';
    if (request.method === 'POST' && list) {
      const comment = this.add(ACTIONS_BOT, body);
      return this.send(response, 201, this.json(comment), {
        location: `https://api.github.com/repos/acme/shop/issues/comments/${comment.id}`,
      });
    }
    const update = /^\/repos\/acme\/shop\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (request.method === 'PATCH' && update) {
      const comment = this.comments.find((c) => c.id === Number(update[1]));
      if (!comment) return this.send(response, 404, notFound);
      comment.body = body;
      comment.updated_at = '2025-06-02T08:00:00Z';
      return this.send(response, 200, this.json(comment));
    }
    return this.send(response, 404, notFound);
  }
}

describe('upsertPrComment against a local GitHub', () => {
  const github = new FakeGitHub();
  let octokit: ReturnType<typeof getOctokit>;
  const target = { owner: 'acme', repo: 'shop', issueNumber: 7 };
  const body = (push: number): string => `${PR_COMMENT_MARKER}\n## pybp: ✅ passed\n\npush ${push}`;

  beforeAll(async () => {
    await github.start();
    octokit = getOctokit('ghs_test_token', { baseUrl: github.baseUrl });
  });
  afterAll(async () => {
    await github.stop();
  });
  beforeEach(() => {
    github.requests.length = 0;
    github.comments = [];
    github.mode = 'write';
  });

  it('creates the comment on the first push, and updates that same comment on the next', async () => {
    github.add(PERSON('octocat', 583231), 'Looks good, but see the bot.');

    const first = await upsertPrComment(octokit, { ...target, body: body(1) });
    expect(first.action).toBe('created');
    expect(first.url).toMatch(/^https:\/\/github\.com\/acme\/shop\/pull\/7#issuecomment-\d+$/);
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/acme/shop/issues/7/comments?per_page=100',
      'POST /repos/acme/shop/issues/7/comments',
    ]);
    expect(github.requests[0]?.authorization).toBe('token ghs_test_token');
    expect(github.requests[1]?.body).toEqual({ body: body(1) });

    github.requests.length = 0;
    const second = await upsertPrComment(octokit, { ...target, body: body(2) });
    expect(second).toEqual({ action: 'updated', url: first.url });
    const created = github.comments[1];
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/acme/shop/issues/7/comments?per_page=100',
      `PATCH /repos/acme/shop/issues/comments/${created?.id}`,
    ]);
    // Still one comment by the bot, now with the second push's body.
    expect(github.comments.map((c) => [c.user.login, c.body])).toEqual([
      ['octocat', 'Looks good, but see the bot.'],
      ['github-actions[bot]', body(2)],
    ]);
  });

  it('leaves a stranger’s comment that quotes the marker alone', async () => {
    const quoted = github.add(
      PERSON('mallory', 666),
      `${PR_COMMENT_MARKER}\nI wrote this, not the bot.`,
    );
    const outcome = await upsertPrComment(octokit, { ...target, body: body(1) });
    expect(outcome.action).toBe('created');
    expect(github.requests.map((r) => r.method)).toEqual(['GET', 'POST']);
    expect(quoted.body).toBe(`${PR_COMMENT_MARKER}\nI wrote this, not the bot.`);
    // A bot comment that only mentions the marker further down is not ours either.
    github.requests.length = 0;
    github.comments = [];
    github.add(ACTIONS_BOT, `Deployed preview.\n${PR_COMMENT_MARKER}`);
    expect((await upsertPrComment(octokit, { ...target, body: body(1) })).action).toBe('created');
  });

  it('finds its comment on a later page of a long conversation', async () => {
    for (let i = 0; i < 130; i++) github.add(PERSON(`reviewer${i % 3}`, 1000 + i), `comment ${i}`);
    const ours = github.add(ACTIONS_BOT, body(1));
    for (let i = 0; i < 5; i++) github.add(PERSON('octocat', 583231), `later ${i}`);
    const outcome = await upsertPrComment(octokit, { ...target, body: body(2) });
    expect(outcome.action).toBe('updated');
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/acme/shop/issues/7/comments?per_page=100',
      'GET /repositories/123456/issues/7/comments?per_page=100&page=2',
      `PATCH /repos/acme/shop/issues/comments/${ours.id}`,
    ]);
    expect(ours.body).toBe(body(2));
  });

  it('keeps one comment per analysed folder', async () => {
    const api = commentMarker('services/api');
    github.add(ACTIONS_BOT, body(1));
    const outcome = await upsertPrComment(octokit, {
      ...target,
      marker: api,
      body: `${api}\nfor the api`,
    });
    expect(outcome.action).toBe('created');
    expect(github.comments.map((c) => c.body.split('\n')[0])).toEqual([PR_COMMENT_MARKER, api]);
  });

  it('a read-only token (a fork) is skipped with the reason, never thrown', async () => {
    github.mode = 'read-only';
    const outcome = await upsertPrComment(octokit, { ...target, body: body(1) });
    expect(outcome.action).toBe('skipped');
    expect(outcome.reason).toBe(
      'GitHub answered 403 (Resource not accessible by integration) when creating the comment: the token ' +
        'cannot write pull-request comments — a pull request from a fork, or a workflow without ' +
        '`permissions: pull-requests: write`',
    );
    expect(github.requests.map((r) => r.method)).toEqual(['GET', 'POST']);
    expect(github.comments).toEqual([]);

    github.add(ACTIONS_BOT, body(1));
    const update = await upsertPrComment(octokit, { ...target, body: body(2) });
    expect(update.action).toBe('skipped');
    expect(update.reason).toContain('when updating the comment');
  });

  it('a pull request the token cannot see (404) is skipped', async () => {
    github.mode = 'missing';
    const outcome = await upsertPrComment(octokit, { ...target, body: body(1) });
    expect(outcome).toMatchObject({
      action: 'skipped',
      reason: expect.stringContaining('GitHub answered 404 (Not Found) when listing the comments'),
    });
  });

  it('a server that cannot be reached is skipped, and a body over the limit is never sent', async () => {
    const closed = new FakeGitHub();
    await closed.start();
    await closed.stop();
    const offline = getOctokit('ghs_test_token', { baseUrl: closed.baseUrl });
    const outcome = await upsertPrComment(offline, { ...target, body: body(1) });
    expect(outcome).toMatchObject({
      action: 'skipped',
      reason: expect.stringContaining('could not reach GitHub when listing the comments'),
    });

    const tooLong = await upsertPrComment(octokit, {
      ...target,
      body: 'x'.repeat(PR_COMMENT_LIMIT + 1),
    });
    expect(tooLong.action).toBe('skipped');
    expect(github.requests).toEqual([]);
  });
});
