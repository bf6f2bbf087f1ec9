/**
 * One place for paths. Everything the reports carry is repo-relative and POSIX; nothing that
 * leaves the repository root is ever read or reported (file names come from pull requests).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** `a\b` → `a/b`, no leading `./`. */
export function toPosix(path: string): string {
  let posix = sep === '\\' ? path.split(sep).join('/') : path;
  while (posix.startsWith('./')) posix = posix.slice(2);
  return posix;
}

/**
 * The repo-relative POSIX form of `path` (absolute, or relative to `cwd`), or `null` when it
 * lies outside `root`.
 */
export function repoRelative(root: string, path: string, cwd: string = root): string | null {
  const absolute = isAbsolute(path) ? resolve(path) : resolve(cwd, path);
  const rel = relative(resolve(root), absolute);
  if (rel === '') return '.';
  if (rel.startsWith('..') && (rel === '..' || rel.startsWith('..' + sep))) return null;
  if (isAbsolute(rel)) return null;
  return toPosix(rel);
}

/** True when `rel` (repo-relative, POSIX) names something inside the root. */
export function isInside(rel: string): boolean {
  return rel !== '' && !rel.startsWith('/') && !rel.split('/').includes('..');
}

/** A path as an argument to a tool: never mistaken for an option. */
export function asToolArgument(rel: string): string {
  return rel.startsWith('-') ? `./${rel}` : rel;
}
