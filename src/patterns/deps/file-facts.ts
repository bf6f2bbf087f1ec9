/**
 * Facts that one deployment or dependency file needs from another: a Dockerfile's health check
 * may live in a compose file, and a requirements file pinned by `pip-compile` is the lock of the
 * `pyproject.toml` beside it. Text rules see one file at a time, so these are gathered once,
 * before the rules run, and handed over with the project facts (optional fields: when absent,
 * the rules behave as if none were found).
 */
import { parseRequirements } from '../../deps/requirements.js';
import type { ProjectFacts } from '../project-facts.js';
import { composeHealthcheckDockerfiles } from '../dockerfile/compose.js';
import { posix } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { projectKind, requirementsFilesReadByPyproject, type TomlTable } from './pyproject.js';

export interface FileFacts {
  /** Dockerfiles (repo-relative) built by a compose service that declares a `healthcheck:`. */
  composeHealthchecks?: string[];
  /** Requirements files in which every requirement is pinned with `==`/`===` (a lock). */
  pinnedRequirementsFiles?: string[];
  /** Requirements files a pyproject.toml reads as its own metadata (setuptools `dynamic`). */
  metadataRequirementsFiles?: string[];
  /** Folders whose pyproject.toml publishes a library (classifiers, URLs, entry points). */
  libraryFolders?: string[];
  /**
   * Requirements files named for production (`requirements.prod.txt`, `requirements/production.txt`)
   * and the files they include with `-r`: where they exist, they are what is deployed.
   */
  productionRequirementsFiles?: string[];
  /** Requirements files a Dockerfile installs (`RUN pip install -r requirements.txt`). */
  dockerInstalledRequirementsFiles?: string[];
}

export type DeploymentFacts = ProjectFacts & FileFacts;

export interface FactSource {
  path: string;
  kind: string;
  text: string;
}

/** What the pipeline adds to ProjectFacts from the compose, requirements and pyproject files. */
export function gatherFileFacts(files: readonly FactSource[]): Required<FileFacts> {
  return {
    composeHealthchecks: composeHealthcheckDockerfiles(
      files.filter((file) => file.kind === 'compose'),
    ),
    pinnedRequirementsFiles: files
      .filter(
        (file) =>
          file.kind === 'requirements' && /\.txt$/.test(file.path) && isFullyPinned(file.text),
      )
      .map((file) => file.path)
      .sort(),
    metadataRequirementsFiles: files
      .filter((file) => file.kind === 'pyproject')
      .flatMap((file) => requirementsFilesReadByPyproject(file.path, file.text))
      .sort(),
    libraryFolders: files
      .filter((file) => file.kind === 'pyproject' && publishesLibrary(file.path, file.text))
      .map((file) => posix.dirname(file.path))
      .sort(),
    productionRequirementsFiles: productionRequirements(
      files.filter((file) => file.kind === 'requirements' && /\.txt$/.test(file.path)),
    ),
    dockerInstalledRequirementsFiles: dockerInstalledRequirements(files),
  };
}

/** `-r FILE`, `-rFILE`, `--requirement FILE`, `--requirement=FILE` in a pip command. */
const REQUIREMENT_OPTION = /(?:^|\s)(?:-r\s*|--requirement(?:\s+|=))(["']?)([^\s"';&|]+)\1/g;

/**
 * The requirements files the project's Dockerfiles install. The path a `RUN pip install -r` names
 * is inside the image, where a `COPY` put it: it is matched to the project's requirements files
 * by its own path from the Dockerfile's folder (the usual build context), else by its file name
 * in that folder, else by its last folder and name below it (`/app/requirements/base.txt`).
 */
function dockerInstalledRequirements(files: readonly FactSource[]): string[] {
  const requirements = files
    .filter((file) => file.kind === 'requirements' && /\.txt$/.test(file.path))
    .map((file) => file.path);
  const found = new Set<string>();
  for (const dockerfile of files.filter((file) => file.kind === 'dockerfile')) {
    const context = posix.dirname(dockerfile.path);
    const inContext = (path: string): boolean => context === '.' || path.startsWith(`${context}/`);
    // Instructions joined across `\` line ends; only RUN lines hold pip commands.
    const instructions = dockerfile.text.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
    for (const line of instructions) {
      if (!/^\s*RUN\b/i.test(line) || !/\bpip3?\b/.test(line)) continue;
      for (const match of line.matchAll(REQUIREMENT_OPTION)) {
        const target = (match[2] ?? '').replace(/^\.\//, '');
        const exact = posix.normalize(posix.join(context, target));
        if (requirements.includes(exact)) {
          found.add(exact);
          continue;
        }
        // Copied elsewhere (`-r /app/requirements.txt`): the file of that name in the build
        // context's own folder, else the one whose path ends the way the target's does.
        const name = posix.basename(target);
        const besides = posix.join(context, name);
        if (requirements.includes(besides)) {
          found.add(besides);
          continue;
        }
        const tail = target.split('/').slice(-2).join('/');
        for (const path of requirements)
          if (inContext(path) && tail.includes('/') && path.endsWith(`/${tail}`)) found.add(path);
      }
    }
  }
  return [...found].sort();
}

/** Words in a requirements file's name that say it is the production set. */
const PRODUCTION_WORDS = new Set(['prod', 'production', 'prd', 'deploy', 'deployment', 'release']);

/** The production-named files and everything they include with `-r`, transitively. */
function productionRequirements(files: readonly FactSource[]): string[] {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const found = new Set<string>();
  const pending = files
    .filter((file) =>
      posix
        .basename(file.path)
        .toLowerCase()
        .replace(/\.txt$/, '')
        .split(/[^a-z0-9]+/)
        .some((word) => PRODUCTION_WORDS.has(word)),
    )
    .map((file) => file.path);
  while (pending.length > 0) {
    const path = pending.pop() as string;
    if (found.has(path)) continue;
    found.add(path);
    const file = byPath.get(path);
    if (!file) continue;
    for (const include of parseRequirements(file.text).includes) {
      if (include.kind !== 'requirements') continue;
      const target = posix.normalize(posix.join(posix.dirname(path), include.target));
      if (byPath.has(target)) pending.push(target);
    }
  }
  return [...found].sort();
}

function publishesLibrary(path: string, text: string): boolean {
  try {
    const facts: ProjectFacts = {
      pythonFiles: [],
      hasTests: false,
      asyncioAuto: false,
      lockFiles: [],
      pyprojectFiles: [],
    };
    return projectKind(parseToml(text) as TomlTable, path, facts) === 'library';
  } catch {
    return false;
  }
}

/** At least one requirement, every one pinned (URLs with hashes count as pinned too). */
export function isFullyPinned(text: string): boolean {
  const file = parseRequirements(text);
  return (
    file.requirements.length > 0 &&
    file.requirements.every((requirement) => requirement.pinned) &&
    !file.others.some((other) => other.kind === 'editable')
  );
}
