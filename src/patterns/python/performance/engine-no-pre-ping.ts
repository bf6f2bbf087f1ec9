/**
 * ## What it does
 * Finds SQLAlchemy engines for a server database (PostgreSQL, MySQL, MariaDB, Oracle, SQL
 * Server, …; a URL that is not a literal counts as one) created without `pool_pre_ping=True`.
 *
 * ## Why is this bad?
 * Pooled connections die while they sit idle: the database restarts, a proxy or firewall drops
 * idle connections, a failover happens. Without a pre-ping the first request to draw such a
 * connection fails with "server closed the connection unexpectedly". `pool_pre_ping=True` tests
 * each connection on checkout and replaces a dead one.
 *
 * Not reported: SQLite (a literal `sqlite:` URL, a default naming sqlite, or
 * `check_same_thread`), a URL that is a parameter of the function making the engine (a
 * library's factory: the caller picks the database), engines without a pool (`NullPool`,
 * `StaticPool`), an engine disposed in the function that made it (a script's or a setup step's
 * short-lived engine), an explicit `pool_pre_ping=` value, `**kwargs`, tests and migration
 * environments.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import { stringValue } from '../python-file.js';
import { escapeRegExp } from '../../../escape.js';
import {
  engineUrl,
  hasKeywordSplat,
  isEngineCall,
  mayCreateEngine,
  poolClassOf,
  ENGINE_CALL_ANCHOR,
} from '../semantic/perf-database.js';

const meta: Rule = {
  id: 'PBP103',
  name: 'engine-no-pre-ping',
  tool: 'patterns',
  section: 'performance',
  level: 'note',
  precision: 'high',
  summary:
    'A pooled engine for a server database does not test connections before use (`pool_pre_ping=True`).',
  docs: {
    what: 'Finds SQLAlchemy create_engine/create_async_engine calls for a server database (any URL that is not SQLite) that do not pass pool_pre_ping.',
    why: 'Pooled connections die while idle (database restarts, proxies and firewalls dropping idle connections, failovers); without a pre-ping the first request that draws such a connection fails. pool_pre_ping=True checks each connection on checkout and replaces a dead one.',
    example: 'engine = create_engine(settings.DATABASE_URL, pool_size=10)',
    useInstead:
      'engine = create_engine(settings.DATABASE_URL, pool_size=10, pool_pre_ping=True, pool_recycle=3600)',
  },
};

const SERVER_SCHEMES =
  /^(postgres|postgresql|mysql|mariadb|oracle|mssql|cockroachdb|redshift|snowflake|db2|ibm_db_sa|sybase|firebird|teradata|trino|presto|clickhouse|vertica)(\+|:)/i;
const NO_POOL = new Set(['NullPool', 'StaticPool', 'SingletonThreadPool', 'AssertionPool']);

export const engineNoPrePing: PythonRule = {
  kind: 'python',
  meta,
  // `create_engine(…)`, `sa.create_async_engine(…)`: the factory's name ends the callee.
  anchors: { call: ENGINE_CALL_ANCHOR },
  create({ file, report }) {
    if (file.isTest || file.isMigration || !mayCreateEngine(file)) return {};
    return {
      call(node) {
        if (!isEngineCall(file, node)) return;
        if (file.keywordArgument(node, 'pool_pre_ping') || hasKeywordSplat(node)) return;
        const pool = poolClassOf(file, node);
        if (pool && NO_POOL.has(pool)) return;
        if (!isServerDatabase(file, node) || isDisposedHere(file, node)) return;
        report({
          at: node,
          message: `${file.calleeTail(node)}() without pool_pre_ping=True hands out pooled connections that may have died while idle; add pool_pre_ping=True.`,
        });
      },
    };
  },
};

/**
 * `engine = create_engine(url)` … `engine.dispose()` in one function: a short-lived engine for a
 * script or a setup step, whose connections never sit idle in a pool.
 */
function isDisposedHere(file: PythonFile, call: Node): boolean {
  const fn = file.enclosingFunction(call);
  const assignment = file.parentOf(call);
  const name = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
  if (!fn || name?.type !== 'identifier') return false;
  const dispose = new RegExp(`(?<![\\w.])${escapeRegExp(name.text)}\\s*\\.\\s*dispose\\s*\\(`);
  return dispose.test(file.text.slice(call.endIndex, fn.endIndex));
}

function isServerDatabase(file: PythonFile, call: Node): boolean {
  if (/check_same_thread/.test(file.keywordArgument(call, 'connect_args')?.text ?? ''))
    return false;
  const url = engineUrl(file, call);
  if (!url) return false;
  const literal = stringValue(url) ?? leadingText(url);
  if (literal !== null) return SERVER_SCHEMES.test(literal.trim());
  // A factory's parameter (`def make_engine(url): return create_engine(url)`): the caller
  // decides which database, and a library cannot know; not guessed.
  if (url.type === 'identifier' && isParameterOf(file.enclosingFunction(call), url.text))
    return false;
  // Read at run time from settings or the environment: a server database unless the expression
  // itself names sqlite.
  return !/sqlite/i.test(url.text);
}

function isParameterOf(fn: Node | null, name: string): boolean {
  for (const parameter of fn?.childForFieldName('parameters')?.namedChildren ?? []) {
    const id =
      parameter?.type === 'identifier'
        ? parameter
        : (parameter?.childForFieldName('name') ?? parameter?.namedChildren[0]);
    if (id?.text === name) return true;
  }
  return false;
}

/** The literal start of an f-string (`f"postgresql+asyncpg://{user}…"` → `postgresql+asyncpg://`). */
function leadingText(node: Node): string | null {
  if (node.type !== 'string') return null;
  const first = node.namedChildren.find(
    (child) => child?.type === 'string_content' || child?.type === 'interpolation',
  );
  return first?.type === 'string_content' && first.text.includes(':') ? first.text : null;
}
