/**
 * What to install so that mypy sees the project's real dependencies: which file says what the
 * project depends on, the pip arguments that install it, and the `types-*` stub packages for the
 * imported packages that ship no types. Pure: files come in as text, nothing is run.
 *
 * The source, in this order (only files in the checked folder itself count; a `requirements/`
 * folder there too):
 * 1. a lock file: `uv.lock`, `poetry.lock`, `pdm.lock`, `pylock*.toml`, `Pipfile.lock` — exported
 *    to pinned requirements (lock-files.ts) — or requirements files that pin every requirement,
 *    or rye's `requirements-dev.lock` / `requirements.lock` (pip's own format, given with `-r`);
 * 2. `pyproject.toml`'s dependencies (PEP 621 `[project]`, or `[tool.poetry]`), with the
 *    development groups their tools install by default (`[dependency-groups]` dev, pdm's dev
 *    groups, poetry's non-optional groups) and extras named for development (`dev`, `test`,
 *    `tests`, `testing`, `typing`, `types`, `mypy`), since mypy checks the tests too;
 * 3. requirements files (`requirements*.txt` and `requirements/*.txt`; the `.in` sources of
 *    pip-tools only when there is no `.txt`), installed with `-r` so pip reads their options
 *    (`--index-url`, includes, constraints) itself.
 */
import { parse as parseToml } from 'smol-toml';
import type { FileKind } from '../discover.js';
import { exportLockFile, lockFormatOf, LockFileError } from './lock-files.js';
import { resolveRequirementIncludes } from './requirement-includes.js';
import { normaliseName, type Requirement, type RequirementsFile } from './requirements.js';
import { importsOf, neededStubs, ownTopLevelModules, type ModuleImport } from './stub-packages.js';
import { tomlArrayStrings, tomlKeys } from './toml-locations.js';

/** A discovered file, as discovery gives it. */
export interface PlanFile {
  /** Repo-relative POSIX path (what findings name). */
  path: string;
  /** Relative to the checked folder (what pip, run there, is given). */
  local: string;
  kind: FileKind;
}

/** The text of a repo-relative file; null or undefined when it cannot be read. */
export type ReadText = (path: string) => string | null | undefined;

export type PlanKind = 'lock' | 'pyproject' | 'requirements';

/** One thing pip installs, where it is declared: the unit of a retry and of a failure finding. */
export interface PlannedRequirement {
  /** PEP 503 normalised distribution name (`types-pyyaml`), or the argument for an editable/URL. */
  name: string;
  /** pip's arguments for this one: `['flask==3.0.3']`, `['-e', './lib']`. */
  args: string[];
  /** Repo-relative file declaring it: the manifest, or for a stub package the first import. */
  path: string;
  line: number;
  stub: boolean;
}

export interface DependencyInstallPlan {
  /** The file the dependencies come from (repo-relative); null when the project has none. */
  source: string | null;
  kind: PlanKind | null;
  /** Every file read for the plan (repo-relative). */
  files: string[];
  /**
   * The whole install, after `pip install`, relative to the checked folder:
   * `['-r', 'requirements.txt', 'types-requests']`, `['flask==3.0.3', …]`; null: nothing to install.
   */
  pipArgs: string[] | null;
  /** Index options every partial install repeats (`--index-url X`, `-c constraints.txt`). */
  options: string[];
  /** What `pipArgs` installs, one by one (for retries and failure findings). */
  requirements: PlannedRequirement[];
  /** The stub distributions added for imported packages that ship no types. */
  stubPackages: string[];
  /**
   * Install the stub packages in a pip run of their own: requirements files with hashes put pip
   * in hash-checking mode, which the stubs (named without hashes) would fail.
   */
  stubsSeparately: boolean;
  notes: string[];
  /** What decides the installed environment: hashed into its cache key. */
  cacheInput: string;
}

export interface PlanOptions {
  /** More module → stub distribution entries than mypy's table knows (a private index's stubs). */
  extraStubs?: Readonly<Record<string, string>>;
  /** Add stub packages for imports (default true). */
  stubs?: boolean;
}

type Table = Record<string, unknown>;

