/**
 * Which requirements files say what is deployed. Pinning and runtime-only rules apply to those,
 * not to the files that set up a developer's machine or a CI job. A requirements file counts as
 * deployment unless:
 * - it is a pip-compile input (`*.in`) or a constraints file (`constraints*.txt`);
 * - its name says development: a word of `requirements-dev.txt`, `dev-requirements.txt`,
 *   `requirements/test.txt`, `requirements_docs.txt` … is one of dev, test(s), testing, docs,
 *   lint, ci, typing, mypy, format, tox, nox, bench, local, debug, build, precommit, tools …;
 * - it lives in a folder of such files: `docs/`, `tests/`, `testing/`, `.github/`, `ci/`,
 *   `benchmarks/`, `.devcontainer/`, `samples/`, `scripts/`, `tools/`, `hack/`, `dev/`;
 * - it installs the project itself in editable mode (`-e .`): that is a development setup;
 * - a file named for production sits in its folder (`requirements.prod.txt`, `requirements/
 *   production.txt`) and neither is it that file nor does that file include it: the production
 *   file says what is deployed, and the plain `requirements.txt` beside it is a full environment;
 * - it is library metadata: a `setup.py` sits beside it, a pyproject.toml that publishes a
 *   library (classifiers, URLs, entry points) sits beside it, or a pyproject.toml reads it as its
 *   dependency list (setuptools `dynamic`): there ranges are right — unless a Dockerfile of the
 *   project installs it (`RUN pip install -r requirements.txt`), which deploys it;
 */
import { posix } from 'node:path';
import { parseRequirements, type RequirementsFile } from '../../deps/requirements.js';
import type { ProjectFacts } from '../project-facts.js';
import type { TextFile } from '../text-file.js';
import type { DeploymentFacts } from './file-facts.js';

const DEVELOPMENT_WORDS = new Set([
  'dev',
  'devel',
  'develop',
  'development',
  'test',
  'tests',
  'testing',
  'doc',
  'docs',
  'documentation',
  'sphinx',
  'mkdocs',
  'rtd',
  'readthedocs',
  'lint',
  'linting',
  'linters',
  'linter',
  'ci',
  'style',
  'typing',
  'types',
  'mypy',
  'typecheck',
  'format',
  'formatting',
  'fmt',
  'tox',
  'nox',
  'bench',
  'benchmark',
  'benchmarks',
  'local',
  'debug',
  'build',
  'setup',
  'precommit',
  'pre',
  'tools',
  'tooling',
  'qa',
  'check',
  'checks',
  'coverage',
  'pytest',
  'notebook',
  'notebooks',
]);

const DEVELOPMENT_FOLDERS = new Set([
  'docs',
  'doc',
  'tests',
  'test',
  'testing',
  '.github',
  'ci',
  '.ci',
  'benchmarks',
  'benchmark',
  '.devcontainer',
  'samples',
  'scripts',
  'script',
  'tools',
  'hack',
  'dev',
]);

/** By its path alone: a `.txt` requirements file that is not for development. */
export function isDeploymentRequirementsPath(path: string): boolean {
  const segments = path.split('/');
  const name = (segments.pop() ?? '').toLowerCase();
  if (!name.endsWith('.txt') || name.startsWith('constraints')) return false;
  if (segments.some((segment) => DEVELOPMENT_FOLDERS.has(segment.toLowerCase()))) return false;
  const words = name.replace(/\.txt$/, '').split(/[^a-z0-9]+/);
  return !words.some((word) => DEVELOPMENT_WORDS.has(word));
}

const parsed = new WeakMap<TextFile, RequirementsFile>();

export function readRequirements(file: TextFile): RequirementsFile {
  let result = parsed.get(file);
  if (!result) {
    result = parseRequirements(file.text);
    parsed.set(file, result);
  }
  return result;
}

/** The parsed file when it says what is deployed (see the module comment), else null. */
export function deploymentRequirements(
  file: TextFile,
  facts: ProjectFacts,
): RequirementsFile | null {
  if (!isDeploymentRequirementsPath(file.path)) return null;
  const dir = posix.dirname(file.path);
  const files = facts as DeploymentFacts;
  // A Dockerfile that installs the file deploys it, whatever library metadata sits beside it.
  const installed = files.dockerInstalledRequirementsFiles?.includes(file.path) === true;
  if (!installed && facts.pythonFiles.includes(dir === '.' ? 'setup.py' : `${dir}/setup.py`))
    return null;
  if (
    !installed &&
    (files.metadataRequirementsFiles?.includes(file.path) || files.libraryFolders?.includes(dir))
  )
    return null;
  const production = files.productionRequirementsFiles ?? [];
  if (!production.includes(file.path) && production.some((other) => posix.dirname(other) === dir))
    return null;
  const requirements = readRequirements(file);
  if (
    requirements.others.some(
      (other) =>
        other.kind === 'editable' &&
        /^(-e|--editable)(\s+|\s*=\s*)(file:)?\.\/?(\[[^\]]*\])?$/.test(other.text.trim()),
    )
  ) {
    return null;
  }
  return requirements;
}
