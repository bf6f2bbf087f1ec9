/**
 * The optional check run: every new finding as an annotation, so none is lost to the per-step
 * budget of workflow-command annotations (annotations.ts). The Checks API takes at most 50
 * annotations per request: the run is created `in_progress` with the first 50, each further 50
 * follow in an update, and the last update completes it with the conclusion (a completed run
 * would take no more).
 *
 * Writing needs `checks: write`. A read-only token (a fork, Dependabot) is refused: that is a
 * `skipped` outcome with its reason, never an error — the rest of the run does not depend on it.
 */
import { escapeMarkdown } from '../escape.js';
import { compareFindings, LEVEL_RANK, type Finding, type Level } from '../model.js';
import type { CheckResult } from '../pipeline.js';
import type { GitHubClient } from './pr-comment.js';
import { refusalReason } from './github-refusal.js';
import { count } from '../count.js';

/** The Checks API takes this many annotations per request. */
export const CHECK_RUN_ANNOTATIONS_PER_REQUEST = 50;

const CHECKS_ADVICE = {
  forbidden: 'the token cannot write checks: give the job `checks: write`, or leave check-run off',
};

/** An annotation's message and raw details may each be this many bytes (64 KiB). */
export const CHECK_RUN_MESSAGE_BYTES = 64 * 1024;

/** `output.summary` and `output.text` may be this many characters. */
export const CHECK_RUN_SUMMARY_LIMIT = 65_535;

const TITLE_CHARS = 255;

export type CheckRunAnnotationLevel = 'failure' | 'warning' | 'notice';

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  /** Only on a one-line annotation: the API refuses columns across lines. */
  start_column?: number;
  end_column?: number;
  annotation_level: CheckRunAnnotationLevel;
  message: string;
  title: string;
  raw_details?: string;
}

const ANNOTATION_LEVEL: Record<Level, CheckRunAnnotationLevel> = {
  error: 'failure',
  warning: 'warning',
  note: 'notice',
};

/**
 * The new findings as Checks API annotations: most severe first, then by path and line. Baseline
 * and suppressed findings are left out, as on the pull request's annotations.
 */
export function checkRunAnnotations(findings: readonly Finding[]): CheckRunAnnotation[] {
  return findings
    .filter((finding) => finding.state === 'new')
    .sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || compareFindings(a, b))
    .map(checkRunAnnotation);
}

function checkRunAnnotation(finding: Finding): CheckRunAnnotation {
  const { path, startLine, startColumn, endLine, endColumn } = finding.location;
  const start = Math.max(1, Math.trunc(startLine) || 1);
  const end = Math.max(start, Math.trunc(endLine) || start);
  const annotation: CheckRunAnnotation = {
    path,
    start_line: start,
    end_line: end,
    annotation_level: ANNOTATION_LEVEL[finding.level],
    message: cutBytes(finding.message || finding.ruleId, CHECK_RUN_MESSAGE_BYTES),
    title: cutChars(`${finding.ruleId} (${finding.section})`, TITLE_CHARS),
  };
  if (start === end) {
    const from = Math.max(1, Math.trunc(startColumn) || 1);
    annotation.start_column = from;
    annotation.end_column = Math.max(from, Math.trunc(endColumn) || from);
  }
  if (finding.fix) {
    const { description, text } = finding.fix;
    annotation.raw_details = cutBytes(
      text ? `${description}\n\n${text}` : description,
      CHECK_RUN_MESSAGE_BYTES,
    );
  }
  return annotation;
}

// ── Title, summary and conclusion from a result ─────────────────────────────────────────────

export type CheckRunConclusion = 'success' | 'failure' | 'neutral';

export interface CheckRunText {
  conclusion: CheckRunConclusion;
  title: string;
  /** Short markdown: the full report is the job summary's. */
  summary: string;
}

/**
 * The verdict in a few lines, for `output.title` and `output.summary`: the findings in scope,
 * as the gate judged them.
 */
export function checkRunText(result: CheckResult): CheckRunText {
  const fresh = result.findings.filter((finding) => finding.state === 'new');
  const by: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of fresh) by[finding.level]++;
  const breakdown = (['error', 'warning', 'note'] as const)
    .filter((level) => by[level] > 0)
    .map((level) => count(by[level], level))
    .join(', ');
  const found = count(fresh.length, 'new finding') + (breakdown ? ` (${breakdown})` : '');
  const lines = [`**${result.verdict.passed ? 'Passed' : 'Failed'}**: ${found}.`];
  if (!result.verdict.passed && result.verdict.reasons.length > 0) {
    lines.push('');
    for (const reason of result.verdict.reasons.slice(0, 20)) {
      lines.push(`- ${escapeMarkdown(cutChars(reason, 300))}`);
    }
  }
  lines.push('', 'Each finding is annotated on its line; the job summary has the full report.');
  return {
    conclusion: result.verdict.passed ? 'success' : 'failure',
    title: `pybp: ${result.verdict.passed ? 'passed' : 'failed'}, ${found}`,
    summary: lines.join('\n'),
  };
}

