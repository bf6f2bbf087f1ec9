/**
 * Function signatures for the type-hint rules (PBP401): which parameters carry no annotation,
 * whether a function is a method, and whether it is part of a module's public API.
 *
 * PBP401 asks about every public function of a module (thousands in a large one), so these read
 * as little of the tree as they can: the public functions are found by going down through
 * statements only (never into a function body), each field is read once, holders come from the
 * descent or from `PythonFile.parentOf` (never `node.parent`), and text tests come before any
 * search of decorators or siblings.
 */
import type { Node } from 'web-tree-sitter';
import type { PythonFile } from '../python-file.js';
import { decoratorsOf, definitionOf } from './testing-functions.js';
import { escapeRegExp } from '../../../escape.js';

export interface UnannotatedParameter {
  name: string;
  node: Node;
}

/** What the caller already knows about a function, so it is not read again. */
export interface KnownFacts {
  /** The class the function is a method of (null: not a method). */
  owner?: Node | null;
  /** Its `parameters` node (null: none). */
  parameters?: Node | null;
  /** The `decorated_definition` around it, or the function itself when it has no decorator. */
  holder?: Node;
}

/** A function the descent found outside any function and private class. */
export interface PublicCandidate {
  fn: Node;
  /** The innermost class around it (null: module level). */
  owner: Node | null;
  /** The `decorated_definition` around it, or the function itself. */
  holder: Node;
  /** Its name, read once. */
  named: FunctionName | null;
  /** An earlier function of the same block has its name (it may implement `@overload` stubs). */
  repeated: boolean;
}

/** Parts of a compound statement that hold a block of statements (besides the block itself). */
const CLAUSES = new Set([
  'elif_clause',
  'else_clause',
  'except_clause',
  'except_group_clause',
  'finally_clause',
  'case_clause',
]);

/** How a statement starts, read from the text: what it may define. */
const STATEMENT_START =
  /(?:async[\s\\]+)?(def|class|if|for|while|try|with|match|case)(?![\w\u0080-\uffff])|@/y;

/**
 * Calls `visit` on every function of the module that is not nested in a function or in a class
 * with a private name, in document order. In a tree without errors they are found by going down
 * through the module's statements, class bodies and the blocks of `if`/`try`/`with`/… — never into
 * a function's body, where all the code is — and a statement is told by the keyword it starts
 * with (only `def`, `class`, `@` and compound statements can define a function), so most
 * statements cost no question to the tree. A tree with errors may hold a function anywhere (in
 * an ERROR node inside an expression): there every function is looked at.
 */
export function forEachPublicCandidate(
  file: PythonFile,
  root: Node,
  visit: (candidate: PublicCandidate) => void,
): void {
  if (isClean(file)) {
    new PublicDescent(file, visit).statements(root, null);
    return;
  }
  for (const fn of root.descendantsOfType('function_definition')) {
    if (!fn) continue;
    const owner = publicOwner(file, fn);
    if (owner !== undefined)
      visit({
        fn,
        owner,
        holder: definitionOf(fn, file),
        named: functionName(file, fn),
        repeated: true,
      });
  }
}

/** The descent of `forEachPublicCandidate` through a tree without errors. */
class PublicDescent {
  constructor(
    private readonly file: PythonFile,
    private readonly visit: (candidate: PublicCandidate) => void,
  ) {}

  /** The statements of a module or a block. */
  statements(block: Node, owner: Node | null): void {
    const text = this.file.text;
    // The names defined so far in this block: a repeated one may implement `@overload` stubs.
    const names = new Set<string>();
    for (const statement of block.namedChildren) {
      if (!statement) continue;
      STATEMENT_START.lastIndex = statement.startIndex;
      const start = STATEMENT_START.exec(text);
      if (!start) continue;
      const keyword = start[1];
      if (keyword === 'def') this.define(statement, statement, owner, names);
      else if (keyword === 'class') this.enterClass(statement);
      else if (keyword === undefined) {
        // `@`: a decorated function or class.
        const definition = statement.childForFieldName('definition');
        const type = definition?.type;
        if (definition && type === 'function_definition')
          this.define(definition, statement, owner, names);
        else if (definition && type === 'class_definition') this.enterClass(definition);
      } else this.clauses(statement, owner);
    }
  }

