/**
 * hadolint, through `-f json --no-fail` on every discovered Dockerfile (`--no-fail`: hadolint
 * ≥ 1.22, so the exit code only says whether hadolint itself failed). The project's
 * `.hadolint.yaml` / `.hadolint.yml` in the checked folder is passed with `--config`, so it
 * applies wherever the tool runs (hadolint would otherwise look in its own working directory and
 * the user's config folders).
 *
 * Format (hadolint/hadolint `src/Hadolint/Formatter/Json.hs`): a JSON array of
 * `{code, column, file, level, line, message}`, one array per line (older releases printed one
 * array per file); `DL1000` is a Dockerfile that does not parse, with the parser's position and
 * its multi-line message. Levels: error, warning, info, style.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { filesOfKind } from '../discover.js';
import { executionProblem, outputExcerpt, type ExecResult } from '../exec/executor.js';
import type { RawFinding, Rule, ToolRun } from '../model.js';
import { asToolArgument, repoRelative, toPosix } from '../paths.js';
import { hadolintLevel, hadolintRule } from '../rules/tool-rules.js';
import { failedRun, parseVersion, type ToolAdapter, type ToolContext } from './adapter.js';

/** Keeps each command line well under every platform's limit. */
const FILES_PER_RUN = 500;

export const HADOLINT_CONFIG_NAMES = ['.hadolint.yaml', '.hadolint.yml'] as const;

export function hadolintArgv(files: readonly string[], configFile: string | null): string[] {
  return [
    '-f',
    'json',
    '--no-fail',
    ...(configFile ? ['--config', asToolArgument(configFile)] : []),
    ...files.map(asToolArgument),
  ];
}

/** The project's hadolint config in the checked folder, relative to it, or null. */
export function findHadolintConfig(
  root: string,
  exists: (path: string) => boolean = existsSync,
): string | null {
  return HADOLINT_CONFIG_NAMES.find((name) => exists(join(root, name))) ?? null;
}

export interface HadolintParse {
  findings: RawFinding[];
  rules: Rule[];
  /** Output that was not a finding we could place. */
  stray: string[];
  /** Why the output is not a hadolint JSON report; null when it is. */
  problem: string | null;
}

export interface HadolintParseOptions {
  /** Where a finding on standard input (`"file": "-"`) belongs: the one Dockerfile, if known. */
  stdinPath?: string | null;
  /**
   * Dockerfiles of the checked folder (relative to it, POSIX): a path from elsewhere
   * (`/code/Dockerfile`, written by hadolint in a container) is matched to the one it ends with.
   */
  knownFiles?: readonly string[];
}

interface HadolintItem {
  code: string;
  column: number;
  file: string;
  level: string;
  line: number;
  message: string;
}

/**
 * Reads hadolint's JSON. `root` is where hadolint ran (its relative paths start there), `base`
 * what reported paths are made relative to.
 */
export function parseHadolint(
  output: string,
  root: string,
  base: string,
  options: HadolintParseOptions = {},
): HadolintParse {
  const result: HadolintParse = { findings: [], rules: [], stray: [], problem: null };
  const items = readItems(output);
  if (!Array.isArray(items)) {
    result.problem = items.problem;
    return result;
  }
  const rules = new Map<string, Rule>();
  for (const item of items) {
    const local = placeFile(item.file, root, options);
    const path = local === null ? null : repoRelative(base, local, root);
    if (path === null) {
      result.stray.push(
        item.file === '-'
          ? `${item.code} on standard input could not be placed on a Dockerfile`
          : `finding outside the checked folder ignored: ${item.file}`,
      );
      continue;
    }
    const level = hadolintLevel(item.level);
    if (!rules.has(item.code)) rules.set(item.code, hadolintRule(item.code, item.message, level));
    const line = Math.max(1, Math.trunc(item.line));
    const column = Math.max(1, Math.trunc(item.column));
    result.findings.push({
      tool: 'hadolint',
      ruleId: `hadolint/${item.code}`,
      level,
      message:
        item.code === 'DL1000'
          ? `The Dockerfile does not parse: ${condenseParseError(item.message)}`
          : item.message.trim(),
      location: {
        path,
        startLine: line,
        startColumn: column,
        endLine: line,
        endColumn: column + 1,
      },
    });
  }
  result.rules = [...rules.values()];
  return result;
}

function readItems(output: string): HadolintItem[] | { problem: string } {
  const text = output.trim();
  if (!text) return { problem: 'hadolint printed no report' };
  const chunks: unknown[] = [];
  const whole = parseJson(text);
  if (whole !== undefined) {
    chunks.push(whole);
  } else {
    for (const line of text.split(/\r?\n/)) {
      if (!line.trim()) continue;
      const value = parseJson(line);
      if (value === undefined)
        return { problem: `hadolint did not print JSON (${JSON.stringify(line.slice(0, 120))})` };
      chunks.push(value);
    }
  }
  const items: HadolintItem[] = [];
  for (const chunk of chunks) {
    if (!Array.isArray(chunk))
      return { problem: 'the JSON is not a hadolint report (expected an array of findings)' };
    for (const entry of chunk) {
      const item = readItem(entry);
      if (!item)
        return {
          problem: `the JSON is not a hadolint report (unexpected entry ${JSON.stringify(entry).slice(0, 120)})`,
        };
      items.push(item);
    }
  }
  return items;
}

function readItem(entry: unknown): HadolintItem | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const record = entry as Record<string, unknown>;
  const { code, file, level, line, message } = record;
  if (typeof code !== 'string' || !/^(DL|SC)\d+$/.test(code)) return null;
  if (
    typeof file !== 'string' ||
    typeof level !== 'string' ||
    typeof line !== 'number' ||
    typeof message !== 'string'
  )
    return null;
  const column = typeof record['column'] === 'number' ? record['column'] : 1;
  return { code, column, file, level, line, message };
}

