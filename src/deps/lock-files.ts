/**
 * Lock files pip cannot read, turned into the pinned requirements pip can install: `uv.lock`,
 * `poetry.lock`, `pdm.lock`, `Pipfile.lock` and PEP 751's `pylock.toml`. We never run uv, poetry,
 * pdm or pipenv (they are not where the tools run); we read their files.
 *
 * What is exported is what the project's own tool installs by default for development, because
 * that is the environment the developers run mypy in: `uv sync` (the project's dependencies and
 * its default groups, `dev` unless `[tool.uv] default-groups` says otherwise), `poetry install`
 * (main and every non-optional group), `pdm install` (default and the dev groups), `pipenv install
 * --dev` (default and develop), and a pylock's default groups. Extras are not installed.
 *
 * Markers: a package's own marker (poetry 2, pdm, Pipfile.lock, pylock) is passed to pip, which
 * evaluates it where it installs. uv (and older poetry and pdm locks) put markers on the
 * dependency edges instead: a package is then needed when any path to it from the project holds,
 * which is worked out here and passed on as one marker. PEP 751's `… in dependency_groups` and
 * `… in extras` clauses are decided here, since pip does not know them.
 *
 * The project's own packages (editable, virtual, directory and path sources) are not installed:
 * mypy reads them from the checkout. Each requirement keeps the line its package is declared on,
 * so a package that fails to install is reported there.
 */
import { parse as parseToml } from 'smol-toml';
import { MarkerCondition, resolveMarker, withMarker } from './markers.js';
import { normaliseName } from './requirements.js';

export type LockFormat = 'uv' | 'poetry' | 'pdm' | 'pipfile' | 'pylock';

export interface LockedRequirement {
  /** PEP 503 normalised. */
  name: string;
  /** One pip argument: `flask==3.0.3`, `colorama==0.4.6 ; sys_platform == 'win32'`, `x @ git+…`. */
  requirement: string;
  /** 1-based line of the package in the lock file; 0 when unknown. */
  line: number;
}

export interface LockExport {
  format: LockFormat;
  requirements: LockedRequirement[];
  /** `--index-url` / `--extra-index-url` for the indexes the lock's packages come from. */
  options: string[];
  /** What was left out and why (local packages, sources pip cannot take). */
  notes: string[];
}

export class LockFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockFileError';
  }
}

type Table = Record<string, unknown>;

const PYPI = /^https?:\/\/(pypi\.org|pypi\.python\.org)\/simple\/?$/;

/** Which lock format a file name is; null for one we do not export (pixi.lock, requirements*.lock). */
export function lockFormatOf(path: string): LockFormat | null {
  const name = path.split('/').pop() ?? '';
  if (name === 'uv.lock') return 'uv';
  if (name === 'poetry.lock') return 'poetry';
  if (name === 'pdm.lock') return 'pdm';
  if (name === 'Pipfile.lock') return 'pipfile';
  if (/^pylock(\.[^/]*)?\.toml$/.test(name)) return 'pylock';
  return null;
}

/** Exports any supported lock file; `pyproject` is the project's pyproject.toml, parsed, if any. */
export function exportLockFile(
  path: string,
  text: string,
  pyproject: Table | null = null,
): LockExport {
  const format = lockFormatOf(path);
  switch (format) {
    case 'uv':
      return exportUvLock(text, pyproject);
    case 'poetry':
      return exportPoetryLock(text, pyproject);
    case 'pdm':
      return exportPdmLock(text, pyproject);
    case 'pipfile':
      return exportPipfileLock(text);
    case 'pylock':
      return exportPylock(text);
    default:
      throw new LockFileError(`${path}: not a lock format pybp can read`);
  }
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

function readToml(text: string, what: string): Table {
  try {
    return parseToml(text) as Table;
  } catch (error) {
    throw new LockFileError(
      `${what} is not valid TOML: ${(error as Error).message.split('\n')[0]}`,
    );
  }
}

function table(value: unknown): Table | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Table)
    : null;
}

function tables(value: unknown): Table[] {
  return Array.isArray(value) ? value.map(table).filter((item): item is Table => !!item) : [];
}

function string(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/**
 * The line of each `[[header]]` entry, in file order (one per array entry): its `name = …` line
 * when the entry's own keys hold one, else the header's line.
 */
function blockLines(text: string, header: string): number[] {
  const result: number[] = [];
  const headerPattern = new RegExp(`^\\s*\\[\\[\\s*${header}\\s*\\]\\]\\s*(#.*)?$`);
  let open = -1;
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (headerPattern.test(line)) {
      result.push(index + 1);
      open = result.length - 1;
    } else if (/^\s*\[/.test(line)) {
      open = -1;
    } else if (open >= 0 && /^\s*name\s*=/.test(line)) {
      result[open] = index + 1;
      open = -1;
    }
  });
  return result;
}

