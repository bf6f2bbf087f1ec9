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
 */
export function exceptionNamesAt(file: PythonFile, node: Node): Set<string> {
  const names = new Set<string>();
  let current: Node | null = node.parent;
  let child: Node = node;
  while (current) {
    if (EXCEPT_TYPES.has(current.type)) {
      const body = exceptBody(current);
      const alias = exceptAlias(current);
      if (alias && body && child.id === body.id) names.add(alias.text);
    }
    if (current.type === 'function_definition' || current.type === 'lambda') break;
    child = current;
    current = current.parent;
  }
  if (current?.type !== 'function_definition') return names;
  const handler = isErrorHandler(file, current);
  for (const parameter of current.childForFieldName('parameters')?.namedChildren ?? []) {
    if (!parameter) continue;
    const name =
      parameter.type === 'identifier'
        ? parameter
        : parameter.namedChildren.find((c) => c?.type === 'identifier');
    if (!name || name.type !== 'identifier') continue;
    const annotation = parameter.childForFieldName('type');
    if (annotation && EXCEPTION_TYPE.test(annotation.text.trim())) names.add(name.text);
    else if (handler && !annotation && EXCEPTION_PARAMETER.test(name.text)) names.add(name.text);
  }
  return names;
}

/** A function registered with `@app.exception_handler(...)`/`@app.errorhandler(...)`. */
export function isErrorHandler(file: PythonFile, fn: Node): boolean {
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : null;
  if (!decorated) return false;
  return decorated.namedChildren.some((decorator) => {
    if (decorator?.type !== 'decorator') return false;
    const expression = decorator.namedChildren[0];
    const target =
      expression?.type === 'call' ? expression.childForFieldName('function') : expression;
    const name = file.qualifiedName(target ?? null);
    return name !== null && ERROR_HANDLER_DECORATOR.test(name);
  });
}
