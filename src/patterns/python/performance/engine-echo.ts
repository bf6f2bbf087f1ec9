/**
 * ## What it does
 * Finds SQLAlchemy engines created with `echo=True` (or `echo="debug"`) written as a literal.
 *
 * ## Why is this bad?
 * `echo=True` logs every SQL statement and its parameters through the `sqlalchemy.engine`
 * logger: slow under load, noisy, and the parameters (emails, tokens, password hashes) end up in
 * the application's logs. The guide sets `echo=False` in production.
 *
 * Not reported: `echo=settings.DEBUG` and other values decided at run time, and tests.
 */
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import { stringValue } from '../python-file.js';
import { isEngineCall, mayCreateEngine, ENGINE_CALL_ANCHOR } from '../semantic/perf-database.js';

const meta: Rule = {
  id: 'PBP102',
  name: 'engine-echo',
  tool: 'patterns',
  section: 'performance',
  level: 'warning',
  precision: 'very-high',
  summary: 'A database engine logs every SQL statement (`echo=True`).',
  docs: {
    what: 'Finds SQLAlchemy create_engine/create_async_engine calls with echo=True (or echo="debug") as a literal, outside tests.',
    why: 'echo=True logs every statement and its parameters: it slows every query under load, floods the logs, and writes the parameter values (emails, tokens, password hashes) into them.',
    example: 'engine = create_engine(DATABASE_URL, echo=True)',
    useInstead:
      'engine = create_engine(DATABASE_URL, echo=settings.SQL_ECHO)  # False in production',
  },
};

export const engineEcho: PythonRule = {
  kind: 'python',
  meta,
  // `create_engine(…)`, `sa.create_async_engine(…)`: the factory's name ends the callee.
  anchors: { call: ENGINE_CALL_ANCHOR },
  create({ file, report }) {
    if (file.isTest || !mayCreateEngine(file)) return {};
    return {
      call(node) {
        if (!isEngineCall(file, node)) return;
        const echo = file.keywordArgument(node, 'echo');
        if (!echo || (echo.type !== 'true' && stringValue(echo) !== 'debug')) return;
        report({
          at: node,
          message: `${file.calleeTail(node)}(echo=${echo.text}) logs every SQL statement and its parameters; turn it off in production (echo=False, or from settings).`,
        });
      },
    };
  },
};