/**
 * Marker conditions for a dependency graph whose markers are on the edges: a node is needed when
 * any path from a root to it holds. Roots are needed always.
 */
function propagate(
  roots: readonly string[],
  edges: ReadonlyMap<string, ReadonlyArray<{ target: string; marker: string | null }>>,
): Map<string, MarkerCondition> {
  const conditions = new Map<string, MarkerCondition>();
  const queue: string[] = [];
  for (const root of roots) {
    conditions.set(root, MarkerCondition.always());
    queue.push(root);
  }
  let steps = 0;
  while (queue.length > 0 && steps++ < 200_000) {
    const key = queue.shift() as string;
    const condition = conditions.get(key) as MarkerCondition;
    for (const edge of edges.get(key) ?? []) {
      const marker = edge.marker ? resolveMarker(edge.marker) : true;
      if (marker === false) continue;
      const incoming = condition.and(marker === true ? null : marker);
      const before = conditions.get(edge.target);
      const after = before ? before.or(incoming) : incoming;
      if (!before || !before.equals(after)) {
        conditions.set(edge.target, after);
        queue.push(edge.target);
      }
    }
  }
  return conditions;
}

/** Index options for the registries packages come from (PyPI itself needs none). */
function indexOptions(registries: ReadonlySet<string>, anyFromPypi: boolean): string[] {
  const others = [...registries].filter((url) => !PYPI.test(url)).sort();
  if (others.length === 0) return [];
  const options: string[] = [];
  others.forEach((url, i) => {
    options.push(i === 0 && !anyFromPypi ? '--index-url' : '--extra-index-url', url);
  });
  return options;
}

/** `git+URL@REV` with an optional subdirectory, as pip takes a VCS requirement. */
function gitRequirement(
  name: string,
  url: string,
  revision: string | null,
  subdirectory: string | null,
): string {
  const base = url.startsWith('git+') ? url : `git+${url}`;
  return `${name} @ ${base}${revision ? `@${revision}` : ''}${subdirectory ? `#subdirectory=${subdirectory}` : ''}`;
}

