import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP102', {
  valid: [
    {
      name: 'echo=False (the guide)',
      code: `
        from sqlalchemy.ext.asyncio import create_async_engine

        engine = create_async_engine(URL, pool_pre_ping=True, echo=False)
      `,
    },
    {
      name: 'echo decided by settings',
      code: `
        from sqlalchemy import create_engine

        engine = create_engine(settings.DATABASE_URL, echo=settings.DEBUG)
      `,
    },
    {
      name: 'echo=True in a test',
      path: 'tests/conftest.py',
      code: `
        from sqlalchemy import create_engine

        engine = create_engine("sqlite://", echo=True)
      `,
    },
    {
      name: 'echo=True on something that is not an engine',
      code: `
        from myapp.server import create_server

        server = create_server(port=8000, echo=True)
        logger = make_logger(echo=True)
      `,
    },
  ],
  invalid: [
    {
      name: 'the demo project (module alias)',
      code: `
        import sqlalchemy as sa

        engine = sa.create_engine(DATABASE_URL, echo=True)
      `,
      errors: [{ line: 3, column: 10, message: /echo=True/ }],
    },
    {
      name: 'async engine',
      code: `
        from sqlalchemy.ext.asyncio import create_async_engine

        engine = create_async_engine(
            settings.DATABASE_URL,
            pool_pre_ping=True,
            echo=True,
        )
      `,
      errors: [{ line: 3 }],
    },
    {
      name: 'echo="debug" logs even the rows',
      code: `
        from sqlalchemy import create_engine

        engine = create_engine(URL, echo="debug")
      `,
      errors: [{ line: 3, message: /echo="debug"/ }],
    },
    {
      name: 'engine made inside a factory',
      code: `
        from sqlalchemy import create_engine

        def get_engine(url: str):
            return create_engine(url, echo=True, pool_size=5)
      `,
      errors: [{ line: 4 }],
    },
  ],
});
