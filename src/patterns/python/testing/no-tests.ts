/**
 * ## What it does
 * Reports a project that has Python sources and not a single test file (`tests/`, `test_*.py`,
 * `*_test.py`, `conftest.py`), once, on the project's `pyproject.toml` (else its first Python
 * file), line 1.
 *
 * ## Why is this bad?
 * Without tests every change is checked by hand or in production. The guide's testing strategy
 * starts with pytest unit tests for each endpoint and service.
 *
 * Not reported: a project whose only Python files are packaging or docs scaffolding
 * (`setup.py`, `noxfile.py`, `docs/conf.py`, migrations).
 */
import type { Rule } from '../../../model.js';
import type { ProjectRule } from '../../rule.js';
import { count } from '../../../count.js';

const meta: Rule = {
  id: 'PBP301',
  name: 'no-tests',
  tool: 'patterns',
  section: 'testing',
  level: 'warning',
  precision: 'very-high',
  summary: 'The project has Python sources but no tests.',
  docs: {
    what: 'Reports, once per project, Python sources with no test file at all (tests/, test_*.py, *_test.py, conftest.py).',
    why: 'Without tests every change is checked by hand, or by users in production; regressions in endpoints and services go unnoticed until they break something.',
    example: 'app/\n  main.py\n  models.py\npyproject.toml',
    useInstead:
      'app/\n  main.py\n  models.py\ntests/\n  conftest.py\n  test_users.py\npyproject.toml',
  },
};

/** Files that do not make a project "have sources": packaging, task runners, docs, migrations. */
const SCAFFOLDING =
  /(^|\/)(setup|noxfile|fabfile|tasks|manage|conftest)\.py$|(^|\/)docs?\/|(^|\/)(migrations|alembic)\/|(^|\/)__init__\.py$/;

export const noTests: ProjectRule = {
  kind: 'project',
  meta,
  check({ project, report }) {
    if (project.hasTests) return;
    const sources = project.pythonFiles.filter((path) => !SCAFFOLDING.test(path));
    if (sources.length === 0) return;
    const path =
      topPyproject(project.pyprojectFiles, project.pythonFiles) ??
      [...project.pythonFiles].sort()[0];
    if (!path) return;
    report({
      path,
      at: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      message: `${count(sources.length, 'Python source file')} and not one test; add pytest tests (tests/test_*.py) for what they do.`,
    });
  },
};

/** The shallowest pyproject.toml, when its folder holds every Python file (the project's own). */
function topPyproject(
  pyprojects: readonly string[],
  pythonFiles: readonly string[],
): string | undefined {
  const top = [...pyprojects].sort(
    (a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1),
  )[0];
  if (top === undefined) return undefined;
  const folder = top.slice(0, top.length - 'pyproject.toml'.length);
  return pythonFiles.every((path) => path.startsWith(folder)) ? top : undefined;
}
