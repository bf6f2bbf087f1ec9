/**
 * ## What it does
 * Finds `logger.error(...)` (and `logging.error(...)`) inside an `except` block that logs no
 * traceback: no `exc_info=` and no `stack_info=True`.
 *
 * ## Why is this bad?
 * The message says that something failed but not where: the traceback of the exception being
 * handled is lost, and with it the line that raised. `logger.exception(...)` (or
 * `exc_info=True`) records it at the same level.
 *
 * Not reported: a handler that logs the traceback in another call (`logger.exception`,
 * `exc_info=`, `traceback.print_exc()`), or that re-raises the same exception with a bare
 * `raise`, since whoever catches it next still has the traceback.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import { enclosingExceptClause, exceptBody } from '../semantic/errors-handlers.js';
import { loggingCall } from '../semantic/logging-calls.js';

const meta: Rule = {
  id: 'PBP503',
  name: 'error-log-without-traceback',
  tool: 'patterns',
  section: 'logging',
  level: 'note',
  precision: 'high',
  summary: 'An error is logged inside an except block without its traceback.',
  docs: {
    what: 'Finds logger.error(...) and logging.error(...) inside an except block without exc_info= or stack_info=True, when the block neither logs the traceback elsewhere nor re-raises the exception.',
    why: 'The log says that something failed but not where: the traceback of the exception being handled is dropped. logger.exception(...) logs the same message at ERROR level with the traceback attached.',
    example:
      'try:\n    charge(order)\nexcept PaymentError:\n    logger.error("charge %s failed", order.id)',
    useInstead:
      'try:\n    charge(order)\nexcept PaymentError:\n    logger.exception("charge %s failed", order.id)',
  },
};

export const errorLogWithoutTraceback: PythonRule = {
  kind: 'python',
  meta,
  create({ file, report }) {
    return {
      call(node) {
        const logging = loggingCall(file, node);
        if (logging?.method !== 'error') return;
        if (
          file.keywordArgument(node, 'exc_info') ||
          isTrue(file.keywordArgument(node, 'stack_info'))
        )
          return;
        if (hasDictionarySplat(node)) return;
        const clause = enclosingExceptClause(file, node);
        if (!clause) return;
        const body = exceptBody(clause);
        if (!body || keepsTraceback(file, body)) return;
        report({
          at: node,
          message:
            'This error is logged inside an except block without its traceback; use `logger.exception(...)` or pass `exc_info=True`.',
        });
      },
    };
  },
};

function isTrue(node: Node | null): boolean {
  return node !== null && node.type !== 'false' && node.type !== 'none';
}

function hasDictionarySplat(call: Node): boolean {
  return (
    call
      .childForFieldName('arguments')
      ?.namedChildren.some((arg) => arg?.type === 'dictionary_splat') ?? false
  );
}

/** The handler logs the traceback somewhere or passes the exception on unchanged. */
function keepsTraceback(file: PythonFile, body: Node): boolean {
  for (const statement of body.descendantsOfType(['call', 'raise_statement'])) {
    if (!statement) continue;
    if (statement.type === 'raise_statement') {
      if (
        statement.namedChildren.length === 0 &&
        file.enclosingFunction(statement)?.id === file.enclosingFunction(body)?.id
      )
        return true;
      continue;
    }
    const logging = loggingCall(file, statement);
    if (logging && (logging.method === 'exception' || file.keywordArgument(statement, 'exc_info')))
      return true;
    const name = file.callName(statement) ?? '';
    if (
      /^traceback\.print_exc|^traceback\.print_exception|^sys\.excepthook|^sentry_sdk\.capture_exception/.test(
        name,
      )
    )
      return true;
  }
  return false;
}
