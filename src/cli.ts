#!/usr/bin/env node
/**
 * The `pybp` command. One of the two entry points: the only code besides src/action.ts that reads
 * arguments and the environment and ends the process.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, resolveConfig, splitList, type ConfigOverrides } from './config.js';
import { runCheck } from './pipeline.js';
import { PRODUCT_VERSION } from './product.js';
import { exitCodeFor } from './report/gate.js';
import { jsonReport } from './report/json.js';
import { sarifText } from './report/sarif.js';
import { markdownSummary } from './report/summary.js';
import { textReport } from './report/text.js';
import { findPatternRule, patternRules } from './rules/catalog.js';
import { ruleText } from './rules/rule-docs.js';
import { sectionOf } from './sections.js';

const HELP = `pybp ${PRODUCT_VERSION} — hold a Python repository to the Python best-practices guide

Usage:
  pybp check [PATH] [options]   run the checks on PATH (default: .)
  pybp rules                    list pybp's own rules
  pybp rule ID                  show one rule's documentation
  pybp --help | --version

Options for check:
  --format FORMAT     text (default), json, sarif or markdown, written to stdout or --output
  --output FILE       write the report there instead of stdout
  --sarif FILE        also write SARIF 2.1.0 for code scanning
  --summary FILE      also write the markdown summary
  --fail-on LEVEL     error (default), warning, note or never
  --tools LIST        mypy,black,flake8,pip-audit,hadolint,patterns (default: all)
  --select IDS        only these rules (ids or prefixes: PBP2, flake8/E5, mypy)
  --ignore IDS        not these rules
  --config FILE       a pyproject.toml with [tool.pybp], or a .pybp.toml
  --import TOOL=FILE  read a report TOOL wrote elsewhere (repeatable)
  --timeout SECONDS   per-tool time limit (default 600)

Exit codes: 0 passed, 1 the gate failed, 2 usage or config error, 3 a tool or pybp failed.
`;

type Io = {
  out: (text: string) => void;
  err: (text: string) => void;
  isTty: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
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

async function check(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      sarif: { type: 'string' },
      summary: { type: 'string' },
      'fail-on': { type: 'string' },
      tools: { type: 'string' },
      select: { type: 'string' },
      ignore: { type: 'string' },
      config: { type: 'string' },
      import: { type: 'string', multiple: true },
      timeout: { type: 'string' },
      workers: { type: 'string' },
    },
  });
  if (positionals.length > 1)
    throw new ConfigError(`check takes one PATH, got ${positionals.length}`);
  const format = values.format;
  if (!['text', 'json', 'sarif', 'markdown'].includes(format)) {
    throw new ConfigError(`--format must be text, json, sarif or markdown, not "${format}"`);
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
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0)
      throw new ConfigError(
        `--timeout must be a positive number of seconds, not "${values.timeout}"`,
      );
    overrides.timeoutSeconds = seconds;
  }
  const config = resolveConfig(positionals[0] ?? '.', overrides, io.cwd);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  const result = await runCheck(config, workers === undefined ? {} : { workers });

  const colour = io.isTty && !values.output && !io.env['NO_COLOR'] && io.env['TERM'] !== 'dumb';
  const report =
    format === 'json'
      ? jsonReport(result)
      : format === 'sarif'
        ? sarifText(result)
        : format === 'markdown'
          ? markdownSummary(result)
          : textReport(result, colour);
  if (values.output) writeFile(resolve(io.cwd, values.output), report);
  else io.out(report);
  if (values.sarif) writeFile(resolve(io.cwd, values.sarif), sarifText(result));
  if (values.summary) writeFile(resolve(io.cwd, values.summary), markdownSummary(result));
  return exitCodeFor(result.verdict);
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