const LOCK_ORDER = ['uv', 'poetry', 'pdm', 'pylock', 'pipfile'] as const;
const DEVELOPMENT_EXTRAS = /^(dev|develop|development|test|tests|testing|typing|types|mypy)$/;
const NOT_FOR_DEVELOPMENT = /(^|[-_/])(prod|production|deploy|deployment|docs?)([-_.]|$)/i;

export function planDependencyInstall(
  files: readonly PlanFile[],
  read: ReadText,
  options: PlanOptions = {},
): DependencyInstallPlan {
  const notes: string[] = [];
  const filesRead = new Set<string>();
  const readFile = (path: string): string | null => {
    try {
      const text = read(path);
      if (typeof text === 'string') {
        filesRead.add(path);
        return text;
      }
    } catch {
      // Unreadable: as if absent.
    }
    return null;
  };
  const atRoot = files.filter((file) => !file.local.includes('/'));

  const pyprojectFile = atRoot.find((file) => file.kind === 'pyproject');
  const pyprojectText = pyprojectFile ? readFile(pyprojectFile.path) : null;
  let pyproject: Table | null = null;
  if (pyprojectFile && pyprojectText !== null) {
    try {
      pyproject = parseToml(pyprojectText) as Table;
    } catch (error) {
      notes.push(
        `${pyprojectFile.path}: not valid TOML (${(error as Error).message.split('\n')[0]}); its dependencies are not installed`,
      );
    }
  }

  let chosen: Omit<
    DependencyInstallPlan,
    'stubPackages' | 'stubsSeparately' | 'notes' | 'cacheInput' | 'files'
  > | null = null;

  // 1. A lock file.
  const locks = atRoot
    .filter((file) => file.kind === 'lock' && lockFormatOf(file.path) !== null)
    .sort(
      (a, b) =>
        LOCK_ORDER.indexOf(lockFormatOf(a.path) as (typeof LOCK_ORDER)[number]) -
          LOCK_ORDER.indexOf(lockFormatOf(b.path) as (typeof LOCK_ORDER)[number]) ||
        // `pylock.toml` before `pylock.<name>.toml`.
        a.local.length - b.local.length ||
        (a.local < b.local ? -1 : 1),
    );
  for (const lock of locks) {
    const text = readFile(lock.path);
    if (text === null) continue;
    try {
      const exported = exportLockFile(lock.path, text, pyproject);
      notes.push(...exported.notes.map((note) => note.replace(/^[^:]+:/, `${lock.path}:`)));
      const requirements = exported.requirements.map((item): PlannedRequirement => ({
        name: item.name,
        args: [item.requirement],
        path: lock.path,
        line: item.line || 1,
        stub: false,
      }));
      chosen = {
        source: lock.path,
        kind: 'lock',
        options: exported.options,
        requirements,
        pipArgs: [...exported.options, ...requirements.flatMap((item) => item.args)],
      };
      break;
    } catch (error) {
      if (!(error instanceof LockFileError)) throw error;
      notes.push(`${lock.path}: ${error.message}; looking for another source of dependencies`);
    }
  }

  // Requirements files at the top of the checked folder.
  const requirementFiles = requirementCandidates(files);
  const readRequirements = requirementFiles.map((file) => ({
    file,
    resolved: resolveRequirementIncludes(file.path, (path) => readFile(path)),
  }));
  const allPinned =
    readRequirements.length > 0 &&
    readRequirements.every(({ resolved }) => {
      const own = resolved.files.filter((item) => item.kind === 'requirements');
      const requirements = own.flatMap((item) => item.file.requirements);
      const others = own.flatMap((item) =>
        item.file.others.filter((other) => other.kind !== 'option'),
      );
      return (
        requirements.length > 0 && others.length === 0 && requirements.every((item) => item.pinned)
      );
    });

  // 1b. Requirements files that pin everything are a lock too; so are rye's `requirements*.lock`
  // (pip's format), the development one first.
  if (!chosen && allPinned) chosen = fromRequirementFiles(readRequirements, 'lock', notes);
  if (!chosen) {
    const ryeLock = ['requirements-dev.lock', 'requirements.lock']
      .map((name) => atRoot.find((file) => file.kind === 'lock' && file.local === name))
      .find((file): file is PlanFile => file !== undefined);
    if (ryeLock) {
      const resolved = resolveRequirementIncludes(ryeLock.path, (path) => readFile(path));
      chosen = fromRequirementFiles([{ file: ryeLock, resolved }], 'lock', notes);
      readRequirements.push({ file: ryeLock, resolved });
    }
  }

  // 2. pyproject.toml's dependencies.
  if (!chosen && pyproject && pyprojectFile && pyprojectText !== null) {
    const declared = pyprojectDependencies(pyproject, pyprojectText, pyprojectFile.path);
    if (declared) {
      notes.push(...declared.notes);
      chosen = {
        source: pyprojectFile.path,
        kind: 'pyproject',
        options: [],
        requirements: declared.requirements,
        pipArgs: declared.requirements.flatMap((item) => item.args),
      };
    }
  }

  // 3. Requirements files as they are.
  if (!chosen && readRequirements.length > 0)
    chosen = fromRequirementFiles(readRequirements, 'requirements', notes);

  // Stub packages for the imports of every Python file.
  const python = files.filter((file) => file.kind === 'python');
  const imports: ModuleImport[] = [];
  if (options.stubs !== false) {
    for (const file of python) {
      let text: string | null | undefined = null;
      try {
        text = read(file.path);
      } catch {
        text = null;
      }
      if (typeof text === 'string') imports.push(...importsOf(text, file.path));
    }
  }
  const declaredNames = new Set((chosen?.requirements ?? []).map((item) => item.name));
  const stubs = neededStubs(imports, {
    ownModules: ownTopLevelModules(python.map((file) => file.local)),
    declared: declaredNames,
    ...(options.extraStubs ? { extra: options.extraStubs } : {}),
  });
  const stubRequirements = stubs.map((stub): PlannedRequirement => ({
    name: normaliseName(stub.distribution),
    args: [stub.distribution],
    path: stub.path,
    line: stub.line,
    stub: true,
  }));

  const requirements = [...(chosen?.requirements ?? []), ...stubRequirements];
  const pipArgs = [...(chosen?.pipArgs ?? []), ...stubRequirements.flatMap((item) => item.args)];
  const hasWork = requirements.length > 0;
  const plan: DependencyInstallPlan = {
    source: chosen?.source ?? null,
    kind: chosen?.kind ?? null,
    files: [...filesRead].sort(),
    pipArgs: hasWork ? pipArgs : null,
    options: chosen?.options ?? [],
    requirements,
    stubPackages: stubs.map((stub) => stub.distribution),
    stubsSeparately:
      (chosen?.pipArgs?.includes('-r') ?? false) &&
      readRequirements.some(({ resolved }) =>
        resolved.files.some((item) => hashChecked(item.file)),
      ),
    notes,
    cacheInput: '',
  };
  // Requirements files are read by pip at install time: their text decides the environment.
  const texts =
    plan.kind !== null && plan.pipArgs?.includes('-r')
      ? plan.files
          .filter((path) =>
            readRequirements.some(({ resolved }) =>
              resolved.files.some((item) => item.path === path),
            ),
          )
          .map((path) => [path, readFile(path) ?? ''])
      : [];
  plan.cacheInput = JSON.stringify({ pipArgs: plan.pipArgs, options: plan.options, texts });
  return plan;
}

