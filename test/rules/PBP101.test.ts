import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP101', {
  valid: [
    {
      name: 'a pooled engine (the guide’s production setup)',
      code: `
        from sqlalchemy.ext.asyncio import create_async_engine
        from sqlalchemy.pool import QueuePool

        engine = create_async_engine(DATABASE_URL, poolclass=QueuePool, pool_size=20, pool_pre_ping=True)
      `,
    },
    {
      name: 'NullPool in a test fixture',
      path: 'tests/conftest.py',
      code: `
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        engine = create_engine(TEST_DATABASE_URL, poolclass=NullPool)
      `,
    },
    {
      name: 'NullPool in the Alembic environment',
      path: 'migrations/env.py',
      code: `
        from sqlalchemy import engine_from_config, pool, create_engine

        connectable = create_engine(config.get_main_option("sqlalchemy.url"), poolclass=pool.NullPool)
      `,
    },
    {
      name: 'a create_engine that is not SQLAlchemy’s',
      code: `
        from myorm import create_engine
        from myorm.pool import NullPool

        engine = create_engine(URL, poolclass=NullPool)
      `,
    },
    {
      name: 'StaticPool for SQLite',
      code: `
        from sqlalchemy import create_engine
        from sqlalchemy.pool import StaticPool

        engine = create_engine("sqlite://", poolclass=StaticPool)
      `,
    },
  ],
  invalid: [
    {
      name: 'NullPool through an alias (the demo project)',
      code: `
        import sqlalchemy as sa
        from sqlalchemy.pool import NullPool

        reports_engine = sa.create_engine(
            REPORTS_URL, poolclass=NullPool, pool_pre_ping=True
        )
      `,
      errors: [{ line: 4, column: 18, message: /poolclass=NullPool/ }],
    },
    {
      name: 'async engine with pool.NullPool',
      code: `
        from sqlalchemy import pool
        from sqlalchemy.ext.asyncio import create_async_engine

        engine = create_async_engine(settings.database_url, poolclass=pool.NullPool)
      `,
      errors: [{ line: 4, message: /create_async_engine\(\)/ }],
    },
    {
      name: 'pool class held in a name',
      code: `
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        POOL = NullPool

        def make_engine(url: str):
            return create_engine(url, poolclass=POOL)
      `,
      errors: [{ line: 7 }],
    },
    {
      name: 'SQLModel re-export',
      code: `
        from sqlmodel import create_engine
        from sqlalchemy.pool import NullPool

        engine = create_engine(DATABASE_URL, poolclass=NullPool, echo=False)
      `,
      errors: [{ line: 4 }],
    },
  ],
});
