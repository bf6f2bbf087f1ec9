/**
 * The pull-request comment: what this change did, by the guide's sections. One comment per pull
 * request, found again by a hidden marker on its first line and updated in place on every push.
 * It shows the verdict, new findings on changed lines and findings the change fixed per section,
 * the top new findings with links, and what was not checked.
 *
 * Posting needs `pull-requests: write`. A pull request from a fork gets a read-only token: the
 * comment is skipped (shouldComment), and any refusal from the API is a `skipped` outcome with
 * its reason, never an error — the rest of the run does not depend on it.
 */
import type { getOctokit } from '@actions/github';
import { encodeUriPath, escapeMarkdown, markdownCode } from '../escape.js';
import { compareFindings, LEVEL_RANK, type Finding, type Level, type ToolName } from '../model.js';
import type { CheckResult } from '../pipeline.js';
import { RULE_DOCS_URL } from '../product.js';
import { findPatternRule } from '../rules/catalog.js';
import { sectionForToolRule } from '../rules/tool-rules.js';
import { guideAnchor, SECTIONS, type SectionId } from '../sections.js';
import type { BaselineEntry } from './baseline.js';
import { onChangedLines, type ChangedLines } from './diff.js';
import { refusalReason } from './github-refusal.js';
import { count } from '../count.js';

/** The hidden first line that finds the comment again. */
export const PR_COMMENT_MARKER = '<!-- pybp:pr-comment -->';

/** GitHub refuses comment bodies longer than this many characters. */
export const PR_COMMENT_LIMIT = 65_536;

/** The login of the token the action uses by default (`GITHUB_TOKEN`). */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

const COMMENT_ADVICE = {
  forbidden:
    'the token cannot write pull-request comments — a pull request from a fork, ' +
    'or a workflow without `permissions: pull-requests: write`',
  notFound: 'the pull request is not there, or the token cannot see it',
};

const STATUS_ICON = { skipped: '⏭️', missing: '⚠️', failed: '❌' } as const;
const LEVEL_ICON: Record<Level, string> = { error: '🔴', warning: '🟠', note: '🔵' };
const MESSAGE_CHARS = 300;

/**
 * The marker for one analysed folder: a workflow matrix over the packages of a monorepo keeps one
 * comment per package. The repository root (`.`) uses the plain marker.
 */
export function commentMarker(analysedPath = '.'): string {
  const path = analysedPath.replace(/^\.\/+/, '').replace(/\/+$/, '');
  return path === '' || path === '.'
    ? PR_COMMENT_MARKER
    : `<!-- pybp:pr-comment path=${encodeURIComponent(path)} -->`;
}

/** A finding gone since the base: from a run on the base, or a fixed baseline entry. */
export type FixedFinding = Finding | BaselineEntry;

export interface PrCommentOptions {
  /** Lines the pull request changed, by repo-relative path; null: no base, every line counts. */
  changed: ReadonlyMap<string, ChangedLines> | null;
  /**
   * Findings the change fixed. Absent: the entries of `result.baseline` that are gone, when a
   * baseline was given; else the comment says that fixed findings are unknown.
   */
  fixed?: readonly FixedFinding[];
  /** What `fixed` was found by comparing with, for the reader ("the base branch"). */
  fixedAgainst?: string;
  /** `${server}/${owner}/${repo}/blob/${head sha}`: findings link to their lines there. */
  fileUrlBase?: string;
  /** How many new findings are listed. */
  maxFindings?: number;
  /** The hidden marker (commentMarker): one comment per analysed folder. */
  marker?: string;
}

interface SectionRow {
  fresh: Finding[];
  fixed: number;
}

