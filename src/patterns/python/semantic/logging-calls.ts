/**
 * What a "logging call" is, for the logging rules (PBP502–PBP504) and for PBP602, which asks
 * whether an `except` body logs: a method of the standard `logging` module, of a logger obtained
 * from `logging.getLogger`/`structlog.get_logger`/loguru, or of a receiver named like a logger
 * (`logger`, `log`, `_log`, `LOGGER`, `self.logger`, `app.logger`, `audit_logger`).
 */
import type { Node } from 'web-tree-sitter';
import type { PythonFile } from '../python-file.js';
import { plusOperands, stringValue } from '../python-file.js';
import { dottedNamesIn, LOG_METHODS, mayBeAssigned } from './text-tests.js';

export { LOG_METHODS };

/** `logger`, `log`, `_log`, `LOGGER`, `audit_logger`, `access_log`; not `catalog`, `syslog`, `logs`. */
const LOGGER_NAME = /^_*(?:[a-z0-9]+_)*(?:logger|log)$/i;

/** Calls that return a logger. */
const LOGGER_FACTORY =
  /^(logging\.getLogger|logging\.LoggerAdapter|logging\.getLoggerClass\.\(\)|structlog\.get_logger|structlog\.getLogger|structlog\.stdlib\.get_logger|structlog\.wrap_logger|loguru\.logger\.bind|.*\.getChild)$/;

/** Receivers that are loggers by their qualified name. */
const LOGGER_MODULE = /^(logging|logging\.root|loguru\.logger|structlog)$/;

const logCallText = new RegExp(`\\.(${[...LOG_METHODS].join('|')})\\s*\\(`);

/**
 * A logging method follows a dot somewhere in the file: every call `loggingCall` or `logShape`
 * accepts has one, so the rules can skip the file before the finer `mayLog`. One scan shared
 * with the performance rules.
 */
export function mayHaveLogCalls(file: PythonFile, method?: string): boolean {
  const names = dottedNamesIn(file);
  if (method) return names.has(method);
  for (const name of LOG_METHODS) if (names.has(name)) return true;
  return false;
}

const logTexts = new WeakMap<PythonFile, Map<string, boolean>>();

/**
 * A cheap first look at the text: without `.info(`-like calls the file has no logging call.
 * Several rules ask of every file: remembered per file and method.
 */
export function mayLog(file: PythonFile, method?: string): boolean {
  let byMethod = logTexts.get(file);
  if (!byMethod) logTexts.set(file, (byMethod = new Map()));
  const key = method ?? '';
  let known = byMethod.get(key);
  if (known === undefined) {
    known = method
      ? file.text.includes(`.${method}(`) || new RegExp(`\\.${method}\\s+\\(`).test(file.text)
      : logCallText.test(file.text);
    byMethod.set(key, known);
  }
  return known;
}

export interface LoggingCall {
  call: Node;
  /** `info`, `error`, `exception`, `log`, … */
  method: string;
  /** The message argument (the second positional of `.log(level, msg)`), or null. */
  message: Node | null;
}

/** What several rules ask about every call, computed once: the callee and its last name. */
export interface CallShape {
  callee: Node | null;
  /** `identifier`, `attribute`, … of the callee. */
  calleeType: string;
  /** `info` for `logger.info(...)`, `print` for `print(...)`; empty for other callees. */
  tail: string;
  logging?: LoggingCall | null;
  /** `logShape`, remembered. */
  logShape?: LogShape | null;
}

/** A call shaped like a logging call, `<anything>.info(…)`: its method and message. */
export interface LogShape {
  method: string;
  /** The message argument (the second positional of `.log(level, msg)`), or null. */
  message: Node | null;
}

/** Per file, by node id: the engine walks each call once, but up to eight rules look at it. */
const shapes = new WeakMap<PythonFile, Map<number, CallShape>>();

export function callShape(file: PythonFile, call: Node): CallShape {
  let byId = shapes.get(file);
  if (!byId) shapes.set(file, (byId = new Map()));
  const known = byId.get(call.id);
  if (known) return known;
  const callee = call.childForFieldName('function');
  const calleeType = callee?.type ?? '';
  let tail = '';
  if (callee && calleeType === 'identifier') tail = callee.text;
  else if (callee && calleeType === 'attribute') tail = trailingName(file.text, callee.endIndex);
  const shape: CallShape = { callee, calleeType, tail };
  byId.set(call.id, shape);
  return shape;
}

/** The identifier that ends at `end` (the attribute name of `a.b.name`), read from the text. */
function trailingName(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\w\u00c0-\uffff]/.test(text.charAt(start - 1))) start--;
  return text.slice(start, end);
}

/** The logging call `call` is, or null when it is not one. */
export function loggingCall(file: PythonFile, call: Node): LoggingCall | null {
  if (call.type !== 'call') return null;
  const shape = callShape(file, call);
  if (shape.logging === undefined) shape.logging = computeLoggingCall(file, call, shape);
  return shape.logging;
}

/**
 * The method and message of a call shaped like a logging call (a logging method called on
 * anything), or null. Cheaper than `loggingCall`, which also decides whether the receiver is a
 * logger: rules that look at the message or the arguments first ask the receiver last.
 */
export function logShape(file: PythonFile, call: Node): LogShape | null {
  const shape = callShape(file, call);
  if (shape.logShape === undefined) {
    if (shape.calleeType !== 'attribute' || !LOG_METHODS.has(shape.tail)) {
      shape.logShape = null;
    } else {
      const method = shape.tail;
      shape.logShape = { method, message: messageArgument(file, call, method === 'log' ? 1 : 0) };
    }
  }
  return shape.logShape;
}

