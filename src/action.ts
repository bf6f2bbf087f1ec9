/**
 * The GitHub Action's `run()`: reads inputs, runs the pipeline, writes the SARIF file, the job
 * summary, annotations and outputs, and fails the step when the gate says so. The pipeline below
 * knows nothing of @actions/core.
 */
import * as core from '@actions/core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import {
  ConfigError,
  resolveConfig,
  splitList,
  type Config,
  type ConfigOverrides,
} from './config.js';
import { toPosix } from './paths.js';
import type { Finding } from './model.js';
import { changedLinesFor, type ChangeSet, type CheckResult } from './pipeline.js';
import {
  commentMarker,
  prCommentBody,
  prCommentSummaryLine,
  shouldComment,
  upsertPrComment,
} from './report/pr-comment.js';
import { getOctokit } from '@actions/github';
import { runWithRunner } from './run.js';
import { actionsCacheClient } from './deps/actions-cache-client.js';
import { RunnerError } from './exec/select.js';
import { readBaseline, type Baseline } from './report/baseline.js';
import { onChangedLines, type BaseRequest } from './report/diff.js';
import { planAnnotations } from './report/annotations.js';
import { countFindings } from './report/counts.js';
import { exitCodeFor } from './report/gate.js';
import { buildSarif, SARIF_GZIP_LIMIT } from './report/sarif.js';
import { markdownSummary } from './report/summary.js';
import { verdictJson } from './report/verdict-file.js';
import {
  checkRunAnnotations,
  checkRunSummaryLine,
  checkRunText,
  publishCheckRun,
} from './report/check-run.js';

/** The `tools` input's default (action.yml). */
const DEFAULT_TOOLS = 'mypy,black,flake8,pip-audit,hadolint,patterns';

