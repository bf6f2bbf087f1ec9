/**
 * ## What it does
 * Finds test and code-quality tools (`pytest` and its plugins, `mypy`, `black`, `flake8` and its
 * plugins, `pylint`, `isort`, `ruff`, `coverage`) among runtime dependencies: a deployment
 * requirements file, pyproject's `[project] dependencies` or `[tool.poetry.dependencies]`, or a
 * Pipfile's `[packages]`.
 *
 * ## Why is this bad?
 * Everything in the runtime list is installed into the production image: more to download, more
 * code that pip-audit must keep clean, more attack surface, and nothing that serves a request.
 *
 * Not reported: development files (see `requirement-files.ts`), dependency groups, extras and
 * `[dev-packages]`; libraries (a published package may build on these tools) and projects that
 * are themselves such tools or plugins (`pytest-django`, `flake8-bugbear`, `pylint-django`).
 */
import type { Rule } from '../../model.js';
import { normaliseName } from '../../deps/requirements.js';
import { tomlKeys, type TextPosition } from '../../deps/toml-locations.js';
import type { Span, TextRule, TextRuleContext } from '../rule.js';
import { projectKind, readToml, runtimeDependencies, table } from './pyproject.js';
import { deploymentRequirements } from './requirement-files.js';

const meta: Rule = {
  id: 'PBP803',
  name: 'dev-tool-in-runtime-deps',
  tool: 'patterns',
  section: 'dependencies',
  level: 'note',
  precision: 'high',
  summary: 'A test or code-quality tool is listed as a runtime dependency.',
  docs: {
    what: 'Finds pytest (and pytest-* plugins), mypy, black, flake8 (and flake8-* plugins), pylint, isort, ruff and coverage among runtime dependencies: deployment requirements files, [project] dependencies, [tool.poetry.dependencies] and Pipfile [packages]. Libraries and projects that are themselves such tools or plugins are not reported.',
    why: 'Everything in the runtime list is installed into the production image: more to download, more code to keep free of vulnerabilities, more attack surface, and none of it serves a request.',
    example:
      '# requirements.txt\nfastapi==0.110.0\npytest==8.0.0\n\n# pyproject.toml\n[project]\ndependencies = ["fastapi>=0.110", "mypy>=1.8"]',
    useInstead:
      '# requirements-dev.txt\n-r requirements.txt\npytest==8.0.0\n\n# pyproject.toml\n[project]\ndependencies = ["fastapi>=0.110"]\n\n[dependency-groups]\ndev = ["mypy>=1.8", "pytest>=8"]',
  },
};

const TOOLS = new Set(['pytest', 'mypy', 'black', 'flake8', 'pylint', 'isort', 'ruff', 'coverage']);

export function isDevelopmentTool(name: string): boolean {
  const normalised = normaliseName(name);
  return TOOLS.has(normalised) || /^(pytest|flake8)-/.test(normalised);
}

export const devToolInRuntimeDeps: TextRule = {
  kind: 'text',
  meta,
  fileKinds: ['requirements', 'pyproject', 'pipfile'],
  check(context) {
    if (context.file.kind === 'requirements') checkRequirements(context);
    else if (context.file.kind === 'pyproject') checkPyproject(context);
    else checkPipfile(context);
  },
};

function spanAt(position: TextPosition): Span {
  return {
    startLine: position.line,
    startColumn: position.column,
    endLine: position.line,
    endColumn: position.endColumn,
  };
}

function checkRequirements({ file, project, report }: TextRuleContext): void {
  const requirements = deploymentRequirements(file, project);
  for (const requirement of requirements?.requirements ?? []) {
    if (!isDevelopmentTool(requirement.name)) continue;
    report({
      at: {
        startLine: requirement.line,
        startColumn: requirement.column,
        endLine: requirement.line,
        endColumn: requirement.endColumn,
      },
      message: `"${requirement.rawName}" is a development tool in a runtime requirements file, so it ships in the production image; move it to requirements-dev.txt.`,
    });
  }
}

/** Words in a project's own name that make it a tool or plugin that builds on these tools. */
const TOOLING_NAME =
  /(^|-)(pytest|mypy|black|flake8|pylint|isort|ruff|coverage|cov|lint|linter|test|testing|check|checker|format|formatter|qa|style|codecov|coveralls)(-|$)/;

function checkPyproject({ file, project, report }: TextRuleContext): void {
  const doc = readToml(file);
  if (!doc) return;
  if (projectKind(doc, file.path, project) === 'library') return;
  const name = table(doc.project)?.name ?? table(table(doc.tool)?.poetry)?.name;
  if (typeof name === 'string' && TOOLING_NAME.test(normaliseName(name))) return;
  for (const dependency of runtimeDependencies(file, doc)) {
    if (!isDevelopmentTool(dependency.name)) continue;
    const where =
      dependency.source === 'poetry'
        ? '[tool.poetry.group.dev.dependencies]'
        : '[dependency-groups] (or an optional "dev" extra)';
    report({
      at: spanAt(dependency),
      message: `"${dependency.name}" is a development tool among the runtime dependencies, so it ships in the production image; move it to ${where}.`,
    });
  }
}

function checkPipfile({ file, report }: TextRuleContext): void {
  const packages = table(readToml(file)?.packages);
  if (!packages) return;
  for (const position of tomlKeys(file.text, 'packages')) {
    if (!(position.key in packages) || !isDevelopmentTool(position.key)) continue;
    report({
      at: spanAt(position),
      message: `"${position.key}" is a development tool in [packages], so it ships in the production image; move it to [dev-packages].`,
    });
  }
}