/** Requirements files pip would be given for a development environment, `requirements.txt` first. */
function requirementCandidates(files: readonly PlanFile[]): PlanFile[] {
  const top = files.filter(
    (file) =>
      file.kind === 'requirements' &&
      !/(^|\/)constraints[^/]*\.txt$/.test(file.local) &&
      (!file.local.includes('/') || /^requirements\/[^/]+$/.test(file.local)),
  );
  const txt = top.filter((file) => file.local.endsWith('.txt'));
  const pool = txt.length > 0 ? txt : top.filter((file) => file.local.endsWith('.in'));
  const development = pool.filter((file) => !NOT_FOR_DEVELOPMENT.test(file.local));
  const chosen = development.length > 0 ? development : pool;
  return [...chosen].sort((a, b) => {
    const rank = (file: PlanFile): number => (/^requirements\.(txt|in)$/.test(file.local) ? 0 : 1);
    return rank(a) - rank(b) || (a.local < b.local ? -1 : 1);
  });
}

function fromRequirementFiles(
  read: Array<{ file: PlanFile; resolved: ReturnType<typeof resolveRequirementIncludes> }>,
  kind: PlanKind,
  notes: string[],
): Omit<
  DependencyInstallPlan,
  'stubPackages' | 'stubsSeparately' | 'notes' | 'cacheInput' | 'files'
