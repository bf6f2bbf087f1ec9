/**
 * Discovery: which files of the checked folder each tool and rule looks at. Honours .gitignore
 * files and the configured excludes, and never follows a symbolic link (a link's target is either
 * inside the folder, where it is found anyway, or outside, where we must not go).
 */
import {
  closeSync,
  existsSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
} from 'node:fs';
import { basename, join, relative } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { toPosix } from './paths.js';
import { isLockFilePath, isTestPath } from './patterns/project-facts.js';

export type FileKind =
  'python' | 'dockerfile' | 'requirements' | 'pyproject' | 'env' | 'pipfile' | 'lock' | 'compose';

export interface DiscoveredFile {
  /** Repo-relative POSIX path (relative to the config's base). */
  path: string;
  /** Relative to the checked folder, POSIX: what tools run there are given. */
  local: string;
  absolute: string;
  kind: FileKind;
}

export interface Discovery {
  /** The files to check: everything found, or only the files named with `--files`. */
  files: DiscoveredFile[];
  /** Every file of the project, for project-wide facts (tests exist, lock files). */
  projectFiles: DiscoveredFile[];
  /** Things passed over that a user may want to know about (links, unreadable folders). */
  skipped: Array<{ path: string; reason: string }>;
}

export interface DiscoverOptions {
  root: string;
  base: string;
  exclude: readonly string[];
  extendExclude: readonly string[];
  /** Check only these files (absolute paths), as pre-commit passes them; excludes still apply. */
  only?: readonly string[] | null;
}

export function classify(path: string): FileKind | null {
  const name = basename(path);
  if (name.endsWith('.py')) return 'python';
  if (/^(Dockerfile|Containerfile)(\..+)?$/.test(name) || /\.(Dockerfile|dockerfile)$/.test(name))
    return 'dockerfile';
  if (/^pyproject\.toml$/.test(name)) return 'pyproject';
  if (isLockFilePath(path)) return 'lock';
  if (name === 'Pipfile') return 'pipfile';
  if (
    /requirements[^/]*\.(txt|in)$/i.test(name) ||
    /(^|\/)requirements\/[^/]+\.(txt|in)$/.test(path) ||
    /^constraints[^/]*\.txt$/.test(name)
  ) {
    return 'requirements';
  }
  if (/^\.env(\..+)?$/.test(name) || /\.env$/.test(name)) return 'env';
  if (/^(docker-)?compose([.-][^/]*)?\.ya?ml$/.test(name)) return 'compose';
  return null;
}

export function discover(options: DiscoverOptions): Discovery {
  const { root, base } = options;
  const excludes = ignore().add([...options.exclude, ...options.extendExclude]);
  const result: Discovery = { files: [], projectFiles: [], skipped: [] };
  // .gitignore files between the repository root and the checked folder apply too.
  const inherited: Array<{ dir: string; rules: Ignore }> = [];
  for (let dir = root; ;) {
    const parent = join(dir, '..');
    if (dir === base || parent === dir) break;
    dir = parent;
    const rules = readGitignore(dir);
    if (rules) inherited.unshift({ dir, rules });
  }

  const walk = (dir: string, stack: Array<{ dir: string; rules: Ignore }>): void => {
    const own = readGitignore(dir);
    const scopes = own ? [...stack, { dir, rules: own }] : stack;
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (error) {
      result.skipped.push({
        path: repoPath(base, dir),
        reason: `cannot read folder: ${(error as NodeJS.ErrnoException).code}`,
      });
      return;
    }
    for (const entry of entries) {
      const absolute = join(dir, entry);
      let stat;
      try {
        stat = lstatSync(absolute);
      } catch {
        continue;
      }
      const isDir = stat.isDirectory();
      const local = toPosix(relative(root, absolute));
      if (entry === '.git' || excludes.ignores(isDir ? `${local}/` : local)) continue;
      if (
        scopes.some((scope) =>
          scope.rules.ignores(toPosix(relative(scope.dir, absolute)) + (isDir ? '/' : '')),
        )
      )
        continue;
      if (stat.isSymbolicLink()) {
        if (classify(local))
          result.skipped.push({
            path: repoPath(base, absolute),
            reason: 'symbolic link, not followed',
          });
        continue;
      }
      if (isDir) {
        walk(absolute, scopes);
      } else if (stat.isFile()) {
        const kind = classify(local);
        if (!kind) continue;
        // A NUL byte makes flake8 and mypy crash for the whole run: such a file goes to no tool.
        if (kind === 'python' && looksBinary(absolute)) {
          result.skipped.push({
            path: repoPath(base, absolute),
            reason: 'binary file (NUL bytes)',
          });
          continue;
        }
        result.files.push({ path: repoPath(base, absolute), local, absolute, kind });
      }
    }
  };
  walk(root, inherited);
  result.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  result.projectFiles = result.files;
  if (options.only) {
    // Named files still go through the walk's rules (inside the root, no links, excludes): a
    // name that the walk did not find is reported, not read.
    const wanted = new Set(options.only);
    result.files = result.files.filter((file) => wanted.delete(file.absolute));
    for (const absolute of [...wanted].sort()) {
      const local = toPosix(relative(root, absolute));
      if (classify(local))
        result.skipped.push({
          path: local.startsWith('..') ? absolute : repoPath(base, absolute),
          reason: 'not checked: outside the folder, excluded, ignored or a link',
        });
    }
  }
  result.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return result;
}

function looksBinary(absolute: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(absolute, 'r');
    const probe = Buffer.alloc(8192);
    const read = readSync(fd, probe, 0, probe.length, 0);
    return probe.subarray(0, read).includes(0);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function readGitignore(dir: string): Ignore | null {
  const file = join(dir, '.gitignore');
  if (!existsSync(file)) return null;
  try {
    return ignore().add(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function repoPath(base: string, absolute: string): string {
  return toPosix(relative(base, absolute)) || '.';
}

export function filesOfKind(discovery: Discovery, kind: FileKind): DiscoveredFile[] {
  return discovery.files.filter((file) => file.kind === kind);
}

export { isTestPath };
