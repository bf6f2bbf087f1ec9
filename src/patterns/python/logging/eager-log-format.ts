/**
 * ## What it does
 * Finds logging calls whose message is formatted before the call: an f-string with values,
 * `"…" % args`, `"…".format(args)` or text joined to values with `+`
 * (`logger.info(f"order {order.id} paid")`, `logger.info("login " + email)`).
 *
 * ## Why is this bad?
 * The logging module formats a message only when a handler will emit it. A message formatted
 * before the call costs its formatting even when the level is off, an exception raised while
 * formatting escapes into the caller, and every message is a different string, so log tools
 * cannot group them (Sentry, Loki and structured handlers key on the template).
 *
 * Only the message argument is looked at: `logger.info("%s", f"{a}-{b}")` is fine, and so is
 * `logger.info("%s paid", order_id)`.
 */
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import {
  eagerFormatting,
  isLoguruCall,
  LOG_METHODS,
  loggingCall,
  logShape,
  mayHaveLogCalls,
  mayLog,
} from '../semantic/logging-calls.js';
import { methodCallAnchor } from '../semantic/text-tests.js';
import { isBuildScript } from '../semantic/security-values.js';

const meta: Rule = {
  id: 'PBP502',
  name: 'eager-log-format',
  tool: 'patterns',
  section: 'logging',
  level: 'note',
  precision: 'very-high',
  summary:
    'A log message is formatted before the logging call instead of passing its values as arguments.',
  docs: {
    what: 'Finds logging calls (logging.*, loggers from getLogger/structlog/loguru, receivers named logger/log) whose message is an f-string with values, a %-formatted string, a str.format() call or text joined to values with +. Build scripts (setup.py, noxfile.py, fabfile.py, docs/conf.py) are left out: they log a few lines per build.',
    why: 'The logging module formats a message only when a handler emits it. Formatting it before the call costs the work even when the level is disabled, lets a formatting error escape into the caller, and turns one message template into thousands of distinct strings that log tools cannot group.',
    example:
      'logger.info(f"order {order.id} paid by user {user.id}")\nlogger.warning("retry %d of %d" % (attempt, limit))',
    useInstead:
      'logger.info("order %s paid by user %s", order.id, user.id)\nlogger.warning("retry %d of %d", attempt, limit)',
  },
};

const FORMATS = /[{%+]|format/;

/** The advice names the method to keep using, not a deprecated alias of it. */
const CURRENT_NAME: Record<string, string> = { warn: 'warning', fatal: 'critical' };

export const eagerLogFormat: PythonRule = {
  kind: 'python',
  meta,
  // `logger.info(…)`: the logging method ends the callee.
  anchors: { call: methodCallAnchor(LOG_METHODS) },
  create({ file, report }) {
    // A build script (setup.py, noxfile.py) logs a few lines to a console, once per build: none of
    // the costs above apply there.
    if (isBuildScript(file) || !mayHaveLogCalls(file) || !mayLog(file)) return {};
    return {
      call(node) {
        // A message formatted before the call holds `{` (an f-string), `%`, `+` or `.format`: read from
        // the text before the tree is asked anything.
        if (!FORMATS.test(file.text.slice(node.startIndex, node.endIndex))) return;
        // The message next: whether the receiver is a logger costs more, and is rarely asked.
        const logged = logShape(file, node);
        if (!logged?.message) return;
        const how = eagerFormatting(file, logged.message);
        if (!how || !loggingCall(file, node)) return;
        report({
          at: node,
          message: `This log message is built with ${how} before the call; pass a constant message and the values as arguments (\`.${CURRENT_NAME[logged.method] ?? logged.method}("… ${isLoguruCall(file, node) ? '{}' : '%s'}", value)\`).`,
        });
      },
    };
  },
};