export function prCommentBody(result: CheckResult, options: PrCommentOptions): string {
  const marker = options.marker ?? PR_COMMENT_MARKER;
  const maxFindings = Math.max(0, options.maxFindings ?? 10);
  const changed = options.changed;
  const all = result.unscopedFindings;
  const onChange = all.filter((finding) => changed === null || onChangedLines(finding, changed));
  const fresh = onChange
    .filter((finding) => finding.state === 'new')
    .sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || compareFindings(a, b));
  const suppressed = onChange.filter((finding) => finding.state === 'suppressed').length;

  const fixedList = options.fixed ?? (result.baseline ? result.baseline.fixedEntries : undefined);
  const fixedAgainst =
    options.fixedAgainst ??
    (options.fixed === undefined && result.baseline
      ? `the baseline ${result.baseline.file}`
      : 'the base');
  const rows = new Map<SectionId, SectionRow>(
    SECTIONS.map((section) => [section.id, { fresh: [], fixed: 0 }]),
  );
  for (const finding of fresh) rows.get(finding.section)?.fresh.push(finding);
  for (const gone of fixedList ?? []) {
    const row = rows.get(sectionOfFixed(gone, result));
    if (row) row.fixed++;
  }

  const head: string[] = [marker];
  head.push(`## pybp: ${result.verdict.passed ? '✅ passed' : '❌ failed'}`);
  head.push('');
  const parts = [`**${count(fresh.length, 'new finding')}** on the lines this change touched`];
  if (fresh.length) parts[0] += ` (${levelBreakdown(fresh)})`;
  if (fixedList) parts.push(`**${fixedList.length} fixed**`);
  if (suppressed) parts.push(`${suppressed} suppressed`);
  head.push(parts.join(' · '));
  if (changed === null) {
    head.push('');
    head.push('_No base to compare with: every finding counts as on a changed line._');
  }
  if (!result.verdict.passed) {
    head.push('');
    for (const reason of result.verdict.reasons) head.push(`- ${escapeMarkdown(reason)}`);
  }
  head.push('');
  head.push(`| Section | New on changed lines | Fixed |`);
  head.push('|---|--:|--:|');
  for (const section of SECTIONS) {
    const row = rows.get(section.id) ?? { fresh: [], fixed: 0 };
    const threshold = result.config.sectionPolicy[section.id] ?? result.config.failOn;
    const gating =
      threshold !== 'never' &&
      row.fresh.some((finding) => LEVEL_RANK[finding.level] >= LEVEL_RANK[threshold]);
    const icon = gating ? '❌' : row.fresh.length ? '⚠️' : '✅';
    const newCell = row.fresh.length ? `${row.fresh.length} (${levelBreakdown(row.fresh)})` : '0';
    head.push(
      `| ${icon} [${section.title}](${guideAnchor(section)}) | ${newCell} | ${fixedList ? row.fixed : '—'} |`,
    );
  }
  head.push(`| **Total** | **${fresh.length}** | **${fixedList ? fixedList.length : '—'}** |`);
  head.push('');
  if (!fixedList) {
    head.push(
      '_Fixed findings are unknown: give pybp a baseline (the `baseline` input) to count what a change fixes._',
    );
    head.push('');
  } else {
    head.push(`<sub>Fixed: found in ${escapeMarkdown(fixedAgainst)}, not found any more.</sub>`);
    head.push('');
  }

  const tail = notChecked(result);

  const rowsOut = fresh
    .slice(0, maxFindings)
    .map((finding) => findingRow(finding, result, options));
  const findings = (kept: string[]): string[] => {
    if (fresh.length === 0) return [];
    const lines = ['### New findings on changed lines', ''];
    lines.push('| | Rule | Where | Message |', '|---|---|---|---|', ...kept, '');
    const left = fresh.length - kept.length;
    if (left > 0) {
      lines.push(
        `_… and ${count(left, 'more new finding')}: the job summary and code scanning list all of them._`,
        '',
      );
    }
    return lines;
  };
  // Under GitHub's limit whatever the repository holds: drop rows from the end until it fits.
  let kept = rowsOut;
  let body = [...head, ...findings(kept), ...tail].join('\n');
  while (body.length > PR_COMMENT_LIMIT - 512 && kept.length > 0) {
    kept = kept.slice(0, Math.max(0, Math.floor(kept.length * 0.8)));
    body = [...head, ...findings(kept), ...tail].join('\n');
  }
  return body.length > PR_COMMENT_LIMIT ? body.slice(0, PR_COMMENT_LIMIT - 2) + '\n' : body;
}

function findingRow(finding: Finding, result: CheckResult, options: PrCommentOptions): string {
  const { path, startLine, endLine } = finding.location;
  const place = markdownCode(`${path}:${startLine}`);
  const lines = endLine > startLine ? `#L${startLine}-L${endLine}` : `#L${startLine}`;
  const where = options.fileUrlBase
    ? `<a href="${options.fileUrlBase}/${encodeUriPath(path)}${lines}">${place}</a>`
    : place;
  const help = ruleHelp(finding, result);
  const rule = help
    ? `<a href="${help}">${markdownCode(finding.ruleId)}</a>`
    : markdownCode(finding.ruleId);
  const message =
    finding.message.length > MESSAGE_CHARS
      ? `${finding.message.slice(0, MESSAGE_CHARS - 1)}…`
      : finding.message;
  return `| ${LEVEL_ICON[finding.level]} ${finding.level} | ${rule} | ${where} | ${escapeMarkdown(message)} |`;
}