  /** The parts of a compound statement (`if`, `try`, `match`, …, and their clauses). */
  private clauses(compound: Node, owner: Node | null): void {
    for (const part of compound.namedChildren) {
      if (!part) continue;
      const type = part.type;
      if (type === 'block') this.statements(part, owner);
      else if (CLAUSES.has(type)) this.clauses(part, owner);
    }
  }

  private enterClass(cls: Node): void {
    if (isPrivateName(className(this.file, cls))) return;
    const body = cls.childForFieldName('body');
    if (body) this.statements(body, cls);
  }

  private define(fn: Node, holder: Node, owner: Node | null, names: Set<string>): void {
    const named = functionName(this.file, fn);
    const name = named?.name ?? '';
    const repeated = names.has(name);
    names.add(name);
    this.visit({ fn, owner, holder, named, repeated });
  }
}

const STATICMETHOD = /^(staticmethod|builtins\.staticmethod)$/;

/** The function's parameters that have no annotation, skipping `self`/`cls` of a method. */
export function unannotatedParameters(
  file: PythonFile,
  fn: Node,
  known: KnownFacts = {},
): UnannotatedParameter[] {
  const list =
    known.parameters === undefined ? fn.childForFieldName('parameters') : known.parameters;
  // `()` has nothing to read (told from the text: no question to the tree).
  const parameters = list && !isEmptyList(file, list) ? list.namedChildren : [];
  // Each parameter's type, asked once.
  const types = parameters.map((parameter) => parameter?.type ?? '');
  const method = known.owner === undefined ? isMethod(file, fn) : known.owner !== null;
  let skipFirst: boolean;
  if (method) {
    // (`isDecorated` reads lines of text: asked last, only of a function with a static decorator.)
    skipFirst = !(isStaticMethod(file, fn, known.holder) && file.isDecorated(fn));
  } else {
    // A function written to become a method (`def walk(self):`, assigned into a class later).
    const index = types.findIndex((type) => type === 'identifier' || type === 'default_parameter');
    const firstName = parameters[index];
    skipFirst =
      firstName !== undefined &&
      firstName !== null &&
      types[index] === 'identifier' &&
      SELF_NAMES.has(nameAt(file, firstName));
  }
  const missing: UnannotatedParameter[] = [];
  let first = true;
  for (let i = 0; i < parameters.length; i++) {
    const parameter = parameters[i];
    const type = types[i];
    if (!parameter || type === 'comment') continue;
    if (type === 'positional_separator' || type === 'keyword_separator') continue;
    const isFirst = first;
    first = false;
    if (isFirst && skipFirst) continue;
    switch (type) {
      case 'identifier':
        missing.push({ name: nameAt(file, parameter), node: parameter });
        break;
      case 'list_splat_pattern':
      case 'dictionary_splat_pattern':
        missing.push({ name: parameter.text, node: parameter });
        break;
      case 'default_parameter':
        missing.push({
          name: isClean(file)
            ? nameAt(file, parameter)
            : (parameter.childForFieldName('name')?.text ?? parameter.text),
          node: parameter,
        });
        break;
      default:
        // typed_parameter, typed_default_parameter
        break;
    }
  }
  return missing;
}

/** What PBP401 reads of a function's header after its name. */
export interface FunctionHeader {
  /** Its parameters as the text shows them; null when the list is not plain (see below). */
  plain: PlainParameter[] | null;
  hasReturnType: boolean;
}

/**
 * A function's parameters and whether it declares a return type. In a tree without errors, when
 * the name is followed by `(` and the list is plain — no comment, line continuation, `lambda`,
 * f-string or triple-quoted string in it — they are read from the text: the list up to its `)`,
 * split at the commas outside brackets and strings, then `->` or `:`. Otherwise from the tree.
 */
export function functionHeader(file: PythonFile, fn: Node, named: FunctionName): FunctionHeader {
  if (isClean(file)) {
    const text = file.text;
    OPEN_PARAMETERS.lastIndex = named.end;
    const open = OPEN_PARAMETERS.exec(text);
    const list = open ? splitParameters(text, named.end + open[0].length - 1) : null;
    if (list) {
      AFTER_PARAMETERS.lastIndex = list.end;
      const after = AFTER_PARAMETERS.exec(text)?.[1];
      if (after === '->' || after === ':')
        return { plain: plainParameters(list.pieces), hasReturnType: after === '->' };
    }
    const parameters = fn.childForFieldName('parameters');
    if (parameters) {
      AFTER_PARAMETERS.lastIndex = parameters.endIndex;
      const after = AFTER_PARAMETERS.exec(text)?.[1];
      if (after === '->' || after === ':') return { plain: null, hasReturnType: after === '->' };
    }
  }
  return { plain: null, hasReturnType: fn.childForFieldName('return_type') !== null };
}

