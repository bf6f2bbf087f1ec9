/**
 * mypy, in its text format (`file:line:col:endline:endcol: severity: message  [code]`) or, from
 * mypy 1.11 on, its JSON lines (`-O json`). Both are read by the same code, line by line: even
 * with `-O json` mypy prints a blocking syntax error (and config errors) as text.
 *
 * What mypy checks is decided the way the project decided it:
 * - mypy reads its own config (mypy.ini, .mypy.ini, pyproject [tool.mypy], setup.cfg [mypy]) from
 *   the checked folder, where it runs; 1.15 and later also walk up to the repository root.
 * - If that config names its targets (`files`, `packages`, `modules`), mypy runs with no file
 *   arguments and checks exactly those.
 * - Otherwise mypy gets the discovered Python files. Files given on the command line are always
 *   checked, even when the config's `exclude` matches them (`exclude` only prunes mypy's own
 *   directory walk), so we apply `exclude` ourselves first, as mypy's walk from the checked
 *   folder would: to every folder on the way and to the file, relative to the folder, with the
 *   names mypy's walk always skips (dot folders, `__pycache__`, `site-packages`,
 *   `node_modules`). The cost of explicit files over `mypy .`: none that we know of; the gain:
 *   .gitignore and pybp's own excludes hold for mypy too.
 * - The incremental cache goes to a folder under the OS temp dir (never `.mypy_cache` inside the
 *   user's repository), unless the config sets `cache_dir`: then that is what they want.
 *
 * A syntax error is blocking in mypy: it reports that one error and checks nothing else (exit 2).
 * We then mark the run failed ("stopped at a syntax error in X") and keep the error as a notice,
 * rather than report one finding and let "no type errors" be believed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { dependencyEnvironmentOf } from '../deps/dependency-context.js';
import { filesOfKind } from '../discover.js';
import { executionProblem, outputExcerpt, type ExecResult } from '../exec/executor.js';
import type { Level, RawFinding, Rule, ToolRun } from '../model.js';
import { asToolArgument, repoRelative } from '../paths.js';
import { mypyRule } from '../rules/tool-rules.js';
import { askVersion, failedRun, type ToolAdapter, type ToolContext } from './adapter.js';
import { chunkArguments } from './chunks.js';
import { pythonRegex } from './python-regex.js';

export const MYPY_FLAGS: readonly string[] = [
  '--show-column-numbers',
  '--show-error-end',
  '--show-error-codes',
  '--no-error-summary',
  '--no-color-output',
  '--no-pretty',
  '--hide-error-context',
];

export interface MypyArgvOptions {
  /** mypy ≥ 1.11: JSON lines. */
  json: boolean;
  /** `--cache-dir`, or null to leave it to mypy and the project's config. */
  cacheDir: string | null;
  /** The project's dependencies: the Python whose packages mypy reads (`--python-executable`). */
  pythonExecutable?: string | null;
}

export function mypyArgv(files: readonly string[], options: MypyArgvOptions): string[] {
  const args = [...MYPY_FLAGS];
  if (options.json) args.push('-O', 'json');
  if (options.cacheDir) args.push('--cache-dir', options.cacheDir);
  if (options.pythonExecutable) args.push('--python-executable', options.pythonExecutable);
  if (files.length > 0) args.push('--', ...files.map(asToolArgument));
  return args;
}

/** `-O json` exists from mypy 1.11 (python/mypy#11396). */
export function mypyHasJson(version: string | null): boolean {
  return versionAtLeast(version, [1, 11]);
}

