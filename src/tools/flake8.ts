/**
 * flake8, through a `--format` template whose fields are split by ASCII unit separators and whose
 * records end with a record separator: file names from pull requests may hold colons, spaces and
 * even newlines, so the default `path:row:col: text` cannot be split safely. flake8 5 has no JSON.
 */
import { filesOfKind } from '../discover.js';
import { executionProblem, outputExcerpt } from '../exec/executor.js';
import type { RawFinding, Rule, ToolRun } from '../model.js';
import { asToolArgument, repoRelative } from '../paths.js';
import { flake8Level, flake8Rule } from '../rules/tool-rules.js';
import { failedRun, parseVersion, type ToolAdapter, type ToolContext } from './adapter.js';

const FIELD = '\x1f';
const RECORD = '\x1e';
export const FLAKE8_FORMAT =
  ['%(path)s', '%(row)d', '%(col)d', '%(code)s', '%(text)s'].join(FIELD) + RECORD;

/** Keeps each command line well under every platform's limit. */
const FILES_PER_RUN = 2000;

export function flake8Argv(files: readonly string[]): string[] {
  return [`--format=${FLAKE8_FORMAT}`, '--', ...files.map(asToolArgument)];
}

export interface Flake8Parse {
  findings: RawFinding[];
  rules: Rule[];
  /** Lines that were not records: plugin noise, warnings. */
  stray: string[];
}

/**
 * Reads flake8's output in our template. `root` is where flake8 ran, `base` what paths are made
 * relative to. Findings whose path leaves the root are dropped (and said).
 */
export function parseFlake8(stdout: string, root: string, base: string): Flake8Parse {
  const findings: RawFinding[] = [];
  const rules = new Map<string, Rule>();
  const stray: string[] = [];
  for (const chunk of stdout.split(RECORD)) {
    const record = chunk.replace(/^\r?\n/, '');
    if (!record.trim()) continue;
    const fields = record.split(FIELD);
    if (fields.length < 5) {
      stray.push(record.trim());
      continue;
    }
    // The path may itself hold a separator; the last four fields never do.
    const text = fields.slice(fields.length - 1).join(FIELD);
    const code = fields[fields.length - 2] ?? '';
    const row = Number(fields[fields.length - 4]);
    const col = Number(fields[fields.length - 3]);
    const rawPath = fields.slice(0, fields.length - 4).join(FIELD);
    if (!/^[A-Z]+[0-9]+$/.test(code) || !Number.isFinite(row) || !Number.isFinite(col)) {
      stray.push(record.trim());
      continue;
    }
    const path = repoRelative(base, rawPath, root);
    if (path === null) {
      stray.push(`finding outside the checked folder ignored: ${rawPath}`);
      continue;
    }
    const line = Math.max(1, row);
    const column = Math.max(1, col);
    if (!rules.has(code)) rules.set(code, flake8Rule(code, text));
    findings.push({
      tool: 'flake8',
      ruleId: `flake8/${code}`,
      level: flake8Level(code),
      message: code === 'E999' ? `Syntax error: ${text}` : text,
      location: {
        path,
        startLine: line,
        startColumn: column,
        endLine: line,
        endColumn: column + 1,
      },
    });
  }
  return { findings, rules: [...rules.values()], stray };
}

export const flake8Adapter: ToolAdapter = {
  name: 'flake8',

  async run(context: ToolContext): Promise<ToolRun> {
    const { config, discovery, executor } = context;
    const files = filesOfKind(discovery, 'python').map((file) => file.local);
    const timeoutMs = config.timeoutSeconds * 1000;
    const versionRun = executor.run({
      command: 'flake8',
      args: ['--version'],
      cwd: config.root,
      timeoutMs: 60_000,
    });
    if (files.length === 0) {
      return {
        tool: 'flake8',
        version: null,
        status: 'skipped',
        durationMs: 0,
        findings: [],
        reason: 'no Python files',
      };
    }
    const started = performance.now();
    const run: ToolRun = {
      tool: 'flake8',
      version: null,
      status: 'ok',
      durationMs: 0,
      findings: [],
      rules: [],
      notices: [],
    };
    const rules = new Map<string, Rule>();
    for (let i = 0; i < files.length; i += FILES_PER_RUN) {
      const result = await executor.run({
        command: 'flake8',
        args: flake8Argv(files.slice(i, i + FILES_PER_RUN)),
        cwd: config.root,
        timeoutMs,
      });
      if (result.missing) {
        return {
          tool: 'flake8',
          version: null,
          status: 'missing',
          durationMs: 0,
          findings: [],
          reason: 'flake8 is not installed (not found on PATH)',
        };
      }
      const problem =
        executionProblem(result, 'flake8', timeoutMs) ??
        exitProblem(result.exitCode, result.stdout, result.stderr);
      if (problem) {
        const excerpt = outputExcerpt(result);
        return failedRun(
          'flake8',
          excerpt ? `${problem}: ${excerpt}` : problem,
          parseVersion((await versionRun).stdout),
          Math.round(performance.now() - started),
        );
      }
      const parsed = parseFlake8(result.stdout, config.root, config.base);
      run.findings.push(...parsed.findings);
      for (const rule of parsed.rules) rules.set(rule.id, rule);
      run.notices?.push(...parsed.stray.slice(0, 20).map((line) => `flake8 printed: ${line}`));
    }
    run.rules = [...rules.values()];
    run.version = parseVersion((await versionRun).stdout);
    run.durationMs = Math.round(performance.now() - started);
    return run;
  },

  importReport(text: string, context: ToolContext): ToolRun {
    const parsed = parseFlake8(text, context.config.root, context.config.base);
    if (parsed.findings.length === 0 && parsed.stray.length > 0) {
      return failedRun(
        'flake8',
        `the imported file is not flake8 output in pybp's --format template (${FLAKE8_FORMAT.split(FIELD).join('\\x1f').split(RECORD).join('\\x1e')})`,
      );
    }
    return {
      tool: 'flake8',
      version: null,
      status: 'ok',
      durationMs: 0,
      findings: parsed.findings,
      rules: parsed.rules,
      notices: parsed.stray.map((line) => `flake8 report: ${line}`),
    };
  },
};

/**
 * flake8 exits 1 when it found something and 0 when not; anything else, a traceback, or "found
 * something" with nothing printed (an `output-file` in the user's config) is a failure.
 */
export function exitProblem(
  exitCode: number | null,
  stdout: string,
  stderr: string,
): string | null {
  if (/Traceback \(most recent call last\)|^There was a critical error/m.test(stderr))
    return 'flake8 crashed';
  if (exitCode === 0) return null;
  if (exitCode === 1) {
    return stdout.includes(RECORD)
      ? null
      : 'flake8 reported problems but printed none (is `output-file` set in its config?)';
  }
  return `flake8 exited with code ${exitCode}`;
}