export async function run(): Promise<void> {
  try {
    const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
    const overrides: ConfigOverrides = {};
    const configFile = core.getInput('config');
    if (configFile) overrides.configFile = configFile;
    // The input's default names every tool; only a list the workflow wrote counts as chosen
    // (a chosen tool that is missing fails the check, a default one is reported missing).
    const toolsInput = core.getInput('tools');
    const tools = splitList(toolsInput);
    if (tools?.length && toolsInput.replace(/\s/g, '') !== DEFAULT_TOOLS) overrides.tools = tools;
    const failOn = core.getInput('fail-on');
    if (failOn) overrides.failOn = failOn;
    const runner = core.getInput('runner');
    if (runner) overrides.runner = runner;
    const image = core.getInput('image');
    if (image) overrides.image = image;
    const requirements = splitList(core.getInput('requirements'));
    if (requirements?.length) overrides.requirements = requirements;
    const install = core.getInput('install-dependencies');
    if (install) overrides.installDependencies = install;
    const pipArgs = core.getInput('pip-args');
    if (pipArgs) overrides.pipArgs = pipArgs.split(/\s+/).filter(Boolean);
    const scope = core.getInput('scope');
    if (scope) overrides.scope = scope;
    const changedSince = core.getInput('changed-since');
    if (changedSince) overrides.changedSince = changedSince;
    const config = resolveConfig(core.getInput('path') || '.', overrides, workspace);

    const event = githubEvent();
    const changed = await changedLinesFor(config, event);
    const baselineInput = core.getInput('baseline');
    const baseline = baselineInput
      ? readBaselineFile(resolve(workspace, baselineInput))
      : undefined;
    // On GitHub, installed dependencies and mypy's cache travel between runs in the Actions cache.
    const cacheClient = actionsCacheClient();
    const sha = process.env['GITHUB_SHA'];
    const result = await runWithRunner(config, {
      ...(cacheClient && sha ? { ciCache: { client: cacheClient, sha } } : {}),
      changed,
      ...(baseline ? { baseline } : {}),
      env: process.env,
      onCleanup: (cleanup) => {
        // A cancelled workflow sends SIGINT, then SIGTERM: remove the container first.
        for (const signal of ['SIGINT', 'SIGTERM'] as const) {
          process.once(signal, () => void cleanup().finally(() => process.exit(1)));
        }
      },
    });
    const sarifInput = core.getInput('sarif-file') || 'pybp.sarif';
    const sarifPath = isAbsolute(sarifInput) ? sarifInput : resolve(workspace, sarifInput);
    const sarif = buildSarif(result);
    const sarifJson = JSON.stringify(sarif.log, null, 2) + '\n';
    writeFile(sarifPath, sarifJson);
    if (gzipSync(sarifJson).length > SARIF_GZIP_LIMIT) {
      core.warning(
        `pybp: the SARIF file is over GitHub's 10 MB (gzipped) upload limit; narrow the check with select/ignore or a baseline.`,
      );
    }
    const verdictPath = join(dirname(sarifPath), 'pybp-verdict.json');
    const sarifOutput = toPosix(relative(workspace, sarifPath)) || sarifPath;
    writeFile(verdictPath, verdictJson(result, sarifOutput));

    const failed = exitCodeFor(result.verdict) !== 0;
    if (booleanInput('annotations', true)) {
      const files = changed?.files;
      const plan = planAnnotations(result.findings, {
        reserveErrorSlot: failed,
        ...(files ? { changedFirst: (finding: Finding) => onChangedLines(finding, files) } : {}),
      });
      for (const command of plan.commands) process.stdout.write(command + '\n');
    }
    if (booleanInput('summary', true) && process.env['GITHUB_STEP_SUMMARY']) {
      const server = process.env['GITHUB_SERVER_URL'] ?? 'https://github.com';
      const repository = process.env['GITHUB_REPOSITORY'];
      const sha = process.env['GITHUB_SHA'];
      const options = {
        ...(repository && sha ? { fileUrlBase: `${server}/${repository}/blob/${sha}` } : {}),
        sarifTruncated: sarif.truncated,
      };
      const lines = [
        await commentOnPullRequest(result, config, changed, event),
        await checkRunLine(result, config, event),
      ].filter((line): line is string => line !== null);
      await core.summary
        .addRaw(markdownSummary(result, options) + lines.map((line) => `\n${line}\n`).join(''))
        .write();
    } else {
      await commentOnPullRequest(result, config, changed, event);
      await checkRunLine(result, config, event);
    }

    const counts = countFindings(result.findings);
    core.setOutput('passed', String(result.verdict.passed));
    core.setOutput('findings', String(counts.total));
    core.setOutput(
      'new-findings',
      String(result.findings.filter((finding) => finding.state === 'new').length),
    );
    core.setOutput('errors', String(counts.byLevel.error));
    core.setOutput('warnings', String(counts.byLevel.warning));
    core.setOutput('notes', String(counts.byLevel.note));
    core.setOutput('sections', JSON.stringify(counts.bySection));
    core.setOutput('sarif-file', sarifOutput);
    core.setOutput('verdict-file', toPosix(relative(workspace, verdictPath)) || verdictPath);

    if (failed) core.setFailed(`pybp: ${result.verdict.reasons.join('; ')}`);
  } catch (error) {
    if (error instanceof ConfigError) core.setFailed(`pybp: configuration error: ${error.message}`);
    else if (error instanceof RunnerError) core.setFailed(`pybp: ${error.message}`);
    else
      core.setFailed(
        `pybp: internal error: ${error instanceof Error ? error.message : String(error)}`,
      );
  }
}

/**
 * The optional pull-request comment: one per pull request (and analysed folder), updated in place.
 * Never fails the run: when it cannot be written (a fork, a read-only token) it says why in one
 * line, which goes into the job summary.
 */
async function commentOnPullRequest(
  result: CheckResult,
  config: Config,
  changed: ChangeSet | null,
  event: BaseRequest,
): Promise<string | null> {
  try {
    return await writePullRequestComment(result, config, changed, event);
  } catch (error) {
    // The comment is a courtesy: whatever goes wrong with it, the check's own result stands.
    return prCommentSummaryLine({
      action: 'skipped',
      reason: `it could not be written: ${(error as Error).message}`,
    });
  }
}