/** From a function's name to the `(` of its parameters. */
const OPEN_PARAMETERS = /[ \t]*\(/y;

/**
 * The names `unannotatedParameters` gives (the caller knows the function's owner and holder):
 * from the header's plain parameters when it has them, else from the tree.
 */
export function unannotatedParameterNames(
  file: PythonFile,
  fn: Node,
  known: Required<Pick<KnownFacts, 'owner' | 'holder'>> & { header: FunctionHeader },
): string[] {
  const plain = known.header.plain;
  if (!plain) return unannotatedParameters(file, fn, known).map((parameter) => parameter.name);
  let skipFirst: boolean;
  if (known.owner !== null) {
    skipFirst = !(isStaticMethod(file, fn, known.holder) && file.isDecorated(fn));
  } else {
    const firstName = plain.find(
      (parameter) => parameter.kind === 'identifier' || parameter.kind === 'default',
    );
    skipFirst = firstName?.kind === 'identifier' && SELF_NAMES.has(firstName.name);
  }
  const missing: string[] = [];
  let first = true;
  for (const parameter of plain) {
    if (parameter.kind === 'separator') continue;
    const isFirst = first;
    first = false;
    if (isFirst && skipFirst) continue;
    if (parameter.kind !== 'typed') missing.push(parameter.name);
  }
  return missing;
}

/** A parameter as the text shows it: what its node's type and `unannotatedParameters` say. */
export interface PlainParameter {
  /** identifier; default_parameter; list/dictionary splat; any annotated one; `*` or `/`. */
  kind: 'identifier' | 'default' | 'splat' | 'typed' | 'separator';
  /** The name (a splat's whole text, `*args`). */
  name: string;
}

/**
 * The parameter list whose `(` is at `open`: the text of each parameter (split at the commas
 * outside brackets and strings) and where the list ends, just after its `)`; null when it holds
 * a comment, a line continuation, a `lambda` (its commas and colon), a string this reading does
 * not follow, or no closing `)`.
 */
function splitParameters(text: string, open: number): { pieces: string[]; end: number } | null {
  const pieces: string[] = [];
  let depth = 0;
  let from = open + 1;
  for (let i = open + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x28 || code === 0x5b || code === 0x7b) depth++;
    else if (code === 0x29 || code === 0x5d || code === 0x7d) {
      if (depth > 0) {
        depth--;
        continue;
      }
      if (code !== 0x29) return null;
      const inner = text.slice(open + 1, i);
      if (inner.includes('lambda')) return null;
      pieces.push(text.slice(from, i));
      return { pieces, end: i + 1 };
    } else if (code === 0x2c) {
      if (depth === 0) {
        pieces.push(text.slice(from, i));
        from = i + 1;
      }
    } else if (code === 0x23 || code === 0x5c) {
      return null; // a comment or a line continuation
    } else if (code === 0x27 || code === 0x22) {
      const close = closingQuote(text, i);
      if (close < 0) return null;
      i = close;
    }
  }
  return null;
}

/** Each piece of a split parameter list as a parameter; null for one this reading does not know. */
function plainParameters(pieces: readonly string[]): PlainParameter[] | null {
  const parameters: PlainParameter[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const piece = (pieces[k] ?? '').trim();
    if (piece === '') {
      // `()`, or the comma that may end a list: nothing else is empty.
      if (k === pieces.length - 1) continue;
      return null;
    }
    if (piece === '*' || piece === '/') {
      parameters.push({ kind: 'separator', name: piece });
      continue;
    }
    const stars = piece.startsWith('**') ? 2 : piece.startsWith('*') ? 1 : 0;
    const body = stars ? piece.slice(stars).trimStart() : piece;
    const name = LEADING_NAME.exec(body)?.[0];
    if (!name) return null;
    const rest = body.slice(name.length).trimStart();
    if (rest === '')
      parameters.push({ kind: stars ? 'splat' : 'identifier', name: stars ? piece : name });
    else if (rest.startsWith(':')) parameters.push({ kind: 'typed', name });
    else if (rest.startsWith('=') && !stars) parameters.push({ kind: 'default', name });
    else return null;
  }
  return parameters;
}

