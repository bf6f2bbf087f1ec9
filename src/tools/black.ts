/**
 * black, through `black --check --diff --no-color`: the unified diff on stdout becomes one
 * `black/format` finding per hunk, on the original lines it changes, with black's new text as the
 * fix; stderr says which files would be reformatted and which could not be parsed.
 *
 * What black checks is decided the way the project decided it. black finds its config
 * (`[tool.black]` in pyproject.toml) from the files it is given, so we pass the discovered files.
 * But black applies `exclude` / `extend-exclude` only to its own directory walk (files named on
 * the command line are always checked, `force-exclude` aside), so we apply those patterns, as
 * `black .` from the checked folder would, before passing the files.
 *
 * Exit codes: 0 nothing to change, 1 something to reformat, 123 some file failed (a file black
 * cannot parse: `error: cannot format X: Cannot parse: L:C: …`, reported as `black/parse-error`
 * while the other files count as checked). Anything else, or a traceback, is a failed run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { filesOfKind } from '../discover.js';
import { executionProblem, outputExcerpt, type ExecResult } from '../exec/executor.js';
import type { Fix, RawFinding, ToolRun } from '../model.js';
import { asToolArgument, repoRelative, toPosix } from '../paths.js';
import { blackRule } from '../rules/tool-rules.js';
import { readSource } from '../source-text.js';
import { askVersion, failedRun, type ToolAdapter, type ToolContext } from './adapter.js';
import { chunkArguments } from './chunks.js';
import { versionAtLeast } from './mypy.js';
import { pythonRegex, searchNonEmpty } from './python-regex.js';

export function blackArgv(files: readonly string[], configFile: string | null = null): string[] {
  const args = ['--check', '--diff', '--no-color'];
  if (configFile) args.push('--config', configFile);
  args.push('--', ...files.map(asToolArgument));
  return args;
}

// ---------------------------------------------------------------------------------------------
// Reading the output

export interface BlackParseOptions {
  /**
   * The text of a reported file (repo-relative path), used only when a file holds characters
   * that Python's `str.splitlines()` treats as line breaks but editors do not (form feed, …):
   * black's line numbers count those, ours do not.
   */
  sourceOf?: (path: string) => string | null;
}

export interface BlackParse {
  findings: RawFinding[];
  /** Files black would reformat (repo-relative). */
  reformat: string[];
  notices: string[];
  /** Why the output cannot be trusted, or null. */
  problem: string | null;
}

interface HunkLine {
  kind: ' ' | '-' | '+';
  text: string;
  /** Black's (splitlines) line number on the old side, for ' ' and '-'. */
  old: number | null;
  /** The line had no newline after it (`\ No newline at end of file` followed it). */
  noNewline: boolean;
}

