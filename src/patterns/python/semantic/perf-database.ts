/**
 * Database access as the performance rules (PBP101–PBP105) recognise it: SQLAlchemy engines and
 * sessions, Flask-SQLAlchemy `Model.query`, Django `Model.objects`, DB-API connections and
 * cursors, asyncpg / `databases` connections. Receivers are recognised by the names such objects
 * carry in real code (`db`, `session`, `self.session`, `db.session`, `conn`, `cursor`), never by
 * the method name alone: `seen.add(x)` or `requests.Session().get(url)` are not database calls.
 */
import type { Node } from 'web-tree-sitter';
import type { PythonFile } from '../python-file.js';
import { cutShort } from './perf-loops.js';
import { methodCallAnchor } from './text-tests.js';

/** The name of a receiver: `db` for `db`, `session` for `self.session` or `db.session`. */
export function receiverName(callee: Node): string | null {
  if (callee.type !== 'attribute') return null;
  const object = callee.childForFieldName('object');
  if (!object) return null;
  if (object.type === 'identifier') return object.text;
  if (object.type === 'attribute') return object.childForFieldName('attribute')?.text ?? null;
  return null;
}

/** Names that hold an ORM session, a database handle or a DB-API connection. */
const SESSION_NAME =
  /^_*(db|database|session|sess|s?db_?session|session_?db|async_?session|\w+_session|\w+_db|db_\w+|conn|connection|db_?conn(ection)?|\w+_conn(ection)?|tx|txn|transaction|uow|unit_of_work)$/i;
const CURSOR_NAME = /^_*(cursor|cur|\w+_cursor|cursor_\w+)$/i;
/** Sessions and connections to things that are not a database. */
const NOT_DATABASE =
  /http|client|request|aiohttp|redis|socket|ws|ssh|sftp|ftp|smtp|imap|ldap|amqp|kafka|mq|grpc|browser|driver|mongo|elastic|es_|cache|user_session|login|cookie|flask_session|websocket/i;

export function isSessionName(name: string | null): boolean {
  return name !== null && SESSION_NAME.test(name) && !NOT_DATABASE.test(name);
}

export function isCursorName(name: string | null): boolean {
  return name !== null && CURSOR_NAME.test(name) && !NOT_DATABASE.test(name);
}

/** Session/connection methods that run a statement. */
const SESSION_QUERIES = new Set([
  'execute',
  'scalars',
  'scalar',
  'scalar_one',
  'scalar_one_or_none',
  'get',
  'get_one',
  'query',
  'exec',
  'refresh',
  // asyncpg, encode/databases
  'fetch',
  'fetchrow',
  'fetchval',
  'fetch_one',
  'fetch_all',
  'fetch_val',
]);

/** Methods of a Flask-SQLAlchemy `Model.query` / Django manager that start a query. */
const MANAGERS = new Set(['objects', 'query', '_default_manager']);

/**
 * The anchor of `databaseCall` (with the methods of a query held in a name, `extra`): every call
 * it recognises has a callee ending in `.method` and called, or holding `.objects`/`.query`.
 */
export function databaseCallAnchor(extra: Iterable<string> = []): RegExp {
  return methodCallAnchor([...SESSION_QUERIES, ...extra], MANAGERS);
}

/** The anchor of `isEngineCall`: the factory's name ends the callee (a name or an attribute). */
export const ENGINE_CALL_ANCHOR = /(?<!\w)create_(?:async_)?engine(?!\w)/g;