/**
 * `file.keywordArgument(call, 'msg') ?? file.positionalArguments(call)[index] ?? null`, in one
 * pass over the arguments (a keyword's name read from the text, where it starts the argument).
 */
function messageArgument(file: PythonFile, call: Node, index: number): Node | null {
  const args = call.childForFieldName('arguments');
  if (!args) return null;
  const list = args.type === 'argument_list';
  let positional: Node | null = null;
  let seen = 0;
  for (const arg of args.namedChildren) {
    if (!arg) continue;
    const type = arg.type;
    if (type === 'keyword_argument') {
      if (
        file.text.startsWith('msg', arg.startIndex) &&
        arg.childForFieldName('name')?.text === 'msg'
      ) {
        const value = arg.childForFieldName('value');
        if (value) return value;
        // `keywordArgument` stops at the first `msg=`, with or without a value.
        return list ? (file.positionalArguments(call)[index] ?? null) : null;
      }
    } else if (
      list &&
      positional === null &&
      type !== 'list_splat' &&
      type !== 'dictionary_splat' &&
      type !== 'comment'
    ) {
      if (seen === index) positional = arg;
      seen++;
    }
  }
  return positional;
}

function computeLoggingCall(file: PythonFile, call: Node, shape: CallShape): LoggingCall | null {
  const logged = logShape(file, call);
  if (!logged) return null;
  const receiver = shape.callee?.childForFieldName('object');
  if (!receiver || !isLoggerReceiver(file, receiver)) return null;
  return { call, method: logged.method, message: logged.message };
}

/** True when `node` (the object of `node.info(...)`) is a logger or the `logging` module. */
export function isLoggerReceiver(file: PythonFile, node: Node): boolean {
  const type = node.type;
  // An imported name keeps the name it was imported under: `from app.log import logger`. (Asked
  // first: it needs no import map.)
  if (type === 'identifier' && LOGGER_NAME.test(node.text)) return true;
  const qualified = file.qualifiedName(node);
  if (qualified && LOGGER_MODULE.test(qualified)) return true;
  if (type === 'identifier') {
    // Other names only when the file makes loggers at all (resolving values costs a scope scan).
    if (!makesLoggers(file) || !mayBeAssigned(file, node.text)) return false;
    const value = file.resolveValue(node);
    return value !== null && value.id !== node.id && isLoggerFactoryCall(file, value);
  }
  if (type === 'attribute') {
    const tail = node.childForFieldName('attribute')?.text ?? '';
    return LOGGER_NAME.test(tail);
  }
  return isLoggerFactoryCall(file, node);
}

const LOGGER_FACTORY_TEXT = /getLogger|get_logger|LoggerAdapter|wrap_logger|getChild|\.bind\(/;

const loggerFactories = new WeakMap<PythonFile, boolean>();

/** The file names a logger factory somewhere (asked per receiver: remembered per file). */
function makesLoggers(file: PythonFile): boolean {
  let known = loggerFactories.get(file);
  if (known === undefined) {
    known = LOGGER_FACTORY_TEXT.test(file.text);
    loggerFactories.set(file, known);
  }
  return known;
}

function isLoggerFactoryCall(file: PythonFile, node: Node): boolean {
  if (node.type !== 'call') return false;
  const name = file.callName(node);
  return name !== null && LOGGER_FACTORY.test(name);
}

/**
 * How a log message was formatted before the call, or null when it was not: an f-string with
 * values, `"…" % args`, or `"…".format(args)` on a literal (or a name assigned one literal).
 */
export function eagerFormatting(file: PythonFile, message: Node | null): string | null {
  if (!message) return null;
  const type = message.type;
  if (type === 'parenthesized_expression' && message.namedChildren.length === 1) {
    return eagerFormatting(file, message.namedChildren[0] ?? null);
  }
  if (type === 'string' || type === 'concatenated_string') {
    // An interpolation starts with `{`: a string without one is read no further.
    if (!file.text.slice(message.startIndex, message.endIndex).includes('{')) return null;
    const interpolated =
      type === 'string'
        ? message.namedChildren.some((child) => child?.type === 'interpolation')
        : message.namedChildren.some(
            (part) =>
              part?.type === 'string' &&
              part.namedChildren.some((c) => c?.type === 'interpolation'),
          );
    return interpolated ? 'an f-string' : null;
  }
  if (type === 'binary_operator' && message.childForFieldName('operator')?.type === '%') {
    return isStringTemplate(file, message.childForFieldName('left')) ? '`%` formatting' : null;
  }
  if (type === 'binary_operator' && message.childForFieldName('operator')?.type === '+') {
    // `"Logging in " + email + " via SSO"`: text joined to values (constants alone are one text).
    const parts = plusOperands(message);
    return parts.some((part) => part.type === 'string') &&
      parts.some((part) => !isStringTemplate(file, part))
      ? 'string concatenation'
      : null;
  }
  if (type === 'call') {
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
    if (!mayBeAssigned(file, node.text)) return false;
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

/**
 * `logger.info(…)` on loguru's logger (`from loguru import logger`): it formats with `{}`, not
 * `%s`, and takes no `exc_info=`; the advice has to say so.
 */
export function isLoguruCall(file: PythonFile, call: Node): boolean {
  const callee = call.childForFieldName('function');
  const object = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
  if (!object || !file.importsModule('loguru')) return false;
  const name = file.qualifiedName(object) ?? '';
  return name === 'loguru.logger' || name.startsWith('loguru.logger.');
}
