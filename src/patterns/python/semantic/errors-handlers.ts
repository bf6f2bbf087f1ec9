/**
 * Facts about `except` clauses and exception values shared by the error-handling rules: what a
 * clause catches, the name it binds, and which names hold an exception at a given place (bound by
 * an enclosing `except … as e`, or the exception parameter of a web framework's error handler).
 */
import type { Node } from 'web-tree-sitter';
import type { PythonFile } from '../python-file.js';

const EXCEPT_TYPES = new Set(['except_clause', 'except_group_clause']);

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
    if (child && child.id !== clause.childForFieldName('alias')?.id) add(child);
  }
  return types;
}

/** `except:`, `except Exception`, `except BaseException` (alone or in a tuple). */
export function isBroadExcept(
  file: PythonFile,
  clause: Node,
): 'bare' | 'Exception' | 'BaseException' | null {
  if (clause.type !== 'except_clause') return null;
  const types = caughtTypes(clause);
  if (types.length === 0) return 'bare';
  for (const type of types) {
    const name = file.qualifiedName(type);
    if (name === 'Exception' || name === 'builtins.Exception') return 'Exception';
    if (name === 'BaseException' || name === 'builtins.BaseException') return 'BaseException';
  }
  return null;
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
  let current: Node | null = node.parent;
  let child: Node = node;
  while (current) {
    if (EXCEPT_TYPES.has(current.type)) {
      const body = exceptBody(current);
      const alias = exceptAlias(current);
      const types = caughtTypes(current).map((type) => file.qualifiedName(type) ?? type.text);
      if (alias && body && child.id === body.id && !skipped(types)) names.add(alias.text);
    }
    if (current.type === 'function_definition' || current.type === 'lambda') break;
    child = current;
    current = current.parent;
  }
  if (current?.type !== 'function_definition') return names;
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
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : null;
  if (!decorated) return null;
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
