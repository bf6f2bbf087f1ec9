/**
 * ## What it does
 * Finds `except Exception:`, `except BaseException:` and bare `except:` handlers that make the
 * error disappear: the body neither re-raises, nor logs or reports, nor uses the exception — it
 * only passes, continues, breaks, returns nothing/`None`, or cleans up (`db.rollback()`,
 * `conn.close()`) before carrying on.
 *
 * ## Why is this bad?
 * Catching everything and saying nothing turns every bug in the `try` block — a typo, a
 * `KeyError`, a lost database connection — into silent wrong behaviour. Nobody learns that it
 * happened, and nothing in the logs says where.
 *
 * Not reported: handlers for named exception types (`except KeyError: pass` is a decision), a
 * body that returns or assigns another value (`return False` in a predicate, a fallback value:
 * those are an answer to the caller, not silence), a body that calls anything other than a
 * cleanup method (it may report the error), best-effort cleanup (`try: f.close()
 * except Exception: pass`, where a failing cleanup must not mask what came before), and
 * `__del__`, where an exception cannot propagate.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import {
  broadAliases,
  exceptAlias,
  exceptBody,
  exceptHeaderSpan,
  isBroadExcept,
} from '../semantic/errors-handlers.js';

const meta: Rule = {
  id: 'PBP602',
  name: 'swallowed-exception',
  tool: 'patterns',
  section: 'error-handling',
  level: 'warning',
  precision: 'high',
  summary:
    'A handler for every exception discards the error without re-raising, logging or using it.',
  docs: {
    what: 'Finds except Exception / except BaseException / bare except handlers whose body only passes, continues, breaks, returns None or cleans up (rollback, close) — it neither re-raises, nor logs, nor uses the exception.',
    why: 'Catching every exception and saying nothing turns every bug in the try block into silent wrong behaviour: nobody learns that it happened, and no log line says where.',
    example: 'try:\n    raw = redis_client.get(key)\nexcept Exception:\n    return None',
    useInstead:
      'try:\n    raw = redis_client.get(key)\nexcept redis.RedisError:\n    logger.warning("cache read failed for %s", key, exc_info=True)\n    return None',
  },
};

/** Methods that clean up after a failure; calling them is not handling the error. */
const CLEANUP_METHODS =
  /^(rollback|close|aclose|cleanup|clean_up|release|unlock|kill|terminate|cancel|shutdown|disconnect|reset|discard|unlink|remove|rmtree|flush|expunge|expunge_all|invalidate|abort|collect|dispose|stop)$/;

/**
 * Where a clause that catches everything can be: an `except` with nothing but its colon after it
 * (or a bracket, `*`, a comment or a line continuation first: left to the tree), or one whose
 * line names `Exception` or `BaseException` before its colon.
 */
const MAY_BE_BROAD = /(?<!\w)except(?=[\s\\]*[:(*#\\]|[^:\n#]*(?:Exception|\\))/g;

export const swallowedException: PythonRule = {
  kind: 'python',
  meta,
  // (`module`: the modules the pattern cannot speak for, below.)
  anchors: { except_clause: MAY_BE_BROAD, module: /^/g },
  create({ file, report }) {
    const check = (node: Node): void => {
      const broad = isBroadExcept(file, node);
      if (!broad) return;
      const body = exceptBody(node);
      if (!body) return;
      const fn = file.enclosingFunction(node);
      if (fn?.childForFieldName('name')?.text === '__del__') return;
      if (!isSilent(file, body, exceptAlias(node)?.text ?? null) || isBestEffortCleanup(file, node))
        return;
      const what = broad === 'bare' ? 'A bare `except:`' : `\`except ${broad}\``;
      report({
        at: exceptHeaderSpan(file, node),
        message: `${what} swallows the error here: nothing is re-raised, logged or used; catch the specific exceptions, or log it (\`logger.exception(...)\`) before carrying on.`,
      });
    };
    // A name imported for `Exception` (`from builtins import Exception as E`) hides from the
    // pattern, and a module that does not parse may hold a clause of any shape: there every clause
    // is looked at (both are rare).
    if (file.root.hasError || broadAliases(file).length > 0) {
      return {
        module(root) {
          for (const clause of root.descendantsOfType('except_clause')) if (clause) check(clause);
        },
      };
    }
    return { except_clause: check };
  },
};

/** Every statement of the handler leaves the error unreported. */
function isSilent(file: PythonFile, body: Node, alias: string | null): boolean {
  const statements = body.namedChildren.filter(
    (child): child is Node => child !== null && child.type !== 'comment',
  );
  if (statements.length === 0) return false;
  // The alias is used when one of the body's identifiers is it: only a body whose text holds the
  // name can have one, so most bodies are never searched.
  if (
    alias &&
    file.text.slice(body.startIndex, body.endIndex).includes(alias) &&
    body.descendantsOfType('identifier').some((id) => id?.text === alias)
  )
    return false;
  return statements.every((statement) => isSilentStatement(file, statement));
}

function isSilentStatement(file: PythonFile, statement: Node): boolean {
  switch (statement.type) {
    case 'pass_statement':
    case 'continue_statement':
    case 'break_statement':
      return true;
    case 'return_statement': {
      const value = statement.namedChildren.find((child) => child?.type !== 'comment');
      return !value || value.type === 'none';
    }
    case 'expression_statement': {
      const expression = statement.namedChildren[0];
      if (!expression) return false;
      if (expression.type === 'ellipsis' || expression.type === 'string') return true;
      if (expression.type === 'call') return isCleanupCall(file, expression);
      if (expression.type === 'await') {
        const awaited = expression.namedChildren[0];
        return awaited?.type === 'call' && isCleanupCall(file, awaited);
      }
      return false;
    }
    default:
      return false;
  }
}

/** `try: f.close() except Exception: pass`: a failing cleanup must not mask what came before. */
function isBestEffortCleanup(file: PythonFile, clause: Node): boolean {
  const holder = file.parentOf(clause);
  const tryBody =
    holder && file.typeOf(holder) === 'try_statement' ? holder.childForFieldName('body') : null;
  const statements =
    tryBody?.namedChildren.filter(
      (child): child is Node => child !== null && child.type !== 'comment',
    ) ?? [];
  return (
    statements.length > 0 &&
    statements.every((statement) => {
      const expression =
        statement.type === 'expression_statement' ? statement.namedChildren[0] : null;
      const call = expression?.type === 'await' ? expression.namedChildren[0] : expression;
      return call?.type === 'call' && isCleanupCall(file, call);
    })
  );
}

/** `db.rollback()`, `conn.close()`, `os.unlink(path)`: tidying up, not reporting. */
function isCleanupCall(file: PythonFile, call: Node): boolean {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'attribute') return false;
  return CLEANUP_METHODS.test(file.calleeTail(call) ?? '');
}
