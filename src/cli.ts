#!/usr/bin/env node
/**
 * The `pybp` command. One of the two entry points: the only code besides src/action.ts that reads
 * arguments and the environment and ends the process.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, resolveConfig, splitList, type ConfigOverrides } from './config.js';
import { changedLinesFor } from './pipeline.js';
import { runWithRunner } from './run.js';
import { RunnerError } from './exec/select.js';
import {
  BASELINE_FILE,
  baselineJson,
  prunedBaselineJson,
  readBaseline,
  type Baseline,
} from './report/baseline.js';
import type { BaseRequest } from './report/diff.js';
import { PRODUCT_VERSION } from './product.js';
import { exitCodeFor } from './report/gate.js';
import { gitlabCodeQuality } from './report/gitlab.js';
import { jsonReport } from './report/json.js';
import { junitXml } from './report/junit.js';
import { sarifText } from './report/sarif.js';
import { markdownSummary } from './report/summary.js';
import { textReport } from './report/text.js';
import { findPatternRule, patternRules } from './rules/catalog.js';
import { ruleText } from './rules/rule-docs.js';
import { sectionOf } from './sections.js';

const HELP = `pybp ${PRODUCT_VERSION} — hold a Python repository to the Python best-practices guide

Usage:
  pybp check [PATH] [options]   run the checks on PATH, a folder or one file (default: .)
  pybp check [options] --files FILE...
  pybp baseline [PATH]          write .pybp-baseline.json: today's findings, accepted
  pybp rules                    list pybp's own rules
  pybp rule ID                  show one rule's documentation
  pybp --help | --version

Options for check:
  --format FORMAT     text (default), json, sarif, markdown, gitlab (Code Quality) or junit,
                      written to stdout or --output
  --output FILE       write the report there instead of stdout
  --sarif FILE        also write SARIF 2.1.0 for code scanning
  --summary FILE      also write the markdown summary
  --gitlab FILE       also write a GitLab Code Quality report
  --junit FILE        also write a JUnit XML report (Jenkins, GitLab test reports)
  --fail-on LEVEL     error (default), warning, note or never
  --tools LIST        mypy,black,flake8,pip-audit,hadolint,patterns (default: all)
  --select IDS        only these rules (ids or prefixes: PBP2, flake8/E5, mypy)
  --ignore IDS        not these rules
  --config FILE       a pyproject.toml with [tool.pybp], or a .pybp.toml
  --import TOOL=FILE  read a report TOOL wrote elsewhere (repeatable)
  --timeout SECONDS   per-tool time limit (default 600)
  --runner RUNNER     where the Python tools run: auto (default: PATH, else the tools image),
                      local, venv (a cached virtualenv of the pinned tools) or docker
  --image IMAGE       the tools image for the docker runner
  --requirements LIST requirements files for pip-audit (default: discovered)
  --install-dependencies auto|true|false
                      install the project's dependencies so mypy sees them (auto: with the
                      venv and docker runners, when a lock file or manifest exists; cached)
  --pip-args ARGS     more pip options for that install ("--extra-index-url URL --pre")
  --files FILE...     check only these files, in the current folder's project (pre-commit)
  --baseline FILE     findings in this baseline are listed as baseline and do not gate
  --scope SCOPE       all (default), changed-files or changed-lines
  --changed-since REF compare with REF for the changed scopes (default on GitHub: the
                      pull request's base, or the push's before)

  pybp baseline [PATH] [check options] [--output FILE] [--prune]
                      accept today's findings in .pybp-baseline.json (--prune: only drop the
                      entries that are fixed)

Exit codes: 0 passed, 1 the gate failed, 2 usage or config error, 3 a tool or pybp failed.
`;

type Io = {
  out: (text: string) => void;
  err: (text: string) => void;
  isTty: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Receives the function that removes the run's container, for signal handlers. */
  onCleanup?: (cleanup: () => Promise<void>) => void;
};

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-V') {
    io.out(`${PRODUCT_VERSION}\n`);
    return 0;
  }
  try {
    switch (command) {
      case 'check':
        return await check(rest, io);
      case 'baseline':
        return await baselineCommand(rest, io);
      case 'rules':
        io.out(rulesTable());
        return 0;
      case 'rule': {
        const rule = rest[0] ? findPatternRule(rest[0]) : undefined;
        if (!rule) {
          io.err(`pybp: unknown rule "${rest[0] ?? ''}"; \`pybp rules\` lists them\n`);
          return 2;
        }
        io.out(ruleText(rule));
        return 0;
      }
      default:
        io.err(`pybp: unknown command "${command}"\n\n${HELP}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof RunnerError) {
      io.err(`pybp: ${error.message}\n`);
      return 3;
    }
    if (error instanceof ConfigError || isUsageError(error)) {
      io.err(`pybp: ${(error as Error).message}\n`);
      return 2;
    }
    io.err(
      `pybp: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 3;
  }
}

function isUsageError(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /^ERR_PARSE_ARGS/.test((error as NodeJS.ErrnoException).code ?? '')
  );
}