interface Hunk {
  path: string;
  lines: HunkLine[];
  /** black wrote the diff with the file's CRLF line ends. */
  crlf: boolean;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const CANNOT_PARSE =
  /^error: cannot format (.+): (Cannot parse(?: for target version ([^:]+))?: (\d+):(\d+): ?(.*))$/;
const CANNOT_FORMAT = /^error: cannot format (.+?): (.*)$/;
const WOULD_REFORMAT = /^would reformat (.+)$/;
const REPORT_LINE =
  /^(All done!|Oh no!|\d+ files? (would be|were|would fail|failed)|\d+ files? would be left unchanged|\d+ files? left unchanged)/;

/**
 * Reads `black --check --diff` output. `root` is where black ran; paths are made relative to
 * `base`. The diff headers (`--- PATH\tTIMESTAMP`) name files as black was given them — relative
 * to `root`, or absolute as black 23 prints them for a folder argument; the timestamp after the
 * tab comes in several forms across versions (`… +0000`, `…+00:00`) and is not read.
 */
export function parseBlackDiff(
  stdout: string,
  stderr: string,
  exitCode: number | null,
  root: string,
  base: string,
  options: BlackParseOptions = {},
): BlackParse {
  const notices: string[] = [];
  const findings: RawFinding[] = [];
  const hunks = readHunks(stdout, root, base, notices);
  const withHunks = new Set<string>();
  const lineMaps = new Map<string, LineMap | null>();
  for (const hunk of hunks) {
    withHunks.add(hunk.path);
    if (!lineMaps.has(hunk.path))
      lineMaps.set(hunk.path, lineMapFor(options.sourceOf?.(hunk.path) ?? null));
    const finding = hunkFinding(hunk, lineMaps.get(hunk.path) ?? null);
    if (finding) findings.push(finding);
  }

  const reformat: string[] = [];
  const failures: string[] = [];
  const unknown: string[] = [];
  let crashed = false;
  for (const rawLine of stderr.split('\n')) {
    const line = rawLine.replace(/\r$/, '').trim();
    if (!line) continue;
    if (/^Traceback \(most recent call last\)/.test(line)) crashed = true;
    const parseError = CANNOT_PARSE.exec(line);
    const cannot = parseError ?? CANNOT_FORMAT.exec(line);
    const reformatted = WOULD_REFORMAT.exec(line);
    if (cannot) {
      const path = repoRelative(base, cannot[1] ?? '', root);
      failures.push(line);
      if (path === null) {
        notices.push(`black: a file outside the checked folder was ignored: ${cannot[1]}`);
      } else if (parseError) {
        findings.push(parseErrorFinding(path, parseError));
      } else {
        notices.push(`black could not check ${path}: ${cannot[2]}`);
      }
    } else if (reformatted) {
      const path = repoRelative(base, reformatted[1] ?? '', root);
      if (path !== null) reformat.push(path);
    } else if (!REPORT_LINE.test(line)) {
      // black's warnings; other chatter (`verbose = true` in the config) is not news.
      if (/^(warning|error)\b/i.test(line)) unknown.push(line);
    }
  }
  // A file black says it would reformat but printed no diff for still gets a finding.
  for (const path of reformat) {
    if (withHunks.has(path)) continue;
    findings.push({
      tool: 'black',
      ruleId: 'black/format',
      level: 'warning',
      message: 'Black would reformat this file (it printed no diff for it); run black on it.',
      location: { path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
    });
  }

  let problem: string | null = null;
  if (crashed) problem = 'black crashed';
  else if (exitCode === 0) problem = null;
  else if (exitCode === 1) {
    if (hunks.length === 0 && reformat.length === 0)
      problem = 'black exited with 1 but named no file to reformat';
  } else if (exitCode === 123) {
    if (failures.length === 0)
      problem = 'black reported an error (exit 123) but named no file it could not format';
  } else {
    problem = `black exited with code ${exitCode}`;
  }
  if (!problem && unknown.length > 0) {
    notices.push(...unknown.slice(0, 5).map((line) => `black printed: ${line}`));
  }
  return { findings, reformat, notices, problem };
}

function readHunks(stdout: string, root: string, base: string, notices: string[]): Hunk[] {
  const hunks: Hunk[] = [];
  const rawLines = stdout.split('\n');
  const lines = rawLines.map((line) => line.replace(/\r$/, ''));
  let path: string | null = null;
  let skipFile = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('--- ') && (lines[i + 1] ?? '').startsWith('+++ ')) {
      const name = headerPath(line.slice(4));
      i++;
      if (/:cell_\d+$/.test(name)) {
        // A notebook cell (black's ipynb diff); its lines are not the file's lines.
        path = null;
        skipFile = true;
        continue;
      }
      path = repoRelative(base, name, root);
      skipFile = path === null;
      if (path === null)
        notices.push(`black: a file outside the checked folder was ignored: ${name}`);
      continue;
    }
    const header = HUNK_HEADER.exec(line);
    if (!header) continue;
    let oldLeft = header[2] === undefined ? 1 : Number(header[2]);
    let newLeft = header[4] === undefined ? 1 : Number(header[4]);
    let oldLine = Number(header[1]);
    if (oldLeft === 0) oldLine += 1;
    const hunk: Hunk = { path: path ?? '', lines: [], crlf: (rawLines[i] ?? '').endsWith('\r') };
    while ((oldLeft > 0 || newLeft > 0) && i + 1 < lines.length) {
      const next = lines[i + 1] ?? '';
      if (next.startsWith('\\')) {
        // `\ No newline at end of file`: the line before it had no newline.
        const last = hunk.lines[hunk.lines.length - 1];
        if (last) last.noNewline = true;
        i++;
        continue;
      }
      const kind = next[0];
      if (kind !== ' ' && kind !== '-' && kind !== '+' && next !== '') break;
      i++;
      const text = next.slice(1);
      if (kind === '+') {
        hunk.lines.push({ kind: '+', text, old: null, noNewline: false });
        newLeft--;
      } else {
        // An empty diff line is an empty context line whose leading space was lost.
        hunk.lines.push({ kind: kind === '-' ? '-' : ' ', text, old: oldLine, noNewline: false });
        oldLine++;
        oldLeft--;
        if (kind !== '-') newLeft--;
      }
    }
    if ((lines[i + 1] ?? '').startsWith('\\')) {
      const last = hunk.lines[hunk.lines.length - 1];
      if (last) last.noNewline = true;
      i++;
    }
    if (!skipFile && path !== null) hunks.push(hunk);
  }
  return hunks;
}