function localNote(names: readonly string[], file: string): string[] {
  if (names.length === 0) return [];
  const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, … (${names.length})` : '');
  return [`${file}: local packages not installed (mypy reads them from the checkout): ${shown}`];
}

// ---------------------------------------------------------------------------------------------
// uv.lock

interface UvDependency {
  name: string;
  version: string | null;
  marker: string | null;
  extras: string[];
}

function uvDependencies(value: unknown): UvDependency[] {
  return tables(value).flatMap((entry) => {
    const name = string(entry.name);
    if (!name) return [];
    return [
      {
        name: normaliseName(name),
        version: string(entry.version),
        marker: string(entry.marker),
        extras: strings(entry.extra),
      },
    ];
  });
}

/** The default groups `uv sync` installs: `[tool.uv] default-groups`, else `dev`. */
function uvDefaultGroups(pyproject: Table | null): string[] | 'all' {
  const uv = table(table(pyproject?.tool)?.uv);
  const groups = uv?.['default-groups'];
  if (groups === 'all') return 'all';
  if (Array.isArray(groups)) return strings(groups).map(normaliseName);
  return ['dev'];
}

export function exportUvLock(text: string, pyproject: Table | null = null): LockExport {
  const document = readToml(text, 'uv.lock');
  const packages = tables(document.package);
  const lines = blockLines(text, 'package');
  const byName = new Map<string, number[]>();
  packages.forEach((entry, index) => {
    const name = normaliseName(string(entry.name) ?? '');
    byName.set(name, [...(byName.get(name) ?? []), index]);
  });
  const key = (index: number): string => String(index);
  const resolve = (dependency: UvDependency): number | null => {
    const candidates = byName.get(dependency.name) ?? [];
    if (candidates.length <= 1 || !dependency.version) return candidates[0] ?? null;
    return (
      candidates.find((index) => string(packages[index]?.version) === dependency.version) ??
      candidates[0] ??
      null
    );
  };
  const isLocal = (entry: Table): boolean => {
    const source = table(entry.source) ?? {};
    return ['editable', 'virtual', 'directory', 'path'].some((kind) => kind in source);
  };

  // The project: its package at "." — or, in a workspace, every member.
  let roots = packages
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => {
      const source = table(entry.source) ?? {};
      return source.editable === '.' || source.virtual === '.';
    })
    .map(({ index }) => index);
  const members = strings(table(document.manifest)?.members).map(normaliseName);
  if (members.length > 0)
    roots = [
      ...new Set([...roots, ...members.flatMap((name) => byName.get(name)?.slice(0, 1) ?? [])]),
    ];
  if (roots.length === 0)
    roots = packages.map((_, index) => index).filter((index) => isLocal(packages[index] as Table));
  const exportAll = roots.length === 0;

  const groups = uvDefaultGroups(pyproject);
  const edges = new Map<string, Array<{ target: string; marker: string | null }>>();
  const extrasWanted = new Map<number, Set<string>>();
  const addEdges = (from: number, dependencies: UvDependency[]): void => {
    const list = edges.get(key(from)) ?? [];
    for (const dependency of dependencies) {
      const target = resolve(dependency);
      if (target === null) continue;
      list.push({ target: key(target), marker: dependency.marker });
      if (dependency.extras.length > 0) {
        const wanted = extrasWanted.get(target) ?? new Set<string>();
        for (const extra of dependency.extras) wanted.add(normaliseName(extra));
        extrasWanted.set(target, wanted);
      }
    }
    edges.set(key(from), list);
  };
  // Extras requested by an edge are known only once every edge is read: two passes.
  packages.forEach((entry, index) => addEdges(index, uvDependencies(entry.dependencies)));
  for (const root of roots) {
    const dev = table(packages[root]?.['dev-dependencies']) ?? {};
    for (const [group, list] of Object.entries(dev)) {
      if (groups === 'all' || groups.includes(normaliseName(group)))
        addEdges(root, uvDependencies(list));
    }
  }
  packages.forEach((entry, index) => {
    const optional = table(entry['optional-dependencies']) ?? {};
    for (const extra of extrasWanted.get(index) ?? []) {
      const list = Object.entries(optional).find(([name]) => normaliseName(name) === extra)?.[1];
      if (list) addEdges(index, uvDependencies(list));
    }
  });

  const conditions = exportAll
    ? new Map(packages.map((_, index) => [key(index), MarkerCondition.always()]))
    : propagate(roots.map(key), edges);

  const requirements: LockedRequirement[] = [];
  const registries = new Set<string>();
  let anyFromPypi = false;
  const local: string[] = [];
  packages.forEach((entry, index) => {
    const condition = conditions.get(key(index));
    if (!condition || condition.isNever) return;
    const name = normaliseName(string(entry.name) ?? '');
    const version = string(entry.version);
    const source = table(entry.source) ?? {};
    const line = lines[index] ?? 0;
    if (isLocal(entry)) {
      if (!roots.includes(index)) local.push(name);
      return;
    }
    const marker = condition.toMarker();
    let requirement: string;
    const git = string(source.git);
    const url = string(source.url);
    if (git) {
      const [withoutFragment = git, commit = null] = git.split('#');
      const [base = withoutFragment, query = ''] = withoutFragment.split('?');
      const subdirectory = new URLSearchParams(query).get('subdirectory');
      requirement = gitRequirement(name, base, commit, subdirectory);
    } else if (url) {
      requirement = `${name} @ ${url}`;
    } else {
      if (!version) return;
      const registry = string(source.registry);
      if (registry && !PYPI.test(registry)) registries.add(registry);
      else anyFromPypi = true;
      requirement = `${name}==${version}`;
    }
    requirements.push({ name, requirement: withMarker(requirement, marker), line });
  });
  return {
    format: 'uv',
    requirements,
    options: indexOptions(registries, anyFromPypi),
    notes: localNote(local, 'uv.lock'),
  };
}

// ---------------------------------------------------------------------------------------------
// poetry.lock

/** The groups `poetry install` installs: main and every group not marked optional. */
function poetryGroups(pyproject: Table | null): Set<string> | null {
  const poetry = table(table(pyproject?.tool)?.poetry);
  if (!poetry) return null;
  const wanted = new Set(['main', 'dev']);
  for (const [name, value] of Object.entries(table(poetry.group) ?? {})) {
    if (table(value)?.optional !== true) wanted.add(name);
  }
  return wanted;
}

export function exportPoetryLock(text: string, pyproject: Table | null = null): LockExport {
  const document = readToml(text, 'poetry.lock');
  const packages = tables(document.package);
  const lines = blockLines(text, 'package');
  const wantedGroups = poetryGroups(pyproject);
  const hasPackageMarkers = packages.some((entry) => 'groups' in entry || 'markers' in entry);

  const selected = packages
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => {
      if (entry.optional === true) return false;
      const groups = strings(entry.groups);
      if (groups.length > 0 && wantedGroups) return groups.some((group) => wantedGroups.has(group));
      return true;
    });

  // Markers on the package (lock 2.1) — else worked out from the dependency edges.
  let conditionOf: (index: number) => MarkerCondition;
  if (hasPackageMarkers) {
    conditionOf = (index) => {
      const entry = packages[index] as Table;
      const markers = entry.markers;
      if (typeof markers === 'string') return MarkerCondition.of([markers]);
      const perGroup = table(markers);
      if (!perGroup) return MarkerCondition.always();
      const groups = strings(entry.groups).filter(
        (group) => !wantedGroups || wantedGroups.has(group),
      );
      let condition = MarkerCondition.never();
      for (const group of groups) {
        const marker = string(perGroup[group]);
        condition = condition.or(marker ? MarkerCondition.of([marker]) : MarkerCondition.always());
      }
      return groups.length === 0 ? MarkerCondition.always() : condition;
    };
  } else {
    const indexByName = new Map(
      selected.map(({ entry, index }) => [normaliseName(string(entry.name) ?? ''), index]),
    );
    const edges = new Map<string, Array<{ target: string; marker: string | null }>>();
    const incoming = new Set<number>();
    for (const { entry, index } of selected) {
      const list: Array<{ target: string; marker: string | null }> = [];
      for (const [name, spec] of Object.entries(table(entry.dependencies) ?? {})) {
        // A dependency may be listed once per constraint: `x = [{…}, {…}]`.
        const specs = Array.isArray(spec) ? spec : [spec];
        for (const item of specs) {
          const details = table(item);
          if (details?.optional === true) continue;
          const target = indexByName.get(normaliseName(name));
          if (target === undefined) continue;
          incoming.add(target);
          list.push({ target: String(target), marker: string(details?.markers) });
        }
      }
      edges.set(String(index), list);
    }
    const declared = declaredPoetryNames(pyproject);
    const roots = selected
      .filter(
        ({ entry, index }) =>
          !incoming.has(index) || declared.has(normaliseName(string(entry.name) ?? '')),
      )
      .map(({ index }) => String(index));
    const conditions = propagate(roots, edges);
    conditionOf = (index) => conditions.get(String(index)) ?? MarkerCondition.always();
  }

  const requirements: LockedRequirement[] = [];
  const registries = new Set<string>();
  let anyFromPypi = false;
  const local: string[] = [];
  for (const { entry, index } of selected) {
    const name = normaliseName(string(entry.name) ?? '');
    const version = string(entry.version);
    if (!name) continue;
    const condition = conditionOf(index);
    if (condition.isNever) continue;
    const source = table(entry.source);
    const type = string(source?.type);
    let requirement: string;
    if (type === 'git') {
      requirement = gitRequirement(
        name,
        string(source?.url) ?? '',
        string(source?.resolved_reference) ?? string(source?.reference),
        string(source?.subdirectory),
      );
    } else if (type === 'url') {
      requirement = `${name} @ ${string(source?.url) ?? ''}`;
    } else if (type === 'directory' || type === 'file') {
      local.push(name);
      continue;
    } else {
      if (!version) continue;
      const url = string(source?.url);
      if (type === 'legacy' && url) registries.add(url);
      else anyFromPypi = true;
      requirement = `${name}==${version}`;
    }
    requirements.push({
      name,
      requirement: withMarker(requirement, condition.toMarker()),
      line: lines[index] ?? 0,
    });
  }
  return {
    format: 'poetry',
    requirements,
    options: indexOptions(registries, anyFromPypi),
    notes: localNote(local, 'poetry.lock'),
  };
}

function declaredPoetryNames(pyproject: Table | null): Set<string> {
  const names = new Set<string>();
  const poetry = table(table(pyproject?.tool)?.poetry);
  const add = (deps: unknown): void => {
    for (const name of Object.keys(table(deps) ?? {}))
      if (name !== 'python') names.add(normaliseName(name));
  };
  add(poetry?.dependencies);
  add(poetry?.['dev-dependencies']);
  for (const group of Object.values(table(poetry?.group) ?? {})) add(table(group)?.dependencies);
  for (const spec of strings(table(pyproject?.project)?.dependencies)) {
    const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)?.[1];
    if (name) names.add(normaliseName(name));
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// pdm.lock

export function exportPdmLock(text: string, pyproject: Table | null = null): LockExport {
  const document = readToml(text, 'pdm.lock');
  const packages = tables(document.package);
  const lines = blockLines(text, 'package');
  // Groups that are extras of the project are not installed by default.
  const extras = new Set(
    Object.keys(table(table(pyproject?.project)?.['optional-dependencies']) ?? {}).map(
      normaliseName,
    ),
  );
  const wanted = (groups: string[]): boolean =>
    groups.length === 0 ||
    groups.some((group) => group === 'default' || !extras.has(normaliseName(group)));

  const seen = new Set<string>();
  const selected = packages
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => {
      if (!wanted(strings(entry.groups))) return false;
      // `requests[socks]` is listed beside `requests`: one install of each version is enough.
      const id = `${normaliseName(string(entry.name) ?? '')}\u0000${string(entry.version) ?? ''}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });

  const hasMarkers = packages.some((entry) => 'marker' in entry);
  let conditionOf: (index: number) => MarkerCondition;
  if (hasMarkers) {
    conditionOf = (index) => {
      const marker = string(packages[index]?.marker);
      return marker ? MarkerCondition.of([marker]) : MarkerCondition.always();
    };
  } else {
    const indexByName = new Map(
      selected.map(({ entry, index }) => [normaliseName(string(entry.name) ?? ''), index]),
    );
    const edges = new Map<string, Array<{ target: string; marker: string | null }>>();
    const incoming = new Set<number>();
    for (const { entry, index } of packages.map((entry, index) => ({ entry, index }))) {
      const list: Array<{ target: string; marker: string | null }> = [];
      for (const dependency of strings(entry.dependencies)) {
        const [spec = '', ...marker] = dependency.split(';');
        const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)?.[1];
        const target = name ? indexByName.get(normaliseName(name)) : undefined;
        if (target === undefined || target === index) continue;
        incoming.add(target);
        list.push({ target: String(target), marker: marker.join(';').trim() || null });
      }
      // An extras entry's edges belong to the base package it stands beside.
      const base = indexByName.get(normaliseName(string(entry.name) ?? ''));
      const from = String(base ?? index);
      edges.set(from, [...(edges.get(from) ?? []), ...list]);
    }
    const roots = selected
      .filter(({ index }) => !incoming.has(index))
      .map(({ index }) => String(index));
    const conditions = propagate(roots, edges);
    conditionOf = (index) => conditions.get(String(index)) ?? MarkerCondition.always();
  }

  const requirements: LockedRequirement[] = [];
  const local: string[] = [];
  for (const { entry, index } of selected) {
    const name = normaliseName(string(entry.name) ?? '');
    if (!name) continue;
    const condition = conditionOf(index);
    if (condition.isNever) continue;
    let requirement: string;
    const git = string(entry.git);
    const url = string(entry.url);
    if (entry.editable === true || string(entry.path)) {
      local.push(name);
      continue;
    } else if (git) {
      requirement = gitRequirement(
        name,
        git,
        string(entry.revision) ?? string(entry.ref),
        string(entry.subdirectory),
      );
    } else if (url) {
      requirement = `${name} @ ${url}`;
    } else {
      const version = string(entry.version);
      if (!version) continue;
      requirement = `${name}==${version}`;
    }
    requirements.push({
      name,
      requirement: withMarker(requirement, condition.toMarker()),
      line: lines[index] ?? 0,
    });
  }
  // pdm keeps its sources in pyproject.toml.
  const sources = tables(table(table(pyproject?.tool)?.pdm)?.source);
  const registries = new Set(
    sources
      .filter((source) => (string(source.type) ?? 'index') === 'index')
      .map((source) => string(source.url))
      .filter((url): url is string => !!url),
  );
  const replacesPypi = sources.some((source) => string(source.name) === 'pypi');
  return {
    format: 'pdm',
    requirements,
    options: indexOptions(registries, !replacesPypi),
    notes: localNote(local, 'pdm.lock'),
  };
}