async function writePullRequestComment(
  result: CheckResult,
  config: Config,
  changed: ChangeSet | null,
  event: BaseRequest,
): Promise<string | null> {
  const decision = shouldComment({
    enabled: booleanInput('comment', false),
    eventName: event.eventName,
    payload: event.eventPayload,
  });
  if (!decision.comment)
    return booleanInput('comment', false)
      ? prCommentSummaryLine({ action: 'skipped', reason: decision.reason })
      : null;
  let lines = changed;
  if (!lines) {
    // With scope all, the comment still speaks of this change: ask git for its lines.
    try {
      lines = await changedLinesFor({ ...config, scope: 'changed-lines' }, event);
    } catch (error) {
      return prCommentSummaryLine({
        action: 'skipped',
        reason: `the changed lines are not known: ${(error as Error).message}`,
      });
    }
  }
  const token = core.getInput('github-token');
  // Never echoed: the runner masks it in every log line from here on.
  if (token) core.setSecret(token);
  if (!token) return prCommentSummaryLine({ action: 'skipped', reason: 'no github-token' });
  const server = process.env['GITHUB_SERVER_URL'] ?? 'https://github.com';
  const payload = event.eventPayload as { pull_request?: { head?: { sha?: string } } } | undefined;
  const head = payload?.pull_request?.head?.sha;
  const marker = commentMarker(toPosix(relative(config.base, config.root)) || '.');
  const body = prCommentBody(result, {
    changed: lines?.files ?? null,
    marker,
    ...(head ? { fileUrlBase: `${server}/${decision.owner}/${decision.repo}/blob/${head}` } : {}),
  });
  const apiUrl = process.env['GITHUB_API_URL'];
  const octokit = getOctokit(token, apiUrl ? { baseUrl: apiUrl } : {});
  const outcome = await upsertPrComment(octokit, {
    owner: decision.owner,
    repo: decision.repo,
    issueNumber: decision.issueNumber,
    body,
    marker,
  });
  return prCommentSummaryLine(outcome);
}

/**
 * A true/false input. The runner fills in action.yml's defaults, but a workflow that calls
 * dist/index.js another way may not: absent means the default, anything else must be a boolean.
 */
function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigError(`input ${name} must be true or false, not "${core.getInput(name)}"`);
}

/**
 * The optional check run: every new finding as an annotation, 50 per request, so nothing is lost
 * to the per-step budget. Like the comment, it never fails the run; a token that may not write
 * checks gives one line in the summary.
 */
async function checkRunLine(
  result: CheckResult,
  config: Config,
  event: BaseRequest,
): Promise<string | null> {
  if (!booleanInput('check-run', false)) return null;
  const skipped = (reason: string): string =>
    checkRunSummaryLine({ action: 'skipped', reason, annotations: 0 });
  try {
    const token = core.getInput('github-token');
    if (!token) return skipped('no github-token');
    core.setSecret(token);
    const [owner, repo] = (process.env['GITHUB_REPOSITORY'] ?? '').split('/');
    const payload = event.eventPayload as
      { pull_request?: { head?: { sha?: string } } } | undefined;
    // On pull_request events GITHUB_SHA is the merge commit; the annotations belong on the head.
    const headSha = payload?.pull_request?.head?.sha ?? process.env['GITHUB_SHA'];
    if (!owner || !repo || !headSha) return skipped('the repository or the commit is not known');
    const apiUrl = process.env['GITHUB_API_URL'];
    const octokit = getOctokit(token, apiUrl ? { baseUrl: apiUrl } : {});
    const folder = toPosix(relative(config.base, config.root)) || '.';
    const outcome = await publishCheckRun(octokit, {
      owner,
      repo,
      headSha,
      // One run per analysed folder, so a monorepo matrix keeps one per package.
      name: folder === '.' ? 'pybp' : `pybp (${folder})`,
      ...checkRunText(result),
      annotations: checkRunAnnotations(result.findings),
    });
    return checkRunSummaryLine(outcome);
  } catch (error) {
    return skipped(`it could not be written: ${(error as Error).message}`);
  }
}

/** The workflow event, which says what a change is for the changed scopes. */
function githubEvent(): BaseRequest {
  const path = process.env['GITHUB_EVENT_PATH'];
  let eventPayload: unknown;
  if (path && existsSync(path)) {
    try {
      eventPayload = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      eventPayload = undefined;
    }
  }
  return { eventName: process.env['GITHUB_EVENT_NAME'], eventPayload };
}

function readBaselineFile(file: string): Baseline {
  if (!existsSync(file)) {
    throw new ConfigError(
      `baseline file "${file}" does not exist; create it with \`pybp baseline\` and commit it`,
    );
  }
  return readBaseline(readFileSync(file, 'utf8'), file);
}

function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
