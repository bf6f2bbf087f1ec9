import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP504', {
  valid: [
    {
      name: 'names that only contain a secret word',
      code: `
        import logging

        logger = logging.getLogger(__name__)

        def issue(user, token_type, token_count, password_reset_url, tokens):
            logger.info("issued %s tokens of type %s", token_count, token_type)
            logger.info("reset link %s sent to %s", password_reset_url, user.email)
            logger.debug("%d tokens left", len(tokens))
      `,
    },
    {
      name: 'values passed through another call first',
      code: `
        import logging

        logger = logging.getLogger(__name__)

        def login(form, api_key):
            logger.debug("password length %d", len(form.password))
            logger.info("key %s", mask(api_key))
            logger.info("hash %s", hash_password(form.password))
      `,
    },
    {
      name: 'the word in the message text only, and a masked value in extra',
      code: `
        import logging

        logger = logging.getLogger(__name__)

        def rotate(user, token, api_key):
            logger.info("password changed for %s", user.id)
            logger.info("token rotated", extra={"user": user.id, "token": "***"})
            logger.info("token issued", extra={"token": token.id, "api_key": mask(api_key)})
      `,
    },
    {
      name: 'pagination tokens and test files',
      code: `
        import logging

        logger = logging.getLogger(__name__)

        def page(next_token, starting_token):
            logger.debug("fetching page after %s (start %s)", next_token, starting_token)
      `,
    },
    {
      name: 'a test file',
      path: 'tests/test_auth.py',
      code: `
        import logging

        def test_login(client, password):
            logging.info("logging in with %s", password)
            assert client.login(password)
      `,
    },
    {
      name: 'print in a command-line script that creates a token on purpose',
      code: `
        import argparse
        import secrets

        def main():
            api_key = secrets.token_urlsafe(32)
            print(f"your new API key: {api_key}")
      `,
    },
  ],
  invalid: [
    {
      name: 'the demo: a login form’s password in a debug line',
      code: `
        import logging

        logger = logging.getLogger(__name__)

        def login(form, db):
            logger.debug("login %s:%s", form.username, form.password)
      `,
      errors: [{ line: 6, column: 5, message: /`form\.password` is logged/ }],
    },
    {
      name: 'inside an f-string, a .format() and a % tuple',
      code: `
        import logging

        log = logging.getLogger(__name__)

        def call_gateway(api_key, settings, session):
            log.info(f"calling gateway with key {api_key}")
            log.info("secret is {}".format(settings.SECRET_KEY))
            log.debug("session %s" % (session.access_token,))
      `,
      errors: [{ line: 6 }, { line: 7 }, { line: 8 }],
    },
    {
      name: 'a dict of request data and a subscript',
      code: `
        import logging

        logger = logging.getLogger(__name__)

        def register(payload, request):
            logger.info("register", extra={"password": payload.password})
            logger.warning("auth header %s", request.headers["Authorization"])
            logger.warning("api key %s", request.headers.get("X-Api-Key"))
            logger.info("body %s", payload["password"])
            logger.info("issued", extra={"token": str(payload.token)})
      `,
      errors: [{ line: 6 }, { line: 7 }, { line: 8 }, { line: 9 }, { line: 10 }],
    },
    {
      name: 'print in application code',
      code: `
        def connect(db_password, host):
            print("connecting to", host, "with", db_password)
      `,
      errors: [{ line: 2, message: /`db_password` is printed/ }],
    },
    {
      name: 'structlog keyword arguments',
      code: `
        import structlog

        logger = structlog.get_logger()

        def webhook(event, signing_secret):
            logger.info("webhook received", event=event.id, secret=signing_secret)
      `,
      errors: [{ line: 6, message: /`secret`, `signing_secret` are logged/ }],
    },
  ],
});