function placeFile(file: string, root: string, options: HadolintParseOptions): string | null {
  if (file === '-' || file === '') return options.stdinPath ?? null;
  const known = options.knownFiles;
  if (known && known.length > 0 && repoRelative(root, file, root) === null) {
    // A path from another machine or container: the known Dockerfile it ends with, if just one.
    const posix = toPosix(file.replace(/\\/g, '/'));
    const matches = known.filter(
      (candidate) => posix === candidate || posix.endsWith(`/${candidate}`),
    );
    const longest = Math.max(0, ...matches.map((match) => match.length));
    const best = matches.filter((match) => match.length === longest);
    return best.length === 1 ? (best[0] ?? null) : null;
  }
  return file;
}

/**
 * megaparsec's pretty error (`Dockerfile:3:1:`, the source line under a gutter, a caret, then
 * `unexpected …` / `expecting …`) in one line.
 */
export function condenseParseError(message: string): string {
  const lines = message
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !/:\d+:\d+:$/.test(line) && !/^\d*\s*\|/.test(line));
  const text = lines.join('; ');
  return text.length > 500 ? `${text.slice(0, 500)}…` : text || 'hadolint could not parse it';
}

/** Why a hadolint run gave no usable report, or null when it did. */
export function hadolintProblem(
  result: ExecResult,
  parsed: HadolintParse,
  timeoutMs: number,
): string | null {
  const execution = executionProblem(result, 'hadolint', timeoutMs);
  if (execution) return execution;
  if (parsed.problem) {
    if (/Invalid option [`'"]?--no-fail/.test(result.stderr))
      return 'hadolint is too old: pybp needs hadolint 1.22 or newer (--no-fail)';
    const excerpt = outputExcerpt(result, 4);
    const code = result.exitCode === 0 ? '' : ` (exit code ${result.exitCode})`;
    return `${parsed.problem}${code}${excerpt ? `: ${excerpt}` : ''}`;
  }
  // With --no-fail, 1 means trouble; a complete JSON report still counts (hadolint without the
  // flag's effect, e.g. a config file forcing a failure threshold, exits 1 after printing it).
  if (result.exitCode === 0 || result.exitCode === 1) return null;
  return `hadolint exited with code ${result.exitCode}`;
}

export const hadolintAdapter: ToolAdapter = {
  name: 'hadolint',

  async run(context: ToolContext): Promise<ToolRun> {
    const { config, discovery, executor } = context;
    const files = filesOfKind(discovery, 'dockerfile').map((file) => file.local);
    if (files.length === 0) {
      return {
        tool: 'hadolint',
        version: null,
        status: 'skipped',
        durationMs: 0,
        findings: [],
        reason: 'no Dockerfiles',
      };
    }
    const timeoutMs = config.timeoutSeconds * 1000;
    const started = performance.now();
    const versionRun = executor.run({
      command: 'hadolint',
      args: ['--version'],
      cwd: config.root,
      timeoutMs: 60_000,
    });
    const configFile = findHadolintConfig(config.root);
    const run: ToolRun = {
      tool: 'hadolint',
      version: null,
      status: 'ok',
      durationMs: 0,
      findings: [],
      rules: [],
      notices: [],
    };
    if (configFile) run.notices?.push(`hadolint: using ${configFile}`);
    const rules = new Map<string, Rule>();
    for (let i = 0; i < files.length; i += FILES_PER_RUN) {
      const result = await executor.run({
        command: 'hadolint',
        args: hadolintArgv(files.slice(i, i + FILES_PER_RUN), configFile),
        cwd: config.root,
        timeoutMs,
        env: { NO_COLOR: '1' },
      });
      if (result.missing) {
        return {
          tool: 'hadolint',
          version: null,
          status: 'missing',
          durationMs: 0,
          findings: [],
          reason: 'hadolint is not installed (not found on PATH)',
        };
      }
      const parsed = parseHadolint(result.stdout, config.root, config.base);
      const problem = hadolintProblem(result, parsed, timeoutMs);
      if (problem) {
        return failedRun(
          'hadolint',
          problem,
          parseVersion((await versionRun).stdout),
          Math.round(performance.now() - started),
        );
      }
      run.findings.push(...parsed.findings);
      for (const rule of parsed.rules) rules.set(rule.id, rule);
      run.notices?.push(...parsed.stray.slice(0, 20).map((line) => `hadolint: ${line}`));
    }
    run.rules = [...rules.values()];
    run.version = parseVersion((await versionRun).stdout);
    run.durationMs = Math.round(performance.now() - started);
    return run;
  },

  importReport(text: string, context: ToolContext): ToolRun {
    const { config, discovery } = context;
    const dockerfiles = filesOfKind(discovery, 'dockerfile').map((file) => file.local);
    const parsed = parseHadolint(text, config.root, config.base, {
      stdinPath: dockerfiles.length === 1 ? (dockerfiles[0] ?? null) : null,
      knownFiles: dockerfiles,
    });
    if (parsed.problem)
      return failedRun(
        'hadolint',
        `the imported file is not a hadolint JSON report (-f json): ${parsed.problem}`,
      );
    if (parsed.findings.length === 0 && parsed.stray.length > 0) {
      return failedRun(
        'hadolint',
        `none of the imported findings could be placed on a Dockerfile of the checked folder (${parsed.stray[0]})`,
      );
    }
    return {
      tool: 'hadolint',
      version: null,
      status: 'ok',
      durationMs: 0,
      findings: parsed.findings,
      rules: parsed.rules,
      notices: parsed.stray.map((line) => `hadolint report: ${line}`),
    };
  },
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
