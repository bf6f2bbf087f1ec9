/**
 * What the security rules need to know about a value, beyond what PythonFile answers: whether a
 * name really comes from an import, an option passed as a keyword or through `**{...}`, literal
 * booleans and numbers, text built only from constants, the keys a dict literal is built with,
 * and code that only runs in development.
 */
import type { Node } from 'web-tree-sitter';
import type { PythonFile } from '../python-file.js';
import { isInterpolatedString, stringValue } from '../python-file.js';

/** The leftmost identifier of an attribute chain (`requests` in `requests.adapters.x`). */
function chainHead(node: Node | null): Node | null {
  let current = node;
  while (current) {
    if (current.type === 'identifier') return current;
    if (current.type === 'attribute') current = current.childForFieldName('object');
    else if (current.type === 'call') current = current.childForFieldName('function');
    else return null;
  }
  return null;
}

/**
 * The qualified name of an attribute chain whose head is an imported name, else null: a local
 * variable that happens to be called `jwt` or `pickle` is not the module.
 */
export function importedName(file: PythonFile, node: Node | null): string | null {
  const head = chainHead(node);
  if (!head || !file.imports().has(head.text)) return null;
  return file.qualifiedName(node);
}

/** `importedName` of what a call calls. */
export function importedCallName(file: PythonFile, call: Node): string | null {
  return importedName(file, call.childForFieldName('function'));
}

/**
 * What an object was created as, even after its attributes changed (`app.debug = …` does not
 * rebind `app`). PythonFile.resolveValue counts only real rebinding, so this is the same question.
 */
export function resolveObject(file: PythonFile, node: Node | null): Node | null {
  return file.resolveValue(node);
}

/** True when the call passes `**kwargs` whose keys we cannot see. */
export function hasOpaqueKeywords(file: PythonFile, call: Node): boolean {
  const args = call.childForFieldName('arguments');
  return (args?.namedChildren ?? []).some(
    (arg) =>
      arg?.type === 'dictionary_splat' &&
      file.resolveValue(arg.namedChildren[0] ?? null)?.type !== 'dictionary',
  );
}

/**
 * The value given for option `name`: a keyword argument, or a `"name": value` pair of a dict
 * literal passed as `**{...}` (directly or through a name assigned once).
 */
export function optionValue(file: PythonFile, call: Node, name: string): Node | null {
  const direct = file.keywordArgument(call, name);
  if (direct) return direct;
  const args = call.childForFieldName('arguments');
  for (const arg of args?.namedChildren ?? []) {
    if (arg?.type !== 'dictionary_splat') continue;
    const dictionary = file.resolveValue(arg.namedChildren[0] ?? null);
    if (dictionary?.type !== 'dictionary') continue;
    const value = dictionaryValue(dictionary, name);
    if (value) return value;
  }
  return null;
}

/** The value of the `"key": value` pair of a dict literal, or null. */
export function dictionaryValue(dictionary: Node, key: string): Node | null {
  for (const pair of dictionary.namedChildren) {
    if (pair?.type === 'pair' && stringValue(pair.childForFieldName('key')) === key)
      return pair.childForFieldName('value');
  }
  return null;
}

/** A literal `True`/`False` (through a name assigned once), else null. */
export function literalBoolean(file: PythonFile, node: Node | null): boolean | null {
  const value = file.resolveValue(node);
  if (value?.type === 'true') return true;
  if (value?.type === 'false') return false;
  return null;
}

/** A literal integer (through a name assigned once), else null. */
export function literalInteger(file: PythonFile, node: Node | null): number | null {
  const value = file.resolveValue(node);
  if (value?.type !== 'integer') return null;
  const parsed = Number(value.text.replace(/_/g, ''));
  return Number.isSafeInteger(parsed) ? parsed : null;
}

const TRUTHY_TEXT = /^(1|true|yes|on|y|t)$/i;

/** `True`, a non-zero number or `"1"`/`"true"`/`"yes"`/`"on"`: what a flag read as truthy means. */
export function isTruthyLiteral(file: PythonFile, node: Node | null): boolean {
  const value = file.resolveValue(node);
  if (!value) return false;
  if (value.type === 'true') return true;
  if (value.type === 'integer') return literalInteger(file, value) !== 0;
  const text = stringValue(value);
  return text !== null && TRUTHY_TEXT.test(text.trim());
}

/**
 * Text that is built only from literals and constants assigned once, so nobody outside the code
 * can change it. `isSafe` may accept more (a `shlex.quote(...)` call for shell commands).
 */