/** A plain ASCII name at the start of a piece of text. */
const LEADING_NAME = /^[A-Za-z_][A-Za-z0-9_]*(?![\w\u0080-\uffff])/;

/**
 * Where the one-line string opened by the quote at `open` closes, or -1 for one that this
 * reading does not follow: a triple-quoted string, an f-string (its `{…}` may hold quotes).
 */
function closingQuote(text: string, open: number): number {
  const quote = text.charCodeAt(open);
  if (text.charCodeAt(open + 1) === quote && text.charCodeAt(open + 2) === quote) return -1;
  for (let i = open - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x66 || code === 0x46) return -1; // f, F
    if (!((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a))) break;
  }
  for (let i = open + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5c) i++;
    else if (code === quote) return i;
    else if (code === 0x0a || code === 0x0d) return -1;
  }
  return -1;
}

/** `(` then `)`, nothing (not even a comment) between. */
function isEmptyList(file: PythonFile, list: Node): boolean {
  EMPTY_LIST.lastIndex = list.startIndex;
  return EMPTY_LIST.test(file.text);
}

const EMPTY_LIST = /\([\s\\]*\)/y;

/** An ASCII identifier that ends where the text says it must (no letter of any script follows). */
const ASCII_NAME = /[A-Za-z_][A-Za-z0-9_]*(?![\w\u0080-\uffff])/y;

/**
 * The identifier that starts `node` (an identifier, or a default parameter's name in a tree
 * without errors), read from the text when it is plain ASCII: no `endIndex` asked of the tree.
 */
function nameAt(file: PythonFile, node: Node): string {
  ASCII_NAME.lastIndex = node.startIndex;
  return ASCII_NAME.exec(file.text)?.[0] ?? node.text;
}

const cleanFiles = new WeakMap<PythonFile, boolean>();

/** The file parsed without errors: every node has the children the grammar gives it. */
function isClean(file: PythonFile): boolean {
  let clean = cleanFiles.get(file);
  if (clean === undefined) {
    clean = !file.root.hasError;
    cleanFiles.set(file, clean);
  }
  return clean;
}

/** A function's name and where it lies in the text. */
export interface FunctionName {
  name: string;
  start: number;
  end: number;
}

/**
 * A function's name: in a tree without errors read from the text after `def` when it is plain
 * ASCII, else from its field. Null when it has none.
 */
export function functionName(file: PythonFile, fn: Node): FunctionName | null {
  if (isClean(file)) {
    DEF_KEYWORD.lastIndex = fn.startIndex;
    const def = DEF_KEYWORD.exec(file.text);
    if (def) {
      const start = fn.startIndex + def[0].length;
      ASCII_NAME.lastIndex = start;
      const name = ASCII_NAME.exec(file.text)?.[0];
      if (name) return { name, start, end: start + name.length };
    }
  }
  const name = fn.childForFieldName('name');
  return name ? { name: name.text, start: name.startIndex, end: name.endIndex } : null;
}

/** `def ` or `async def ` up to the name (a line may be continued). */
const DEF_KEYWORD = /(?:async[\s\\]+)?def[\s\\]+/y;
/** What follows a function's parameters: `->` or `:` (a comment in between is left to the tree). */
const AFTER_PARAMETERS = /[\s\\]*(->|:)/y;

/** `@staticmethod` (or a name imported for it) among the decorators of a decorated function. */
function isStaticMethod(file: PythonFile, fn: Node, holder?: Node): boolean {
  if (!decoratorTextMentions(file, fn, 'staticmethod', STATICMETHOD, holder)) return false;
  return hasDecorator(file, fn, STATICMETHOD, holder);
}

/**
 * Whether the decorators' text names `word`, or a name imported for something `imported`
 * matches (such an import names `word` too): what a decorator must do to resolve to `word`.
 * False for an undecorated function. `holder` is `definitionOf(fn)` when the caller knows it.
 */
function decoratorTextMentions(
  file: PythonFile,
  fn: Node,
  word: string,
  imported: RegExp,
  holder: Node = definitionOf(fn, file),
): boolean {
  if (holder.id === fn.id) return false;
  const text = file.text.slice(holder.startIndex, fn.startIndex);
  if (text.includes(word)) return true;
  return importedAs(file, word, imported).some((local) => text.includes(local));
}

