import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP601', {
  valid: [
    {
      name: 'named exception types',
      code: `
        try:
            order = load_order(order_id)
        except OrderNotFound:
            order = None
      `,
    },
    {
      name: 'except Exception with logging (PBP602’s business, not this rule’s)',
      code: `
        try:
            charge(order)
        except Exception:
            logger.exception("charge failed")
            raise
      `,
    },
    {
      name: 'tuples and aliases',
      code: `
        try:
            parse(payload)
        except (ValueError, KeyError) as error:
            raise BadRequest(str(error)) from error
      `,
    },
    {
      name: 'exception groups',
      code: `
        try:
            run_all()
        except* TimeoutError as group:
            log(group)
      `,
    },
    {
      name: 'the word except in a string or comment',
      code: `
        message = "except: this is text"
        # except: also a comment
      `,
    },
  ],
  invalid: [
    {
      name: 'bare except around a database call',
      code: `
        def get_order(session, order_id):
            try:
                return session.get(Order, order_id)
            except:
                return None
      `,
      errors: [{ line: 4, column: 5, endLine: 4, message: /Bare `except:`/ }],
    },
    {
      name: 'bare except after a typed one',
      code: `
        try:
            connect()
        except ConnectionError:
            retry()
        except:
            pass
      `,
      errors: [{ line: 5, column: 1 }],
    },
    {
      name: 'nested in a loop in an async function',
      code: `
        async def drain(queue):
            while True:
                try:
                    await handle(await queue.get())
                except:  # keep the worker alive
                    continue
      `,
      errors: [{ line: 5 }],
    },
    {
      name: 'in a test file too (catching SystemExit hides failures there as well)',
      path: 'tests/test_worker.py',
      code: `
        def test_worker():
            try:
                run()
            except:
                pass
            assert True
      `,
      errors: [{ line: 4 }],
    },
    {
      name: 'spaces before the colon, in a method of a nested class',
      code: `
        class Outer:
            class Inner:
                def close(self):
                    try:
                        self.handle.close()
                    except  :
                        pass
      `,
      errors: [{ line: 6 }],
    },
  ],
});
