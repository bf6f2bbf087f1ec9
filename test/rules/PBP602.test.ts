import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP602', {
  valid: [
    {
      name: 'a named exception type (a decision, not a swallow)',
      code: `
        def get_order(session, order_id):
            try:
                return session.get(Order, order_id)
            except OrderNotFound:
                return None
            except KeyError:
                pass
      `,
    },
    {
      name: 'logged, re-raised or translated',
      code: `
        import logging

        logger = logging.getLogger(__name__)

        def charge(order):
            try:
                gateway.charge(order)
            except Exception:
                logger.exception("charge %s failed", order.id)
            try:
                gateway.capture(order)
            except Exception:
                db.rollback()
                raise
            try:
                gateway.refund(order)
            except Exception as exc:
                raise PaymentError("refund failed") from exc
      `,
    },
    {
      name: 'the exception is used',
      code: `
        def import_rows(rows, errors):
            for row in rows:
                try:
                    save(row)
                except Exception as exc:
                    errors.append((row, exc))
                    continue
      `,
    },
    {
      name: 'a predicate returning False and a fallback value (an answer, not silence)',
      code: `
        import json

        def is_json(text):
            try:
                json.loads(text)
                return True
            except Exception:
                return False

        def describe(obj):
            try:
                value = obj.describe()
            except Exception:
                value = "unknown"
            return value
      `,
    },
    {
      name: 'a handler that calls something that may report',
      code: `
        def handle(request):
            try:
                return process(request)
            except Exception:
                notify_admins(request)
                return error_page(request)
      `,
    },
    {
      name: 'best-effort cleanup and __del__',
      code: `
        class Connection:
            def close(self):
                try:
                    self.sock.close()
                except Exception:
                    pass

            def __del__(self):
                try:
                    self.flush_buffers()
                except Exception:
                    pass

        def release_connection(conn, engine):
            try:
                conn.collect()
            except Exception:
                pass
            try:
                engine.dispose()
            except Exception:
                pass
      `,
    },
  ],
  invalid: [
    {
      name: 'the demo: rollback and carry on in an import loop',
      code: `
        async def import_products(rows, db):
            count = 0
            for row in rows:
                db.add(Product(**row))
                try:
                    db.commit()
                    count += 1
                except Exception:
                    db.rollback()
                    continue
            return count
      `,
      errors: [
        { line: 8, column: 9, endLine: 8, message: /`except Exception` swallows the error/ },
      ],
    },
    {
      name: 'the demo: cache read returns None on any error',
      code: `
        def get_cached(key):
            try:
                raw = redis_client.get(key)
            except Exception:
                return None
            return pickle.loads(raw) if raw else None
      `,
      errors: [{ line: 4 }],
    },
    {
      name: 'bare except with pass, BaseException with a bare return',
      code: `
        def send_welcome(user):
            try:
                mailer.send(user.email, "Welcome!")
            except:
                pass

        def stop(worker):
            try:
                worker.join(timeout=5)
            except BaseException:
                return
      `,
      errors: [
        { line: 4, message: /A bare `except:`/ },
        { line: 10, message: /`except BaseException`/ },
      ],
    },
    {
      name: 'in a tuple, with an unused alias, and ellipsis or a comment as the body',
      code: `
        def sync(items):
            for item in items:
                try:
                    push(item)
                except (TimeoutError, Exception) as exc:
                    # the next run will retry
                    ...
            try:
                finish()
            except Exception as e:
                pass  # TODO
      `,
      errors: [{ line: 5 }, { line: 10 }],
    },
    {
      name: 'an awaited cleanup then break in an async worker',
      code: `
        async def drain(queue, session):
            while True:
                try:
                    await handle(await queue.get())
                except Exception:
                    await session.rollback()
                    break
      `,
      errors: [{ line: 5 }],
    },
    {
      name: 'the shapes the text must not miss: a tuple over two lines, BaseException, a name imported for Exception',
      code: `
        from builtins import Exception as AnyError

        def load(path):
            try:
                return decode(path)
            except (ValueError,
                    BaseException):
                pass
            try:
                return fetch(path)
            except AnyError:
                return None
      `,
      errors: [{ line: 6 }, { line: 11 }],
    },
    {
      name: 'a module that does not parse is still looked at',
      code: `
        def broken(:
            pass

        try:
            run()
        except:
            pass
      `,
      errors: [{ line: 6 }],
    },
  ],
});