const importedNames = new WeakMap<PythonFile, Map<string, string[]>>();
const renamings = new Map<string, RegExp>();

/**
 * The names imported under another name for something whose qualified name matches `pattern`
 * (once per file). Such an import says `word as` (`from builtins import staticmethod as sm`): a
 * module whose text does not is spared reading its imports. (A name imported as itself is `word`,
 * which the callers look for first.)
 */
function importedAs(file: PythonFile, word: string, pattern: RegExp): string[] {
  let byWord = importedNames.get(file);
  if (!byWord) importedNames.set(file, (byWord = new Map()));
  let locals = byWord.get(word);
  if (!locals) {
    locals = [];
    let renaming = renamings.get(word);
    if (!renaming) {
      renaming = new RegExp(`${word}(?:[\\s\\\\]|#[^\\n]*)*as(?![\\w\\u0080-\\uffff])`);
      renamings.set(word, renaming);
    }
    if (renaming.test(file.text)) {
      for (const [local, qualified] of file.imports())
        if (pattern.test(qualified)) locals.push(local);
    }
    byWord.set(word, locals);
  }
  return locals;
}

/** Defined in a class body. */
export function isMethod(file: PythonFile, fn: Node): boolean {
  return owningClass(file, fn) !== null;
}

const SELF_NAMES = new Set(['self', 'cls', 'mcs', 'mcls', 'metacls']);
/** The class a method is defined in (directly, or under an `if`/`try` of its body), or null. */
export function owningClass(file: PythonFile, fn: Node): Node | null {
  // The innermost definition around the function: a class (its body, or a block inside it) owns
  // it; a function around it makes it nested, not a method. No parent walks: see definitionsAround.
  const around = file.definitionsAround(fn)[0];
  return around && file.typeOf(around) === 'class_definition' ? around : null;
}

/**
 * A decorator (by qualified name, call or not) matching `pattern`. `holder` is
 * `definitionOf(fn)` when the caller knows it.
 */
export function hasDecorator(file: PythonFile, fn: Node, pattern: RegExp, holder?: Node): boolean {
  if (holder?.id === fn.id) return false;
  return decoratorsOf(holder ?? fn, file).some((decorator) => {
    const target = decorator.type === 'call' ? decorator.childForFieldName('function') : decorator;
    return pattern.test(file.qualifiedName(target) ?? target?.text ?? '');
  });
}

/** `_name` but not `__dunder__`. */
export function isPrivateName(name: string): boolean {
  return name.startsWith('_') && !(name.startsWith('__') && name.endsWith('__') && name.length > 4);
}

/**
 * Part of the public API: not nested in a function, a public name in a public class, in a
 * module whose own path has no private segment (`_internal.py`, `_impl/`).
 */
export function isPublicFunction(file: PythonFile, fn: Node): boolean {
  const name = fn.childForFieldName('name')?.text ?? '';
  if (!name || isPrivateName(name) || isPrivateModule(file)) return false;
  return publicOwner(file, fn) !== undefined;
}

/** A module whose own path has a private segment (`_internal.py`, `_impl/`). */
export function isPrivateModule(file: PythonFile): boolean {
  return file.path.split('/').some((segment) => isPrivateName(segment.replace(/\.py$/, '')));
}

const classNames = new WeakMap<PythonFile, Map<number, string>>();

/** A class's name, read once per class (from the text after `class` when it is plain ASCII). */
export function className(file: PythonFile, cls: Node): string {
  let names = classNames.get(file);
  if (!names) classNames.set(file, (names = new Map()));
  let name = names.get(cls.id);
  if (name === undefined) {
    CLASS_KEYWORD.lastIndex = cls.startIndex;
    const keyword = isClean(file) ? CLASS_KEYWORD.exec(file.text) : null;
    ASCII_NAME.lastIndex = cls.startIndex + (keyword?.[0].length ?? 0);
    name =
      (keyword ? ASCII_NAME.exec(file.text)?.[0] : undefined) ??
      cls.childForFieldName('name')?.text ??
      '';
    names.set(cls.id, name);
  }
  return name;
}

/** `class ` up to the name (a line may be continued). */
const CLASS_KEYWORD = /class[\s\\]+/y;

/**
 * For a function with a public name in a public module: the class it is a method of (null at
 * module level), or undefined when it is not public — nested in a function, or in a private
 * class.
 */
