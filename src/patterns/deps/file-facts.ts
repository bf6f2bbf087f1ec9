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
  };
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
