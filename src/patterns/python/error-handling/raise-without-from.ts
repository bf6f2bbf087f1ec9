/**
 * ## What it does
 * Finds `raise NewError(...)` inside an `except … as e:` block without `from e` or `from None`.
 *
 * ## Why is this bad?
 * Without `from`, Python reports the new exception as having happened *while handling* the
 * first one ("During handling of the above exception, another exception occurred"), which reads
 * as a bug in the handler. `from e` says the first caused the second and keeps it as
 * `__cause__`; `from None` says the first is an implementation detail and hides it.
 *
 * Also reported: a name set once in the function to a new exception (`raise
 * credentials_exception`, where `credentials_exception = HTTPException(401, …)`).
 *
 * Not reported: a bare `raise`, re-raising the caught exception (`raise e`,
 * `raise e.with_traceback(tb)`), a `raise` in a function nested inside the handler, and
 * exceptions that end the program, a test or an iteration, or ask for another try, rather than
 * report an error (`SystemExit`, `SkipTest`, `StopIteration`, tenacity's `TryAgain`, Celery's
 * `self.retry(exc=e)`).
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import { enclosingExceptClause, exceptAlias } from '../semantic/errors-handlers.js';

const meta: Rule = {
  id: 'PBP603',
  name: 'raise-without-from',
  tool: 'patterns',
  section: 'error-handling',
  level: 'note',
  precision: 'very-high',
  summary: 'A new exception is raised while handling another without `from`.',
  docs: {
    what: 'Finds raise NewError(...) inside an except … as e: block without from e or from None, and raise of a name the function set once to a new exception (credentials_exception = HTTPException(…)). Exceptions that stop a program, a test or an iteration, or ask for another try (TryAgain, Celery’s self.retry(exc=e)), are left out.',
    why: 'Without from, the traceback says the new exception happened while handling the first one, which reads like a bug in the handler. from e records the first exception as the cause; from None hides it deliberately.',
    example:
      'try:\n    claims = jwt.decode(token, key, algorithms=["HS256"])\nexcept jwt.PyJWTError as exc:\n    raise HTTPException(401, "invalid token")',
    useInstead:
      'try:\n    claims = jwt.decode(token, key, algorithms=["HS256"])\nexcept jwt.PyJWTError as exc:\n    raise HTTPException(401, "invalid token") from exc',
  },
};

export const raiseWithoutFrom: PythonRule = {
  kind: 'python',
  meta,
  anchors: { raise_statement: ['raise'] },
  create({ file, report }) {
    return {
      raise_statement(node) {
        if (node.childForFieldName('cause')) return;
        const raised = node.namedChildren.find((child) => child?.type !== 'comment');
        if (!raised) return;
        const clause = enclosingExceptClause(file, node);
        const alias = clause ? exceptAlias(clause)?.text : undefined;
        if (!alias) return;
        if (reraisesCaught(raised.text, alias)) return;
        if (!looksLikeNewException(file, raised) || isControlFlow(raised)) return;
        report({
          at: node,
          message: `A new exception is raised while handling \`${alias}\` without \`from\`; write \`from ${alias}\` to keep it as the cause, or \`from None\` to hide it.`,
        });
      },
    };
  },
};

/** `raise e`, `raise e.with_traceback(tb)`, `raise (e)`. */
function reraisesCaught(text: string, alias: string): boolean {
  const compact = text.replace(/\s+/g, '').replace(/^\((.*)\)$/, '$1');
  return compact === alias || compact.startsWith(`${alias}.with_traceback(`);
}

/**
 * Exceptions that end a program, a test or an iteration, or ask for another try (tenacity's
 * `TryAgain`, Celery's `raise self.retry(exc=e)`): nothing is translated, so no cause to keep.
 */
const CONTROL_FLOW =
  /(^|\.)(SystemExit|KeyboardInterrupt|GeneratorExit|StopIteration|StopAsyncIteration|SkipTest|Skipped|Exit|TryAgain|retry)$/;

function isControlFlow(raised: Node): boolean {
  const target = raised.type === 'call' ? raised.childForFieldName('function') : raised;
  return target !== null && CONTROL_FLOW.test(target.text);
}

/**
 * A call (`ValueError(...)`, `self.error(...)`), a class name (`raise StopIteration`), or a name
 * the function set once to a new exception (`raise credentials_exception`, built before the try).
 */
function looksLikeNewException(file: PythonFile, raised: Node): boolean {
  if (raised.type === 'call') return true;
  if (raised.type === 'identifier' || raised.type === 'attribute') {
    const last = raised.text.split('.').at(-1) ?? '';
    if (/^[A-Z]/.test(last)) return true;
  }
  if (raised.type !== 'identifier') return false;
  const value = file.resolveValue(raised);
  const callee = value?.type === 'call' ? value.childForFieldName('function') : null;
  return !!callee && /^[A-Z]\w*(Error|Exception)$/.test(callee.text.split('.').at(-1) ?? '');
}