// ---------------------------------------------------------------------------------------------
// Pipfile.lock

export function exportPipfileLock(text: string): LockExport {
  let document: Table;
  try {
    const parsed: unknown = JSON.parse(text);
    document = table(parsed) ?? {};
  } catch (error) {
    throw new LockFileError(`Pipfile.lock is not valid JSON: ${(error as Error).message}`);
  }
  const lines = text.split(/\r\n|\r|\n/);
  const lineOf = (rawName: string, after: number): number => {
    const needle = `${JSON.stringify(rawName)}:`;
    for (let i = after; i < lines.length; i++)
      if (lines[i]?.trim().startsWith(needle)) return i + 1;
    return 0;
  };
  const sectionLine = (section: string): number =>
    Math.max(
      0,
      lines.findIndex((line) => line.trim().startsWith(`"${section}":`)),
    );

  const meta = table(document._meta);
  const sources = tables(meta?.sources);
  const sourceUrl = new Map(
    sources.map((source) => [string(source.name) ?? '', string(source.url) ?? '']),
  );
  const usedSources = new Set<string>();
  const requirements: LockedRequirement[] = [];
  const local: string[] = [];
  const seen = new Set<string>();
  for (const section of ['default', 'develop']) {
    const start = sectionLine(section);
    for (const [rawName, value] of Object.entries(table(document[section]) ?? {})) {
      const entry = table(value);
      if (!entry) continue;
      const name = normaliseName(rawName);
      if (seen.has(name)) continue;
      seen.add(name);
      const extras = strings(entry.extras);
      const named = extras.length > 0 ? `${name}[${extras.join(',')}]` : name;
      let requirement: string;
      const git = string(entry.git);
      if (entry.editable === true || string(entry.path)) {
        local.push(name);
        continue;
      } else if (git) {
        requirement = gitRequirement(named, git, string(entry.ref), string(entry.subdirectory));
      } else if (string(entry.file)) {
        requirement = `${named} @ ${string(entry.file)}`;
      } else {
        const version = string(entry.version);
        if (!version) continue;
        requirement = `${named}${version}`;
        const index = string(entry.index);
        if (index) usedSources.add(index);
      }
      const marker = resolveMarker(string(entry.markers));
      if (marker === false) continue;
      requirements.push({
        name,
        requirement: withMarker(requirement, marker === true ? null : marker),
        line: lineOf(rawName, start),
      });
    }
  }
  // The first source is pip's index; the others are extra indexes when a package names them.
  const options: string[] = [];
  const first = sources[0];
  const firstUrl = first ? string(first.url) : null;
  if (firstUrl && !PYPI.test(firstUrl)) options.push('--index-url', firstUrl);
  for (const name of [...usedSources].sort()) {
    const url = sourceUrl.get(name);
    if (url && url !== firstUrl && !PYPI.test(url)) options.push('--extra-index-url', url);
  }
  return { format: 'pipfile', requirements, options, notes: localNote(local, 'Pipfile.lock') };
}

