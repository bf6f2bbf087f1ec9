/**
 * Facts about `except` clauses and exception values shared by the error-handling rules: what a
 * clause catches, the name it binds, and which names hold an exception at a given place (bound by
 * an enclosing `except … as e`, or the exception parameter of a web framework's error handler).
 */
import type { Node } from 'web-tree-sitter';
import type { PythonFile } from '../python-file.js';
import type { Span } from '../../rule.js';

const EXCEPT_TYPES = new Set(['except_clause', 'except_group_clause']);

/** Where an `except` clause's findings go: from `except` to its `:`, not the whole handler. */
export function exceptHeaderSpan(file: PythonFile, clause: Node): Span {
  const start = file.spanOf(clause);
  const colon = clause.children.find((child) => child?.type === ':');
  const end = colon ? file.spanOf(colon) : start;
  return {
    startLine: start.startLine,
    startColumn: start.startColumn,
    endLine: end.endLine,
    endColumn: end.endColumn,
  };
}

/** The block an `except` clause runs. */
export function exceptBody(clause: Node): Node | null {
  return clause.namedChildren.find((child) => child?.type === 'block') ?? null;
}

/** The identifier bound by `except … as name`, or null. */
export function exceptAlias(clause: Node): Node | null {
  const alias = clause.childForFieldName('alias');
  if (alias?.type === 'identifier') return alias;
  for (const child of clause.namedChildren) {
    if (child?.type !== 'as_pattern') continue;
    const target = child.childForFieldName('alias');
    const name = target?.type === 'identifier' ? target : target?.namedChildren[0];
    if (name?.type === 'identifier') return name;
  }
  return null;
}

/** The type expressions an `except` clause names (flattening tuples); empty for a bare `except:`. */
export function caughtTypes(clause: Node): Node[] {
  const types: Node[] = [];
  const alias = clause.childForFieldName('alias')?.id;
  const add = (node: Node | null | undefined): void => {
    if (!node) return;
    if (node.type === 'as_pattern')
      add(node.namedChildren.find((child) => child?.type !== 'as_pattern_target'));
    else if (node.type === 'tuple' || node.type === 'parenthesized_expression')
      for (const child of node.namedChildren) add(child);
    else if (node.type !== 'comment' && node.type !== 'block' && node.type !== 'as_pattern_target')
      types.push(node);
  };
  for (const child of clause.namedChildren) {
    if (child?.type === 'block') break;
    if (child && child.id !== alias) add(child);
  }
  return types;
}

/** `except:`, `except Exception`, `except BaseException` (alone or in a tuple). */
export function isBroadExcept(
  file: PythonFile,
  clause: Node,
): 'bare' | 'Exception' | 'BaseException' | null {
  if (file.typeOf(clause) !== 'except_clause') return null;
  if (!mayBeBroad(file, clause)) return null;
  const types = caughtTypes(clause);
  if (types.length === 0) return 'bare';
  for (const type of types) {
    const name = file.qualifiedName(type);
    if (name === 'Exception' || name === 'builtins.Exception') return 'Exception';
    if (name === 'BaseException' || name === 'builtins.BaseException') return 'BaseException';
  }
  return null;
}

/**
 * A look at the text before the tree. A clause whose first caught type starts with a name, a
 * number or a string (`except KeyError:`) names at least one type, so it is not bare; it can only
 * catch everything when its text says `Exception` (or a name imported for it). Any other clause
 * (`except:`, `except (…)`, `except*`) is left to the tree.
 */
function mayBeBroad(file: PythonFile, clause: Node): boolean {
  const text = file.text;
  const start = clause.startIndex;
  if (!text.startsWith('except', start) || hasErrors(file)) return true;
  NAMED_TYPE.lastIndex = start + 6;
  if (!NAMED_TYPE.test(text)) return true;
  // What it catches lies before its block.
  const header = text.slice(start, exceptBody(clause)?.startIndex ?? clause.endIndex);
  if (header.includes('Exception')) return true;
  return broadAliases(file).some((alias) => header.includes(alias));
}