export function versionAtLeast(version: string | null, minimum: readonly number[]): boolean {
  if (!version) return false;
  const parts = version.split(/[.+-]/).map((part) => Number.parseInt(part, 10));
  for (let i = 0; i < minimum.length; i++) {
    const part = Number.isFinite(parts[i]) ? (parts[i] as number) : 0;
    const wanted = minimum[i] ?? 0;
    if (part !== wanted) return part > wanted;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Reading the output

/** One line of mypy's report, whichever format it came in. Columns 1-based, end exclusive. */
interface MypyMessage {
  file: string;
  /** null: a message about the whole file (duplicate module, …). */
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  severity: 'error' | 'note' | 'warning';
  message: string;
  code: string | null;
  /** JSON only: the notes mypy folded into this error. */
  hint: string | null;
}

export interface MypyParse {
  findings: RawFinding[];
  rules: Rule[];
  /** Errors mypy gave without a line: they stop mypy when it exits 2. */
  fileErrors: string[];
  /** Lines that were neither: summaries, plugin noise. */
  stray: string[];
  /** Errors reported in files outside the repository (not findings, but errors mypy counted). */
  outsideErrors: number;
}

const TEXT_LINE = /^(.+?):(\d+)(?::(-?\d+))?(?::(-?\d+):(-?\d+))?: (error|note|warning): (.*)$/;
const FILE_LINE = /^(.+?): (error|note|warning): (.*)$/;
const CODE_SUFFIX = /^(.*?) {2}\[([A-Za-z0-9_.-]+)\]$/;
/** `--show-error-context` lines; we ask for none, but an imported report may hold them. */
const CONTEXT_NOTE = /^(In (function|member|class) .*|At top level):$/;
/** What `--show-error-code-links` adds; the rule's help link says the same. */
const CODE_LINK_NOTE =
  /^See '?https:\/\/mypy\.(rtfd|readthedocs)\.io\/\S*_refs\.html#code-[\w-]+'? for more info$/;
const SUMMARY = /^(Found \d+ errors? in \d+ files?|Success: no issues found)/;

/** mypy's text format: `--show-error-end` spans (end column inclusive, 1-based). */
export function readMypyTextLine(line: string): MypyMessage | null {
  const match = TEXT_LINE.exec(line);
  if (match) {
    const [, file = '', row, col, endRow, endCol, severity, rest = ''] = match;
    const { message, code } = splitCode(rest);
    const column = col === undefined ? null : Number(col);
    return {
      file,
      line: Number(row),
      column: column !== null && column >= 1 ? column : null,
      endLine: endRow === undefined ? null : Number(endRow),
      // mypy prints the end column 1-based inclusive (its 0-based exclusive end, as is).
      endColumn: endCol === undefined ? null : Number(endCol) + 1,
      severity: severity as MypyMessage['severity'],
      message,
      code,
      hint: null,
    };
  }
  const fileLevel = FILE_LINE.exec(line);
  if (fileLevel) {
    const [, file = '', severity, rest = ''] = fileLevel;
    if (file === 'mypy') return null;
    const { message, code } = splitCode(rest);
    const base = { file, line: null, column: null, endLine: null, endColumn: null };
    return { ...base, severity: severity as MypyMessage['severity'], message, code, hint: null };
  }
  return null;
}

/** mypy's JSON lines: `column` 0-based, `end_column` (1.20+) 0-based exclusive, -1 unknown. */
export function readMypyJsonLine(line: string): MypyMessage | null {
  if (!line.startsWith('{')) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const file = typeof record.file === 'string' ? record.file : null;
  const message = typeof record.message === 'string' ? record.message : null;
  const severity = record.severity;
  if (file === null || message === null) return null;
  if (severity !== 'error' && severity !== 'note' && severity !== 'warning') return null;
  const number = (key: string): number | null => {
    const raw = record[key];
    return typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : null;
  };
  const row = number('line');
  const col = number('column');
  const endRow = number('end_line');
  const endCol = number('end_column');
  return {
    file,
    line: row !== null && row >= 1 ? row : null,
    column: col === null ? null : col + 1,
    endLine: endRow !== null && endRow >= 1 ? endRow : null,
    endColumn: endCol === null ? null : endCol + 1,
    severity,
    message,
    code: typeof record.code === 'string' && record.code ? record.code : null,
    hint: typeof record.hint === 'string' && record.hint ? record.hint : null,
  };
}

/** Reads mypy's text format. `root` is where mypy ran; paths are made relative to `base`. */
export function parseMypyText(stdout: string, root: string, base: string): MypyParse {
  return assemble(stdout, root, base, (line) => readMypyTextLine(line));
}

/**
 * Reads `-O json` output. Text lines are read too: mypy prints a blocking syntax error (and its
 * summary) as text even in JSON mode (python/mypy#21370).
 */
export function parseMypyJson(stdout: string, root: string, base: string): MypyParse {
  return assemble(stdout, root, base, (line) => readMypyJsonLine(line) ?? readMypyTextLine(line));
}

/** Either format, as an imported report may hold. */
export function parseMypyOutput(stdout: string, root: string, base: string): MypyParse {
  return parseMypyJson(stdout, root, base);
}

function assemble(
  stdout: string,
  root: string,
  base: string,
  read: (line: string) => MypyMessage | null,
): MypyParse {
  const findings: RawFinding[] = [];
  const rules = new Map<string, Rule>();
  const fileErrors: string[] = [];
  const stray: string[] = [];
  // Like mypy's own JSON formatter: a note belongs to the latest error at the same place.
  const errorAt = new Map<string, { finding: RawFinding; message: string; notes: string[] }>();
  const outside = new Set<string>();
  let outsideErrors = 0;

  for (const rawLine of stdout.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (!line.trim()) continue;
    const message = read(line);
    if (!message) {
      if (!SUMMARY.test(line)) stray.push(line.trim());
      continue;
    }
    if (message.line === null) {
      if (message.severity === 'note' && CONTEXT_NOTE.test(message.message)) continue;
      if (message.severity !== 'note') fileErrors.push(line.trim());
      else if (fileErrors.length > 0) fileErrors.push(line.trim());
    }
    const path = repoRelative(base, message.file, root);
    if (path === null) {
      outside.add(message.file);
      if (message.severity === 'error') outsideErrors++;
      continue;
    }
    const key = `${path}\0${message.line ?? 0}\0${message.column ?? 0}`;
    if (message.severity === 'note') {
      if (CODE_LINK_NOTE.test(message.message.trim())) continue;
      const owner = errorAt.get(key);
      if (owner) {
        owner.notes.push(message.message);
        owner.finding.message = withNotes(owner.message, owner.notes);
        continue;
      }
      if (message.line === null) continue;
    }
    const code = message.code ?? 'misc';
    const level: Level = message.severity;
    const text = message.hint
      ? withNotes(message.message, message.hint.split('\n'))
      : message.message;
    const finding: RawFinding = {
      tool: 'mypy',
      ruleId: `mypy/${code}`,
      level,
      message: text,
      location: location(path, message),
    };
    findings.push(finding);
    if (!rules.has(finding.ruleId)) rules.set(finding.ruleId, mypyRule(code, message.message));
    if (message.severity !== 'note') errorAt.set(key, { finding, message: text, notes: [] });
  }
  for (const file of outside) stray.push(`finding outside the checked folder ignored: ${file}`);
  return { findings, rules: [...rules.values()], fileErrors, stray, outsideErrors };
}

function splitCode(rest: string): { message: string; code: string | null } {
  const match = CODE_SUFFIX.exec(rest);
  return match
    ? { message: match[1] ?? '', code: match[2] ?? null }
    : { message: rest, code: null };
}

function location(path: string, message: MypyMessage): RawFinding['location'] {
  const startLine = message.line ?? 1;
  const startColumn = message.column ?? 1;
  let endLine = message.endLine ?? startLine;
  let endColumn = message.endColumn ?? startColumn + 1;
  if (endLine < startLine) endLine = startLine;
  if (endLine === startLine && endColumn <= startColumn) endColumn = startColumn + 1;
  return { path, startLine, startColumn, endLine, endColumn };
}

/**
 * The error's message with its notes, on one line: a note that continues a listing (indented,
 * like the overload variants) follows with "; ", any other as its own sentence.
 */
function withNotes(message: string, notes: readonly string[]): string {
  let text = message.replace(/\s+$/, '');
  for (const raw of notes) {
    const note = raw.trim();
    if (!note || CODE_LINK_NOTE.test(note)) continue;
    const listing = /^\s/.test(raw) && !/:$/.test(text);
    const separator = /:$/.test(text) ? ' ' : listing ? '; ' : /[.!?]$/.test(text) ? ' ' : '. ';
    text += separator + note;
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// The project's mypy config

export interface MypyConfig {
  /** The config file mypy will read (absolute), if any. */
  file: string | null;
  /** `exclude` regexes as written. */
  exclude: string[];
  /** The config names what to check (`files`, `packages`, `modules`). */
  namesTargets: boolean;
  /** The config sets `cache_dir`. */
  setsCacheDir: boolean;
  problems: string[];
}

const CONFIG_NAMES = ['mypy.ini', '.mypy.ini', 'pyproject.toml', 'setup.cfg'];

/**
 * The config mypy will read when run in `root`: the first of mypy.ini, .mypy.ini, pyproject.toml
 * with [tool.mypy], setup.cfg with [mypy]; mypy ≥ 1.15 (python/mypy#18482) looks in each parent
 * folder too, up to the one holding `.git` or `.hg`. (mypy's user-level configs are not read.)
 */
export function findMypyConfig(root: string, version: string | null): MypyConfig {
  const walkUp = version === null || versionAtLeast(version, [1, 15]);
  for (let dir = resolve(root); ;) {
    for (const name of CONFIG_NAMES) {
      const file = join(dir, name);
      if (!existsSync(file)) continue;
      const config = readMypyConfigFile(file);
      if (config) return config;
    }
    if (!walkUp || existsSync(join(dir, '.git')) || existsSync(join(dir, '.hg'))) break;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return { file: null, exclude: [], namesTargets: false, setsCacheDir: false, problems: [] };
}

/** One config file's mypy settings, or null when mypy would pass it over. */
export function readMypyConfigFile(file: string, text?: string): MypyConfig | null {
  let content: string;
  try {
    content = text ?? readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const isToml = file.toLowerCase().endsWith('.toml');
  const isShared = /(^|[/\\])(pyproject\.toml|setup\.cfg)$/.test(file);
  let section: Record<string, unknown> | undefined;
  if (isToml) {
    try {
      const document = parseToml(content) as Record<string, unknown>;
      const tool = document.tool as Record<string, unknown> | undefined;
      section = tool?.mypy as Record<string, unknown> | undefined;
    } catch (error) {
      // mypy prints the error and reads no config at all from this file.
      return isShared
        ? null
        : emptyConfig(file, [`${file}: ${(error as Error).message.split('\n')[0]}`]);
    }
  } else {
    section = readIni(content).get('mypy');
  }
  if (!section) return isShared ? null : emptyConfig(file, []);
  const exclude = section.exclude;
  const excludes =
    typeof exclude === 'string'
      ? [exclude.trim()]
      : Array.isArray(exclude)
        ? exclude.filter((item): item is string => typeof item === 'string')
        : [];
  const present = (key: string): boolean => {
    const value = section?.[key];
    return Array.isArray(value)
      ? value.length > 0
      : typeof value === 'string'
        ? value.trim() !== ''
        : false;
  };
  return {
    file,
    exclude: excludes.filter((pattern) => pattern !== ''),
    namesTargets: present('files') || present('packages') || present('modules'),
    setsCacheDir: present('cache_dir'),
    problems: [],
  };
}

function emptyConfig(file: string, problems: string[]): MypyConfig {
  return { file, exclude: [], namesTargets: false, setsCacheDir: false, problems };
}

/**
 * The INI dialect of Python's configparser as mypy uses it (RawConfigParser defaults): `key = value`
 * or `key: value`, keys lower-cased, indented lines continue a value (joined with newlines),
 * whole-line `#`/`;` comments, no inline comments.
 */
export function readIni(text: string): Map<string, Record<string, string>> {
  const sections = new Map<string, Record<string, string>>();
  let current: Record<string, string> | null = null;
  let key: string | null = null;
  let indent = 0;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const stripped = raw.trim();
    if (stripped === '' || stripped.startsWith('#') || stripped.startsWith(';')) {
      if (stripped === '') indent = Number.MAX_SAFE_INTEGER;
      continue;
    }
    const lineIndent = raw.length - raw.trimStart().length;
    if (current && key !== null && lineIndent > indent) {
      current[key] = `${current[key] ?? ''}\n${stripped}`;
      continue;
    }
    indent = lineIndent;
    const header = /^\[(.+)\]$/.exec(stripped);
    if (header) {
      const name = header[1] ?? '';
      current = sections.get(name) ?? {};
      sections.set(name, current);
      key = null;
      continue;
    }
    const option = /^(.*?)\s*[=:]\s*(.*)$/.exec(stripped);
    if (current && option) {
      key = (option[1] ?? '').toLowerCase();
      current[key] = option[2] ?? '';
    }
  }
  return sections;
}

// ---------------------------------------------------------------------------------------------
// What mypy is given

export interface MypyTargets {
  /** Paths relative to the checked folder. */
  files: string[];
  excluded: number;
  /** `exclude` patterns we could not apply (not translatable to a JavaScript RegExp). */
  unusable: string[];
}

const ALWAYS_SKIPPED = new Set(['__pycache__', 'site-packages', 'node_modules']);

/** The discovered files mypy's own walk from the checked folder would check. */
export function mypyTargets(
  localPaths: readonly string[],
  exclude: readonly string[],
): MypyTargets {
  const patterns: RegExp[] = [];
  const unusable: string[] = [];
  for (const pattern of exclude) {
    const regex = pythonRegex(pattern);
    if (regex) patterns.push(regex);
    else unusable.push(pattern);
  }
  const files: string[] = [];
  let excluded = 0;
  for (const local of localPaths) {
    const parts = local.split('/');
    const skipped = parts.some((part) => ALWAYS_SKIPPED.has(part) || part.startsWith('.'));
    const matches = parts.some((_, i) => {
      const subpath = parts.slice(0, i + 1).join('/') + (i < parts.length - 1 ? '/' : '');
      return patterns.some((regex) => regex.test(subpath));
    });
    if (skipped || matches) excluded++;
    else files.push(local);
  }
  return { files, excluded, unusable };
}

// ---------------------------------------------------------------------------------------------
// Exit codes

export type MypyVerdict =
  | { kind: 'ok' }
  | { kind: 'failed'; reason: string }
  | { kind: 'syntax'; reason: string; errors: string[] };

/**
 * mypy exits 0 (no errors), 1 (errors) or 2 (a blocking error: bad config or arguments, a
 * duplicate module, a syntax error, a crash). The output must agree with the code.
 */
export function judgeMypyExit(
  result: Pick<ExecResult, 'exitCode' | 'stdout' | 'stderr'>,
  parsed: MypyParse,
): MypyVerdict {
  const { exitCode, stdout, stderr } = result;
  const text = `${stdout}\n${stderr}`;
  if (/INTERNAL ERROR|Traceback \(most recent call last\)/.test(text)) {
    return { kind: 'failed', reason: 'mypy crashed (INTERNAL ERROR)' };
  }
  const errors = parsed.findings.filter((finding) => finding.level === 'error');
  if (exitCode === 0) return { kind: 'ok' };
  if (exitCode === 1) {
    if (errors.length > 0 || parsed.fileErrors.length > 0 || parsed.outsideErrors > 0) {
      return { kind: 'ok' };
    }
    return { kind: 'failed', reason: 'mypy reported errors but printed none that could be read' };
  }
  if (exitCode === 2) {
    const syntax = errors.filter((finding) => finding.ruleId === 'mypy/syntax');
    const first = syntax[0];
    if (first) {
      const where = `${first.location.path}:${first.location.startLine}:${first.location.startColumn}`;
      return {
        kind: 'syntax',
        reason: `mypy stopped at a syntax error in ${where} and checked nothing else; fix it or exclude the file in mypy's config`,
        errors: syntax.map(
          (finding) =>
            `${finding.location.path}:${finding.location.startLine}:${finding.location.startColumn}: ${finding.message} [mypy/syntax]`,
        ),
      };
    }
    return { kind: 'failed', reason: 'mypy stopped with a blocking error' };
  }
  return { kind: 'failed', reason: `mypy exited with code ${exitCode}` };
}

// ---------------------------------------------------------------------------------------------
// The adapter

export interface MypyAdapterOptions {
  /**
   * Where mypy keeps its incremental cache: a folder, null to leave it to mypy (its default
   * `.mypy_cache` in the checked folder, MYPY_CACHE_DIR, or the project's `cache_dir`), or
   * undefined for: the project's `cache_dir` if it sets one, the container's cache under the
   * docker executor, else a folder under the OS temp dir keyed by the checked folder.
   */
  cacheDir?: string | null;
}

/** The default cache folder for a checked folder: under the OS temp dir, one per folder. */
export function defaultMypyCacheDir(root: string): string {
  const key = createHash('sha256').update(resolve(root)).digest('hex').slice(0, 16);
  return join(tmpdir(), 'pybp-mypy-cache', key);
}

export function createMypyAdapter(options: MypyAdapterOptions = {}): ToolAdapter {
  return {
    name: 'mypy',

    async run(context: ToolContext): Promise<ToolRun> {
      const { config, discovery, executor } = context;
      const python = filesOfKind(discovery, 'python');
      if (python.length === 0) return skipped('no Python files');
      const started = performance.now();
      const elapsed = (): number => Math.round(performance.now() - started);
      const timeoutMs = config.timeoutSeconds * 1000;

      const { missing: absent, version } = await askVersion(executor, 'mypy', config.root);
      if (absent) return missing();

      const mypyConfig = findMypyConfig(config.root, version);
      const notices = [...mypyConfig.problems];
      let chunks: string[][];
      if (mypyConfig.namesTargets) {
        chunks = [[]];
      } else {
        const targets = mypyTargets(
          python.map((file) => file.local),
          mypyConfig.exclude,
        );
        for (const pattern of targets.unusable) {
          notices.push(
            `mypy: the exclude pattern ${JSON.stringify(pattern)} could not be applied here; files it matches are checked`,
          );
        }
        if (targets.files.length === 0) {
          return skipped(
            `every Python file is excluded by mypy's config (${mypyConfig.file ?? 'exclude'})`,
            version,
          );
        }
        chunks = chunkArguments(targets.files.map(asToolArgument));
      }
      // The tools container sets MYPY_CACHE_DIR to its own cache mount; a --cache-dir here would
      // override it with a host path.
      const cacheDir =
        options.cacheDir !== undefined
          ? options.cacheDir
          : mypyConfig.setsCacheDir || executor.name === 'docker'
            ? null
            : defaultMypyCacheDir(config.root);
      const json = mypyHasJson(version);

      // The project's dependencies, when the pipeline installed them (src/deps/prepare.ts): mypy
      // reads that environment's packages. Waited for here, so the other tools do not wait.
      const dependencies = await dependencyEnvironmentOf(context);
      notices.push(...(dependencies?.notices ?? []));
      const pythonExecutable = dependencies?.pythonExecutable ?? null;
      const mypyCacheDir =
        cacheDir !== null && options.cacheDir === undefined && dependencies?.mypyCacheDir
          ? dependencies.mypyCacheDir
          : cacheDir;

      const findings = new Map<string, RawFinding>();
      const rules = new Map<string, Rule>();
      for (const chunk of chunks) {
        const result = await executor.run({
          command: 'mypy',
          args: mypyArgv(chunk, { json, cacheDir: mypyCacheDir, pythonExecutable }),
          cwd: config.root,
          timeoutMs,
        });
        if (result.missing) return missing();
        const problem = executionProblem(result, 'mypy', timeoutMs);
        if (problem) return failedRun('mypy', withExcerpt(problem, result), version, elapsed());
        const parsed = json
          ? parseMypyJson(result.stdout, config.root, config.base)
          : parseMypyText(result.stdout, config.root, config.base);
        const verdict = judgeMypyExit(result, parsed);
        if (verdict.kind === 'syntax') {
          return {
            ...failedRun('mypy', verdict.reason, version, elapsed()),
            notices: [...notices, ...verdict.errors],
          };
        }
        if (verdict.kind === 'failed')
          return failedRun('mypy', withExcerpt(verdict.reason, result), version, elapsed());
        for (const finding of parsed.findings) {
          const { path, startLine, startColumn } = finding.location;
          findings.set(
            `${path}\0${startLine}\0${startColumn}\0${finding.ruleId}\0${finding.message}`,
            finding,
          );
        }
        for (const rule of parsed.rules) rules.set(rule.id, rule);
        notices.push(...parsed.stray.slice(0, 10).map((line) => `mypy printed: ${line}`));
        notices.push(...stderrNotices(result.stderr));
      }

      // Errors in modules that the checked files import but that are not checked here
      // (excluded by pybp or .gitignore) are left out, as those files are.
      const checked = new Set(python.map((file) => file.path));
      const kept: RawFinding[] = [];
      let elsewhere = 0;
      for (const finding of findings.values()) {
        if (checked.has(finding.location.path) || finding.location.path.endsWith('.pyi'))
          kept.push(finding);
        else elsewhere++;
      }
      if (elsewhere > 0) {
        notices.push(
          `mypy: ${elsewhere} finding(s) in imported files outside the checked files were left out`,
        );
      }
      // Dependencies that could not be installed: notes on the lines that declare them.
      kept.push(...(dependencies?.findings ?? []));
      for (const rule of dependencies?.rules ?? []) rules.set(rule.id, rule);
      return {
        tool: 'mypy',
        version,
        status: 'ok',
        durationMs: elapsed(),
        findings: kept,
        rules: [...rules.values()],
        notices: [...new Set(notices)],
      };
    },

    importReport(text: string, context: ToolContext): ToolRun {
      const parsed = parseMypyOutput(text, context.config.root, context.config.base);
      if (parsed.findings.length === 0 && parsed.stray.length > 0) {
        return failedRun(
          'mypy',
          'the imported file is not mypy output (text with --show-column-numbers, or -O json)',
        );
      }
      return {
        tool: 'mypy',
        version: null,
        status: 'ok',
        durationMs: 0,
        findings: parsed.findings,
        rules: parsed.rules,
        notices: parsed.stray.slice(0, 20).map((line) => `mypy report: ${line}`),
      };
    },
  };
}

export const mypyAdapter: ToolAdapter = createMypyAdapter();

function skipped(reason: string, version: string | null = null): ToolRun {
  return { tool: 'mypy', version, status: 'skipped', durationMs: 0, findings: [], reason };
}

function missing(): ToolRun {
  return {
    tool: 'mypy',
    version: null,
    status: 'missing',
    durationMs: 0,
    findings: [],
    reason: 'mypy is not installed (not found on PATH)',
  };
}

function withExcerpt(reason: string, result: ExecResult): string {
  const excerpt = outputExcerpt(result);
  return excerpt ? `${reason}: ${excerpt}` : reason;
}

/** Config complaints mypy prints on stderr without stopping (unknown options and the like). */
function stderrNotices(stderr: string): string[] {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const shown = lines.slice(0, 5).map((line) => `mypy warned: ${line}`);
  if (lines.length > 5) shown.push(`mypy warned: … and ${lines.length - 5} more line(s)`);
  return shown;
}
