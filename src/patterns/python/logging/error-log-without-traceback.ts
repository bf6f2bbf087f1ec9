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
 * `exc_info=`, `traceback.print_exc()`, or `traceback.format_exc()` kept for a message), that
 * catches only an ORM's "no such row" (`Model.DoesNotExist`, `NoResultFound`) or a timeout
 * (`asyncio.TimeoutError`), that tells OS errors apart by their code (`e.errno`), that raises
 * (`raise`, `raise exc`, `raise ConfigError(...) from exc`), since whoever catches it next has
 * a traceback — an HTTP error (`raise HTTPException(500)`) aside, which becomes a response and
 * leaves no traceback anywhere — or that ends the program
 * (`sys.exit(1)`): a command-line tool's message for its user, where a traceback is noise.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import {
  caughtTypes,
  enclosingExceptClause,
  exceptAlias,
  exceptBody,
  raisedClassName,
} from '../semantic/errors-handlers.js';
import {
  callShape,
  isLoguruCall,
  loggingCall,
  mayHaveLogCalls,
  mayLog,
} from '../semantic/logging-calls.js';
import { methodCallAnchor } from '../semantic/text-tests.js';

const meta: Rule = {
  id: 'PBP503',
  name: 'error-log-without-traceback',
  tool: 'patterns',
  section: 'logging',
  level: 'note',
  precision: 'high',
  summary: 'An error is logged inside an except block without its traceback.',
  docs: {
    what: 'Finds logger.error(...) and logging.error(...) inside an except block without exc_info= or stack_info=True, when the block neither logs the traceback elsewhere (logger.exception, exc_info=, traceback.print_exc() or format_exc()) nor raises (the exception, or a new one: raise ConfigError(...) from exc; an HTTP error such as raise HTTPException(500) becomes a response and keeps nothing). A handler of an ORM’s "no such row" exception (Model.DoesNotExist, NoResultFound) or of a timeout (asyncio.TimeoutError, CancelledError), or one that tells OS errors apart by their code (e.errno), handles an expected outcome and is left out.',
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
  // `logger.error(…)`: the method ends the callee.
  anchors: { call: methodCallAnchor(['error']) },
  create({ file, report }) {
    // Cheapest first; `.error(` is one of the calls `mayLog(file)` looks for (a shared answer).
    if (
      !file.text.includes('except') ||
      !mayHaveLogCalls(file, 'error') ||
      !mayLog(file) ||
      !mayLog(file, 'error')
    )
      return {};
    return {
      call(node) {
        // Cheap questions first; whether the receiver is a logger last.
        const { calleeType, tail } = callShape(file, node);
        if (calleeType !== 'attribute' || tail !== 'error') return;
        const clause = enclosingExceptClause(file, node);
        if (!clause || catchesOnlyMisses(clause)) return;
        if (
          file.keywordArgument(node, 'exc_info') ||
          isTrue(file.keywordArgument(node, 'stack_info'))
        )
          return;
        if (hasDictionarySplat(node) || !loggingCall(file, node)) return;
        const body = exceptBody(clause);
        const alias = exceptAlias(clause)?.text ?? null;
        if (!body || keepsTraceback(file, body) || readsErrorCode(body, alias)) return;
        report({
          at: node,
          message: `This error is logged inside an except block without its traceback; use \`logger.exception(...)\` or ${isLoguruCall(file, node) ? '`logger.opt(exception=True).error(...)`' : 'pass `exc_info=True`'}.`,
        });
      },
    };
  },
};

/**
 * Expected outcomes, not failures: the "no such row" answers of an ORM (`.get()` raising them is
 * a lookup's normal miss) and a timeout or cancellation (`asyncio.wait_for` running out). The
 * message says all there is; their traceback shows only ORM or event-loop internals.
 */
const LOOKUP_MISS =
  /(?:^|\.)(?:DoesNotExist|ObjectDoesNotExist|NoResultFound|TimeoutError|CancelledError|timeout)$/;

/** `except Group.DoesNotExist:`, `except asyncio.TimeoutError:` (alone, or together): expected. */
function catchesOnlyMisses(clause: Node): boolean {
  const types = caughtTypes(clause);
  return types.length > 0 && types.every((type) => LOOKUP_MISS.test(type.text));
}

/**
 * `if e.errno == errno.EADDRINUSE:`: the handler tells known conditions apart by their code, and
 * the message names the condition; the traceback of an OS error shows only the failing call.
 */
function readsErrorCode(body: Node, alias: string | null): boolean {
  if (!alias) return false;
  return new RegExp(
    `(?<![\\w.])${alias}\\s*\\.\\s*(?:errno|winerror|args\\s*\\[\\s*0\\s*\\])\\s*(?:[=!]=|(?:not\\s+)?in\\b)`,
  ).test(body.text);
}

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

/**
 * The handler logs the traceback somewhere, raises (the exception, or a new one chained to
 * it), or ends the program with the message (`sys.exit(1)`: a command-line tool's
 * error for its user, where a traceback is noise).
 */
function keepsTraceback(file: PythonFile, body: Node): boolean {
  const fn = file.enclosingFunction(body)?.id;
  for (const statement of body.descendantsOfType(['call', 'raise_statement'])) {
    if (!statement) continue;
    // Any raise passes the failure on with a traceback: the same exception, or a new one that
    // Python chains to it (`from e`, or implicitly), or one raised `from None` on purpose
    // (PBP603 judges the chaining). Whoever handles it next has the traceback to log.
    // An HTTP error is the exception: the framework turns it into a response and logs nothing.
    if (statement.type === 'raise_statement') {
      if (file.enclosingFunction(statement)?.id === fn && !raisesHttpError(file, statement))
        return true;
      continue;
    }
    const logging = loggingCall(file, statement);
    if (logging && (logging.method === 'exception' || file.keywordArgument(statement, 'exc_info')))
      return true;
    if (KEEPS_TRACEBACK.test(file.callName(statement) ?? '')) return true;
  }
  return false;
}

/**
 * `raise HTTPException(500, …)`, `raise web.HTTPInternalServerError()`, werkzeug's and Django
 * REST framework's errors: answered as a response, with no traceback in any log.
 */
function raisesHttpError(file: PythonFile, statement: Node): boolean {
  return HTTP_ERROR.test(raisedClassName(file, statement));
}

const HTTP_ERROR =
  /(^|\.)(\w*HTTPException|WebSocketException|HTTP[A-Z]\w*|Http404|APIException)$|^(werkzeug\.exceptions|rest_framework\.exceptions)\./;

const KEEPS_TRACEBACK =
  /^(traceback\.(?:print_exc|print_exception|format_exc|format_exception|format_tb)|sys\.excepthook|sentry_sdk\.capture_exception|sys\.exit|exit|os\._exit|SystemExit)$/;
