/**
 * Config: flags or action inputs over `[tool.pybp]` in pyproject.toml (or `.pybp.toml`).
 * Every mistake is a ConfigError that names the file, the key and what is allowed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { isToolName, LEVELS, TOOL_NAMES, type Level, type ToolName } from './model.js';
import {
  INSTALL_DEPENDENCIES_SETTINGS,
  isInstallDependenciesSetting,
  type InstallDependenciesSetting,
} from './deps/prepare.js';
import { isRunnerName, RUNNER_NAMES, type RunnerName } from './exec/select.js';
import { SCOPES, type Scope } from './report/diff.js';
import { parseSuppressionEntries, type SuppressionEntry } from './suppressions/governed.js';
import { isKnownSelector } from './rules/catalog.js';
import { isSectionId, SECTION_IDS, type SectionId } from './sections.js';

export type FailOn = Level | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'note', 'never'];

export interface PerFileIgnore {
  glob: string;
  selectors: string[];
}

export interface ToolImport {
  tool: ToolName;
  file: string;
}

/** Everything the pipeline needs to know, after flags and files are merged. */
export interface Config {
  /** Absolute path of the folder being checked. */
  root: string;
  /** Absolute path that reported paths are relative to: the repository root holding `root`. */
  base: string;
  /** The config file that was read, if any (absolute). */
  configFile: string | null;
  tools: ToolName[];
  /** Whether the tool list was chosen (flag, input or file) rather than the default. */
  toolsChosen: boolean;
  select: string[];
  ignore: string[];
  perFileIgnores: PerFileIgnore[];
  exclude: string[];
  extendExclude: string[];
  failOn: FailOn;
  /** Per-rule level overrides; `off` disables the rule. */
  levels: Record<string, Level | 'off'>;
  /** Per-section gate thresholds over `failOn` (security = "warning", code-quality = "never"). */
  sectionPolicy: Partial<Record<SectionId, FailOn>>;
  imports: ToolImport[];
  /** Per-tool time limit, seconds. */
  timeoutSeconds: number;
  /** Only these files (absolute), as pre-commit passes them; null = the whole folder. */
  files: string[] | null;
  /** What is reported and gated: everything, or only what the change touched. */
  scope: Scope;
  /** Compare with this ref for the changed scopes (else the event's base). */
  changedSince: string | null;
  /** Where the Python tools run. */
  runner: RunnerName;
  /** The tools image, for the docker runner. */
  image: string;
  /** Requirements files for pip-audit (relative to the checked folder); empty = discovered. */
  requirements: string[];
  /** Governed suppressions: `[[tool.pybp.suppress]]` entries, each with its reason. */
  suppressions: SuppressionEntry[];
  /** The rule selection was narrowed on the command line (an unused entry may just be unselected). */
  selectionNarrowed: boolean;
  /** Install the project's dependencies for mypy: auto (venv/docker runners), true or false. */
  installDependencies: InstallDependenciesSetting;
  /** More pip options for that install; from flags and inputs only (a pull request writes the config). */
  pipArgs: string[];
}

/** What the user said on the command line or in action inputs; absent means "not said". */
export interface ConfigOverrides {
  configFile?: string;
  tools?: string[];
  select?: string[];
  ignore?: string[];
  extendExclude?: string[];
  failOn?: string;
  imports?: string[];
  timeoutSeconds?: number;
  /** Check only these files (relative to the working directory). */
  files?: string[];
  scope?: string;
  changedSince?: string;
  runner?: string;
  image?: string;
  requirements?: string[];
  installDependencies?: string;
  pipArgs?: string[];
}

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly key?: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Folders nobody wants linted; a user's `exclude` replaces this list, `extend-exclude` adds to it. */
export const DEFAULT_EXCLUDE: readonly string[] = [
  '.git',
  '.hg',
  '.svn',
  '.venv',
  'venv',
  'env',
  '.env/',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '__pycache__',
  '__pypackages__',
  'node_modules',
  'build',
  'dist',
  '*.egg-info',
  '.eggs',
  'site-packages',
];

const DEFAULT_TIMEOUT_SECONDS = 600;

/** The published tools image (the release workflow pushes it; action.yml's default). */
export const DEFAULT_IMAGE = 'ghcr.io/pybp-action/pybp-action:v1';