> {
  const first = read[0]?.file;
  // The checked folder's path inside the repository: pip runs there and takes `local` paths.
  const prefix = first ? first.path.slice(0, first.path.length - first.local.length) : '';
  const toLocal = (path: string): string =>
    path.startsWith(prefix) ? path.slice(prefix.length) : path;
  const requirements: PlannedRequirement[] = [];
  const options: string[] = [];
  const seen = new Set<string>();
  for (const { resolved } of read) {
    for (const problem of resolved.problems) {
      notes.push(
        `${problem.path}${problem.line ? `:${problem.line}` : ''}: the include ${problem.target} is not followed (${problem.reason.replace(/-/g, ' ')}); pip may still read it`,
      );
    }
    for (const included of resolved.files) {
      if (seen.has(included.path)) continue;
      seen.add(included.path);
      if (included.kind === 'constraints') {
        options.push('-c', toLocal(included.path));
        continue;
      }
      for (const requirement of included.file.requirements) {
        requirements.push({
          name: requirement.name,
          args: [requirementArgument(requirement)],
          path: included.path,
          line: requirement.line,
          stub: false,
        });
      }
      for (const other of included.file.others) {
        if (other.kind === 'option') {
          options.push(...indexOption(other.text));
        } else if (other.kind === 'editable') {
          const target = other.text.replace(/^(-e|--editable)\s*=?\s*/, '');
          requirements.push({
            name: target,
            args: ['-e', target],
            path: included.path,
            line: other.line,
            stub: false,
          });
        } else {
          requirements.push({
            name: other.text,
            args: [other.text],
            path: included.path,
            line: other.line,
            stub: false,
          });
        }
      }
    }
  }
  return {
    source: first?.path ?? null,
    kind,
    options: [...new Set(pairs(options))].flatMap((pair) => pair.split('\u0000')),
    requirements,
    pipArgs: read.flatMap(({ file }) => ['-r', file.local]),
  };
}

/** A requirements file that puts pip in hash-checking mode. */
function hashChecked(file: RequirementsFile): boolean {
  return (
    file.requirements.some((requirement) => requirement.hashes.length > 0) ||
    file.others.some((other) => /^--require-hashes\b/.test(other.text))
  );
}

/** `name[extras]specifier ; marker`, one argument. */
function requirementArgument(requirement: Requirement): string {
  const extras = requirement.extras.length > 0 ? `[${requirement.extras.join(',')}]` : '';
  const marker = requirement.marker ? ` ; ${requirement.marker}` : '';
  return `${requirement.rawName}${extras}${requirement.specifier}${marker}`;
}

/** The options of a requirements file that say where packages come from (the rest stay with pip). */
function indexOption(text: string): string[] {
  const match =
    /^(-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host|--no-index|--pre|--prefer-binary|--only-binary|--no-binary)(?:[=\s]+(\S+))?/.exec(
      text.trim(),
    );
  if (!match) return [];
  const flag =
    match[1] === '-i' ? '--index-url' : match[1] === '-f' ? '--find-links' : (match[1] ?? '');
  return match[2] ? [flag, match[2]] : [flag];
}

