/**
 * Changed-line scope: which files and lines a pull request (or a push, or `--changed-since REF`)
 * changed, and which findings fall on them. A finding counts as on changed lines only when every
 * line it spans was added or modified — GitHub's own rule for showing an alert in a pull request.
 *
 * The diff runs from where the base and HEAD meet (`git merge-base`, as `BASE...HEAD` does) to
 * the working tree the findings were computed from; on CI that tree is HEAD. A base that is not
 * in a shallow clone is fetched; when that is impossible the check fails with the fix, never by
 * quietly checking nothing.
 */
import { realpathSync } from 'node:fs';
import { relative } from 'node:path';
import { ConfigError } from '../config.js';
import type { ExecResult, Executor } from '../exec/executor.js';
import { executionProblem, outputExcerpt } from '../exec/executor.js';
import type { Finding } from '../model.js';
import { toPosix } from '../paths.js';
import { count } from '../count.js';

export type Scope = 'all' | 'changed-files' | 'changed-lines';
export const SCOPES: readonly Scope[] = ['all', 'changed-files', 'changed-lines'];

export type ChangeStatus = 'added' | 'modified' | 'renamed' | 'copied' | 'deleted' | 'untracked';

/** 1-based, inclusive. */
export type LineRange = readonly [start: number, end: number];

export interface ChangedLines {
  status: ChangeStatus;
  /** The path before a rename or copy. */
  oldPath?: string;
  binary: boolean;
  /** Lines of the new file that were added or modified: sorted, merged, never touching. */
  ranges: LineRange[];
  /** Every line counts as changed: a file git does not track yet. */
  wholeFile: boolean;
}

/**
 * Files changed by a unified diff as git prints it (`a/` and `b/` prefixes), keyed by the new
 * path — the old path for a deleted file. Paths are as git names them: relative to its top level.
 */
export function parseUnifiedDiff(text: string): Map<string, ChangedLines> {
  const files = new Map<string, ChangedLines>();
  const lines = text.split('\n');
  let index = 0;
  while (index < lines.length) {
    const line = withoutCr(lines[index] ?? '');
    index++;
    if (!line.startsWith('diff --git ')) continue;

    const header = gitHeaderPaths(line.slice('diff --git '.length));
    let oldPath: string | null | undefined;
    let newPath: string | null | undefined;
    let renamedFrom: string | undefined;
    let renamedTo: string | undefined;
    let status: ChangeStatus = 'modified';
    let binary = false;
    const added: number[] = [];
    while (index < lines.length) {
      const raw = lines[index] ?? '';
      const current = withoutCr(raw);
      if (current.startsWith('diff --git ')) break;
      index++;
      if (current.startsWith('@@')) {
        const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(current);
        if (!hunk) continue;
        // The body is read by count, so a removed line reading `-- x` (shown as `--- x`) or an
        // added `diff --git …` line is never taken for a header.
        let oldLeft = Number(hunk[1] ?? '1');
        let newLeft = Number(hunk[3] ?? '1');
        let newLine = Number(hunk[2]);
        while ((oldLeft > 0 || newLeft > 0) && index < lines.length) {
          const body = lines[index] ?? '';
          index++;
          const mark = body[0];
          if (mark === '\\') continue; // "\ No newline at end of file"
          if (mark === '+') {
            added.push(newLine++);
            newLeft--;
          } else if (mark === '-') {
            oldLeft--;
          } else {
            newLine++;
            newLeft--;
            oldLeft--;
          }
        }
      } else if (current.startsWith('--- ')) {
        oldPath = patchPath(current.slice(4), 'a/');
      } else if (current.startsWith('+++ ')) {
        newPath = patchPath(current.slice(4), 'b/');
      } else if (current.startsWith('new file mode')) {
        status = 'added';
      } else if (current.startsWith('deleted file mode')) {
        status = 'deleted';
      } else if (current.startsWith('rename from ') || current.startsWith('copy from ')) {
        status = current.startsWith('rename') ? 'renamed' : 'copied';
        renamedFrom = unquoted(current.slice(current.indexOf(' from ') + 6));
      } else if (current.startsWith('rename to ') || current.startsWith('copy to ')) {
        renamedTo = unquoted(current.slice(current.indexOf(' to ') + 4));
      } else if (/^Binary files .* differ$/.test(current) || current === 'GIT binary patch') {
        binary = true;
      }
    }

    const before = oldPath ?? renamedFrom ?? header?.[0];
    const after = newPath === null ? null : (newPath ?? renamedTo ?? header?.[1]);
    if (after === null || status === 'deleted') {
      if (before) files.set(before, { status: 'deleted', binary, ranges: [], wholeFile: false });
      continue;
    }
    if (!after) continue; // A header this parser cannot read: leave it out rather than guess.
    const entry: ChangedLines = { status, binary, ranges: toRanges(added), wholeFile: false };
    if ((status === 'renamed' || status === 'copied') && before && before !== after)
      entry.oldPath = before;
    files.set(after, entry);
  }
  return files;
}