// ── Publishing ───────────────────────────────────────────────────────────────────────────────

export interface CheckRunRequest {
  owner: string;
  repo: string;
  /** The commit the run is on: the pull request's head, else GITHUB_SHA. */
  headSha: string;
  /** The check's name on the commit. */
  name?: string;
  conclusion: CheckRunConclusion;
  title: string;
  /** Markdown, cut to 65535 characters: pass a short text. */
  summary: string;
  annotations: readonly CheckRunAnnotation[];
}

export interface CheckRunOutcome {
  action: 'created' | 'skipped';
  /** Why it was skipped, or why not every annotation made it onto a created run. */
  reason?: string;
  /** The check run's web address, when it was created. */
  url?: string;
  /** How many annotations GitHub accepted. */
  annotations: number;
}

/**
 * Creates a completed check run carrying every annotation, 50 per request. Never throws: a
 * refusal is `skipped` with the reason; a failure after the run exists still tries to complete it.
 */
export async function publishCheckRun(
  octokit: GitHubClient,
  request: CheckRunRequest,
): Promise<CheckRunOutcome> {
  const { owner, repo, headSha, conclusion } = request;
  const name = request.name ?? 'pybp';
  const output = {
    title: cutChars(request.title, TITLE_CHARS),
    summary: cutChars(request.summary, CHECK_RUN_SUMMARY_LIMIT),
  };
  const batches: CheckRunAnnotation[][] = [];
  for (let i = 0; i < request.annotations.length; i += CHECK_RUN_ANNOTATIONS_PER_REQUEST) {
    batches.push(request.annotations.slice(i, i + CHECK_RUN_ANNOTATIONS_PER_REQUEST));
  }
  const first = batches[0] ?? [];
  const rest = batches.slice(1);

  let created: { id: number; url: string };
  try {
    // One request is enough when everything fits in it: created already completed.
    const { data } = await octokit.rest.checks.create({
      owner,
      repo,
      name,
      head_sha: headSha,
      ...(rest.length === 0 ? { status: 'completed', conclusion } : { status: 'in_progress' }),
      output: { ...output, annotations: first },
    });
    created = { id: data.id, url: data.html_url ?? '' };
  } catch (error) {
    return {
      action: 'skipped',
      reason: refusalReason(error, 'creating the check run', CHECKS_ADVICE),
      annotations: 0,
    };
  }

  let sent = first.length;
  for (const [index, batch] of rest.entries()) {
    const last = index === rest.length - 1;
    try {
      await octokit.rest.checks.update({
        owner,
        repo,
        check_run_id: created.id,
        ...(last ? { status: 'completed', conclusion } : {}),
        output: { ...output, annotations: batch },
      });
      sent += batch.length;
    } catch (error) {
      const reason =
        refusalReason(
          error,
          `adding annotations ${sent + 1}–${sent + batch.length}`,
          CHECKS_ADVICE,
        ) + `; ${sent} of ${request.annotations.length} annotations are on the check run`;
      // Never leave the run in progress: complete it with what it has.
      try {
        await octokit.rest.checks.update({
          owner,
          repo,
          check_run_id: created.id,
          status: 'completed',
          conclusion,
          output,
        });
      } catch {
        // The reason above already says what went wrong.
      }
      return withUrl({ action: 'created', reason, annotations: sent }, created.url);
    }
  }
  return withUrl({ action: 'created', annotations: sent }, created.url);
}

function withUrl(outcome: CheckRunOutcome, url: string): CheckRunOutcome {
  return url ? { ...outcome, url } : outcome;
}

/** One line for the job summary. */
export function checkRunSummaryLine(outcome: CheckRunOutcome): string {
  if (outcome.action === 'skipped') {
    return `> Check run skipped: ${escapeMarkdown(outcome.reason ?? 'no reason given')}.`;
  }
  const line = `> Check run created with ${count(outcome.annotations, 'annotation')}`;
  return outcome.reason ? `${line}: ${escapeMarkdown(outcome.reason)}.` : `${line}.`;
}

// ── Text limits ──────────────────────────────────────────────────────────────────────────────

function cutChars(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = text.slice(0, limit - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** At most `limit` bytes of UTF-8, never splitting a character, with an ellipsis when cut. */
function cutBytes(text: string, limit: number): string {
  if (Buffer.byteLength(text, 'utf8') <= limit) return text;
  const room = limit - Buffer.byteLength('…', 'utf8');
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > room) break;
    bytes += size;
    end += char.length;
  }
  return `${text.slice(0, end)}…`;
}
