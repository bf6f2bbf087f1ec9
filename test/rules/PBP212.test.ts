import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP212', {
  valid: [
    {
      name: 'aware times: now(timezone.utc), fromtimestamp with tz',
      code: `
        from datetime import datetime, timedelta, timezone

        def expiry(minutes: int) -> datetime:
            return datetime.now(timezone.utc) + timedelta(minutes=minutes)

        def issued(ts: float) -> datetime:
            return datetime.fromtimestamp(ts, tz=timezone.utc)
      `,
    },
    {
      name: 'other libraries’ utcnow return aware times',
      code: `
        import arrow
        import pendulum
        import pandas as pd

        stamps = (arrow.utcnow(), pendulum.now("UTC"), pd.Timestamp.utcnow())
      `,
    },
    {
      name: 'a method of our own named utcnow',
      code: `
        class Clock:
            def utcnow(self):
                return self._now

        def stamp(clock: Clock):
            return clock.utcnow()
      `,
    },
    {
      name: 'an aware default factory in a model',
      code: `
        from datetime import datetime, timezone
        from sqlalchemy import Column, DateTime

        class Order:
            created_at = Column(DateTime(timezone=True), default=lambda: datetime.now(timezone.utc))
      `,
    },
    {
      name: 'test files are not checked',
      path: 'tests/test_tokens.py',
      code: `
        from datetime import datetime

        def test_expiry():
            assert datetime.utcnow()
      `,
    },
  ],
  invalid: [
    {
      name: 'utcnow after from datetime import datetime (the shop example)',
      code: `
        from datetime import datetime, timedelta

        def create_access_token(user) -> str:
            issued_at = datetime.utcnow()
            return issued_at + timedelta(minutes=30)
      `,
      errors: [
        {
          line: 4,
          column: 17,
          message: /^datetime\.utcnow\(\) returns a naive datetime.*datetime\.now\(timezone\.utc\)/,
        },
      ],
    },
    {
      name: 'import datetime and an alias of the module',
      code: `
        import datetime
        import datetime as dt

        a = datetime.datetime.utcnow()
        b = dt.datetime.utcfromtimestamp(1700000000)
      `,
      errors: [
        { line: 4 },
        { line: 5, message: /utcfromtimestamp.*fromtimestamp\(ts, tz=timezone\.utc\)/ },
      ],
    },
    {
      name: 'passed as a default factory (SQLAlchemy, dataclasses)',
      code: `
        from dataclasses import dataclass, field
        from datetime import datetime
        from sqlalchemy import Column, DateTime

        class User:
            created_at = Column(DateTime, default=datetime.utcnow)

        @dataclass
        class Event:
            at: datetime = field(default_factory=datetime.utcnow)
      `,
      errors: [{ line: 6 }, { line: 10 }],
    },
    {
      name: 'the guide’s create_token expiry',
      code: `
        from datetime import datetime as DateTime, timedelta

        def expire_at(minutes: int):
            return DateTime.utcnow() + timedelta(minutes=minutes)
      `,
      errors: [{ line: 4 }],
    },
    {
      name: 'the datetime class imported under another name',
      code: `
        from datetime import datetime as dt

        def stamp():
            return dt.utcnow()
      `,
      errors: [{ line: 4, message: /utcnow/ }],
    },
  ],
});
