/**
 * ## What it does
 * Finds SQLAlchemy engines created with `poolclass=NullPool` (`create_engine`,
 * `create_async_engine`), outside tests and migration environments.
 *
 * ## Why is this bad?
 * `NullPool` opens a new database connection for every checkout and closes it afterwards: a TCP
 * and TLS handshake plus authentication on every request, and no cap on connections under load.
 * The guide asks for a pooled engine in production.
 *
 * Not reported: tests and Alembic/migration `env.py` files, where a throwaway connection is right.
 */
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import {
  isEngineCall,
  poolClassOf,
  mayCreateEngine,
  ENGINE_CALL_ANCHOR,
} from '../semantic/perf-database.js';

const meta: Rule = {
  id: 'PBP101',
  name: 'engine-null-pool',
  tool: 'patterns',
  section: 'performance',
  level: 'warning',
  precision: 'very-high',
  summary: 'A database engine is created without a connection pool (`poolclass=NullPool`).',
  docs: {
    what: 'Finds SQLAlchemy create_engine/create_async_engine calls with poolclass=NullPool, outside tests and migration environments.',
    why: 'NullPool opens and closes a real database connection for every checkout: a TCP (and TLS) handshake and authentication on every request, and nothing caps the number of connections under load. A pooled engine reuses connections.',
    example: 'engine = create_async_engine(DATABASE_URL, poolclass=NullPool)',
    useInstead:
      'engine = create_async_engine(\n    DATABASE_URL,\n    pool_size=20,\n    max_overflow=10,\n    pool_recycle=3600,\n    pool_pre_ping=True,\n)',
  },
};

export const engineNullPool: PythonRule = {
  kind: 'python',
  meta,
  // `create_engine(…)`, `sa.create_async_engine(…)`: the factory's name ends the callee.
  anchors: { call: ENGINE_CALL_ANCHOR },
  create({ file, report }) {
    if (file.isTest || file.isMigration || !mayCreateEngine(file)) return {};
    return {
      call(node) {
        if (!isEngineCall(file, node) || poolClassOf(file, node) !== 'NullPool') return;
        report({
          at: node,
          message: `${file.calleeTail(node)}() with poolclass=NullPool opens a new database connection for every checkout; use the default pool (pool_size, max_overflow, pool_pre_ping) instead.`,
        });
      },
    };
  },
};