/** True when every line from `startLine` to `endLine` was added or modified. */
export function linesChanged(changed: ChangedLines, startLine: number, endLine: number): boolean {
  if (changed.status === 'deleted') return false;
  if (changed.wholeFile) return true;
  const last = Math.max(startLine, endLine);
  return changed.ranges.some(([start, end]) => start <= startLine && last <= end);
}

/** Is this finding on changed lines (all of its lines)? For ordering annotations, too. */
export function onChangedLines(
  finding: Finding,
  changed: ReadonlyMap<string, ChangedLines>,
): boolean {
  const entry = changed.get(finding.location.path);
  return (
    entry !== undefined && linesChanged(entry, finding.location.startLine, finding.location.endLine)
  );
}

export interface ScopeResult {
  /** The findings in scope, in their order (suppressed ones included when in scope). */
  findings: Finding[];
  /** Findings in scope that are not suppressed. */
  kept: number;
  /** Findings out of scope that are not suppressed: left out of every report and of the gate. */
  leftOut: number;
}

/**
 * The findings a scope keeps: `changed-files` — on a changed (not deleted) file;
 * `changed-lines` — every line of the finding added or modified. `changed` null means there was
 * no base to compare with: every file counts as changed.
 */
export function filterByScope(
  findings: readonly Finding[],
  changed: ReadonlyMap<string, ChangedLines> | null,
  scope: Scope,
): ScopeResult {
  const inScope = (finding: Finding): boolean => {
    if (scope === 'all' || changed === null) return true;
    const entry = changed.get(finding.location.path);
    if (!entry || entry.status === 'deleted') return false;
    return (
      scope === 'changed-files' ||
      linesChanged(entry, finding.location.startLine, finding.location.endLine)
    );
  };
  const kept: Finding[] = [];
  let shown = 0;
  let leftOut = 0;
  for (const finding of findings) {
    const counts = finding.state !== 'suppressed';
    if (inScope(finding)) {
      kept.push(finding);
      if (counts) shown++;
    } else if (counts) {
      leftOut++;
    }
  }
  return { findings: kept, kept: shown, leftOut };
}

/** One sentence for the summary and the text report about what a scope left out. */
export function scopeNotice(scope: Scope, result: ScopeResult): string | null {
  if (scope === 'all' || result.leftOut === 0) return null;
  const where =
    scope === 'changed-files' ? 'in files this change did not touch' : 'outside the changed lines';
  return `${count(result.leftOut, 'finding')} ${where} ${result.leftOut === 1 ? 'was' : 'were'} left out (scope: ${scope}); run with scope all to see them.`;
}

// ── Which base ──────────────────────────────────────────────────────────────────────────────

export interface BaseRequest {
  /** GITHUB_EVENT_NAME, when running on GitHub. */
  eventName?: string | undefined;
  /** The parsed JSON of GITHUB_EVENT_PATH. */
  eventPayload?: unknown;
  /** `--changed-since REF` / the `changed-since` input: wins over the event. */
  changedSince?: string | undefined;
}