/** After `except`: the first character of a type that is a name, a number or a string. */
const NAMED_TYPE = /[ \t\f]*[\w'"\u0080-\uffff]/y;

const erroneous = new WeakMap<PythonFile, boolean>();

/** The file did not parse cleanly: its clauses may hold anything, and are left to the tree. */
function hasErrors(file: PythonFile): boolean {
  let errors = erroneous.get(file);
  if (errors === undefined) {
    errors = file.root.hasError;
    erroneous.set(file, errors);
  }
  return errors;
}

const BROAD_NAMES = new Set([
  'Exception',
  'builtins.Exception',
  'BaseException',
  'builtins.BaseException',
]);
const broadAliasCache = new WeakMap<PythonFile, string[]>();

/**
 * Local names imported for `Exception` or `BaseException` (`from builtins import Exception as E`).
 * Such an import says `Exception … as` (and not after `except`): a module that does not is
 * spared reading its imports.
 */
export function broadAliases(file: PythonFile): string[] {
  let aliases = broadAliasCache.get(file);
  if (!aliases) {
    aliases = [];
    if (mayImportExceptionAs(file.text)) {
      for (const [local, qualified] of file.imports())
        if (BROAD_NAMES.has(qualified)) aliases.push(local);
    }
    broadAliasCache.set(file, aliases);
  }
  return aliases;
}

/** `Exception as`, with the line continuations and comments an import may hold in between. */
const ALIASED_EXCEPTION = /Exception(?:[\s\\]|#[^\n]*)*as(?![\w\u0080-\uffff])/g;

/** A letter, digit, `_` or `.` of a dotted name (any character past ASCII counts as a letter). */
function isNamePart(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x5f ||
    code === 0x2e ||
    code >= 0x80
  );
}

/** Some `Exception as` is not the `except Exception as e:` of a clause. */
function mayImportExceptionAs(text: string): boolean {
  for (const match of text.matchAll(ALIASED_EXCEPTION)) {
    // Back over the name it ends (`BaseException`, `builtins.Exception`) and the spaces before.
    let at = match.index - 1;
    while (at >= 0 && isNamePart(text.charCodeAt(at))) at--;
    while (at >= 0 && ' \t*'.includes(text.charAt(at))) at--;
    const clause = text.startsWith('except', at - 5) && !isNamePart(text.charCodeAt(at - 6));
    if (!clause) return true;
  }
  return false;
}

/** The innermost `except` clause whose body holds `node`, not crossing a function boundary. */
export function enclosingExceptClause(file: PythonFile, node: Node): Node | null {
  const clause = file.enclosing(node, EXCEPT_TYPES);
  if (!clause) return null;
  // The type expression of the clause is not its body.
  const body = exceptBody(clause);
  return body && body.startIndex <= node.startIndex && node.endIndex <= body.endIndex
    ? clause
    : null;
}

/** Decorators that register a function as a framework's error handler. */
const ERROR_HANDLER_DECORATOR =
  /(^|\.)(exception_handler|errorhandler|app_errorhandler|error_handler)$/;

/** Parameter names that hold the exception in an error handler (`exc`, `e`, `error`). */
const EXCEPTION_PARAMETER = /^(e|ex|exc|err|error|exception)$/;

/** A type annotation naming an exception class: `Exception`, `HTTPException`, `ValidationError`. */
const EXCEPTION_TYPE = /(^|\.)(\w*Exception|\w*Error)$/;

/**
 * Names holding an exception at `node`: every `except … as name` around it in the same function,
 * and the exception parameter of the function when it is a registered error handler
 * (`@app.exception_handler(...)`, `@app.errorhandler(...)`) or annotated with an exception type.
 * With `skipTypes`, exceptions known to be only of matching types (by the `except` clause, the
 * annotation or the handler's registration) are left out; an error handler registered for a
 * status code (`@app.errorhandler(404)`) is left out too.
 */
export function exceptionNamesAt(file: PythonFile, node: Node, skipTypes?: RegExp): Set<string> {
  const names = new Set<string>();
  const skipped = (types: readonly string[]): boolean =>
    skipTypes !== undefined && types.length > 0 && types.every((type) => skipTypes.test(type));
  // Up the holders the file has already placed (no `node.parent`: see `PythonFile.parentOf`).
  let current: Node | null = file.parentOf(node);
  let child: Node = node;
  let type = '';
  while (current) {
    type = file.typeOf(current);
    if (EXCEPT_TYPES.has(type)) {
      const body = exceptBody(current);
      const alias = exceptAlias(current);
      const types = caughtTypes(current).map((caught) => file.qualifiedName(caught) ?? caught.text);
      if (alias && body && child.id === body.id && !skipped(types)) names.add(alias.text);
    }
    if (type === 'function_definition' || type === 'lambda') break;
    child = current;
    current = file.parentOf(current);
  }
  if (!current || type !== 'function_definition') return names;
  const registered = errorHandlerRegistrations(file, current);
  if (
    registered !== null &&
    skipTypes &&
    (registered.some((type) => /^\d+$/.test(type)) || skipped(registered))
  )
    return names;
  for (const parameter of current.childForFieldName('parameters')?.namedChildren ?? []) {
    if (!parameter) continue;
    const name =
      parameter.type === 'identifier'
        ? parameter
        : parameter.namedChildren.find((c) => c?.type === 'identifier');
    if (!name || name.type !== 'identifier') continue;
    const annotation = parameter.childForFieldName('type')?.text.trim();
    if (annotation) {
      if (EXCEPTION_TYPE.test(annotation) && !skipped([annotation])) names.add(name.text);
    } else if (registered !== null && EXCEPTION_PARAMETER.test(name.text)) {
      names.add(name.text);
    }
  }
  return names;
}

/** A function registered with `@app.exception_handler(...)`/`@app.errorhandler(...)`. */
export function isErrorHandler(file: PythonFile, fn: Node): boolean {
  return errorHandlerRegistrations(file, fn) !== null;
}

/**
 * What an error handler is registered for (`["Exception"]`, `["404"]`, `[]` when the decorator
 * names nothing), or null when `fn` is not one.
 */
function errorHandlerRegistrations(file: PythonFile, fn: Node): string[] | null {
  const decorated = file.parentOf(fn);
  if (!decorated || file.typeOf(decorated) !== 'decorated_definition') return null;
  for (const decorator of decorated.namedChildren) {
    if (decorator?.type !== 'decorator') continue;
    const expression = decorator.namedChildren[0];
    const target =
      expression?.type === 'call' ? expression.childForFieldName('function') : expression;
    const name = file.qualifiedName(target ?? null);
    if (name === null || !ERROR_HANDLER_DECORATOR.test(name)) continue;
    if (expression?.type !== 'call') return [];
    return file.positionalArguments(expression).map((arg) => file.qualifiedName(arg) ?? arg.text);
  }
  return null;
}

/**
 * The qualified name of the class a `raise` statement raises (`raise Exit`, `raise
 * typer.Exit(code=1)` → `typer.Exit`), or '' for a bare `raise` or anything else.
 */
export function raisedClassName(file: PythonFile, statement: Node): string {
  const raised = statement.namedChildren.find((child) => child?.type !== 'comment') ?? null;
  const target = raised?.type === 'call' ? raised.childForFieldName('function') : raised;
  return file.qualifiedName(target ?? null) ?? '';
}
