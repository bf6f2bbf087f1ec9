import { describe, expect, it } from 'vitest';
import { LOG_METHODS } from '../../src/patterns/python/semantic/logging-calls.js';
import { DOTTED_NAMES } from '../../src/patterns/python/semantic/text-tests.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP502', {
  valid: [
    {
      name: 'a build script logging to the console (setup.py, distutils.log)',
      path: 'setup.py',
      code: `
        from distutils import log

        from setuptools import setup


        def report_build_path(build_lib, node_version):
            log.debug("regular js build: build path is %s" % build_lib)
            log.info(f"using node ({node_version})")


        setup(name="example", version="0.1")
      `,
    },
    {
      name: 'values passed as arguments',
      code: `
        import logging

        logger = logging.getLogger(__name__)

        def pay(order, user):
            logger.info("order %s paid by user %s", order.id, user.id)
            logger.log(logging.WARNING, "retry %d of %d", 1, 3)
      `,
    },
    {
      name: 'f-strings in the other arguments, and f-strings without values',
      code: `
        import logging

        log = logging.getLogger("shop")

        def report(a, b):
            log.info("%s", f"{a}-{b}")
            log.debug(f"cache warmed")
            log.info("pair", extra={"pair": f"{a}-{b}"})
      `,
    },
    {
      name: 'not a logger: print, warnings.warn, an HTTP client, a formatter',
      code: `
        import warnings

        def check(version, client, formatter, record):
            warnings.warn(f"version {version} is deprecated")
            client.post(f"/v1/orders/{version}")
            errors.error(f"bad version {version}")
            handler.emit(formatter.format(record))
      `,
    },
    {
      name: 'a formatter object’s format method as the message',
      code: `
        import logging

        logger = logging.getLogger(__name__)

        def emit(self, record):
            logger.info(self.formatter.format(record))
      `,
    },
    {
      name: 'a list named log',
      code: `
        log = []

        def audit(event):
            log.append(event)
      `,
    },
    {
      name: 'constants joined with +, and + between numbers in the arguments',
      code: `
        import logging

        logger = logging.getLogger(__name__)
        PREFIX = "billing: "

        def settle(total, fee):
            logger.info(PREFIX + "settlement started")
            logger.info("settlement " + "finished")
            logger.info("total %s", total + fee)
      `,
    },
  ],
  invalid: [
    {
      name: 'loguru: its SUCCESS level, and the advice in its own {} style',
      code: `
        from loguru import logger

        async def paid(payment):
            logger.success(f"payment {payment.hash} received")
      `,
      errors: [{ line: 4, message: /\(`\.success\("… \{\}", value\)`\)/ }],
    },
    {
      name: 'a TRACE level (loguru, or a custom level as httpx adds), alone in the file',
      code: `
        from ._utils import get_logger

        logger = get_logger(__name__)

        def load_verify_locations(context, ca_bundle_path):
            logger.trace(f"load_verify_locations cafile={ca_bundle_path!s}")
            context.load_verify_locations(cafile=str(ca_bundle_path))
      `,
      errors: [{ line: 6, message: /\.trace\("… %s", value\)/ }],
    },
    {
      name: 'the deprecated .warn: the advice names .warning',
      code: `
        import logging

        log = logging.getLogger(__name__)

        def sync(count):
            log.warn(f"synced {count} incidents")
      `,
      errors: [{ line: 6, message: /\(`\.warning\("… %s", value\)`\)/ }],
    },
    {
      name: 'f-string message (the demo)',
      code: `
        import logging

        logger = logging.getLogger(__name__)

        async def create_order(order, user):
            logger.info(f"order {order.id} paid by user {user.id}")
      `,
      errors: [{ line: 6, column: 5, message: /f-string/ }],
    },
    {
      name: '% formatting and .format() on the message',
      code: `
        import logging

        logger = logging.getLogger(__name__)

        def import_products(count, skipped):
            logger.info("imported %d products" % count)
            logger.warning("skipped {} rows".format(skipped))
      `,
      errors: [
        { line: 6, message: /`%` formatting/ },
        { line: 7, message: /`\.format\(\)`/ },
      ],
    },
    {
      name: 'the logging module, self.logger, app.logger and structlog',
      code: `
        import logging
        import structlog
        from flask import current_app

        slog = structlog.get_logger()

        class Gateway:
            def charge(self, amount):
                self.logger.error(f"charge of {amount} failed")

        def refund(charge_id):
            logging.info(f"refund {charge_id}")
            current_app.logger.warning("refund %s" % charge_id)
            slog.info(f"refunded {charge_id}")
      `,
      errors: [{ line: 9 }, { line: 12 }, { line: 13 }, { line: 14 }],
    },
    {
      name: 'logger.log with a level, a message template assigned once, an aliased import',
      code: `
        import logging as lg
        from loguru import logger

        TEMPLATE = "user {} logged in"

        def login(user):
            lg.getLogger(__name__).log(lg.INFO, f"login {user.id}")
            logger.info(TEMPLATE.format(user.id))
      `,
      errors: [{ line: 7 }, { line: 8 }],
    },
    {
      name: 'a multi-line call is reported where it starts',
      code: `
        import logging

        logger = logging.getLogger(__name__)

        def sync(orders):
            logger.debug(
                f"synced {len(orders)} orders"
            )
      `,
      errors: [{ line: 6 }],
    },
    {
      name: 'a call split over lines, with a comment before its arguments (anchors)',
      code: `
        import logging

        logger = logging.getLogger(__name__)

        def paid(order):
            (logger
                .info  # the payment
                (f"order {order.id} paid"))
            logger.log(logging.INFO, "order %s" % order.id)
      `,
      errors: [{ line: 6 }, { line: 9 }],
    },
    {
      name: 'text joined to a value with + (remote-user login)',
      code: `
        import logging

        logger = logging.getLogger(__name__)

        def login_remote_user(email, org):
            logger.info("Logging in " + email + " via remote user")
            logger.warning("org " + str(org.id) + " has no admin")
      `,
      errors: [
        { line: 6, message: /built with string concatenation/ },
        { line: 7, message: /string concatenation/ },
      ],
    },
  ],
});

describe('PBP502 text test', () => {
  it('looks for every logging method in the one scan of dotted names', () => {
    expect([...LOG_METHODS].filter((method) => !DOTTED_NAMES.has(method))).toEqual([]);
  });
});
