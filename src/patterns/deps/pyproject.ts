/**
 * pyproject.toml as the dependency rules see it: its runtime dependencies (PEP 621
 * `[project] dependencies`, Poetry's `[tool.poetry.dependencies]`) with the line that declares
 * each, and whether the project is an application (deployed as is: it needs a lock) or a library
 * (published: its users resolve its ranges, a lock does not reach them).
 *
 * Application or library, in this order, precision first:
 * 1. application when the file says so: Poetry `package-mode = false`, uv `package = false`,
 *    PDM `distribution = false`, or the classifier `Private :: Do Not Upload`;
 * 2. library when it carries publishing metadata (classifiers, keywords, project URLs, Poetry
 *    homepage/repository/documentation) or plugin entry points;
 * 3. application when nothing builds it: no `[build-system]` and no `setup.py` beside it;
 * 4. application when it is built and declares console scripts (a service or a tool run as is);
 * 5. otherwise unknown (built, no scripts, no publishing metadata: an internal package).
 */
import { posix } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { normaliseName } from '../../deps/requirements.js';
import {
  tomlArrayStrings,
  tomlKeys,
  tomlTables,
  type TextPosition,
} from '../../deps/toml-locations.js';
import type { ProjectFacts } from '../project-facts.js';
import type { TextFile } from '../text-file.js';

export type TomlTable = Record<string, unknown>;

export type ProjectKind = 'application' | 'library' | 'unknown';

export interface DeclaredDependency extends TextPosition {
  /** PEP 503 normalised. */
  name: string;
  /** The requirement as written (`fastapi>=0.110`) or, for Poetry, the version constraint. */
  requirement: string;
  source: 'project' | 'poetry';
}

const parsed = new WeakMap<TextFile, TomlTable | null>();

/** The file's TOML, or null when it does not parse (then the rules stay quiet). */
export function readToml(file: TextFile): TomlTable | null {
  if (!parsed.has(file)) {
    let doc: TomlTable | null = null;
    try {
      doc = parseToml(file.text) as TomlTable;
    } catch {
      doc = null;
    }
    parsed.set(file, doc);
  }
  return parsed.get(file) ?? null;
}

export function table(value: unknown): TomlTable | null {
  return value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !(value instanceof Date)
    ? (value as TomlTable)
    : null;
}

function nonEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  const asTable = table(value);
  return asTable !== null && Object.keys(asTable).length > 0;
}

function path(doc: TomlTable, ...keys: string[]): unknown {
  let value: unknown = doc;
  for (const key of keys) value = table(value)?.[key];
  return value;
}

export function projectKind(doc: TomlTable, filePath: string, facts: ProjectFacts): ProjectKind {
  const project = table(doc.project) ?? {};
  const poetry = table(path(doc, 'tool', 'poetry')) ?? {};
  const classifiers = [...asStrings(project.classifiers), ...asStrings(poetry.classifiers)];
  if (
    poetry['package-mode'] === false ||
    path(doc, 'tool', 'uv', 'package') === false ||
    path(doc, 'tool', 'pdm', 'distribution') === false ||
    classifiers.some((classifier) => /^Private\s*::\s*Do Not Upload/i.test(classifier))
  ) {
    return 'application';
  }
  const publishes =
    classifiers.length > 0 ||
    nonEmpty(project.keywords) ||
    nonEmpty(project.urls) ||
    nonEmpty(project['entry-points']) ||
    nonEmpty(poetry.keywords) ||
    nonEmpty(poetry.urls) ||
    nonEmpty(poetry.plugins) ||
    ['homepage', 'repository', 'documentation'].some((key) => typeof poetry[key] === 'string');
  if (publishes) return 'library';
  const dir = posix.dirname(filePath);
  const setupPy = dir === '.' ? 'setup.py' : `${dir}/setup.py`;
  if (!table(doc['build-system']) && !facts.pythonFiles.includes(setupPy)) return 'application';
  if (nonEmpty(project.scripts) || nonEmpty(project['gui-scripts']) || nonEmpty(poetry.scripts))
    return 'application';
  return 'unknown';
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

const REQUIREMENT_NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;

/** `[project] dependencies` and `[tool.poetry.dependencies]` (not `python`), with their lines. */
export function runtimeDependencies(file: TextFile, doc: TomlTable): DeclaredDependency[] {
  const result: DeclaredDependency[] = [];
  if (Array.isArray(table(doc.project)?.dependencies)) {
    for (const item of tomlArrayStrings(file.text, 'project', 'dependencies')) {
      const name = REQUIREMENT_NAME.exec(item.value)?.[1];
      if (!name) continue;
      result.push({
        name: normaliseName(name),
        requirement: item.value.trim(),
        source: 'project',
        line: item.line,
        column: item.column,
        endColumn: item.column + item.value.length,
      });
    }
  }
  const poetryDependencies = table(path(doc, 'tool', 'poetry', 'dependencies'));
  if (poetryDependencies) {
    const positions = tomlKeys(file.text, 'tool.poetry.dependencies');
    for (const [key, value] of Object.entries(poetryDependencies)) {
      if (key.toLowerCase() === 'python') continue;
      const at =
        positions.find((position) => position.key === key) ??
        headerPosition(file.text, 'tool.poetry.dependencies');
      const constraint =
        typeof value === 'string'
          ? value
          : typeof table(value)?.version === 'string'
            ? String(table(value)?.version)
            : '';
      result.push({
        name: normaliseName(key),
        requirement: constraint,
        source: 'poetry',
        line: at.line,
        column: at.column,
        endColumn: at.endColumn,
      });
    }
  }
  return result;
}

/** The header line of a table, as a position (where a finding about the table goes). */
export function headerPosition(text: string, name: string): TextPosition {
  const header = tomlTables(text).find((range) => range.name === name);
  const line = header?.headerLine ?? 1;
  const length = (text.split(/\r\n|\r|\n/)[line - 1] ?? '').trimEnd().length;
  return { line, column: 1, endColumn: Math.max(length + 1, 2) };
}

/**
 * Requirements files that the project reads as its own dependency list (setuptools
 * `[tool.setuptools.dynamic] dependencies = {file = […]}`, hatch-requirements-txt): they are
 * library metadata, where ranges are right.
 */
export function requirementsFilesReadByPyproject(filePath: string, text: string): string[] {
  let doc: TomlTable;
  try {
    doc = parseToml(text) as TomlTable;
  } catch {
    return [];
  }
  const dir = posix.dirname(filePath);
  const files = [
    ...fileList(path(doc, 'tool', 'setuptools', 'dynamic', 'dependencies')),
    ...fileList(path(doc, 'tool', 'setuptools', 'dynamic', 'optional-dependencies')),
    ...asStrings(path(doc, 'tool', 'hatch', 'metadata', 'hooks', 'requirements_txt', 'files')),
  ];
  return files.map((file) => posix.normalize(posix.join(dir, file)));
}

function fileList(value: unknown): string[] {
  const asTable = table(value);
  if (!asTable) return [];
  if ('file' in asTable)
    return typeof asTable.file === 'string' ? [asTable.file] : asStrings(asTable.file);
  return Object.values(asTable).flatMap(fileList);
}