/** `PATH<TAB>TIMESTAMP` → PATH (a header without a tab is all path). */
function headerPath(rest: string): string {
  const tab = rest.lastIndexOf('\t');
  return tab >= 0 ? rest.slice(0, tab) : rest;
}

function hunkFinding(hunk: Hunk, lineMap: LineMap | null): RawFinding | null {
  const lines = hunk.lines;
  const changed = lines.flatMap((line, index) => (line.kind === ' ' ? [] : [index]));
  const firstChanged = changed[0];
  const lastChanged = changed[changed.length - 1];
  if (firstChanged === undefined || lastChanged === undefined) return null;
  let from = firstChanged;
  let to = lastChanged;
  const removed = lines.slice(from, to + 1).filter((line) => line.kind === '-');
  const added = lines.slice(from, to + 1).filter((line) => line.kind === '+');
  // A pure insertion or deletion is anchored to a neighbouring context line, so the fix
  // replaces whole lines with whole lines.
  let anchoredBefore = false;
  if (removed.length === 0 || added.length === 0) {
    if (from > 0 && lines[from - 1]?.kind === ' ') {
      from--;
      anchoredBefore = true;
    } else if (lines[to + 1]?.kind === ' ') {
      to++;
    }
  }
  const region = lines.slice(from, to + 1);
  const oldSide = region.filter((line) => line.kind !== '+');
  const newSide = region.filter((line) => line.kind !== '-');
  const shown = removed.length > 0 ? removed : oldSide;
  const firstShown = shown[0];
  const lastShown = shown[shown.length - 1];
  if (!firstShown || !lastShown || firstShown.old === null || lastShown.old === null) return null;

  const map = (line: number): number => (lineMap ? (lineMap.physical[line - 1] ?? line) : line);
  const startLine = map(firstShown.old);
  const endLine = map(lastShown.old);
  const endColumn = Math.max(lastShown.text.length + 1, startLine === endLine ? 2 : 1);
  const span = startLine === endLine ? `line ${startLine}` : `lines ${startLine}–${endLine}`;
  let message: string;
  if (removed.length > 0 && added.length > 0) {
    message = `Black would reformat ${span}`;
  } else if (removed.length > 0) {
    message = `Black would remove ${span}`;
  } else {
    const count = added.length === 1 ? '1 line' : `${added.length} lines`;
    message = anchoredBefore
      ? `Black would add ${count} after line ${startLine}`
      : `Black would add ${count} before line ${endLine}`;
  }
  message += '; run black on this file.';

  const finding: RawFinding = {
    tool: 'black',
    ruleId: 'black/format',
    level: 'warning',
    message,
    location: { path: hunk.path, startLine, startColumn: 1, endLine, endColumn },
  };
  const fix = regionFix(oldSide, newSide, lineMap, hunk.crlf, span);
  if (fix) finding.fix = fix;
  return finding;
}