/** Options as flag+value pairs, so duplicates can be dropped as units. */
function pairs(options: readonly string[]): string[] {
  const result: string[] = [];
  for (let i = 0; i < options.length; i++) {
    const flag = options[i] ?? '';
    const value = options[i + 1];
    const takesValue = !['--no-index', '--pre', '--prefer-binary'].includes(flag);
    if (takesValue && value !== undefined && !value.startsWith('-')) {
      result.push(`${flag}\u0000${value}`);
      i++;
    } else {
      result.push(flag);
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// pyproject.toml

interface Declared {
  requirements: PlannedRequirement[];
  notes: string[];
}

function table(value: unknown): Table | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Table)
    : null;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/** The project's dependencies as requirement strings, or null when the file declares none. */
function pyprojectDependencies(pyproject: Table, text: string, path: string): Declared | null {
  const project = table(pyproject.project);
  const poetry = table(table(pyproject.tool)?.poetry);
  const notes: string[] = [];
  const requirements: PlannedRequirement[] = [];
  const seen = new Set<string>();
  const projectName = normaliseName(
    (typeof project?.name === 'string' ? project.name : null) ??
      (typeof poetry?.name === 'string' ? poetry.name : ''),
  );
  const lineIn = (tableName: string, key: string, value: string): number =>
    tomlArrayStrings(text, tableName, key).find((item) => item.value === value)?.line ??
    tomlKeys(text, tableName).find((item) => item.key === key)?.line ??
    1;
  const add = (spec: string, line: number): void => {
    const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)?.[1];
    if (!name) return;
    const normalised = normaliseName(name);
    if (normalised === projectName) return;
    if (seen.has(spec)) return;
    seen.add(spec);
    requirements.push({ name: normalised, args: [spec.trim()], path, line, stub: false });
  };

  const dynamic = stringList(project?.dynamic);
  if (project && !dynamic.includes('dependencies')) {
    for (const spec of stringList(project.dependencies))
      add(spec, lineIn('project', 'dependencies', spec));
  }
  // Extras meant for development, and the project's own extras they name (`proj[test]`).
  const optional = table(project?.['optional-dependencies']) ?? {};
  const extrasWanted = new Set(
    Object.keys(optional).filter((name) => DEVELOPMENT_EXTRAS.test(normaliseName(name))),
  );
  const addExtra = (extra: string, depth = 0): void => {
    for (const spec of stringList(optional[extra])) {
      const self = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*\[([^\]]*)\]/.exec(spec);
      if (self && normaliseName(self[1] ?? '') === projectName && depth < 5) {
        for (const inner of (self[2] ?? '').split(',').map((item) => item.trim()))
          if (inner && inner in optional) addExtra(inner, depth + 1);
        continue;
      }
      add(spec, lineIn('project.optional-dependencies', extra, spec));
    }
  };
  for (const extra of extrasWanted) {
    addExtra(extra);
  }

  // PEP 735 groups (uv installs `dev`, or `[tool.uv] default-groups`) and pdm's dev groups.
  const groups = table(pyproject['dependency-groups']) ?? {};
  const uv = table(table(pyproject.tool)?.uv);
  const defaultGroups = uv?.['default-groups'];
  const wantedGroups =
    defaultGroups === 'all'
      ? Object.keys(groups)
      : Array.isArray(defaultGroups)
        ? stringList(defaultGroups)
        : Object.keys(groups).filter((name) => normaliseName(name) === 'dev');
  const addGroup = (group: string, depth = 0): void => {
    const items = groups[group];
    if (!Array.isArray(items)) return;
    for (const item of items) {
      if (typeof item === 'string') add(item, lineIn('dependency-groups', group, item));
      else if (depth < 5) {
        const include = table(item)?.['include-group'];
        if (typeof include === 'string') addGroup(include, depth + 1);
      }
    }
  };
  for (const group of wantedGroups) {
    addGroup(group);
  }
  for (const spec of stringList(uv?.['dev-dependencies'])) {
    add(spec, lineIn('tool.uv', 'dev-dependencies', spec));
  }
  const pdmDev = table(table(table(pyproject.tool)?.pdm)?.['dev-dependencies']) ?? {};
  for (const [group, items] of Object.entries(pdmDev)) {
    for (const spec of stringList(items))
      add(spec, lineIn('tool.pdm.dev-dependencies', group, spec));
  }

  // Poetry before 2.0 keeps everything in [tool.poetry].
  if (poetry && !(project && Array.isArray(project.dependencies))) {
    const sections: Array<[string, unknown]> = [
      ['tool.poetry.dependencies', poetry.dependencies],
      ['tool.poetry.dev-dependencies', poetry['dev-dependencies']],
    ];
    for (const [name, group] of Object.entries(table(poetry.group) ?? {})) {
      if (table(group)?.optional === true) continue;
      sections.push([`tool.poetry.group.${name}.dependencies`, table(group)?.dependencies]);
    }
    const local: string[] = [];
    for (const [section, dependencies] of sections) {
      const keys = tomlKeys(text, section);
      for (const [name, constraint] of Object.entries(table(dependencies) ?? {})) {
        if (name === 'python') continue;
        const line = keys.find((item) => item.key === name)?.line ?? 1;
        const spec = poetryRequirement(name, constraint);
        if (spec === 'local') local.push(name);
        else if (spec) add(spec, line);
      }
    }
    if (local.length > 0)
      notes.push(
        `${path}: local packages not installed (mypy reads them from the checkout): ${local.join(', ')}`,
      );
  }
  // Nothing declared (or an empty list): the requirements files, if any, say more.
  if (requirements.length === 0) return null;
  return { requirements, notes };
}

