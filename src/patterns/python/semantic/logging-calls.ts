/**
 * What a "logging call" is, for the logging rules (PBP502–PBP504) and for PBP602, which asks
 * whether an `except` body logs: a method of the standard `logging` module, of a logger obtained
 * from `logging.getLogger`/`structlog.get_logger`/loguru, or of a receiver named like a logger
 * (`logger`, `log`, `_log`, `LOGGER`, `self.logger`, `app.logger`, `audit_logger`).
 */
import type { Node } from 'web-tree-sitter';
import type { PythonFile } from '../python-file.js';
import { stringValue } from '../python-file.js';

export const LOG_METHODS = new Set([
  'debug',
  'info',
  'warning',
  'warn',
  'error',
  'exception',
  'critical',
  'fatal',
  'log',
]);

/** `logger`, `log`, `_log`, `LOGGER`, `audit_logger`, `access_log`; not `catalog`, `syslog`, `logs`. */
const LOGGER_NAME = /^_*(?:[a-z0-9]+_)*(?:logger|log)$/i;

/** Calls that return a logger. */
const LOGGER_FACTORY =
  /^(logging\.getLogger|logging\.LoggerAdapter|logging\.getLoggerClass\.\(\)|structlog\.get_logger|structlog\.getLogger|structlog\.stdlib\.get_logger|structlog\.wrap_logger|loguru\.logger\.bind|.*\.getChild)$/;

/** Receivers that are loggers by their qualified name. */
const LOGGER_MODULE = /^(logging|logging\.root|loguru\.logger|structlog)$/;

export interface LoggingCall {
  call: Node;
  /** `info`, `error`, `exception`, `log`, … */
  method: string;
  /** The message argument (the second positional of `.log(level, msg)`), or null. */
  message: Node | null;
}

/** Per file, by node id: several rules ask about the same call. */
const cache = new WeakMap<PythonFile, Map<number, LoggingCall | null>>();

/** The logging call `call` is, or null when it is not one. */
export function loggingCall(file: PythonFile, call: Node): LoggingCall | null {
  let byId = cache.get(file);
  if (!byId) cache.set(file, (byId = new Map()));
  const known = byId.get(call.id);
  if (known !== undefined) return known;
  const result = computeLoggingCall(file, call);
  byId.set(call.id, result);
  return result;
}

function computeLoggingCall(file: PythonFile, call: Node): LoggingCall | null {
  if (call.type !== 'call') return null;
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'attribute') return null;
  const method = callee.childForFieldName('attribute')?.text ?? '';
  if (!LOG_METHODS.has(method)) return null;
  const receiver = callee.childForFieldName('object');
  if (!receiver || !isLoggerReceiver(file, receiver)) return null;
  const positional = file.positionalArguments(call);
  const message =
    file.keywordArgument(call, 'msg') ?? (method === 'log' ? positional[1] : positional[0]) ?? null;
  return { call, method, message };
}

/** True when `node` (the object of `node.info(...)`) is a logger or the `logging` module. */
export function isLoggerReceiver(file: PythonFile, node: Node): boolean {
  const qualified = file.qualifiedName(node);
  if (qualified && LOGGER_MODULE.test(qualified)) return true;
  if (node.type === 'identifier') {
    // An imported name keeps the name it was imported under: `from app.log import logger`.
    if (LOGGER_NAME.test(node.text)) return !isPlainData(file.resolveValue(node));
    const value = file.resolveValue(node);
    return value !== null && value.id !== node.id && isLoggerFactoryCall(file, value);
  }
  if (node.type === 'attribute') {
    const tail = node.childForFieldName('attribute')?.text ?? '';
    return LOGGER_NAME.test(tail);
  }
  return isLoggerFactoryCall(file, node);
}

function isLoggerFactoryCall(file: PythonFile, node: Node): boolean {
  if (node.type !== 'call') return false;
  const name = file.callName(node);
  return name !== null && LOGGER_FACTORY.test(name);
}

/** A literal container or scalar: a name assigned one is not a logger (`log = []`). */
function isPlainData(node: Node | null): boolean {
  if (!node) return false;
  return [
    'list',
    'dictionary',
    'set',
    'tuple',
    'string',
    'concatenated_string',
    'integer',
    'float',
    'true',
    'false',
    'none',
  ].includes(node.type);
}

/**
 * How a log message was formatted before the call, or null when it was not: an f-string with
 * values, `"…" % args`, or `"…".format(args)` on a literal (or a name assigned one literal).
 */
export function eagerFormatting(file: PythonFile, message: Node | null): string | null {
  if (!message) return null;
  if (message.type === 'parenthesized_expression' && message.namedChildren.length === 1) {
    return eagerFormatting(file, message.namedChildren[0] ?? null);
  }
  if (message.type === 'string') {
    return message.namedChildren.some((child) => child?.type === 'interpolation')
      ? 'an f-string'
      : null;
  }
  if (message.type === 'concatenated_string') {
    return message.namedChildren.some(
      (part) =>
        part?.type === 'string' && part.namedChildren.some((c) => c?.type === 'interpolation'),
    )
      ? 'an f-string'
      : null;
  }
  if (message.type === 'binary_operator' && message.childForFieldName('operator')?.type === '%') {
    return isStringTemplate(file, message.childForFieldName('left')) ? '`%` formatting' : null;
  }
  if (message.type === 'call') {
    const callee = message.childForFieldName('function');
    if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'format')
      return null;
    return isStringTemplate(file, callee.childForFieldName('object')) ? '`.format()`' : null;
  }
  return null;
}

/** A string literal, a name assigned one once, or a translated literal `_("…")`. */
function isStringTemplate(file: PythonFile, node: Node | null): boolean {
  if (!node) return false;
  if (node.type === 'parenthesized_expression' && node.namedChildren.length === 1)
    return isStringTemplate(file, node.namedChildren[0] ?? null);
  if (node.type === 'string' || node.type === 'concatenated_string') return true;
  if (node.type === 'identifier') {
    const value = file.resolveValue(node);
    return value !== null && value.id !== node.id && stringValue(value) !== null;
  }
  if (node.type === 'call') {
    const name = file.calleeTail(node);
    return (
      (name === '_' || name === 'gettext' || name === 'gettext_lazy') &&
      stringValue(file.positionalArguments(node)[0] ?? null) !== null
    );
  }
  return false;
}