/** Black's text for the region as a whole-line replacement, when lines map one to one. */
function regionFix(
  oldSide: HunkLine[],
  newSide: HunkLine[],
  lineMap: LineMap | null,
  crlf: boolean,
  span: string,
): Fix | null {
  const first = oldSide[0];
  const last = oldSide[oldSide.length - 1];
  if (!first || !last || first.old === null || last.old === null) return null;
  let startLine = first.old;
  let endLine = last.old;
  if (lineMap) {
    // Where a form feed (or the like) splits a line for black, black's lines are not whole
    // lines of the file: no fix there.
    for (let line = first.old; line <= last.old; line++) {
      if (lineMap.split.has(line)) return null;
    }
    startLine = lineMap.physical[first.old - 1] ?? startLine;
    endLine = lineMap.physical[last.old - 1] ?? endLine;
  }
  // A line without a newline inside the region: black split a file line there.
  const splitInside = (side: HunkLine[]): boolean =>
    side.some((line, index) => line.noNewline && index < side.length - 1);
  if (splitInside(oldSide) || splitInside(newSide)) return null;
  const newline = crlf ? '\r\n' : '\n';
  let text = newSide.map((line) => line.text).join(newline);
  // The region ends before the newline of its last line. A last line that had none gets one.
  const newLast = newSide[newSide.length - 1];
  if (last.noNewline && newLast && !newLast.noNewline) text += newline;
  else if (!last.noNewline && newLast?.noNewline) return null;
  return { description: `Format ${span} as black does`, startLine, endLine, text };
}

function parseErrorFinding(path: string, match: RegExpExecArray): RawFinding {
  const line = Math.max(1, Number(match[4]));
  // blib2to3 columns are 0-based.
  const column = Math.max(0, Number(match[5])) + 1;
  const target = match[3] ? ` for ${match[3]}` : '';
  return {
    tool: 'black',
    ruleId: 'black/parse-error',
    level: 'error',
    message: `Black cannot parse this file${target} (line ${line}, column ${column}), so its formatting is not checked; fix the syntax error.`,
    location: { path, startLine: line, startColumn: column, endLine: line, endColumn: column + 1 },
  };
}

/**
 * Black numbers lines the way Python's `str.splitlines()` splits them: besides newlines, also at
 * \v, \f, \x1c–\x1e, \x85, \u2028 and \u2029. `physical[n - 1]` is the file line of black's line n;
 * `split` holds black's lines that share a file line with another.
 */
interface LineMap {
  physical: number[];
  split: Set<number>;
}