export interface ResolvedBase {
  /** The commit or ref to compare with; null: nothing to compare with, every file counts. */
  base: string | null;
  /** The commit the change ends at, for messages; `HEAD` when only the checkout knows. */
  head: string;
  /** Which range is used and why, in one sentence a person reads in the summary. */
  description: string;
  /** Things to warn about (a pull_request_target run that may be looking at the base branch). */
  notices: string[];
}

const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

/** Decides what to compare with: an explicit REF, else the pull request's base, else the push. */
export function resolveBase(request: BaseRequest): ResolvedBase {
  const explicit = request.changedSince?.trim();
  if (explicit) {
    checkRevision(explicit, 'changed-since');
    return {
      base: explicit,
      head: 'HEAD',
      description: `changes since ${explicit}`,
      notices: [],
    };
  }
  const event = request.eventName?.trim();
  const payload = isRecord(request.eventPayload) ? request.eventPayload : {};
  if (!event) {
    throw new ConfigError(
      'the changed-files and changed-lines scopes need something to compare with: ' +
        'pass --changed-since REF (a branch, tag or commit), or run on a pull_request or push event',
      undefined,
      'changed-since',
    );
  }
  if (PULL_REQUEST_EVENTS.has(event)) {
    const pull = record(payload['pull_request']);
    const base = record(pull['base']);
    const sha = commitId(base['sha']);
    if (!sha) {
      throw new ConfigError(
        `the ${event} event has no pull_request.base.sha to compare with; ` +
          'set changed-since to the base branch instead',
        undefined,
        'changed-since',
      );
    }
    const number = typeof pull['number'] === 'number' ? ` #${pull['number']}` : '';
    const branch = typeof base['ref'] === 'string' ? `${base['ref']} ` : '';
    const notices =
      event === 'pull_request_target'
        ? [
            'pull_request_target checks out the base branch unless the workflow checks out the ' +
              "pull request's head; without that there are no changed lines to check",
          ]
        : [];
    return {
      base: sha,
      head: commitId(record(pull['head'])['sha']) ?? 'HEAD',
      description: `pull request${number}: changes against its base branch ${branch}(${short(sha)})`,
      notices,
    };
  }
  if (event === 'merge_group') {
    const group = record(payload['merge_group']);
    const sha = commitId(group['base_sha']);
    if (sha) {
      return {
        base: sha,
        head: commitId(group['head_sha']) ?? 'HEAD',
        description: `merge queue: changes against ${short(sha)}`,
        notices: [],
      };
    }
  }
  if (event === 'push') {
    const before = commitId(payload['before']);
    const after = commitId(payload['after']) ?? 'HEAD';
    const ref = typeof payload['ref'] === 'string' ? payload['ref'] : '';
    const branch = ref.replace(/^refs\/(heads|tags)\//, '') || 'the branch';
    if (before && !/^0+$/.test(before)) {
      const forced = payload['forced'] === true ? ' (a forced push: from where both meet)' : '';
      return {
        base: before,
        head: after,
        description: `push to ${branch}: changes from ${short(before)} to ${short(after)}${forced}`,
        notices: [],
      };
    }
    const repository = record(payload['repository']);
    const defaultBranch =
      typeof repository['default_branch'] === 'string' ? repository['default_branch'] : '';
    if (
      defaultBranch &&
      ref !== `refs/heads/${defaultBranch}` &&
      isSafeRevision(`origin/${defaultBranch}`)
    ) {
      return {
        base: `origin/${defaultBranch}`,
        head: after,
        description:
          `push of the new branch ${branch}: no earlier commit to compare with, so changes ` +
          `since it left the default branch origin/${defaultBranch}`,
        notices: [],
      };
    }
    return {
      base: null,
      head: after,
      description: `first push of ${branch}: no earlier commit to compare with, so every file counts as changed`,
      notices: [],
    };
  }
  return {
    base: null,
    head: 'HEAD',
    description:
      `a ${event} event has no change to compare with, so every file counts as changed ` +
      '(set changed-since to compare with a branch)',
    notices: [],
  };
}

// ── Asking git ──────────────────────────────────────────────────────────────────────────────

export interface ChangedFiles {
  /** Paths relative to `root` (POSIX) → what changed there. */
  files: Map<string, ChangedLines>;
  /** The commit the working tree was compared with: where the base and HEAD meet. */
  from: string;
  /** Which range was used, for the summary. */
  description: string;
  /** Things done on the way (the base commit was fetched). */
  notices: string[];
}

export interface GitOptions {
  /** Per git command; a fetch gets five times as long. */
  timeoutMs?: number;
  /** Fetch a base commit the clone lacks (default true). */
  fetch?: boolean;
}

const FIX_CHECKOUT =
  'check out the full history (actions/checkout with `fetch-depth: 0`), or fetch the base ' +
  'commit before pybp runs';

/**
 * The lines changed between where `base` and HEAD meet and the working tree of the git checkout
 * at `root` (the repository root the findings' paths are relative to). Untracked files count as
 * wholly changed. Fetches a base the clone lacks; throws a ConfigError that says how to fix the
 * checkout when it still cannot compare.
 */
export async function changedLinesFromGit(
  root: string,
  base: string,
  executor: Executor,
  options: GitOptions = {},
): Promise<ChangedFiles> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  checkRevision(base, 'changed-since');
  const git = (args: string[], cwd: string, timeout = timeoutMs): Promise<ExecResult> =>
    executor.run({
      command: 'git',
      args,
      cwd,
      timeoutMs: timeout,
      env: { GIT_TERMINAL_PROMPT: '0' },
    });
  function fail(problem: string): never {
    throw new ConfigError(problem, undefined, 'changed-since');
  }
  const ok = (result: ExecResult, what: string): string => {
    const problem = executionProblem(result, 'git', timeoutMs);
    if (problem) fail(`cannot ${what}: ${problem}`);
    if (result.exitCode !== 0) fail(`cannot ${what}: ${outputExcerpt(result)}`);
    return result.stdout;
  };

  const top = await git(['rev-parse', '--show-toplevel'], root);
  if (top.missing) fail('the changed-lines scope needs git, and git is not installed');
  if (top.exitCode !== 0) {
    const said = outputExcerpt(top);
    // In a container the checkout often belongs to another user, and git then refuses it.
    fail(
      /dubious ownership/.test(said)
        ? `git refuses to read ${root} because another user owns it; run ` +
            `\`git config --global --add safe.directory ${root}\` first`
        : `${root} is not in a git checkout, so there are no changed lines to compare: ${said || (executionProblem(top, 'git', timeoutMs) ?? 'git failed')}`,
    );
  }
  const toplevel = top.stdout.trim();
  const prefix = toPosix(relative(realpathSync(toplevel), realpathSync(root)));
  if (prefix.startsWith('..')) fail(`${root} lies outside its git checkout ${toplevel}`);

  const notices: string[] = [];
  const hasCommit = async (revision: string): Promise<boolean> =>
    (await git(['cat-file', '-e', `${revision}^{commit}`], toplevel)).exitCode === 0;
  const shallow =
    ok(
      await git(['rev-parse', '--is-shallow-repository'], toplevel),
      'read the checkout',
    ).trim() === 'true';

  if (!(await hasCommit(base))) {
    const refspec = fetchableRefspec(base);
    const clone = shallow ? 'this shallow clone' : 'this clone';
    if (options.fetch === false || refspec === null) {
      return fail(`${base} is not a commit in ${clone}; ${FIX_CHECKOUT}`);
    }
    const fetched = await git(
      ['fetch', '--no-tags', ...(shallow ? ['--depth=1'] : []), 'origin', refspec],
      toplevel,
      timeoutMs * 5,
    );
    if (fetched.exitCode !== 0 || !(await hasCommit(base))) {
      const why =
        executionProblem(fetched, 'git fetch', timeoutMs * 5) ??
        (outputExcerpt(fetched) || 'git fetch did not bring it');
      fail(
        `the base commit ${base} is not in ${clone} and could not be fetched from origin ` +
          `(${why}); ${FIX_CHECKOUT}`,
      );
    }
    notices.push(`fetched the base commit ${short(base)} from origin: the clone did not have it`);
  }

  const baseSha = ok(
    await git(['rev-parse', '--verify', '--quiet', `${base}^{commit}`], toplevel),
    `read the commit ${base}`,
  ).trim();
  const headResult = await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], toplevel);
  if (headResult.exitCode !== 0)
    fail('the checkout has no commit yet (HEAD), so nothing to compare with');
  const headSha = headResult.stdout.trim();

  let from: string;
  let meeting: string;
  const mergeBase = await git(['merge-base', baseSha, headSha], toplevel);
  if (mergeBase.exitCode === 0 && mergeBase.stdout.trim()) {
    from = mergeBase.stdout.trim();
    meeting = from === baseSha ? short(baseSha) : `${short(from)}, where ${base} and HEAD meet`;
  } else if (mergeBase.exitCode === 1 || mergeBase.exitCode === 0) {
    // A shallow clone hides the history; a base that is HEAD itself or one of HEAD's parents (a
    // pull request's merge commit, a one-commit push) still gives the exact range.
    const raw = ok(await git(['cat-file', 'commit', headSha], toplevel), 'read HEAD');
    const parents = [...raw.matchAll(/^parent ([0-9a-f]+)$/gm)].map((match) => match[1]);
    if (baseSha === headSha || parents.includes(baseSha)) {
      from = baseSha;
      meeting = `${short(baseSha)} (${baseSha === headSha ? 'HEAD itself' : "HEAD's parent"})`;
    } else {
      return fail(
        shallow
          ? `cannot find where ${base} and HEAD meet: the clone is shallow and does not hold ` +
              `their common history; ${FIX_CHECKOUT}`
          : `${base} and HEAD share no history, so there are no changed lines to compare`,
      );
    }
  } else {
    return fail(`cannot find where ${base} and HEAD meet: ${outputExcerpt(mergeBase)}`);
  }

  const diff = await git(
    [
      '-c',
      'core.quotepath=on',
      'diff',
      '--unified=0',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '-M',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      from,
      '--',
    ],
    toplevel,
  );
  const changed = parseUnifiedDiff(ok(diff, `compare with ${base}`));
  const untracked = ok(
    await git(['ls-files', '--others', '--exclude-standard', '-z'], toplevel),
    'list untracked files',
  );
  for (const path of untracked.split('\0')) {
    if (path && !changed.has(path))
      changed.set(path, { status: 'untracked', binary: false, ranges: [], wholeFile: true });
  }

  const files = new Map<string, ChangedLines>();
  for (const [path, entry] of changed) {
    const local = underPrefix(path, prefix);
    if (local === null) continue;
    const oldLocal = entry.oldPath === undefined ? null : underPrefix(entry.oldPath, prefix);
    const copy: ChangedLines = { ...entry };
    if (oldLocal === null) delete copy.oldPath;
    else copy.oldPath = oldLocal;
    files.set(local, copy);
  }
  const kept = [...files.values()].filter((entry) => entry.status !== 'deleted').length;
  return {
    files,
    from,
    description: `compared the working tree with ${meeting}: ${count(kept, 'changed file')}`,
    notices,
  };
}