/** A poetry dependency as a PEP 508 requirement; 'local' for path dependencies; null to skip. */
export function poetryRequirement(name: string, constraint: unknown): string | 'local' | null {
  if (Array.isArray(constraint)) return poetryRequirement(name, constraint[constraint.length - 1]);
  if (typeof constraint === 'string') {
    const specifier = poetryConstraint(constraint);
    return specifier === null ? name : `${name}${specifier}`;
  }
  const details = table(constraint);
  if (!details) return name;
  if (details.optional === true) return null;
  if (typeof details.path === 'string') return 'local';
  const extras = stringList(details.extras);
  const named = extras.length > 0 ? `${name}[${extras.join(',')}]` : name;
  const marker = typeof details.markers === 'string' ? ` ; ${details.markers}` : '';
  if (typeof details.git === 'string') {
    const revision = [details.rev, details.tag, details.branch].find(
      (item): item is string => typeof item === 'string',
    );
    const subdirectory =
      typeof details.subdirectory === 'string' ? `#subdirectory=${details.subdirectory}` : '';
    return `${named} @ git+${details.git.replace(/^git\+/, '')}${revision ? `@${revision}` : ''}${subdirectory}${marker}`;
  }
  if (typeof details.url === 'string') return `${named} @ ${details.url}${marker}`;
  const specifier =
    typeof details.version === 'string' ? (poetryConstraint(details.version) ?? '') : '';
  return `${named}${specifier}${marker}`;
}

/**
 * Poetry's version constraints in PEP 440: `^1.2.3` → `>=1.2.3,<2.0.0`, `~1.2` → `>=1.2,<1.3`,
 * a bare `1.2.3` → `==1.2.3`; `*` and `a || b` (which PEP 440 cannot say) → null: any version.
 */
export function poetryConstraint(constraint: string): string | null {
  const text = constraint.trim();
  if (text === '' || text === '*' || text.includes('||')) return null;
  const parts = text.split(/\s*,\s*|\s+(?=[<>=!~^])/).filter(Boolean);
  const converted: string[] = [];
  for (const part of parts) {
    const caret = /^\^\s*(\d+(?:\.\d+)*)(.*)$/.exec(part);
    const tilde = /^~(?!=)\s*(\d+(?:\.\d+)*)(.*)$/.exec(part);
    if (caret) {
      const numbers = (caret[1] ?? '0').split('.').map(Number);
      const index = numbers.findIndex((n, i) => n !== 0 || i === numbers.length - 1);
      const upper = numbers.map((n, i) => (i < index ? n : i === index ? n + 1 : 0));
      converted.push(`>=${caret[1]}${caret[2] ?? ''}`, `<${upper.join('.')}`);
    } else if (tilde) {
      const numbers = (tilde[1] ?? '0').split('.').map(Number);
      const keep = numbers.length === 1 ? 1 : 2;
      const upper = numbers.slice(0, keep);
      upper[keep - 1] = (upper[keep - 1] ?? 0) + 1;
      converted.push(`>=${tilde[1]}${tilde[2] ?? ''}`, `<${upper.join('.')}`);
    } else if (/^\d/.test(part)) {
      converted.push(`==${part}`);
    } else {
      converted.push(part.replace(/\s+/g, ''));
    }
  }
  return converted.join(',');
}