// ---------------------------------------------------------------------------------------------
// pylock.toml (PEP 751)

export function exportPylock(text: string): LockExport {
  const document = readToml(text, 'pylock.toml');
  const packages = tables(document.packages);
  const lines = blockLines(text, 'packages');
  const groups = Array.isArray(document['default-groups'])
    ? strings(document['default-groups'])
    : strings(document['dependency-groups']);
  const selection = { dependencyGroups: groups, extras: [] as string[] };

  const requirements: LockedRequirement[] = [];
  const registries = new Set<string>();
  let anyFromPypi = false;
  const local: string[] = [];
  packages.forEach((entry, index) => {
    const name = normaliseName(string(entry.name) ?? '');
    if (!name) return;
    const marker = resolveMarker(string(entry.marker), selection);
    if (marker === false) return;
    const vcs = table(entry.vcs);
    const archive = table(entry.archive);
    let requirement: string;
    if (table(entry.directory) || (archive && !string(archive.url))) {
      local.push(name);
      return;
    } else if (vcs) {
      requirement = gitRequirement(
        name,
        string(vcs.url) ?? '',
        string(vcs['commit-id']) ?? string(vcs['requested-revision']),
        string(vcs.subdirectory),
      );
    } else if (archive) {
      requirement = `${name} @ ${string(archive.url) ?? ''}`;
    } else {
      const version = string(entry.version);
      if (!version) return;
      const index = string(entry.index);
      if (index && !PYPI.test(index)) registries.add(index);
      else anyFromPypi = true;
      requirement = `${name}==${version}`;
    }
    requirements.push({
      name,
      requirement: withMarker(requirement, marker === true ? null : marker),
      line: lines[index] ?? 0,
    });
  });
  return {
    format: 'pylock',
    requirements,
    options: indexOptions(registries, anyFromPypi),
    notes: localNote(local, 'pylock.toml'),
  };
}