// ── Helpers ─────────────────────────────────────────────────────────────────────────────────

/** A revision given to git as an argument: never an option, never a control character. */
function checkRevision(revision: string, key: string): void {
  if (!isSafeRevision(revision)) {
    throw new ConfigError(
      `"${revision}" is not a branch, tag or commit name git accepts here`,
      undefined,
      key,
    );
  }
}

function isSafeRevision(revision: string): boolean {
  // eslint-disable-next-line no-control-regex
  return revision !== '' && !revision.startsWith('-') && !/[\s\x00-\x1f\x7f]/.test(revision);
}

/** What to fetch for a missing base: a commit id, or `origin/NAME`'s branch; else nothing. */
function fetchableRefspec(base: string): string | null {
  if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(base)) return base;
  const branch = /^origin\/(.+)$/.exec(base)?.[1];
  if (branch && !branch.includes('..') && !branch.includes(':'))
    return `+refs/heads/${branch}:refs/remotes/origin/${branch}`;
  return null;
}

function underPrefix(path: string, prefix: string): string | null {
  if (prefix === '') return path;
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : null;
}

function toRanges(lines: number[]): LineRange[] {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const line of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && line <= last[1] + 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}

function withoutCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** `a/x.py`, `"a/\303\274.py"` (with git's trailing tab when the name has a space), `/dev/null`. */
function patchPath(text: string, prefix: 'a/' | 'b/'): string | null {
  let name: string;
  if (text.startsWith('"')) {
    name = readQuoted(text)?.value ?? text;
  } else {
    name = text.endsWith('\t') ? text.slice(0, -1) : text;
  }
  if (name === '/dev/null') return null;
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

/** The two paths of `diff --git a/X b/Y`, prefixes removed; null when they cannot be told apart. */
function gitHeaderPaths(text: string): [string, string] | null {
  const strip = (name: string, prefix: string): string =>
    name.startsWith(prefix) ? name.slice(prefix.length) : name;
  if (text.startsWith('"')) {
    const first = readQuoted(text);
    if (!first || !first.rest.startsWith(' ')) return null;
    const second = first.rest.slice(1);
    const b = second.startsWith('"') ? readQuoted(second)?.value : second;
    return b === undefined ? null : [strip(first.value, 'a/'), strip(b, 'b/')];
  }
  const quotedSecond = text.indexOf(' "b/');
  if (quotedSecond > 0) {
    const b = readQuoted(text.slice(quotedSecond + 1))?.value;
    return b === undefined ? null : [strip(text.slice(0, quotedSecond), 'a/'), strip(b, 'b/')];
  }
  // Unquoted and, unless renamed, the same name twice: `a/X b/X`.
  const length = (text.length - 5) / 2;
  if (!Number.isInteger(length) || length < 1) return null;
  const a = text.slice(0, length + 2);
  const b = text.slice(length + 3);
  if (text[length + 2] !== ' ' || !a.startsWith('a/') || !b.startsWith('b/')) return null;
  if (a.slice(2) !== b.slice(2)) return null;
  return [a.slice(2), b.slice(2)];
}

function unquoted(text: string): string {
  return text.startsWith('"') ? (readQuoted(text)?.value ?? text) : text;
}

const ESCAPES: Record<string, number> = {
  a: 7,
  b: 8,
  t: 9,
  n: 10,
  v: 11,
  f: 12,
  r: 13,
  '"': 34,
  '\\': 92,
};

/** A C-style quoted name as git writes it (octal escapes are UTF-8 bytes); null if unclosed. */
function readQuoted(text: string): { value: string; rest: string } | null {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let at = 1; at < text.length; at++) {
    const char = text[at] as string;
    if (char === '"') {
      return {
        value: new TextDecoder('utf-8').decode(new Uint8Array(bytes)),
        rest: text.slice(at + 1),
      };
    }
    if (char !== '\\') {
      const code = text.codePointAt(at) as number;
      const whole = String.fromCodePoint(code);
      bytes.push(...encoder.encode(whole));
      at += whole.length - 1;
      continue;
    }
    const next = text[at + 1] ?? '';
    const octal = /^[0-7]{3}/.exec(text.slice(at + 1, at + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      at += 3;
    } else if (next in ESCAPES) {
      bytes.push(ESCAPES[next] as number);
      at += 1;
    } else {
      bytes.push(92);
    }
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function commitId(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value)
    ? value
    : undefined;
}

function short(revision: string): string {
  return /^[0-9a-f]{40}/.test(revision) ? revision.slice(0, 7) : revision;
}
