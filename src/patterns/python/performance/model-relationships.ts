/**
 * Which attributes of the project's ORM models load lazily, for PBP104's N+1 check (b): an access
 * such as `user.orders` runs one query per loop item when `User.orders` is a lazy relationship
 * and the query that produced the users did not load it.
 *
 * Collected from a file's class bodies:
 * - SQLAlchemy / Flask-SQLAlchemy `relationship(...)` (and SQLModel `Relationship(...)`): lazy
 *   unless `lazy=` names an eager or non-loading strategy; `backref="name"` adds the reverse side
 *   to the target model;
 * - Django `ForeignKey` / `OneToOneField` / `ManyToManyField` (forward access loads the related
 *   row) and their reverse accessors (`related_name`, else `<model>_set`, `<model>` for one-to-one).
 *
 * Facts from other files come from `ProjectFacts.modelRelationships` when the pipeline gathered
 * them (see `gatherModelRelationships`, the project-wide pre-pass). Without it, from the model
 * modules this file imports, read once per thread from their repository-relative paths in
 * `ProjectFacts.pythonFiles` — which works only when the process runs in the repository root
 * (checked, see `canReadProjectFiles`); elsewhere (b) sees the models of the file itself only.
 */
import { existsSync } from 'node:fs';
import { Parser, type Language, type Node } from 'web-tree-sitter';
import { readSource } from '../../../source-text.js';
import { createPythonParser } from '../../parser.js';
import type { ProjectFacts } from '../../project-facts.js';
import { PythonFile, stringValue } from '../python-file.js';

export interface Relationship {
  /** Loads on first access with a query of its own. */
  lazy: boolean;
  orm: 'sqlalchemy' | 'django';
  /** A collection (one-to-many, many-to-many), not a single related row. */
  many: boolean;
}

/** Plain data, so it can travel to worker threads inside ProjectFacts. */
export interface ModelRelationships {
  /** Model class name → attribute → relationship. */
  models: Record<string, Record<string, Relationship>>;
  /** Model class name → the names of its base classes (relationships are inherited). */
  bases: Record<string, string[]>;
}

/** ProjectFacts as the pipeline may extend it with the project-wide pre-pass. */
export type FactsWithModels = ProjectFacts & { modelRelationships?: ModelRelationships };

/** `lazy=` values that load with the parent query, or never: no per-row query on access. */
const NOT_LAZY = new Set([
  'joined',
  'selectin',
  'subquery',
  'immediate',
  'noload',
  'raise',
  'raise_on_sql',
  'write_only',
  'False',
  'None',
]);
const LAZY = new Set(['select', 'dynamic', 'True']);

const DJANGO_RELATION = new Set([
  'ForeignKey',
  'OneToOneField',
  'ManyToManyField',
  'ParentalKey',
  'ParentalManyToManyField',
  'TreeForeignKey',
  'TreeManyToManyField',
]);