/** A class name: `User`, `OrderItem` (not `URL`, not `x`). */
function isClassName(node: Node | null | undefined): boolean {
  if (!node) return false;
  const name =
    node.type === 'attribute'
      ? node.childForFieldName('attribute')?.text
      : node.type === 'identifier'
        ? node.text
        : null;
  return !!name && /^_?[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/.test(name);
}

export interface DatabaseCall {
  call: Node;
  /** How the message names it: `db.get()`, `Order.objects.filter()`, `cursor.execute()`. */
  label: string;
}

/**
 * When `call` runs (or starts) a database query: `db.get(Product, id)`, `session.execute(…)`,
 * `db.query(User)`, `cursor.execute(…)`, `User.query.get(…)`, `Order.objects.filter(…)`.
 */
export function databaseCall(file: PythonFile, call: Node): DatabaseCall | null {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'attribute') return null;
  const method = callee.childForFieldName('attribute')?.text ?? '';
  const object = callee.childForFieldName('object');
  if (!object) return null;
  // The label is text read from the tree: made only for the calls that are queries.
  const found = (): DatabaseCall => ({ call, label: `${shortText(object)}.${method}()` });

  // Django `Order.objects.filter(…)`, Flask-SQLAlchemy `User.query.get(…)`.
  if (
    object.type === 'attribute' &&
    MANAGERS.has(object.childForFieldName('attribute')?.text ?? '')
  ) {
    const model = object.childForFieldName('object');
    if (isClassName(model)) return found();
    return null;
  }
  if (!SESSION_QUERIES.has(method)) return null;
  const receiver = receiverName(callee);
  if (isCursorName(receiver)) return method === 'execute' ? found() : null;
  if (!isSessionName(receiver)) return null;
  const args = file.positionalArguments(call);
  switch (method) {
    case 'get':
    case 'get_one':
      // SQLAlchemy `session.get(Model, pk)`: never a dict's or a web session's `get(key)`.
      return args.length >= 2 && isClassName(args[0]) ? found() : null;
    case 'query':
    case 'refresh':
      return args.length >= 1 ? found() : null;
    default:
      return args.length >= 1 ||
        file.keywordArgument(call, 'query') ||
        file.keywordArgument(call, 'statement')
        ? found()
        : null;
  }
}

function shortText(node: Node): string {
  const text = node.text.replace(/\s+/g, '');
  return cutShort(text);
}

// ---------------------------------------------------------------------------------------------
// Engines.

/** `create_engine` / `create_async_engine` from SQLAlchemy (or SQLModel's re-export). */
export function isEngineCall(file: PythonFile, call: Node): boolean {
  const tail = file.calleeTail(call);
  if (tail !== 'create_engine' && tail !== 'create_async_engine') return false;
  const qualified = file.callName(call) ?? '';
  return /^(sqlalchemy|sqlmodel)\./.test(qualified);
}

/** The class named by `poolclass=`: `NullPool` for `poolclass=sa.pool.NullPool`. */
export function poolClassOf(file: PythonFile, call: Node): string | null {
  const value = file.keywordArgument(call, 'poolclass');
  if (!value) return null;
  const name = file.qualifiedName(file.resolveValue(value));
  return name ? (name.split('.').pop() ?? null) : null;
}

/** The engine's URL argument, followed through a name assigned once. */
export function engineUrl(file: PythonFile, call: Node): Node | null {
  const url = file.positionalArguments(call)[0] ?? file.keywordArgument(call, 'url');
  return url ? file.resolveValue(url) : null;
}

/** True when the call passes `**kwargs`, which may hold any keyword. */
export function hasKeywordSplat(call: Node): boolean {
  return (
    call
      .childForFieldName('arguments')
      ?.namedChildren.some((arg) => arg?.type === 'dictionary_splat') ?? false
  );
}

// ---------------------------------------------------------------------------------------------
// Cheap text tests, so that the rules skip the many modules that touch no database at all.

const createsEngine = new WeakMap<PythonFile, boolean>();

/** The file names an engine factory (asked by three rules: remembered per file). */
export function mayCreateEngine(file: PythonFile): boolean {
  let known = createsEngine.get(file);
  if (known === undefined) {
    known = /create_(?:async_)?engine/.test(file.text);
    createsEngine.set(file, known);
  }
  return known;
}

const MAY_QUERY =
  /\b(db|database|session|sess|conn|connection|cursor|cur|tx|txn|transaction|uow|engine)\b|_(session|db|conn|connection|cursor)\b|\b(db|session|cursor)_|\.(objects|query|_default_manager)\b/;

const queries = new WeakMap<PythonFile, boolean>();

/** The file mentions a session, connection, cursor or model manager (remembered per file). */
export function mayQuery(file: PythonFile): boolean {
  let known = queries.get(file);
  if (known === undefined) {
    known = MAY_QUERY.test(file.text);
    queries.set(file, known);
  }
  return known;
}
