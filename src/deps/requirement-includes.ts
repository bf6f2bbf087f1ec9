/**
 * Follows `-r`/`-c` includes from a requirements file, as pip would, without ever leaving the
 * repository: targets are resolved against the including file's folder; absolute paths, paths
 * that climb out of the repository, URLs and `${VAR}` targets are reported, not read. A file
 * reached twice is read once; an include that leads back to a file being read is a cycle.
 */
import { posix } from 'node:path';
import { parseRequirements, type RequirementsFile } from './requirements.js';

export interface IncludedRequirementsFile {
  /** Repo-relative POSIX path. */
  path: string;
  /** `requirements` for the starting file and `-r` targets, `constraints` for `-c` targets. */
  kind: 'requirements' | 'constraints';
  file: RequirementsFile;
  /** The include that reached it; null for the starting file. */
  includedFrom: { path: string; line: number } | null;
}

export type IncludeProblemReason =
  'outside-repository' | 'remote' | 'unresolved-variable' | 'missing' | 'cycle';

export interface IncludeProblem {
  /** The including file and line. */
  path: string;
  line: number;
  /** The target as written. */
  target: string;
  reason: IncludeProblemReason;
}

export interface ResolvedRequirements {
  /** The starting file first, then what it includes, depth first. */
  files: IncludedRequirementsFile[];
  problems: IncludeProblem[];
}

/** Text of a repo-relative file, or null/undefined when it does not exist or cannot be read. */
export type ReadRepositoryFile = (path: string) => string | null | undefined;

/**
 * Reads `path` (repo-relative) and every requirements and constraints file it includes.
 * `readFile` is only ever called with normalised repo-relative paths inside the repository.
 */
export function resolveRequirementIncludes(
  path: string,
  readFile: ReadRepositoryFile,
): ResolvedRequirements {
  const result: ResolvedRequirements = { files: [], problems: [] };
  const start = insideRepository(posix.normalize(path));
  if (start === null) {
    result.problems.push({ path, line: 0, target: path, reason: 'outside-repository' });
    return result;
  }
  const seen = new Set<string>();
  const reading: string[] = [];

  const visit = (
    target: string,
    kind: IncludedRequirementsFile['kind'],
    from: { path: string; line: number } | null,
    written: string,
  ): void => {
    if (reading.includes(target)) {
      if (from) result.problems.push({ ...from, target: written, reason: 'cycle' });
      return;
    }
    if (seen.has(target)) return;
    seen.add(target);
    const text = safeRead(readFile, target);
    if (text === null) {
      result.problems.push({
        path: from?.path ?? target,
        line: from?.line ?? 0,
        target: written,
        reason: 'missing',
      });
      return;
    }
    const file = parseRequirements(text);
    result.files.push({ path: target, kind, file, includedFrom: from });
    reading.push(target);
    for (const include of file.includes) {
      const here = { path: target, line: include.line };
      const resolved = resolveTarget(target, include.target);
      if (typeof resolved === 'string') visit(resolved, include.kind, here, include.target);
      else result.problems.push({ ...here, target: include.target, reason: resolved.reason });
    }
    reading.pop();
  };

  visit(start, 'requirements', null, path);
  return result;
}

/** The repo-relative path an include names, or why it is not followed. */
export function resolveTarget(
  includingFile: string,
  target: string,
): string | { reason: IncludeProblemReason } {
  const written = target.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(written) && !/^[a-z]:[\\/]/i.test(written))
    return { reason: 'remote' };
  if (/\$\{?[A-Za-z_]/.test(written)) return { reason: 'unresolved-variable' };
  if (
    written.startsWith('/') ||
    written.startsWith('\\') ||
    /^[a-z]:[\\/]/i.test(written) ||
    written.startsWith('~')
  ) {
    return { reason: 'outside-repository' };
  }
  const joined = posix.normalize(
    posix.join(posix.dirname(includingFile), written.replace(/\\/g, '/')),
  );
  return insideRepository(joined) ?? { reason: 'outside-repository' };
}

function insideRepository(normalised: string): string | null {
  if (normalised === '..' || normalised.startsWith('../') || normalised.startsWith('/'))
    return null;
  return normalised.replace(/^\.\//, '');
}

function safeRead(readFile: ReadRepositoryFile, path: string): string | null {
  try {
    return readFile(path) ?? null;
  } catch {
    return null;
  }
}