const FORMATS = ['text', 'json', 'sarif', 'markdown', 'gitlab', 'junit'];

const CHECK_OPTIONS = {
  format: { type: 'string', default: 'text' },
  output: { type: 'string' },
  sarif: { type: 'string' },
  summary: { type: 'string' },
  gitlab: { type: 'string' },
  junit: { type: 'string' },
  'fail-on': { type: 'string' },
  tools: { type: 'string' },
  select: { type: 'string' },
  ignore: { type: 'string' },
  config: { type: 'string' },
  import: { type: 'string', multiple: true },
  timeout: { type: 'string' },
  workers: { type: 'string' },
  files: { type: 'boolean', default: false },
  baseline: { type: 'string' },
  scope: { type: 'string' },
  'changed-since': { type: 'string' },
  prune: { type: 'boolean', default: false },
  runner: { type: 'string' },
  image: { type: 'string' },
  requirements: { type: 'string' },
  'install-dependencies': { type: 'string' },
  'pip-args': { type: 'string' },
} as const;

type CheckValues = ReturnType<typeof parseCheckArgs>['values'];

function parseCheckArgs(args: string[]) {
  return parseArgs({ args, allowPositionals: true, options: CHECK_OPTIONS });
}

/** Flags and the environment → Config, shared by `check` and `baseline`. */
function configFrom(values: CheckValues, positionals: string[], io: Io) {
  if (!values.files && positionals.length > 1) {
    throw new ConfigError(`takes one PATH, got ${positionals.length} (use --files to check files)`);
  }
  const overrides: ConfigOverrides = {};
  if (values.config !== undefined) overrides.configFile = values.config;
  const tools = splitList(values.tools);
  if (tools) overrides.tools = tools;
  const select = splitList(values.select);
  if (select) overrides.select = select;
  const ignore = splitList(values.ignore);
  if (ignore) overrides.ignore = ignore;
  if (values['fail-on'] !== undefined) overrides.failOn = values['fail-on'];
  if (values.import) overrides.imports = values.import;
  if (values.scope !== undefined) overrides.scope = values.scope;
  if (values.runner !== undefined) overrides.runner = values.runner;
  if (values.image !== undefined) overrides.image = values.image;
  const requirements = splitList(values.requirements);
  if (requirements) overrides.requirements = requirements;
  if (values['install-dependencies'] !== undefined)
    overrides.installDependencies = values['install-dependencies'];
  if (values['pip-args'] !== undefined)
    overrides.pipArgs = values['pip-args'].split(/\s+/).filter(Boolean);
  if (values['changed-since'] !== undefined) overrides.changedSince = values['changed-since'];
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0) {
      throw new ConfigError(
        `--timeout must be a positive number of seconds, not "${values.timeout}"`,
      );
    }
    overrides.timeoutSeconds = seconds;
  }
  if (values.files) {
    overrides.files = positionals;
    return resolveConfig('.', overrides, io.cwd);
  }
  // `pybp check app.py` means that file, as `ruff check app.py` does: checked as --files would,
  // from the current folder when the file is inside it, else from the file's own folder.
  const path = positionals[0] ?? '.';
  if (isFile(io.cwd, path)) {
    const absolute = resolve(io.cwd, path);
    const fromCwd = relative(io.cwd, absolute);
    const inside = !fromCwd.startsWith('..') && !isAbsolute(fromCwd);
    overrides.files = [inside ? path : absolute];
    return resolveConfig(inside ? '.' : dirname(absolute), overrides, io.cwd);
  }
  return resolveConfig(path, overrides, io.cwd);
}

function isFile(cwd: string, path: string): boolean {
  try {
    return statSync(resolve(cwd, path)).isFile();
  } catch {
    return false;
  }
}

/** On GitHub, the event says what a change is; elsewhere `--changed-since` does. */
function eventFrom(env: NodeJS.ProcessEnv): BaseRequest {
  const eventName = env['GITHUB_EVENT_NAME'];
  const path = env['GITHUB_EVENT_PATH'];
  let eventPayload: unknown;
  if (path) {
    try {
      eventPayload = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      eventPayload = undefined;
    }
  }
  return { eventName, eventPayload };
}