export function publicOwner(file: PythonFile, fn: Node): Node | null | undefined {
  const around = file.definitionsAround(fn);
  for (const current of around) {
    const type = file.typeOf(current);
    if (type === 'function_definition' || type === 'lambda') return undefined;
    if (type === 'class_definition' && isPrivateName(className(file, current))) return undefined;
  }
  // Nothing but classes around: the innermost owns the function.
  return around[0] ?? null;
}

/**
 * The implementation under `@overload` stubs of the same name (its signature is the overloads'),
 * or a property's setter/deleter (its type is the getter's). `name` is the function's name;
 * `holder` is `definitionOf(fn)` when the caller knows it; `repeated: false` says that no earlier
 * function of its block has its name (so it implements no stubs).
 */
export function isCoveredElsewhere(
  file: PythonFile,
  fn: Node,
  name: string = fn.childForFieldName('name')?.text ?? '',
  holder?: Node,
  repeated = true,
): boolean {
  holder ??= definitionOf(fn, file);
  // Setters are rare: look for one only on a decorated function of a module whose text has them.
  // (Tests are ordered cheapest first; `isDecorated` reads lines of text.)
  if (
    holder.id !== fn.id &&
    mentionsAccessors(file) &&
    (decoratorTextMentions(file, fn, 'setter', ACCESSOR, holder) ||
      decoratorTextMentions(file, fn, 'deleter', ACCESSOR, holder)) &&
    mentionsAccessors(file) &&
    file.isDecorated(fn) &&
    hasDecorator(file, fn, new RegExp(`^${escapeRegExp(name)}\\.(setter|deleter)$`), holder)
  )
    return true;
  // Overloads too: only a name some `@overload` stub has can be an implementation.
  if (!repeated || !overloadedNames(file).has(name)) return false;
  if (file.isDecorated(fn) && hasDecorator(file, fn, OVERLOAD, holder)) return false;
  for (let sibling = holder.previousNamedSibling; sibling; sibling = sibling.previousNamedSibling) {
    const definition =
      sibling.type === 'decorated_definition' ? sibling.childForFieldName('definition') : sibling;
    if (
      definition?.type !== 'function_definition' ||
      definition.childForFieldName('name')?.text !== name
    )
      continue;
    if (hasDecorator(file, definition, OVERLOAD)) return true;
  }
  return false;
}

const OVERLOAD = /(^|\.)overload$/;

/** What a name imported for a setter or deleter decorator resolves to. */
const ACCESSOR = /\.(setter|deleter)$/;

const accessorMentions = new WeakMap<PythonFile, boolean>();

function mentionsAccessors(file: PythonFile): boolean {
  let mentions = accessorMentions.get(file);
  if (mentions === undefined) {
    mentions = /\.(setter|deleter)\b/.test(file.text);
    accessorMentions.set(file, mentions);
  }
  return mentions;
}

/** Node types a decorator's expression never reaches past. */
const DECORATOR_LIMITS = new Set([
  'block',
  'module',
  'function_definition',
  'class_definition',
  'decorated_definition',
]);

const overloads = new WeakMap<PythonFile, Set<string>>();

/**
 * The names of the functions decorated with `overload` (as written, or under a name imported for
 * it): found from the text — each mention confirmed to lie in a decorator — not by visiting
 * every function's siblings.
 */
function overloadedNames(file: PythonFile): Set<string> {
  let names = overloads.get(file);
  if (names) return names;
  names = new Set();
  const text = file.text;
  // A name imported for `overload` is imported by a statement that says `overload`.
  const words = text.includes('overload')
    ? ['overload', ...importedAs(file, 'overload', OVERLOAD)]
    : [];
  for (const word of words) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      const leaf = file.root.descendantForIndex(at, at + word.length);
      let holder = leaf ? file.parentOf(leaf) : null;
      while (holder && file.typeOf(holder) !== 'decorator') {
        if (DECORATOR_LIMITS.has(file.typeOf(holder))) holder = null;
        else holder = file.parentOf(holder);
      }
      const decorated = holder ? file.parentOf(holder) : null;
      const definition = decorated?.childForFieldName('definition');
      if (definition?.type !== 'function_definition') continue;
      const name = definition.childForFieldName('name')?.text;
      if (name !== undefined) names.add(name);
    }
  }
  overloads.set(file, names);
  return names;
}