// These control characters are exactly the ones `str.splitlines()` breaks at.
// eslint-disable-next-line no-control-regex
const EXTRA_BREAKS = /[\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

export function lineMapFor(text: string | null): LineMap | null {
  if (text === null || !EXTRA_BREAKS.test(text)) return null;
  const normalised = text.replace(/\r\n?/g, '\n');
  const physical: number[] = [];
  const split = new Set<number>();
  let line = 1;
  let start = 0;
  let piecesOnLine = 0;
  for (let i = 0; i < normalised.length; i++) {
    const char = normalised[i] ?? '';
    if (char === '\n' || EXTRA_BREAKS.test(char)) {
      physical.push(line);
      piecesOnLine++;
      if (char === '\n') {
        if (piecesOnLine > 1) for (let k = 0; k < piecesOnLine; k++) split.add(physical.length - k);
        line++;
        piecesOnLine = 0;
      }
      start = i + 1;
    }
  }
  if (start < normalised.length) {
    physical.push(line);
    piecesOnLine++;
  }
  if (piecesOnLine > 1) for (let k = 0; k < piecesOnLine; k++) split.add(physical.length - k);
  return { physical, split };
}

// ---------------------------------------------------------------------------------------------
// The project's black config

export interface BlackConfig {
  /** black's project root: where it looks for pyproject.toml, and what its patterns see. */
  projectRoot: string;
  /** The pyproject.toml black reads, if it holds a [tool.black] table. */
  file: string | null;
  include: string | null;
  exclude: string | null;
  extendExclude: string | null;
  forceExclude: string | null;
  problems: string[];
}

/** black's DEFAULT_EXCLUDES (black 23–24), used when the config sets no `exclude`. */
export const BLACK_DEFAULT_EXCLUDES =
  '/(\\.direnv|\\.eggs|\\.git|\\.hg|\\.mypy_cache|\\.nox|\\.tox|\\.venv|venv|\\.svn|\\.ipynb_checkpoints|_build|buck-out|build|dist|__pypackages__)/';

/**
 * black's project root for these files (black's `find_project_root`): from their deepest common
 * folder upwards, the first holding `.git`, `.hg` or a pyproject.toml — since black 24.2 only a
 * pyproject.toml with a [tool.black] table counts.
 */
export function findBlackProjectRoot(
  absoluteFiles: readonly string[],
  version: string | null,
): string {
  const needsTable = version === null || versionAtLeast(version, [24, 2]);
  let common = absoluteFiles.length > 0 ? dirname(resolve(absoluteFiles[0] ?? '.')) : resolve('.');
  for (const file of absoluteFiles.slice(1)) {
    const dir = dirname(resolve(file));
    while (common !== dirname(common) && !isWithin(dir, common)) common = dirname(common);
  }
  for (let dir = common; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (isDirectory(join(dir, '.hg'))) return dir;
    const pyproject = join(dir, 'pyproject.toml');
    if (isFile(pyproject) && (!needsTable || blackTable(pyproject) !== undefined)) return dir;
    if (dir === dirname(dir)) return dir;
  }
}

export function readBlackConfig(projectRoot: string): BlackConfig {
  const config: BlackConfig = {
    projectRoot,
    file: null,
    include: null,
    exclude: null,
    extendExclude: null,
    forceExclude: null,
    problems: [],
  };
  const pyproject = join(projectRoot, 'pyproject.toml');
  if (!isFile(pyproject)) return config;
  let table: Record<string, unknown> | undefined;
  try {
    table = blackTable(pyproject);
  } catch (error) {
    config.problems.push(
      `black: ${pyproject} is not valid TOML: ${(error as Error).message.split('\n')[0]}`,
    );
    return config;
  }
  if (!table) return config;
  config.file = pyproject;
  const text = (key: string): string | null => {
    const value = table?.[key] ?? table?.[key.replace(/_/g, '-')];
    return typeof value === 'string' && value !== '' ? value : null;
  };
  config.include = text('include');
  config.exclude = text('exclude');
  config.extendExclude = text('extend_exclude');
  config.forceExclude = text('force_exclude');
  return config;
}

function blackTable(pyproject: string): Record<string, unknown> | undefined {
  const document = parseToml(readFileSync(pyproject, 'utf8')) as Record<string, unknown>;
  const tool = document.tool as Record<string, unknown> | undefined;
  const black = tool?.black;
  return typeof black === 'object' && black !== null
    ? (black as Record<string, unknown>)
    : undefined;
}

export interface BlackTargets {
  /** Paths relative to the checked folder. */
  files: string[];
  excluded: number;
  unusable: string[];
}

/**
 * The discovered files `black .` from the checked folder would check: each folder below it and
 * the file itself, as `/path/relative/to/project/root` (folders with a trailing `/`), must not
 * match `exclude` (or black's defaults), `extend-exclude` or `force-exclude`, and the file must
 * match `include` when one is set.
 */
export function blackTargets(
  root: string,
  localPaths: readonly string[],
  config: BlackConfig,
): BlackTargets {
  const unusable: string[] = [];
  const compile = (pattern: string | null): RegExp | null => {
    if (pattern === null) return null;
    const regex = pythonRegex(pattern, { verbose: pattern.includes('\n') });
    if (!regex) unusable.push(pattern);
    return regex;
  };
  const excludes = [
    compile(config.exclude ?? BLACK_DEFAULT_EXCLUDES),
    compile(config.extendExclude),
    compile(config.forceExclude),
  ].filter((regex): regex is RegExp => regex !== null);
  const include = compile(config.include);
  const files: string[] = [];
  let excluded = 0;
  for (const local of localPaths) {
    const parts = local.split('/');
    let skip = false;
    for (let i = 0; i < parts.length && !skip; i++) {
      const isFile = i === parts.length - 1;
      const absolute = join(root, ...parts.slice(0, i + 1));
      const rel = toPosix(relative(config.projectRoot, absolute));
      if (rel === '' || rel.startsWith('..')) continue;
      const normalised = `/${rel}${isFile ? '' : '/'}`;
      if (excludes.some((regex) => searchNonEmpty(regex, normalised))) skip = true;
      else if (isFile && include && !include.test(normalised)) skip = true;
    }
    if (skip) excluded++;
    else files.push(local);
  }
  return { files, excluded, unusable };
}

function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// The adapter

export const blackAdapter: ToolAdapter = {
  name: 'black',

  async run(context: ToolContext): Promise<ToolRun> {
    const { config, discovery, executor } = context;
    const python = filesOfKind(discovery, 'python');
    if (python.length === 0) return skipped('no Python files');
    const started = performance.now();
    const elapsed = (): number => Math.round(performance.now() - started);
    const timeoutMs = config.timeoutSeconds * 1000;

    const { missing: absent, version } = await askVersion(executor, 'black', config.root);
    if (absent) return missing();

    const projectRoot = findBlackProjectRoot(
      python.map((file) => file.absolute),
      version,
    );
    const blackConfig = readBlackConfig(projectRoot);
    const notices = [...blackConfig.problems];
    const targets = blackTargets(
      config.root,
      python.map((file) => file.local),
      blackConfig,
    );
    for (const pattern of targets.unusable) {
      notices.push(
        `black: the pattern ${JSON.stringify(pattern)} could not be applied here; files it matches are checked`,
      );
    }
    if (targets.files.length === 0) {
      return skipped(
        `every Python file is excluded by black's config (${blackConfig.file ?? 'exclude'})`,
        version,
      );
    }
    const chunks = chunkArguments(targets.files.map(asToolArgument));
    // Each run finds its own project root from its files; with several runs, name the config.
    const configFile = chunks.length > 1 ? blackConfig.file : null;
    const sourceOf = (path: string): string | null => {
      const source = readSource(join(config.base, path));
      return source.ok ? source.text : null;
    };

    const findings: RawFinding[] = [];
    for (const chunk of chunks) {
      const result = await executor.run({
        command: 'black',
        args: blackArgv(chunk, configFile),
        cwd: config.root,
        timeoutMs,
      });
      if (result.missing) return missing();
      const problem = executionProblem(result, 'black', timeoutMs);
      if (problem) return failedRun('black', withExcerpt(problem, result), version, elapsed());
      const parsed = parseBlackDiff(
        result.stdout,
        result.stderr,
        result.exitCode,
        config.root,
        config.base,
        { sourceOf },
      );
      if (parsed.problem)
        return failedRun('black', withExcerpt(parsed.problem, result), version, elapsed());
      findings.push(...parsed.findings);
      notices.push(...parsed.notices);
    }
    const ruleIds = new Set(findings.map((finding) => finding.ruleId));
    return {
      tool: 'black',
      version,
      status: 'ok',
      durationMs: elapsed(),
      findings,
      rules: [...ruleIds].map((id) =>
        blackRule(id === 'black/parse-error' ? 'parse-error' : 'format'),
      ),
      notices,
    };
  },

  importReport(text: string, context: ToolContext): ToolRun {
    const { root, base } = context.config;
    const sourceOf = (path: string): string | null => {
      const source = readSource(join(base, path));
      return source.ok ? source.text : null;
    };
    // A saved report is the diff (stdout); exit 0 keeps the exit-code checks out of it.
    const parsed = parseBlackDiff(text, '', 0, root, base, { sourceOf });
    if (parsed.findings.length === 0 && text.trim() !== '' && !/^(---|\+\+\+|@@)/m.test(text)) {
      return failedRun('black', 'the imported file is not the diff of `black --check --diff`');
    }
    const ruleIds = new Set(parsed.findings.map((finding) => finding.ruleId));
    return {
      tool: 'black',
      version: null,
      status: 'ok',
      durationMs: 0,
      findings: parsed.findings,
      rules: [...ruleIds].map((id) =>
        blackRule(id === 'black/parse-error' ? 'parse-error' : 'format'),
      ),
      notices: parsed.notices,
    };
  },
};

function skipped(reason: string, version: string | null = null): ToolRun {
  return { tool: 'black', version, status: 'skipped', durationMs: 0, findings: [], reason };
}

function missing(): ToolRun {
  return {
    tool: 'black',
    version: null,
    status: 'missing',
    durationMs: 0,
    findings: [],
    reason: 'black is not installed (not found on PATH)',
  };
}

function withExcerpt(reason: string, result: ExecResult): string {
  const excerpt = outputExcerpt(result);
  return excerpt ? `${reason}: ${excerpt}` : reason;
}