/** The rule's documentation: the tool's own page, or ours for pattern rules. */
function ruleHelp(finding: Finding, result: CheckResult): string | null {
  const rule = result.rules.get(finding.ruleId);
  const uri =
    rule?.helpUri ??
    (finding.tool === 'patterns'
      ? `${RULE_DOCS_URL}/${encodeURIComponent(finding.ruleId)}.md`
      : null);
  if (!uri || !/^https:\/\//.test(uri)) return null;
  return uri.replace(/"/g, '%22').replace(/</g, '%3C').replace(/>/g, '%3E');
}

function notChecked(result: CheckResult): string[] {
  const lines: string[] = [];
  for (const run of result.tools) {
    if (run.status === 'ok') continue;
    const reason = (run.reason ?? 'no reason given').split('\n')[0] ?? '';
    lines.push(
      `- ${STATUS_ICON[run.status]} ${run.tool} ${run.status}: ${escapeMarkdown(reason.slice(0, 300))}`,
    );
  }
  const files = result.discovery.skipped.length;
  if (files > 0)
    lines.push(`- ${count(files, 'file')} skipped (the job summary says which and why)`);
  if (lines.length === 0) return [];
  return ['### Not checked', '', ...lines, ''];
}

function sectionOfFixed(gone: FixedFinding, result: CheckResult): SectionId {
  if ('section' in gone) return gone.section;
  return (
    result.rules.get(gone.ruleId)?.section ??
    findPatternRule(gone.ruleId)?.section ??
    sectionForToolRule(gone.tool as ToolName, gone.ruleId.replace(/^[^/]+\//, ''))
  );
}

function levelBreakdown(findings: readonly Finding[]): string {
  const by: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) by[finding.level]++;
  return (['error', 'warning', 'note'] as const)
    .filter((level) => by[level] > 0)
    .map((level) => count(by[level], level))
    .join(', ');
}

// ── Posting ──────────────────────────────────────────────────────────────────────────────────

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface UpsertRequest {
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  /** Only a comment by this login is ever updated: a stranger quoting the marker is left alone. */
  author?: string;
  /** The marker the body starts with (commentMarker). */
  marker?: string;
}

export interface UpsertOutcome {
  action: 'created' | 'updated' | 'skipped';
  /** Why it was skipped. */
  reason?: string;
  /** The comment's web address, when it was written. */
  url?: string;
}

/**
 * Finds the comment this action wrote before (its marker on the first line, by `author`) and
 * updates it, or creates one. Never throws: a refusal is `skipped` with the reason.
 */
export async function upsertPrComment(
  octokit: GitHubClient,
  request: UpsertRequest,
): Promise<UpsertOutcome> {
  const { owner, repo, body } = request;
  const marker = request.marker ?? PR_COMMENT_MARKER;
  const author = request.author ?? ACTIONS_BOT_LOGIN;
  if (body.length > PR_COMMENT_LIMIT) {
    return {
      action: 'skipped',
      reason: `the comment is longer than GitHub's ${PR_COMMENT_LIMIT} characters`,
    };
  }
  let step = 'listing the comments';
  try {
    let existing: { id: number } | undefined;
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: request.issueNumber,
      per_page: 100,
    });
    for await (const page of pages) {
      existing = page.data.find(
        (comment) =>
          comment.user?.login === author &&
          (comment.body ?? '').split(/\r?\n/, 1)[0]?.trim() === marker,
      );
      if (existing) break;
    }
    if (existing) {
      step = 'updating the comment';
      const { data } = await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: existing.id,
        body,
      });
      return { action: 'updated', url: data.html_url };
    }
    step = 'creating the comment';
    const { data } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: request.issueNumber,
      body,
    });
    return { action: 'created', url: data.html_url };
  } catch (error) {
    return { action: 'skipped', reason: refusalReason(error, step, COMMENT_ADVICE) };
  }
}

// ── Whether to comment ───────────────────────────────────────────────────────────────────────

export interface CommentContext {
  /** The `comment` input. */
  enabled: boolean;
  /** GITHUB_EVENT_NAME. */
  eventName: string | undefined;
  /** The parsed JSON of GITHUB_EVENT_PATH. */
  payload: unknown;
}

export type CommentDecision =
  | { comment: true; owner: string; repo: string; issueNumber: number }
  | { comment: false; reason: string };

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * Comment only when asked, on a pull-request event, and when the pull request comes from the
 * repository itself: a fork's token is read-only, so the attempt could only fail.
 */
export function shouldComment(context: CommentContext): CommentDecision {
  if (!context.enabled) return { comment: false, reason: 'the comment input is false' };
  if (!context.eventName || !PULL_REQUEST_EVENTS.has(context.eventName)) {
    return {
      comment: false,
      reason: `not a pull request (event: ${context.eventName ?? 'none'})`,
    };
  }
  const pull = record(record(context.payload)?.['pull_request']);
  const number = pull?.['number'];
  const base = fullName(record(pull?.['base'])?.['repo']);
  const head = fullName(record(pull?.['head'])?.['repo']);
  if (typeof number !== 'number' || base === null) {
    return { comment: false, reason: 'the event has no pull request in it' };
  }
  if (head !== base) {
    return {
      comment: false,
      reason: `a pull request from a fork (${head ?? 'a deleted repository'}): its token is read-only`,
    };
  }
  const [owner = '', repo = ''] = base.split('/');
  return { comment: true, owner, repo, issueNumber: number };
}

/** The job summary's one line about the comment. */
export function prCommentSummaryLine(
  outcome: UpsertOutcome | { action: 'skipped'; reason: string },
): string {
  if (outcome.action === 'skipped') {
    return `> Pull-request comment skipped: ${escapeMarkdown(outcome.reason ?? 'no reason given')}.`;
  }
  return `> Pull-request comment ${outcome.action}.`;
}

function fullName(repo: unknown): string | null {
  const name = record(repo)?.['full_name'];
  return typeof name === 'string' && name.includes('/') ? name : null;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