interface KeySpec {
  kind:
    | 'string-list'
    | 'string'
    | 'table-of-lists'
    | 'table-of-levels'
    | 'table-of-sections'
    | 'number'
    | 'suppressions';
  allowed?: readonly string[];
}

const FILE_KEYS: Record<string, KeySpec> = {
  select: { kind: 'string-list' },
  ignore: { kind: 'string-list' },
  'per-file-ignores': { kind: 'table-of-lists' },
  exclude: { kind: 'string-list' },
  'extend-exclude': { kind: 'string-list' },
  tools: { kind: 'string-list', allowed: TOOL_NAMES },
  'fail-on': { kind: 'string', allowed: FAIL_ON_VALUES },
  levels: { kind: 'table-of-levels', allowed: [...LEVELS, 'off'] },
  timeout: { kind: 'number' },
  sections: { kind: 'table-of-sections', allowed: FAIL_ON_VALUES },
  runner: { kind: 'string', allowed: RUNNER_NAMES },
  image: { kind: 'string' },
  requirements: { kind: 'string-list' },
  suppress: { kind: 'suppressions' },
  'install-dependencies': { kind: 'string', allowed: INSTALL_DEPENDENCIES_SETTINGS },
};

/** The repository root holding `start`: the nearest folder with a `.git` entry, else `start`. */
export function findRepositoryBase(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(start);
    dir = parent;
  }
}

/** The config file that applies to `root`: explicit, else the nearest pyproject/.pybp.toml up to `base`. */
export function findConfigFile(root: string, base: string): string | null {
  let dir = root;
  for (;;) {
    const dotfile = join(dir, '.pybp.toml');
    if (existsSync(dotfile)) return dotfile;
    const pyproject = join(dir, 'pyproject.toml');
    if (existsSync(pyproject) && hasPybpTable(pyproject)) return pyproject;
    if (dir === base) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function hasPybpTable(pyproject: string): boolean {
  // A cheap look before parsing: most pyproject files have no [tool.pybp] table.
  return /^\s*\[\s*tool\s*\.\s*pybp\s*[\].]/m.test(readFileSync(pyproject, 'utf8'));
}

type FileSettings = Partial<{
  select: string[];
  ignore: string[];
  'per-file-ignores': Record<string, string[]>;
  exclude: string[];
  'extend-exclude': string[];
  tools: string[];
  'fail-on': string;
  levels: Record<string, string>;
  timeout: number;
  sections: Record<string, string>;
  runner: string;
  image: string;
  requirements: string[];
  suppress: unknown;
  'install-dependencies': string;
}>;

/** Reads and validates the `[tool.pybp]` table (or the whole `.pybp.toml`). */
export function readConfigFile(
  file: string,
  text: string = readFileSync(file, 'utf8'),
): FileSettings & { suppressions?: SuppressionEntry[] } {
  let document: Record<string, unknown>;
  try {
    document = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const where = error instanceof TomlError ? `:${error.line}:${error.column}` : '';
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigError(`${file}${where}: not valid TOML: ${detail}`, file);
  }
  const isPyproject = file.endsWith('pyproject.toml');
  const table = isPyproject ? pick(document, ['tool', 'pybp']) : document;
  if (table === undefined) return {};
  const tablePath = isPyproject ? 'tool.pybp' : '';
  if (!isPlainObject(table)) {
    throw new ConfigError(`${file}: [${tablePath}] must be a table`, file, tablePath);
  }
  for (const [key, value] of Object.entries(table)) {
    const spec = FILE_KEYS[key];
    const name = tablePath ? `${tablePath}.${key}` : key;
    if (!spec) {
      throw new ConfigError(
        `${file}: unknown key "${name}"; allowed keys: ${Object.keys(FILE_KEYS).join(', ')}`,
        file,
        name,
      );
    }
    checkValue(file, name, value, spec);
  }
  const settings = table as FileSettings & { suppressions?: SuppressionEntry[] };
  if (settings.suppress !== undefined)
    settings.suppressions = parseSuppressionEntries(settings.suppress, file, text);
  for (const key of ['select', 'ignore'] as const) {
    for (const selector of settings[key] ?? [])
      checkSelector(selector, file, `${tablePath}.${key}`);
  }
  for (const [glob, selectors] of Object.entries(settings['per-file-ignores'] ?? {})) {
    for (const selector of selectors)
      checkSelector(selector, file, `${tablePath}.per-file-ignores."${glob}"`);
  }
  for (const id of Object.keys(settings.levels ?? {})) {
    checkSelector(id, file, `${tablePath}.levels`);
  }
  return settings;
}

function checkValue(file: string, name: string, value: unknown, spec: KeySpec): void {
  const fail = (expected: string): never => {
    throw new ConfigError(
      `${file}: "${name}" must be ${expected}, not ${describe(value)}`,
      file,
      name,
    );
  };
  const checkAllowed = (item: string, where: string): void => {
    if (spec.allowed && !spec.allowed.includes(item)) {
      throw new ConfigError(
        `${file}: "${where}" has "${item}"; allowed: ${spec.allowed.join(', ')}`,
        file,
        name,
      );
    }
  };
  switch (spec.kind) {
    case 'suppressions':
      return; // Checked whole by parseSuppressionEntries, which also finds each entry's line.
    case 'string':
      if (typeof value !== 'string') fail('a string');
      checkAllowed(value as string, name);
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
        fail('a positive number');
      return;
    case 'string-list':
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
        fail('a list of strings');
      }
      for (const item of value as string[]) checkAllowed(item, name);
      return;
    case 'table-of-lists':
      if (!isPlainObject(value)) fail('a table of glob = [rule ids]');
      for (const [glob, list] of Object.entries(value as object)) {
        if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) {
          throw new ConfigError(
            `${file}: "${name}.${glob}" must be a list of rule ids, not ${describe(list)}`,
            file,
            name,
          );
        }
      }
      return;
    case 'table-of-sections':
      if (!isPlainObject(value)) fail('a table of section = fail-on level');
      for (const [section, level] of Object.entries(value as object)) {
        if (!isSectionId(section)) {
          throw new ConfigError(
            `${file}: "${name}" has unknown section "${section}"; allowed: ${SECTION_IDS.join(', ')}`,
            file,
            name,
          );
        }
        if (typeof level !== 'string' || !spec.allowed?.includes(level)) {
          throw new ConfigError(
            `${file}: "${name}.${section}" must be one of ${spec.allowed?.join(', ')}, not ${describe(level)}`,
            file,
            name,
          );
        }
      }
      return;
    case 'table-of-levels':
      if (!isPlainObject(value)) fail('a table of rule id = level');
      for (const [id, level] of Object.entries(value as object)) {
        if (typeof level !== 'string' || !spec.allowed?.includes(level)) {
          throw new ConfigError(
            `${file}: "${name}.${id}" must be one of ${spec.allowed?.join(', ')}, not ${describe(level)}`,
            file,
            name,
          );
        }
      }
      return;
  }
}