export function isConstantText(
  file: PythonFile,
  node: Node | null,
  isSafe?: (node: Node) => boolean,
  depth = 0,
): boolean {
  if (!node || depth > 8) return false;
  const value = file.resolveValue(node);
  if (!value) return false;
  if (isSafe?.(value)) return true;
  const recurse = (child: Node | null): boolean => isConstantText(file, child, isSafe, depth + 1);
  switch (value.type) {
    case 'identifier': {
      // `for cmd in ("ver", "cmd /c ver"):` — a loop over a literal list of constants.
      const items = loopOverLiteral(file, value);
      return items !== null && items.every((item) => recurse(item));
    }
    case 'integer':
    case 'float':
    case 'true':
    case 'false':
    case 'none':
      return true;
    case 'string':
      if (!isInterpolatedString(value)) return true;
      return value.namedChildren
        .filter((child) => child?.type === 'interpolation')
        .every((interpolation) => recurse(interpolation?.childForFieldName('expression') ?? null));
    case 'concatenated_string':
    case 'parenthesized_expression':
    case 'tuple':
    case 'list':
      return value.namedChildren.every((child) => child?.type === 'comment' || recurse(child));
    case 'binary_operator': {
      const operator = value.childForFieldName('operator')?.type;
      if (operator !== '+' && operator !== '%') return false;
      return recurse(value.childForFieldName('left')) && recurse(value.childForFieldName('right'));
    }
    case 'call': {
      const callee = value.childForFieldName('function');
      if (callee?.type !== 'attribute') return false;
      const method = callee.childForFieldName('attribute')?.text;
      if (method !== 'format' && method !== 'join') return false;
      const args = value.childForFieldName('arguments')?.namedChildren ?? [];
      return (
        recurse(callee.childForFieldName('object')) &&
        args.every(
          (arg) =>
            arg !== null &&
            recurse(arg.type === 'keyword_argument' ? arg.childForFieldName('value') : arg),
        )
      );
    }
    default:
      return false;
  }
}

/**
 * The items of the literal list/tuple a `for` loop around `name` iterates, when `name` is that
 * loop's only variable and is not assigned anywhere else in the scope; else null.
 */
function loopOverLiteral(file: PythonFile, name: Node): Node[] | null {
  const chain = file.ancestry(name);
  for (let i = chain.length - 2; i >= 0; i--) {
    const current = chain[i];
    if (!current) break;
    const type = file.typeOf(current);
    if (type === 'function_definition' || type === 'module') break;
    if (type === 'for_statement') {
      const target = current.childForFieldName('left');
      if (target?.type === 'identifier' && target.text === name.text) {
        const iterable = current.childForFieldName('right');
        if (iterable?.type !== 'list' && iterable?.type !== 'tuple') return null;
        // The loop is its only binding: `assignedValue` sees the loop as a (non-literal) assignment.
        const scope = file.scopeOf(current);
        return isAssignedIn(file, scope, name.text)
          ? null
          : iterable.namedChildren.filter(
              (item): item is Node => item !== null && item.type !== 'comment',
            );
      }
    }
  }
  return null;
}

const ASSIGNMENT_TYPES = new Set(['assignment', 'augmented_assignment', 'named_expression']);

/**
 * True when an assignment, augmented assignment or `:=` anywhere in `scope` (nested scopes
 * included) has exactly `name` as its target. Found from the text — every place `name` is
 * spelled — and confirmed in the tree, not by a search through every node of the scope.
 */
function isAssignedIn(file: PythonFile, scope: Node, name: string): boolean {
  const assigns = (assignment: Node | null): boolean =>
    assignment?.childForFieldName('left')?.text === name ||
    assignment?.childForFieldName('name')?.text === name;
  // A name lost to a syntax error has no text to look for.
  if (!name)
    return scope
      .descendantsOfType(['assignment', 'augmented_assignment', 'named_expression'])
      .some(assigns);
  // The target is the node spelled exactly `name` (the identifier, or a node around it with the
  // same text); its holder is the assignment.
  for (const leaf of file.spelled(name, scope)) {
    for (const { holder } of file.sameSpanHolders(leaf))
      if (ASSIGNMENT_TYPES.has(file.typeOf(holder)) && assigns(holder)) return true;
  }
  return false;
}

/** The string keys a dict is built with, and whether those are all of them. */
export interface DictionaryKeys {
  keys: Set<string>;
  /** False when a `**spread`, a computed key or positional `dict(...)` input hides more keys. */
  complete: boolean;
}