/** Cheap text test before any tree is walked: most files declare no models. */
const MAY_DECLARE_MODELS =
  /(relationship|Relationship|ForeignKey|OneToOneField|ManyToManyField|ParentalKey)\s*\(/;

const perFile = new WeakMap<PythonFile, ModelRelationships>();

export function emptyModelRelationships(): ModelRelationships {
  return { models: {}, bases: {} };
}

/** The relationships the models defined in `file` declare (cached per file). */
export function modelRelationshipsOf(file: PythonFile): ModelRelationships {
  const cached = perFile.get(file);
  if (cached) return cached;
  const facts = emptyModelRelationships();
  if (MAY_DECLARE_MODELS.test(file.text)) collect(file, facts);
  perFile.set(file, facts);
  return facts;
}

function collect(file: PythonFile, facts: ModelRelationships): void {
  const usesSqlalchemy =
    file.importsModule('sqlalchemy') ||
    file.importsModule('flask_sqlalchemy') ||
    file.importsModule('sqlmodel');
  const usesDjango = file.importsModule('django');
  if (!usesSqlalchemy && !usesDjango) return;
  for (const cls of file.root.descendantsOfType('class_definition')) {
    if (!cls || file.enclosingFunction(cls)) continue;
    const name = cls.childForFieldName('name')?.text;
    const body = cls.childForFieldName('body');
    if (!name || !body) continue;
    facts.bases[name] = baseNames(cls);
    for (const statement of body.namedChildren) {
      const assignment =
        statement?.type === 'expression_statement' ? statement.namedChildren[0] : null;
      if (assignment?.type !== 'assignment') continue;
      const attribute = assignment.childForFieldName('left');
      const value = assignment.childForFieldName('right');
      if (attribute?.type !== 'identifier' || value?.type !== 'call') continue;
      const tail = file.calleeTail(value);
      if (usesSqlalchemy && (tail === 'relationship' || tail === 'Relationship')) {
        addSqlalchemyRelationship(file, facts, name, attribute.text, value);
      } else if (usesDjango && tail && DJANGO_RELATION.has(tail)) {
        addDjangoRelation(file, facts, name, attribute.text, value, tail);
      }
    }
  }
}

function baseNames(cls: Node): string[] {
  const names: string[] = [];
  for (const base of cls.childForFieldName('superclasses')?.namedChildren ?? []) {
    if (base?.type === 'identifier') names.push(base.text);
    else if (base?.type === 'attribute')
      names.push(base.childForFieldName('attribute')?.text ?? '');
  }
  return names.filter(Boolean);
}

function add(
  facts: ModelRelationships,
  model: string,
  attribute: string,
  relationship: Relationship,
): void {
  const attributes = (facts.models[model] ??= {});
  const known = attributes[attribute];
  // Two declarations disagree (two models of one name): keep the one that does not fire.
  attributes[attribute] =
    known && known.lazy !== relationship.lazy ? { ...relationship, lazy: false } : relationship;
}

function addSqlalchemyRelationship(
  file: PythonFile,
  facts: ModelRelationships,
  model: string,
  attribute: string,
  call: Node,
): void {
  const lazy = lazyOf(file, call);
  const target = targetModel(
    file.positionalArguments(call)[0] ?? file.keywordArgument(call, 'argument'),
    model,
  );
  const uselist = file.keywordArgument(call, 'uselist')?.text;
  // Without the annotation or `uselist=`, whether it is a collection is not known; say "many"
  // only when it is clear, the message wording depends on nothing else.
  const many =
    uselist === 'True' || /Mapped\[\s*(list|List|set|Set)\[/.test(call.parent?.text ?? '');
  if (lazy !== null) add(facts, model, attribute, { lazy, orm: 'sqlalchemy', many });
  const backref = file.keywordArgument(call, 'backref');
  if (!backref || !target) return;
  const backrefName = stringValue(backref);
  if (backrefName) {
    add(facts, target, backrefName, { lazy: true, orm: 'sqlalchemy', many: false });
  } else if (backref.type === 'call' && file.calleeTail(backref) === 'backref') {
    const name = stringValue(file.positionalArguments(backref)[0] ?? null);
    const backLazy = lazyOf(file, backref);
    if (name && backLazy !== null)
      add(facts, target, name, { lazy: backLazy, orm: 'sqlalchemy', many: false });
  }
}

/** true / false for a known strategy, null when `lazy=` is not a literal. */
function lazyOf(file: PythonFile, call: Node): boolean | null {
  let value = file.keywordArgument(call, 'lazy');
  if (!value) {
    // SQLModel: Relationship(sa_relationship_kwargs={"lazy": "selectin"})
    const kwargs = file.keywordArgument(call, 'sa_relationship_kwargs');
    if (kwargs?.type === 'dictionary') {
      for (const pair of kwargs.namedChildren) {
        if (pair?.type === 'pair' && stringValue(pair.childForFieldName('key')) === 'lazy')
          value = pair.childForFieldName('value');
      }
    } else if (kwargs) {
      return null;
    }
  }
  if (!value) return true;
  const text = stringValue(value) ?? value.text;
  if (NOT_LAZY.has(text)) return false;
  if (LAZY.has(text)) return true;
  return null;
}

function addDjangoRelation(
  file: PythonFile,
  facts: ModelRelationships,
  model: string,
  attribute: string,
  call: Node,
  field: string,
): void {
  const many = field.includes('ManyToMany');
  add(facts, model, attribute, { lazy: true, orm: 'django', many });
  const target = targetModel(
    file.positionalArguments(call)[0] ?? file.keywordArgument(call, 'to'),
    model,
  );
  if (!target) return;
  const relatedName = file.keywordArgument(call, 'related_name');
  let reverse: string | null;
  if (relatedName) {
    reverse = stringValue(relatedName);
    if (!reverse || reverse.endsWith('+') || reverse.includes('%(')) return;
  } else {
    reverse = field === 'OneToOneField' ? model.toLowerCase() : `${model.toLowerCase()}_set`;
  }
  add(facts, target, reverse, { lazy: true, orm: 'django', many: field !== 'OneToOneField' });
}

/** `User`, `"User"`, `"app.User"`, `"self"` → a class name; anything else → null. */
function targetModel(node: Node | null, self: string): string | null {
  if (!node) return null;
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') return node.childForFieldName('attribute')?.text ?? null;
  const text = stringValue(node);
  if (!text) return null;
  if (text === 'self') return self;
  const last = text.split('.').pop() ?? '';
  return /^[A-Za-z_]\w*$/.test(last) ? last : null;
}

/** Merges relationship facts; later parts never turn an eager relationship lazy. */
export function mergeModelRelationships(parts: Iterable<ModelRelationships>): ModelRelationships {
  const merged = emptyModelRelationships();
  for (const part of parts) {
    for (const [model, attributes] of Object.entries(part.models)) {
      for (const [attribute, relationship] of Object.entries(attributes))
        add(merged, model, attribute, relationship);
    }
    for (const [model, bases] of Object.entries(part.bases)) merged.bases[model] ??= bases;
  }
  return merged;
}

/** The relationship `attribute` of `model` (or of one of its bases), or undefined. */
export function relationshipOf(
  facts: ModelRelationships,
  model: string,
  attribute: string,
  depth = 0,
): Relationship | undefined {
  const own = facts.models[model]?.[attribute];
  if (own || depth > 4) return own;
  for (const base of facts.bases[model] ?? []) {
    const inherited = relationshipOf(facts, base, attribute, depth + 1);
    if (inherited) return inherited;
  }
  return undefined;
}

/** True when `model` is a class the facts know as a model (it or a base declares relationships). */
export function isKnownModel(facts: ModelRelationships, model: string, depth = 0): boolean {
  if (facts.models[model]) return true;
  if (depth > 4) return false;
  return (facts.bases[model] ?? []).some((base) => isKnownModel(facts, base, depth + 1));
}

// ---------------------------------------------------------------------------------------------
// Facts from other files.

/**
 * The project-wide pre-pass, for the pipeline: reads and parses only the files that may declare
 * models (a text test first), and returns plain data to put in `ProjectFacts.modelRelationships`.
 */
export async function gatherModelRelationships(
  files: ReadonlyArray<{ path: string; absolute: string }>,
): Promise<ModelRelationships> {
  const parts: ModelRelationships[] = [];
  let parser: Parser | undefined;
  for (const { path, absolute } of files) {
    const source = readSource(absolute);
    if (!source.ok || !MAY_DECLARE_MODELS.test(source.text)) continue;
    parser ??= await createPythonParser();
    const tree = parser.parse(source.text);
    if (!tree) continue;
    try {
      parts.push(modelRelationshipsOf(new PythonFile(path, source.text, tree)));
    } finally {
      tree.delete();
    }
  }
  return mergeModelRelationships(parts);
}

interface ReadModule {
  facts: ModelRelationships;
  imports: Map<string, string>;
}

/** Per file: the project-wide facts merged with the file's own, built on first use. */
const withProject = new WeakMap<PythonFile, ModelRelationships>();

/** Per thread: repository-relative path → what that file declares and imports (null: unreadable). */
const importedModules = new Map<string, ReadModule | null>();

/**
 * What `file` can know about the model `name` it uses: its own models, the project-wide facts
 * when the pipeline gathered them, else the module it imports `name` from, when that module is
 * one of the project's files and can be read.
 */
export function relationshipsFor(
  file: PythonFile,
  project: FactsWithModels,
  name: string,
): ModelRelationships {
  const own = modelRelationshipsOf(file);
  if (isKnownModel(own, name)) return own;
  if (project.modelRelationships) {
    let merged = withProject.get(file);
    if (!merged)
      withProject.set(file, (merged = mergeModelRelationships([project.modelRelationships, own])));
    return merged;
  }
  const qualified = file.imports().get(name);
  if (!qualified || !canReadProjectFiles(file, project)) return own;
  const imported = factsOfImport(file.tree.language, file.path, project.pythonFiles, qualified, 0);
  return imported ? mergeModelRelationships([imported, own]) : own;
}

/**
 * False when `relationshipsFor` cannot know a single relationship for this file, whatever the
 * model: the file declares none, the project-wide facts (when gathered) hold none, and without
 * them the project's files cannot be read from here. Cheap once per file: the callers skip their
 * loops altogether.
 */
export function mayKnowRelationships(file: PythonFile, project: FactsWithModels): boolean {
  const gathered = project.modelRelationships;
  if (gathered && hasRelationships(gathered)) return true;
  if (hasRelationships(modelRelationshipsOf(file))) return true;
  return !gathered && canReadProjectFiles(file, project);
}

function hasRelationships(facts: ModelRelationships): boolean {
  for (const attributes of Object.values(facts.models))
    if (Object.keys(attributes).length > 0) return true;
  return false;
}

const readableFor = new WeakMap<ProjectFacts, boolean>();

/**
 * Repository-relative paths can be read from here only when this process runs in the
 * repository's root (the action on a runner, the CLI at the top of a checkout): checked once per
 * project by reading the file being checked back and comparing.
 */
function canReadProjectFiles(file: PythonFile, project: ProjectFacts): boolean {
  let readable = readableFor.get(project);
  if (readable === undefined) {
    const again = existsSync(file.path) ? readSource(file.path) : null;
    readable = again?.ok === true && again.text === file.text;
    readableFor.set(project, readable);
  }
  return readable;
}

function factsOfImport(
  language: Language,
  fromPath: string,
  pythonFiles: readonly string[],
  qualified: string,
  depth: number,
): ModelRelationships | null {
  const dot = qualified.lastIndexOf('.');
  if (dot <= 0) return null;
  const path = moduleFile(fromPath, pythonFiles, qualified.slice(0, dot));
  if (!path) return null;
  const module = readModule(language, path);
  if (!module) return null;
  const name = qualified.slice(dot + 1);
  if (isKnownModel(module.facts, name) || depth >= 2) return module.facts;
  // A package that re-exports its models (`from .user import User` in models/__init__.py).
  const next = module.imports.get(name);
  return next ? factsOfImport(language, path, pythonFiles, next, depth + 1) : module.facts;
}

function readModule(language: Language, path: string): ReadModule | null {
  if (importedModules.has(path)) return importedModules.get(path) ?? null;
  let module: ReadModule | null = null;
  const source = existsSync(path) ? readSource(path) : null;
  if (source?.ok) {
    const parser = new Parser();
    try {
      parser.setLanguage(language);
      const tree = parser.parse(source.text);
      if (tree) {
        try {
          const parsed = new PythonFile(path, source.text, tree);
          module = { facts: modelRelationshipsOf(parsed), imports: parsed.imports() };
        } finally {
          tree.delete();
        }
      }
    } finally {
      parser.delete();
    }
  }
  importedModules.set(path, module);
  return module;
}

/**
 * The project file that holds module `moduleName` as seen from `fromPath`: `app.models` →
 * `…/app/models.py` or `…/app/models/__init__.py`; relative names resolve against the
 * importing file's package. Several candidates: the one nearest the importing file.
 */
export function moduleFile(
  fromPath: string,
  pythonFiles: readonly string[],
  moduleName: string,
): string | null {
  let relative: string;
  let anchor: string | null = null;
  if (moduleName.startsWith('.')) {
    const dots = /^\.+/.exec(moduleName)?.[0].length ?? 1;
    const parts = fromPath.split('/').slice(0, -1);
    for (let i = 1; i < dots; i++) parts.pop();
    anchor = parts.join('/');
    relative = moduleName.slice(dots).split('.').filter(Boolean).join('/');
  } else {
    relative = moduleName.split('.').join('/');
  }
  const wanted =
    anchor !== null
      ? [relative ? `${anchor}/${relative}` : anchor].map((p) => p.replace(/^\//, ''))
      : [relative];
  const candidates = pythonFiles.filter((path) =>
    wanted.some((stem) => {
      const file = `${stem}.py`;
      const init = `${stem}/__init__.py`;
      if (anchor !== null) return path === file || path === init;
      return (
        path === file || path === init || path.endsWith(`/${file}`) || path.endsWith(`/${init}`)
      );
    }),
  );
  if (candidates.length <= 1) return candidates[0] ?? null;
  return (
    candidates.sort(
      (a, b) => commonPrefix(b, fromPath) - commonPrefix(a, fromPath) || a.length - b.length,
    )[0] ?? null
  );
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
