import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP503', {
  valid: [
    {
      name: 'OS errors told apart by their code (a bind retry loop)',
      code: `
        import errno
        import logging
        import socket
        import time

        log = logging.getLogger(__name__)

        def bind(addr):
            for _ in range(5):
                try:
                    return socket.create_server(addr)
                except OSError as e:
                    if e.errno == errno.EADDRINUSE:
                        log.error("Connection in use: %s", addr)
                    if e.args[0] == errno.EADDRNOTAVAIL:
                        log.error("Invalid address: %s", addr)
                    time.sleep(1)
      `,
    },
    {
      name: 'the traceback kept with traceback.format_exc() and logged in the same handler',
      code: `
        import logging
        import traceback

        logger = logging.getLogger("netbox.scripts")

        def run_script(script):
            try:
                script.run()
            except Exception as e:
                stacktrace = traceback.format_exc()
                script.log_failure(f"An exception occurred:\\n{stacktrace}")
                logger.error("Exception raised during script execution: %s", e)
      `,
    },
    {
      name: 'expected outcomes: a lookup that found no row, a timeout',
      code: `
        import asyncio
        import logging

        from sqlalchemy.orm.exc import NoResultFound

        from users.models import Group

        logger = logging.getLogger("netbox.auth")

        def default_groups(names, user, session):
            groups = []
            for name in names:
                try:
                    groups.append(Group.objects.get(name=name))
                except Group.DoesNotExist:
                    logger.error("Could not assign group %s to user %s: not found", name, user)
            try:
                session.query(Group).filter_by(name="admins").one()
            except (NoResultFound, Group.DoesNotExist):
                logger.error("no admins group")
            return groups

        async def shutdown(server, timeout):
            try:
                await asyncio.wait_for(server.wait_closed(), timeout)
            except asyncio.TimeoutError:
                logger.error("Cancel %s running task(s), timeout graceful shutdown exceeded", 3)
      `,
    },
    {
      name: 'logger.exception and exc_info',
      code: `
        import logging

        logger = logging.getLogger(__name__)

        def charge(order):
            try:
                gateway.charge(order)
            except PaymentError:
                logger.exception("charge %s failed", order.id)
            try:
                gateway.refund(order)
            except PaymentError as exc:
                logger.error("refund %s failed", order.id, exc_info=exc)
            try:
                gateway.void(order)
            except PaymentError:
                logger.error("void %s failed", order.id, stack_info=True)
      `,
    },
    {
      name: 'error logged outside an except block, and warnings inside one',
      code: `
        import logging

        logger = logging.getLogger(__name__)

        def check(order):
            if order.total < 0:
                logger.error("order %s has a negative total", order.id)
            try:
                cache.delete(order.id)
            except CacheError as exc:
                logger.warning("cache delete failed: %s", exc)
      `,
    },
    {
      name: 'the handler re-raises the same exception',
      code: `
        import logging

        logger = logging.getLogger(__name__)

        def save(db, order):
            try:
                db.commit()
            except IntegrityError as exc:
                db.rollback()
                logger.error("could not save order %s", order.id)
                raise
            try:
                db.flush()
            except IntegrityError as exc:
                logger.error("could not flush order %s", order.id)
                raise exc
      `,
    },
    {
      name: 'the handler raises a new exception chained to it, or from None on purpose (google-auth, FastAPI)',
      code: `
        import logging

        _LOGGER = logging.getLogger(__name__)

        def configure_mtls_channel(session, client_cert_callback=None):
            try:
                cert, key = _mtls_helper.get_client_cert_and_key(client_cert_callback)
            except (exceptions.ClientCertError, ImportError, OSError) as caught_exc:
                _LOGGER.error("Failed to configure the mTLS channel: %s", caught_exc)
                new_exc = exceptions.MutualTLSChannelError(caught_exc)
                raise new_exc from caught_exc
            session.mount("https://", _MutualTlsAdapter(cert, key))

        def ensure_multipart_is_installed():
            try:
                from multipart import __version__
            except ImportError:
                logger.error(MULTIPART_NOT_INSTALLED_ERROR)
                raise RuntimeError(MULTIPART_NOT_INSTALLED_ERROR) from None
      `,
    },
    {
      name: 'the traceback is logged by another call in the same handler',
      code: `
        import logging
        import traceback

        logger = logging.getLogger(__name__)

        def sync():
            try:
                pull()
            except SyncError:
                logger.error("sync failed")
                logger.debug("details", exc_info=True)
            try:
                push()
            except SyncError:
                logger.error("push failed")
                traceback.print_exc()
      `,
    },
    {
      name: 'a command-line tool ends with the message',
      code: `
        import logging
        import sys

        logger = logging.getLogger(__name__)

        def load(path):
            try:
                return open(path).read()
            except FileNotFoundError:
                logger.error("Template file not found: %s", path)
                sys.exit(1)
      `,
    },
    {
      name: 'an error method of something that is not a logger',
      code: `
        from django.contrib import messages

        def save(request, form):
            try:
                form.save()
            except ValidationError:
                messages.error(request, "Could not save")
                parser.error("invalid input")
      `,
    },
  ],
  invalid: [
    {
      name: 'loguru: the advice names logger.opt(exception=True), not exc_info',
      code: `
        from loguru import logger

        def settle(invoice):
            try:
                invoice.pay()
            except ValueError as exc:
                logger.error(f"could not settle {invoice.id}: {exc}")
      `,
      errors: [{ line: 7, message: /logger\.opt\(exception=True\)\.error/ }],
    },
    {
      name: 'a miss caught together with a real failure still loses the traceback',
      code: `
        import logging

        from users.models import Group

        logger = logging.getLogger(__name__)

        def sync_group(name, directory):
            try:
                Group.objects.get(name=name).sync(directory)
            except (Group.DoesNotExist, ConnectionError):
                logger.error("could not sync group %s", name)
      `,
      errors: [{ line: 11 }],
    },
    {
      name: 'the demo: retry loop logs the failure without a traceback',
      code: `
        import logging
        import requests

        logger = logging.getLogger(__name__)

        async def charge_card(order_id: int) -> str:
            for attempt in range(3):
                try:
                    resp = requests.post(URL, timeout=10)
                    return resp.json()["id"]
                except requests.RequestException:
                    logger.error("charge %s failed", order_id)
      `,
      errors: [{ line: 12, column: 13, message: /logger\.exception/ }],
    },
    {
      name: 'HTTP errors raised after the log become responses: werkzeug, aiohttp, Django REST framework',
      code: `
        import logging

        from aiohttp import web
        from rest_framework.exceptions import APIException
        from werkzeug.exceptions import InternalServerError

        log = logging.getLogger(__name__)

        def export_report(report_id):
            try:
                return render_export(report_id)
            except ExportError as e:
                log.error("export %s failed: %s", report_id, e)
                raise InternalServerError()

        async def upload(request):
            try:
                await store(await request.post())
            except StorageError as e:
                log.error("upload failed: %s", e)
                raise web.HTTPInternalServerError(text="upload failed") from e

        def refund(order):
            try:
                payments.refund(order)
            except PaymentError as e:
                log.error("refund of %s failed: %s", order.id, e)
                raise APIException("refund failed")
      `,
      errors: [{ line: 13 }, { line: 20 }, { line: 27 }],
    },
    {
      name: 'the exception is in the message but its traceback is not',
      code: `
        import logging

        logger = logging.getLogger(__name__)

        def create_user(db, body):
            try:
                db.add(User(**body))
                db.commit()
            except Exception as e:
                logger.error(f"Unexpected error: {e}")
                raise HTTPException(status_code=500, detail="Internal server error")
      `,
      errors: [{ line: 10 }],
    },
    {
      name: 'logging.error, self.logger.error and exc_info left out in a nested if',
      code: `
        import logging

        class Importer:
            def run(self, rows):
                for row in rows:
                    try:
                        self.store(row)
                    except ValueError:
                        if row.optional:
                            logging.error("bad optional row %s", row.id)
                        else:
                            self.logger.error("bad row %s", row.id)
      `,
      errors: [{ line: 10 }, { line: 12 }],
    },
    {
      name: 'a handler that returns an error value',
      code: `
        import logging

        log = logging.getLogger("shop.payments")

        def refund(charge_id):
            try:
                return gateway.refund(charge_id)
            except GatewayError as err:
                log.error("refund of %s failed: %s", charge_id, err)
                return None
      `,
      errors: [{ line: 9 }],
    },
    {
      name: 'a call split over lines, a comment before its arguments (anchors)',
      code: `
        import logging

        log = logging.getLogger(__name__)

        def load(path):
            if not path:
                log.error("no path")
            try:
                return open(path).read()
            except OSError:
                (log
                    . error  # no traceback
                    ("cannot read %s", path))
      `,
      errors: [{ line: 11 }],
    },
  ],
});
