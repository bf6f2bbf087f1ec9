/**
 * ## What it does
 * Finds requirements in a deployment requirements file that are not pinned to one version with
 * `==`/`===` (`redis`, `uvicorn>=0.27`, `django~=5.0`, `flask==3.*`), and Pipfile `[packages]`
 * entries with `"*"` or only a lower bound when no `Pipfile.lock` is committed beside it.
 *
 * ## Why is this bad?
 * An unpinned requirement installs whatever is newest on the day of the build: the image built
 * for a one-line fix can carry a new major version of a dependency, and a bad release reaches
 * production without anyone changing a line.
 *
 * Which files count as deployment is decided in `requirement-files.ts`: not `*.in`, constraints,
 * dev/test/docs/lint/CI files, files that install the project editable (`-e .`) or that serve as
 * library metadata. Not reported: `-r`/`-c` lines, editable and URL requirements, files that take
 * their pins from a constraints file (`-c constraints.txt`), and requirements files beside a
 * committed lock file (`poetry.lock`, `uv.lock`, `pdm.lock`, `Pipfile.lock`).
 */
import { posix } from 'node:path';
import type { Rule } from '../../model.js';
import { tomlKeys } from '../../deps/toml-locations.js';
import type { ProjectFacts } from '../project-facts.js';
import type { TextRule, TextRuleContext } from '../rule.js';
import { readToml, table } from './pyproject.js';
import { deploymentRequirements } from './requirement-files.js';

const meta: Rule = {
  id: 'PBP801',
  name: 'unpinned-requirement',
  tool: 'patterns',
  section: 'dependencies',
  level: 'warning',
  precision: 'high',
  summary: 'A deployed dependency is not pinned to one version.',
  docs: {
    what: 'Finds requirements that are not pinned with == or === (no version, ranges, ~=, wildcards) in requirements files that say what is deployed, and Pipfile [packages] entries with "*" or only a lower bound when no Pipfile.lock is committed. A requirements*.txt or requirements/*.txt file counts as deployment unless it is a pip-compile input (*.in) or a constraints file; its name or folder says development (dev, test, docs, lint, ci, typing, tox, build, local …; docs/, tests/, testing/, .github/, scripts/, tools/ …); it installs the project itself editable (-e .); or it is library metadata (a setup.py or a publishing pyproject.toml beside it, or a pyproject.toml that reads it as its dependency list). Files that take their pins from a constraints file (-c) or sit beside a committed lock file are not checked.',
    why: 'An unpinned requirement installs whatever is newest on the day of the build: the image built for a one-line fix can carry a new major version of a dependency, and a broken release reaches production without a single changed line.',
    example: 'fastapi\nuvicorn[standard]>=0.27\nsqlalchemy~=2.0',
    useInstead:
      '# requirements.in lists what you want; `pip-compile requirements.in` (or `uv pip compile`)\n# writes requirements.txt with every version pinned:\nfastapi==0.110.0\nuvicorn[standard]==0.29.0\nsqlalchemy==2.0.29',
  },
};

export const unpinnedRequirement: TextRule = {
  kind: 'text',
  meta,
  fileKinds: ['requirements', 'pipfile'],
  check(context) {
    if (context.file.kind === 'pipfile') checkPipfile(context);
    else checkRequirements(context);
  },
};

function lockBeside(path: string, facts: ProjectFacts, names: RegExp): boolean {
  const dir = posix.dirname(path);
  return facts.lockFiles.some(
    (lock) => posix.dirname(lock) === dir && names.test(posix.basename(lock)),
  );
}

function checkRequirements({ file, project, report }: TextRuleContext): void {
  const requirements = deploymentRequirements(file, project);
  if (!requirements) return;
  if (requirements.includes.some((include) => include.kind === 'constraints')) return;
  if (lockBeside(file.path, project, /^(uv\.lock|poetry\.lock|pdm\.lock|Pipfile\.lock)$/)) return;
  for (const requirement of requirements.requirements) {
    if (requirement.pinned) continue;
    const what = requirement.specifier
      ? `allows more than one version (${requirement.specifier})`
      : 'has no version';
    report({
      at: {
        startLine: requirement.line,
        startColumn: requirement.column,
        endLine: requirement.line,
        endColumn: requirement.endColumn,
      },
      message: `"${requirement.rawName}" ${what}, so each build may install a different release; pin it with == (pip-compile or uv pip compile keeps the pins).`,
    });
  }
}

function checkPipfile({ file, project, report }: TextRuleContext): void {
  if (lockBeside(file.path, project, /^Pipfile\.lock$/)) return;
  const packages = table(readToml(file)?.packages);
  if (!packages) return;
  const positions = tomlKeys(file.text, 'packages');
  for (const [name, value] of Object.entries(packages)) {
    const version = pipfileVersion(value);
    if (version === null || !isUnbounded(version)) continue;
    const at = positions.find((position) => position.key === name);
    if (!at) continue;
    report({
      at: { startLine: at.line, startColumn: at.column, endLine: at.line, endColumn: at.endColumn },
      message: `"${name}" ${version === '*' || version === '' ? 'accepts any version' : `has only a lower bound (${version})`} and no Pipfile.lock is committed; commit the lock (pipenv lock) or pin the version.`,
    });
  }
}

/** The version constraint of a Pipfile entry; null for git/path/file entries. */
function pipfileVersion(value: unknown): string | null {
  if (typeof value === 'string') return value.trim();
  const entry = table(value);
  if (!entry) return null;
  if (['git', 'path', 'file', 'ref', 'hg', 'svn'].some((key) => key in entry)) return null;
  return typeof entry.version === 'string' ? entry.version.trim() : '*';
}

/** `*`, `""`, or only lower bounds (`>=1.0`, `>1,!=1.5`): nothing stops a new major version. */
function isUnbounded(version: string): boolean {
  if (version === '*' || version === '') return true;
  const clauses = version.split(',').map((clause) => clause.trim());
  return (
    clauses.some((clause) => /^>=?/.test(clause)) &&
    !clauses.some((clause) => /^(<|==|~=)/.test(clause))
  );
}
