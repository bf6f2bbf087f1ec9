import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP103', {
  valid: [
    {
      name: 'a short-lived engine disposed in the function that made it',
      path: 'app/db/init_db.py',
      code: `
        from sqlalchemy import create_engine, inspect

        from app.core.config import settings

        def db_is_at_head() -> bool:
            engine = create_engine(settings.DB_URL)
            try:
                return "alembic_version" in inspect(engine).get_table_names()
            finally:
                engine.dispose()
      `,
    },
    {
      name: 'pool_pre_ping=True (the guide)',
      code: `
        from sqlalchemy.ext.asyncio import create_async_engine

        engine = create_async_engine("mysql+aiomysql://app@db/app", pool_size=20, pool_pre_ping=True)
      `,
    },
    {
      name: 'SQLite, literal or through a default',
      code: `
        import os
        from sqlalchemy import create_engine

        engine = create_engine("sqlite:///./app.db")
        DATABASE_URL = os.getenv("DATABASE_URL", "sqlite:///./local.db")
        other = create_engine(DATABASE_URL)
        third = create_engine(settings.url, connect_args={"check_same_thread": False})
      `,
    },
    {
      name: 'no pool at all',
      code: `
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        engine = create_engine("postgresql://app@db/app", poolclass=NullPool)
      `,
    },
    {
      name: 'options passed through **kwargs, or pre-ping set explicitly',
      code: `
        from sqlalchemy import create_engine

        engine = create_engine(settings.DATABASE_URL, **settings.ENGINE_OPTIONS)
        other = create_engine(settings.DATABASE_URL, pool_pre_ping=settings.PRE_PING)
      `,
    },
    {
      name: 'a factory whose caller chooses the database',
      code: `
        import sqlalchemy

        def engine_for(url: str, echo: bool = False):
            return sqlalchemy.create_engine(url, echo=echo)
      `,
    },
    {
      name: 'tests',
      path: 'tests/conftest.py',
      code: `
        from sqlalchemy import create_engine

        engine = create_engine("postgresql://test@localhost/test")
      `,
    },
  ],
  invalid: [
    {
      name: 'an engine kept for the process (another name is disposed)',
      code: `
        from sqlalchemy import create_engine

        from app.core.config import settings

        def make_engines(old):
            engine = create_engine(settings.DB_URL)
            old.dispose()
            return engine
      `,
      errors: [{ line: 6 }],
    },
    {
      name: 'PostgreSQL URL assigned once (the demo project)',
      code: `
        import sqlalchemy as sa

        DATABASE_URL = "postgresql://shop@db:5432/shop"
        engine = sa.create_engine(DATABASE_URL, echo=True)
      `,
      errors: [{ line: 4, message: /pool_pre_ping=True/ }],
    },
    {
      name: 'URL read from settings',
      code: `
        from sqlalchemy.ext.asyncio import create_async_engine

        engine = create_async_engine(settings.DATABASE_URL, pool_size=10, max_overflow=5)
      `,
      errors: [{ line: 3 }],
    },
    {
      name: 'an f-string URL for MySQL',
      code: `
        from sqlalchemy import create_engine

        engine = create_engine(f"mysql+pymysql://{USER}:{PASSWORD}@{HOST}/shop")
      `,
      errors: [{ line: 3 }],
    },
    {
      name: 'URL read from the environment',
      code: `
        import os
        from sqlalchemy import create_engine

        engine = create_engine(os.environ["DATABASE_URL"], pool_recycle=1800)
      `,
      errors: [{ line: 4 }],
    },
  ],
});