async function runFromFlags(values: CheckValues, positionals: string[], io: Io) {
  const config = configFrom(values, positionals, io);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  const changed = await changedLinesFor(config, eventFrom(io.env));
  const baseline = values.baseline ? loadBaseline(resolve(io.cwd, values.baseline)) : undefined;
  const result = await runWithRunner(config, {
    ...(workers === undefined ? {} : { workers }),
    ...(baseline ? { baseline } : {}),
    changed,
    env: io.env,
    onCleanup: io.onCleanup ?? (() => undefined),
  });
  return { config, result, baseline };
}

function loadBaseline(file: string): Baseline {
  if (!existsSync(file)) {
    throw new ConfigError(
      `baseline file "${file}" does not exist; create it with \`pybp baseline PATH\``,
    );
  }
  return readBaseline(readFileSync(file, 'utf8'), file);
}

async function check(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCheckArgs(args);
  const format = values.format;
  if (!FORMATS.includes(format)) {
    throw new ConfigError(`--format must be ${FORMATS.join(', ')}, not "${format}"`);
  }
  const { result } = await runFromFlags(values, positionals, io);
  const colour = io.isTty && !values.output && !io.env['NO_COLOR'] && io.env['TERM'] !== 'dumb';
  const reports: Record<string, () => string> = {
    text: () => textReport(result, colour),
    json: () => jsonReport(result),
    sarif: () => sarifText(result),
    markdown: () => markdownSummary(result),
    gitlab: () => gitlabCodeQuality(result),
    junit: () => junitXml(result),
  };
  const report = (reports[format] ?? reports['text'] ?? (() => ''))();
  if (values.output) writeFile(resolve(io.cwd, values.output), report);
  else io.out(report);
  // Further reports to files, for CI systems that read several at once.
  for (const [flag, build] of [
    [values.sarif, reports['sarif']],
    [values.summary, reports['markdown']],
    [values.gitlab, reports['gitlab']],
    [values.junit, reports['junit']],
  ] as const) {
    if (flag && build) writeFile(resolve(io.cwd, flag), build());
  }
  return exitCodeFor(result.verdict);
}

/**
 * `pybp baseline [PATH]`: accept today's findings so that only new ones gate. `--prune` only
 * removes the entries that are fixed, and never adds.
 */
async function baselineCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCheckArgs(args);
  const config = configFrom(values, positionals, io);
  const output = resolve(io.cwd, values.output ?? join(config.root, BASELINE_FILE));
  if (values.prune) {
    const existing = loadBaseline(output);
    const result = await runWithRunner(config, { baseline: existing, env: io.env });
    if (result.verdict.incomplete) {
      io.err(`pybp: not pruning: ${result.verdict.reasons.join('; ')}\n`);
      return 3;
    }
    writeFile(output, prunedBaselineJson(existing, result.baseline?.fixedEntries ?? []));
    io.out(`pybp: removed ${result.baseline?.fixed ?? 0} fixed entries from ${output}\n`);
    return 0;
  }
  const result = await runWithRunner(config, { env: io.env });
  if (result.verdict.incomplete) {
    // A failed tool's findings are missing: a baseline now would accept less than it should.
    io.err(`pybp: not writing a baseline: ${result.verdict.reasons.join('; ')}\n`);
    return 3;
  }
  writeFile(output, baselineJson(result.findings));
  const count = result.findings.filter((finding) => finding.state !== 'suppressed').length;
  io.out(`pybp: wrote ${count} findings to ${output}; check with --baseline ${output}\n`);
  return 0;
}

function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function rulesTable(): string {
  const rows = patternRules().map(
    (rule) =>
      `${rule.id.padEnd(7)} ${rule.name.padEnd(30)} ${sectionOf(rule.section).id.padEnd(15)} ${rule.level.padEnd(8)} ${rule.summary}`,
  );
  return (
    [
      `${'ID'.padEnd(7)} ${'NAME'.padEnd(30)} ${'SECTION'.padEnd(15)} ${'LEVEL'.padEnd(8)} SUMMARY`,
      ...rows,
    ].join('\n') + '\n'
  );
}

// Run when executed (node dist/cli.js, the `pybp` bin), not when imported by tests.
const invokedPath = process.argv[1] ?? '';
if (/(^|[\\/])(cli\.(js|ts|mjs)|pybp)$/.test(invokedPath)) {
  main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    isTty: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
    // Ctrl-C or a cancelled CI job: remove the tools container before leaving.
    onCleanup: (cleanup) => {
      const stop = (signal: NodeJS.Signals): void => {
        void cleanup().finally(() => process.kill(process.pid, signal));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`pybp: internal error: ${String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
