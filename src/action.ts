/**
 * The GitHub Action's `run()`: reads inputs, runs the pipeline, writes the SARIF file, the job
 * summary, annotations and outputs, and fails the step when the gate says so. The pipeline below
 * knows nothing of @actions/core.
 */
import * as core from '@actions/core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigError, resolveConfig, splitList, type ConfigOverrides } from './config.js';
import { toPosix } from './paths.js';
import type { Finding } from './model.js';
import { changedLinesFor, runCheck } from './pipeline.js';
import { readBaseline, type Baseline } from './report/baseline.js';
import { onChangedLines, type BaseRequest } from './report/diff.js';
import { planAnnotations } from './report/annotations.js';
import { countFindings } from './report/counts.js';
import { exitCodeFor } from './report/gate.js';
import { buildSarif, SARIF_GZIP_LIMIT } from './report/sarif.js';
import { markdownSummary } from './report/summary.js';
import { verdictJson } from './report/verdict-file.js';

/** The `image` input's default; any other value asks for the docker runner, not yet supported. */
export const DEFAULT_IMAGE = 'ghcr.io/pybp-action/pybp-action:v1';

export async function run(): Promise<void> {
  try {
    const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
    rejectUnsupported();
    const overrides: ConfigOverrides = {};
    const configFile = core.getInput('config');
    if (configFile) overrides.configFile = configFile;
    const tools = splitList(core.getInput('tools'));
    if (tools?.length) overrides.tools = tools;
    const failOn = core.getInput('fail-on');
    if (failOn) overrides.failOn = failOn;
    const scope = core.getInput('scope');
    if (scope) overrides.scope = scope;
    const changedSince = core.getInput('changed-since');
    if (changedSince) overrides.changedSince = changedSince;
    const config = resolveConfig(core.getInput('path') || '.', overrides, workspace);

    const changed = await changedLinesFor(config, githubEvent());
    const baselineInput = core.getInput('baseline');
    const baseline = baselineInput ? readBaselineFile(resolve(workspace, baselineInput)) : undefined;
    const result = await runCheck(config, { changed, ...(baseline ? { baseline } : {}) });
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
    if (core.getBooleanInput('annotations')) {
      const files = changed?.files;
      const plan = planAnnotations(result.findings, {
        reserveErrorSlot: failed,
        ...(files ? { changedFirst: (finding: Finding) => onChangedLines(finding, files) } : {}),
      });
      for (const command of plan.commands) process.stdout.write(command + '\n');
    }
    if (core.getBooleanInput('summary') && process.env['GITHUB_STEP_SUMMARY']) {
      const server = process.env['GITHUB_SERVER_URL'] ?? 'https://github.com';
      const repository = process.env['GITHUB_REPOSITORY'];
      const sha = process.env['GITHUB_SHA'];
      const options =
        repository && sha ? { fileUrlBase: `${server}/${repository}/blob/${sha}` } : {};
      await core.summary.addRaw(markdownSummary(result, options)).write();
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
    else
      core.setFailed(
        `pybp: internal error: ${error instanceof Error ? error.message : String(error)}`,
      );
  }
}

/** Inputs a later version implements: setting them fails clearly rather than doing nothing. */
function rejectUnsupported(): void {
  const problems: string[] = [];
  const runner = core.getInput('runner') || 'auto';
  if (!['auto', 'local'].includes(runner)) {
    problems.push(
      ['venv', 'docker'].includes(runner)
        ? `runner "${runner}" is not yet supported; use "local" (tools from the runner's PATH) or "auto"`
        : `runner must be auto, local, venv or docker, not "${runner}"`,
    );
  }
  const image = core.getInput('image');
  if (image && image !== DEFAULT_IMAGE)
    problems.push('image is not yet supported (it needs the docker runner)');
  if (core.getInput('requirements'))
    problems.push('requirements is not yet supported (pip-audit is not yet supported)');
  if (problems.length) throw new ConfigError(problems.join('; '));
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
    throw new ConfigError(`baseline file "${file}" does not exist; create it with \`pybp baseline\` and commit it`);
  }
  return readBaseline(readFileSync(file, 'utf8'), file);
}

function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