/** The keys of a dict literal or a `dict(k=...)` call, else null. */
export function literalDictionaryKeys(file: PythonFile, node: Node | null): DictionaryKeys | null {
  if (!node) return null;
  if (node.type === 'dictionary') {
    const result: DictionaryKeys = { keys: new Set(), complete: true };
    for (const child of node.namedChildren) {
      if (!child || child.type === 'comment') continue;
      const key = child.type === 'pair' ? stringValue(child.childForFieldName('key')) : null;
      if (key === null) result.complete = false;
      else result.keys.add(key);
    }
    return result;
  }
  if (node.type === 'call' && file.qualifiedName(node.childForFieldName('function')) === 'dict') {
    const result: DictionaryKeys = { keys: new Set(), complete: true };
    for (const arg of node.childForFieldName('arguments')?.namedChildren ?? []) {
      if (!arg || arg.type === 'comment') continue;
      const name = arg.type === 'keyword_argument' ? arg.childForFieldName('name')?.text : null;
      if (name) result.keys.add(name);
      else result.complete = false;
    }
    return result;
  }
  return null;
}

/** A settings module or path meant for development, tests or a local machine only. */
const DEVELOPMENT_PATH =
  /(^|[/_.-])(dev|devel|develop|development|local|debug|test|tests|testing|ci)([/_.-]|$)/;
/** An `if` that enables something only in development. */
const DEVELOPMENT_CONDITION = /\bdebug\b|develop|\bdev\b|\blocal\b|testing|\btests?\b/i;

/**
 * True when `node` only takes effect in development: its file is a development/local/test
 * settings module (`settings/dev.py`, `local_settings.py`), or it sits under an `if` about
 * DEBUG, development or local runs.
 */
/** `settings.DEBUG`, `app.debug and …`, `ENV == "development"`: true only in development. */
export function isDevelopmentCondition(condition: Node | null | undefined): boolean {
  return (
    !!condition && condition.type !== 'not_operator' && DEVELOPMENT_CONDITION.test(condition.text)
  );
}

export function isDevelopmentOnly(file: PythonFile, node: Node): boolean {
  if (DEVELOPMENT_PATH.test(file.path.toLowerCase().replace(/\.py$/, ''))) return true;
  return file
    .branchesAround(node, false)
    .some((branch) => branch.holds && isDevelopmentCondition(branch.condition));
}

/** True when the file imports, defines or assigns `name`, so a builtin of that name is shadowed. */
export function isDefinedInFile(file: PythonFile, name: string): boolean {
  if (file.imports().has(name)) return true;
  // A text search, not a scope walk: this runs for every eval/exec call of a file.
  const pattern = String.raw`[ \t]*(?:async[ \t]+)?(?:def|class)[ \t]+${name}\b|[ \t]*${name}[ \t]*(?::[^=\n]*)?=(?!=)`;
  if (!/^\w+$/.test(name)) return new RegExp(`^(?:${pattern})`, 'm').test(file.text);
  // Only the lines where the name is spelled are tried (`^` of a multiline pattern is tried at
  // every line, a scan of the whole file per name).
  const definition = new RegExp(pattern, 'y');
  const text = file.text;
  let tried = -1;
  for (let index = text.indexOf(name); index !== -1; index = text.indexOf(name, index + 1)) {
    let lineStart = index;
    while (lineStart > 0 && !LINE_TERMINATORS.has(text.charCodeAt(lineStart - 1))) lineStart--;
    if (lineStart === tried) continue;
    tried = lineStart;
    definition.lastIndex = lineStart;
    if (definition.test(text)) return true;
  }
  return false;
}

/** Where `^` matches in a multiline pattern: after \n, \r, U+2028 and U+2029. */
const LINE_TERMINATORS = new Set([0x0a, 0x0d, 0x2028, 0x2029]);

/** Build and documentation configuration run by the developer, not by the deployed service. */
export function isBuildScript(file: PythonFile): boolean {
  return /(^|\/)(setup|noxfile|fabfile|dodo)\.py$|(^|\/)docs?\/(source\/)?conf\.py$/.test(
    file.path,
  );
}

/** `open("pkg/version.py").read()`, `Path("VERSION").read_text()`: text of a file the code names itself. */
export function isRepositoryFileText(file: PythonFile, node: Node): boolean {
  if (node.type !== 'call') return false;
  const callee = node.childForFieldName('function');
  if (
    callee?.type !== 'attribute' ||
    !/^(read|read_text)$/.test(callee.childForFieldName('attribute')?.text ?? '')
  )
    return false;
  const opened = file.resolveValue(callee.childForFieldName('object'));
  if (opened?.type !== 'call') return false;
  const opener = file.qualifiedName(opened.childForFieldName('function'));
  if (!opener || !/^(open|io\.open|codecs\.open|pathlib\.Path|Path)$/.test(opener)) return false;
  const path = file.positionalArguments(opened)[0] ?? null;
  return path !== null && isConstantText(file, path);
}
