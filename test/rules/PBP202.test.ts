import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP202', {
  valid: [
    {
      name: 'parameters passed separately (DB-API and SQLAlchemy)',
      code: `
        from sqlalchemy import text

        def find(cursor, session, email: str, order_id: int):
            cursor.execute("SELECT * FROM users WHERE email = %s", (email,))
            cursor.execute("UPDATE orders SET status = %(status)s WHERE id = %(id)s", {"status": "paid", "id": order_id})
            session.execute(text("DELETE FROM orders WHERE id = :id"), {"id": order_id})
      `,
    },
    {
      name: 'XA with parameters, savepoint names the driver makes, and the words in prose',
      code: `
        async def begin_twophase(conn, xid):
            await conn.execute("XA START %s", (xid,))
            await conn.execute("SAVEPOINT %s" % savepoint_name)
            log.info("xa end reached for %s" % xid)
            runner.execute("the xa end of %s" % name)
      `,
    },
    {
      name: "names quoted by the driver's own function: identifiers cannot be parameters (peewee, Django)",
      code: `
        def get_views(self, schema=None):
            schema = qesc(schema or "main")
            sql = ('SELECT name, sql FROM "%s".sqlite_master WHERE type=? ORDER BY name') % schema
            return [row for row in self.execute_sql(sql, ("view",))]

        def table_size(connection, table):
            with connection.cursor() as cursor:
                cursor.execute("SELECT COUNT(*) FROM %s" % connection.ops.quote_name(table))
                return cursor.fetchone()[0]
      `,
    },
    {
      name: 'the ORM (the guide’s GOOD example)',
      code: `
        from sqlalchemy import select

        async def by_email(session, email: str):
            return await session.execute(select(User).where(User.email == email))
      `,
    },
    {
      name: 'text built only from constants',
      code: `
        TABLE = "orders"
        LIMIT = 100

        def recent(cursor):
            cursor.execute(f"SELECT id, total FROM {TABLE} ORDER BY id DESC LIMIT {LIMIT}")
            cursor.execute("SELECT * FROM " + TABLE + " WHERE paid")
      `,
    },
    {
      name: 'f-strings that are not SQL, and SQL that is not executed',
      code: `
        import logging
        from sqlalchemy import text
        logger = logging.getLogger(__name__)

        def report(cursor, name: str):
            cursor.execute(f"SET search_path TO {name}")
            message = f"select a plan from the menu, {name}"
            logger.info(f"SELECT * FROM users WHERE name = '{name}'")
            return text(f"Hello {name}")
      `,
    },
    {
      name: 'a name assigned more than once is not guessed',
      code: `
        def count(cursor, table: str):
            query = "SELECT count(*) FROM users"
            if table:
                query = build_query(table)
            cursor.execute(query)
      `,
    },
    {
      name: 'long SQL wrapped in parentheses, values as parameters (how black lays it out)',
      code: `
        DEFAULT_COURSE = 1

        async def create(conn, name: str, course_id: int):
            query = (
                "INSERT INTO students (name, course_id) "
                "VALUES (%(name)s, %(course_id)s)"
            )
            async with conn.cursor() as cur:
                await cur.execute(query, {"name": name, "course_id": course_id})
            await conn.execute(
                ("SELECT id FROM students " f"WHERE course_id = {DEFAULT_COURSE}"),
            )
      `,
    },
    {
      name: 'a name bound twice to constant SQL; rebound to constant SQL before it runs',
      code: `
        def count(cursor, active: bool):
            query = "SELECT count(*) FROM users"
            if active:
                query = "SELECT count(*) FROM users WHERE active"
            cursor.execute(query)

        def describe(cu, table, logger):
            q = 'SELECT * FROM "{0}"'.format(table)
            logger.debug("would run %s", q)
            q = "SELECT name, sql FROM sqlite_master WHERE sql NOT NULL"
            return cu.execute(q)
      `,
    },
  ],
  invalid: [
    {
      name: 'a WHERE fragment formatted into SQLAlchemy text(): no statement keyword needed',
      code: `
        from sqlalchemy import text

        def search(db, term):
            where = text("title = '%s' or content = '%s'" % (term, term))
            return db.session.query(Paste).filter(where).all()
      `,
      errors: [{ line: 4, message: /% formatting.*text\(\)/ }],
    },
    {
      name: 'f-string straight into cursor.execute',
      code: `
        def find_user(cursor, email: str):
            cursor.execute(f"SELECT * FROM users WHERE email = '{email}'")
            return cursor.fetchone()
      `,
      errors: [{ line: 2, column: 5, message: /f-string.*execute/ }],
    },
    {
      name: '% formatting through a variable into sqlalchemy text, via an alias',
      code: `
        import sqlalchemy as sa

        def cancel(session, order_id: str):
            sql = "UPDATE orders SET status = 'cancelled' WHERE id = %s" % order_id
            session.execute(sa.text(sql))
      `,
      errors: [{ line: 5, message: /% formatting \(built on line 4\)/ }],
    },
    {
      name: '.format() and concatenation',
      code: `
        def search(conn, term, user_id):
            conn.execute("SELECT * FROM products WHERE name LIKE '%{}%'".format(term))
            conn.executemany("DELETE FROM carts WHERE user_id = " + str(user_id), [])
      `,
      errors: [
        { line: 2, message: /\.format\(\)/ },
        { line: 3, message: /concatenation/ },
      ],
    },
    {
      name: 'XA transaction statements built from the caller’s transaction id (aiomysql)',
      code: `
        class SAConnection:
            async def commit_prepared(self, xid, *, is_prepared=True):
                if not is_prepared:
                    await self.execute("XA END '%s'" % xid)
                await self.execute("XA COMMIT '%s'" % xid)

            async def recover(self, xid):
                await self._connection.execute(f"XA ROLLBACK '{xid}'")
      `,
      errors: [{ line: 4 }, { line: 5 }, { line: 8 }],
    },
    {
      name: "peewee's execute_sql with a value pasted into the text, beside one with parameters",
      code: `
        from peewee import SqliteDatabase

        db = SqliteDatabase("app.db")

        def rebuild(table, cmd):
            db.execute_sql("INSERT INTO %s(%s) VALUES('%s');" % (table, table, cmd))
            db.execute_sql("SELECT * FROM entry WHERE title = ?", (cmd,))
            db.execute_sql("SELECT * FROM links WHERE url = '%s'" % urllib.parse.quote(cmd))
      `,
      errors: [{ line: 6 }, { line: 8 }],
    },
    {
      name: 'Django raw() and pandas read_sql',
      code: `
        import pandas as pd

        def orders_for(customer_id, engine):
            rows = Order.objects.raw(f"SELECT * FROM shop_order WHERE customer_id = {customer_id}")
            frame = pd.read_sql(f"SELECT * FROM orders WHERE customer_id = {customer_id}", engine)
            return rows, frame
      `,
      errors: [
        { line: 4, message: /raw\(\)/ },
        { line: 5, message: /read_sql/ },
      ],
    },
    {
      name: 'multi-line f-string into an awaited execute',
      code: `
        from sqlalchemy import text

        async def totals(db, status):
            result = await db.execute(
                text(
                    f"""
                    SELECT customer_id, sum(total)
                    FROM orders
                    WHERE status = '{status}'
                    GROUP BY customer_id
                    """
                )
            )
            return result.all()
      `,
      errors: [{ line: 5 }],
    },
    {
      name: 'text() reached through sqlalchemy written out, with a call in the name',
      code: `
        def find(engine, name):
            q = sqlalchemy.sql.expression().text(f"SELECT * FROM users WHERE name = '{name}'")
            return q
      `,
      errors: [{ line: 2, message: /passed to text\(\)/ }],
    },
    {
      name: 'SQL in parentheses built with % and a dict, executed by an async cursor',
      code: `
        class StudentDAO:
            @staticmethod
            async def create(conn, name: str):
                q = ("INSERT INTO students (name) "
                     "VALUES ('%(name)s')" % {'name': name})
                async with conn.cursor() as cur:
                    await cur.execute(q)
      `,
      errors: [{ line: 7, message: /% formatting \(built on line 4\) is passed to execute/ }],
    },
    {
      name: 'an f-string among adjacent literals, and an f-string in parentheses passed directly',
      code: `
        def orders(cursor, customer_id, status):
            sql = (
                "SELECT id, total FROM orders "
                f"WHERE customer_id = {customer_id} "
                "ORDER BY id DESC"
            )
            cursor.execute(sql)
            cursor.execute((f"DELETE FROM carts WHERE status = '{status}'"))
      `,
      errors: [
        { line: 7, message: /f-string \(built on line 3\)/ },
        { line: 8, message: /SQL text built with an f-string is passed/ },
      ],
    },
    {
      name: 'a name set to "" first and to an f-string later, in the branch that runs the query',
      code: `
        from django.db import connection

        def search(request):
            term = request.GET.get("q", "")
            query = ""
            if term:
                query = f"SELECT id, title FROM catalog_book WHERE title LIKE '%{term}%'"
                with connection.cursor() as cursor:
                    cursor.execute(query)
                    return cursor.fetchall()
            return []
      `,
      errors: [{ line: 9, message: /f-string \(built on line 7\)/ }],
    },
  ],
});
