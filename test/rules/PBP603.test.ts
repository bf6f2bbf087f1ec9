import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP603', {
  valid: [
    {
      name: 'asking for another try: tenacity TryAgain, Celery self.retry',
      code: `
        from celery import shared_task
        from tenacity import TryAgain, retry, retry_if_exception_type, stop_after_attempt


        @retry(stop=stop_after_attempt(5), retry=retry_if_exception_type(TryAgain))
        def make_call(client, endpoint):
            try:
                return client.api_call(endpoint)
            except ApiError as e:
                if str(e) == "channel_not_found":
                    raise TryAgain
                raise


        @shared_task(bind=True, max_retries=3)
        def send_receipt(self, order_id):
            try:
                mailer.send(order_id)
            except SMTPException as exc:
                raise self.retry(exc=exc, countdown=60)
      `,
    },
    {
      name: 'from e and from None',
      code: `
        import jwt
        from fastapi import HTTPException

        def read_token(token, key):
            try:
                return jwt.decode(token, key, algorithms=["HS256"])
            except jwt.ExpiredSignatureError as exc:
                raise HTTPException(401, "token expired") from exc
            except jwt.InvalidTokenError as exc:
                raise HTTPException(401, "invalid token") from None
      `,
    },
    {
      name: 'bare raise, raise e, raise e.with_traceback(tb)',
      code: `
        import sys

        def save(db):
            try:
                db.commit()
            except IntegrityError as e:
                db.rollback()
                if retryable(e):
                    raise
                if fatal(e):
                    raise e
                raise e.with_traceback(sys.exc_info()[2])
      `,
    },
    {
      name: 'no as-name (outside this rule) and a raise after the handler',
      code: `
        def parse(payload):
            try:
                value = int(payload["qty"])
            except (KeyError, ValueError):
                raise BadRequest("qty must be a number")
            if value < 0:
                raise BadRequest("qty must be positive")
      `,
    },
    {
      name: 'a raise inside a function defined in the handler',
      code: `
        def wrap(fn):
            try:
                fn()
            except ValueError as exc:
                def fail():
                    raise RuntimeError("later")
                return fail
      `,
    },
    {
      name: 'exceptions that end a program, a test or an iteration',
      code: `
        import sys
        import unittest

        def main():
            try:
                run()
            except ConfigError as exc:
                raise SystemExit(f"error: {exc}")

        def __next__(self):
            try:
                return self.items[self.index]
            except IndexError as exc:
                raise StopIteration

        def setUpModule():
            try:
                import redis
            except ImportError as exc:
                raise unittest.SkipTest("redis not installed")
      `,
    },
  ],
  invalid: [
    {
      name: 'a name set once to a new exception before the try',
      code: `
        from fastapi import HTTPException
        from jose import JWTError, jwt


        def current_email(token, key):
            credentials_exception = HTTPException(status_code=401, detail="Could not validate credentials")
            try:
                data = jwt.decode(token, key, algorithms=["RS256"])
            except JWTError as err:
                raise credentials_exception
            return data["email"]
      `,
      errors: [{ line: 10, message: /`from err`/ }],
    },
    {
      name: 'the demo: HTTPException while handling a JWT error',
      code: `
        import jwt
        from fastapi import HTTPException

        def get_current_user(token, db):
            try:
                claims = jwt.decode(token, SECRET_KEY, algorithms=["HS256"])
                user_id = int(claims["sub"])
            except jwt.PyJWTError as exc:
                logger.warning("rejected token: %s", exc)
                raise HTTPException(401, "invalid token")
            return db.get(User, user_id)
      `,
      errors: [{ line: 10, column: 9, message: /without `from`; write `from exc`/ }],
    },
    {
      name: 'a domain error built from the caught exception',
      code: `
        class PaymentError(Exception):
            pass

        def charge(gateway, order):
            try:
                return gateway.charge(order.total_cents)
            except requests.RequestException as e:
                raise PaymentError(f"could not charge order {order.id}: {e}")
      `,
      errors: [{ line: 8 }],
    },
    {
      name: 'a class raised without a call, and in a nested block of the handler',
      code: `
        def load(path):
            try:
                return read(path)
            except OSError as err:
                if err.errno == 2:
                    raise FileMissing
                else:
                    raise errors.StorageError("cannot read %s" % path)
      `,
      errors: [{ line: 6 }, { line: 8 }],
    },
    {
      name: 'the innermost handler’s name, in a tuple clause',
      code: `
        def convert(value):
            try:
                return Decimal(value)
            except (InvalidOperation, TypeError) as error:
                try:
                    return Decimal(str(value))
                except InvalidOperation as inner:
                    raise ValueError(f"not a number: {value!r}")
      `,
      errors: [{ line: 8, message: /handling `inner`/ }],
    },
  ],
});