function checkSelector(selector: string, file: string | undefined, key: string): void {
  if (!isKnownSelector(selector)) {
    throw new ConfigError(
      `${file ? file + ': ' : ''}"${key}" names unknown rule "${selector}"; use a pybp rule id or prefix ` +
        `(PBP201, PBP2), a tool rule (flake8/E501, mypy/arg-type) or a tool name (hadolint); ` +
        '`pybp rules` lists them',
      file,
      key,
    );
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a table';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

function pick(document: Record<string, unknown>, keys: string[]): unknown {
  let current: unknown = document;
  for (const key of keys) {
    if (!isPlainObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** Splits "a,b c" lists from flags and action inputs. */
export function splitList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);
  return items;
}

/** Merges defaults, the config file and overrides into a Config. */
export function resolveConfig(
  path: string,
  overrides: ConfigOverrides = {},
  cwd = process.cwd(),
): Config {
  const root = resolve(cwd, path);
  if (!existsSync(root)) throw new ConfigError(`path "${path}" does not exist`);
  const base = findRepositoryBase(root);
  const configFile = overrides.configFile
    ? resolve(cwd, overrides.configFile)
    : findConfigFile(root, base);
  if (configFile && !existsSync(configFile)) {
    throw new ConfigError(
      `config file "${overrides.configFile}" does not exist`,
      overrides.configFile,
    );
  }
  const file = configFile ? readConfigFile(configFile) : {};

  const toolsSaid = overrides.tools ?? file.tools;
  const tools = toolsSaid ?? [...TOOL_NAMES];
  for (const tool of tools) {
    if (!isToolName(tool)) {
      throw new ConfigError(
        `unknown tool "${tool}"; allowed: ${TOOL_NAMES.join(', ')}`,
        undefined,
        'tools',
      );
    }
  }
  for (const key of ['select', 'ignore'] as const) {
    for (const selector of overrides[key] ?? []) checkSelector(selector, undefined, key);
  }
  const failOn = overrides.failOn ?? file['fail-on'] ?? 'error';
  if (!(FAIL_ON_VALUES as readonly string[]).includes(failOn)) {
    throw new ConfigError(
      `fail-on "${failOn}" is not one of ${FAIL_ON_VALUES.join(', ')}`,
      undefined,
      'fail-on',
    );
  }
  const imports = (overrides.imports ?? []).map((spec) => parseImport(spec, cwd));
  return {
    root,
    base,
    configFile,
    tools: [...new Set(tools as ToolName[])].sort(
      (a, b) => TOOL_NAMES.indexOf(a) - TOOL_NAMES.indexOf(b),
    ),
    toolsChosen: toolsSaid !== undefined,
    select: overrides.select ?? file.select ?? [],
    ignore: [...(file.ignore ?? []), ...(overrides.ignore ?? [])],
    perFileIgnores: Object.entries(file['per-file-ignores'] ?? {}).map(([glob, selectors]) => ({
      glob,
      selectors,
    })),
    exclude: file.exclude ?? [...DEFAULT_EXCLUDE],
    extendExclude: [...(file['extend-exclude'] ?? []), ...(overrides.extendExclude ?? [])],
    failOn: failOn as FailOn,
    levels: (file.levels ?? {}) as Record<string, Level | 'off'>,
    sectionPolicy: (file.sections ?? {}) as Partial<Record<SectionId, FailOn>>,
    imports,
    timeoutSeconds: overrides.timeoutSeconds ?? file.timeout ?? DEFAULT_TIMEOUT_SECONDS,
    files: overrides.files ? overrides.files.map((name) => resolve(cwd, name)) : null,
    scope: checkScope(overrides.scope ?? (overrides.changedSince ? 'changed-lines' : 'all')),
    changedSince: overrides.changedSince ?? null,
    runner: checkRunner(overrides.runner ?? file.runner ?? 'auto'),
    image: overrides.image || file.image || DEFAULT_IMAGE,
    requirements: overrides.requirements ?? file.requirements ?? [],
    suppressions: file.suppressions ?? [],
    selectionNarrowed: overrides.select !== undefined || overrides.ignore !== undefined,
    installDependencies: checkInstallSetting(
      overrides.installDependencies ?? file['install-dependencies'] ?? 'auto',
    ),
    pipArgs: overrides.pipArgs ?? [],
  };
}

function checkInstallSetting(value: string): InstallDependenciesSetting {
  if (!isInstallDependenciesSetting(value)) {
    throw new ConfigError(
      `install-dependencies must be ${INSTALL_DEPENDENCIES_SETTINGS.join(', ')}, not "${value}"`,
      undefined,
      'install-dependencies',
    );
  }
  return value;
}

function checkRunner(runner: string): RunnerName {
  if (!isRunnerName(runner)) {
    throw new ConfigError(
      `runner must be ${RUNNER_NAMES.join(', ')}, not "${runner}"`,
      undefined,
      'runner',
    );
  }
  return runner;
}

function checkScope(scope: string): Scope {
  if (!(SCOPES as readonly string[]).includes(scope)) {
    throw new ConfigError(`scope must be ${SCOPES.join(', ')}, not "${scope}"`, undefined, 'scope');
  }
  return scope as Scope;
}

function parseImport(spec: string, cwd: string): ToolImport {
  const at = spec.indexOf('=');
  const tool = at > 0 ? spec.slice(0, at) : '';
  const file = at > 0 ? spec.slice(at + 1) : '';
  if (!isToolName(tool) || tool === 'patterns' || !file) {
    throw new ConfigError(
      `--import takes TOOL=FILE with TOOL one of ${TOOL_NAMES.filter((t) => t !== 'patterns').join(', ')}; got "${spec}"`,
      undefined,
      'import',
    );
  }
  const absolute = resolve(cwd, file);
  if (!existsSync(absolute))
    throw new ConfigError(`--import ${tool}: file "${file}" does not exist`);
  return { tool, file: absolute };
}
