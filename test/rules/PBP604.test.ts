import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP604', {
  valid: [
    {
      name: 'werkzeug errors with a fixed description, or raised from a client-facing error (validation, a permission refusal); a Conflict of its own',
      code: `
        from flask import Flask, request
        from werkzeug.exceptions import BadRequest, Forbidden, InternalServerError, NotFound
        from marshmallow import ValidationError

        import services

        from .errors import Conflict

        app = Flask(__name__)

        @app.post("/imports")
        def start_import():
            try:
                job = importer.start(request.get_json())
            except ValidationError as e:
                raise BadRequest(str(e)) from e
            except KeyError as e:
                log.exception("import failed")
                raise InternalServerError("the import could not be started") from e
            except DuplicateImport as e:
                raise Conflict(str(e)) from e
            except services.errors.account.NoPermissionError as e:
                raise Forbidden(str(e)) from e
            if job is None:
                raise NotFound()
            return {"id": job.id}
      `,
    },
    {
      name: 'the debug page, only when settings.DEBUG is on',
      code: `
        import traceback

        from django.conf import settings
        from django.http import HttpResponseServerError, JsonResponse

        def charge(request):
            try:
                return JsonResponse(process(request))
            except Exception as e:
                if settings.DEBUG:
                    return JsonResponse({"error": str(e)}, status=500)
                return JsonResponse({"error": "internal error"}, status=500)

        def handle_uncaught_exception(request):
            try:
                return render_error(request)
            except Exception:
                return HttpResponseServerError(
                    traceback.format_exc() if settings.DEBUG else "Internal Server Error",
                    content_type="text/plain",
                )
      `,
    },
    {
      name: 'an authentication refusal whose text is written for the client (Starlette)',
      code: `
        from starlette.authentication import AuthenticationError
        from starlette.requests import Request
        from starlette.responses import PlainTextResponse


        class AuthenticationMiddleware:
            async def __call__(self, scope, receive, send):
                request = Request(scope, receive=receive)
                try:
                    await self.backend.authenticate(request)
                except AuthenticationError as exc:
                    response = PlainTextResponse(str(exc), status_code=400)
                    await response(scope, receive, send)
                    return
      `,
    },
    {
      name: 'a fixed message, the exception logged (the guide’s own handler)',
      code: `
        import logging
        import traceback
        from fastapi import FastAPI, HTTPException, Request
        from fastapi.responses import JSONResponse

        app = FastAPI()
        logger = logging.getLogger(__name__)

        @app.exception_handler(APIError)
        async def api_error_handler(request: Request, exc: APIError):
            logger.error("api_error", extra={"traceback": traceback.format_exc()})
            return JSONResponse(
                status_code=exc.status_code,
                content={"error": {"code": exc.code, "message": exc.message}},
            )

        @app.post("/users")
        async def create_user(user: UserCreate):
            try:
                return await db.create(user)
            except IntegrityError:
                raise HTTPException(status_code=409, detail="User already exists")
            except Exception as e:
                logger.exception("unexpected error: %s", e)
                raise HTTPException(status_code=500, detail="Internal server error")
      `,
    },
    {
      name: 'client-facing exceptions: HTTP and validation errors',
      code: `
        from fastapi import FastAPI, HTTPException
        from fastapi.exceptions import RequestValidationError
        from fastapi.responses import JSONResponse
        from pydantic import ValidationError
        from starlette.exceptions import HTTPException as StarletteHTTPException

        app = FastAPI()

        @app.exception_handler(StarletteHTTPException)
        async def http_error(request, exc):
            return JSONResponse({"detail": str(exc.detail)}, status_code=exc.status_code)

        @app.exception_handler(RequestValidationError)
        async def validation_error(request, exc: RequestValidationError):
            return JSONResponse({"detail": str(exc)}, status_code=422)

        def parse(payload):
            try:
                return Order.model_validate(payload)
            except ValidationError as e:
                raise HTTPException(status_code=422, detail=str(e))
      `,
    },
    {
      name: 'a Flask handler registered for a status code',
      code: `
        from flask import Flask, jsonify

        app = Flask(__name__)

        @app.errorhandler(404)
        def not_found(e):
            return jsonify(error=str(e)), 404
      `,
    },
    {
      name: 'the exception text goes to the log, not the response',
      code: `
        import logging
        from django.http import JsonResponse

        logger = logging.getLogger(__name__)

        def checkout(request):
            try:
                order = place_order(request)
            except PaymentError as exc:
                logger.warning("payment failed: %s", str(exc))
                return JsonResponse({"error": "payment failed"}, status=402)
            return JsonResponse({"id": order.id})
      `,
    },
    {
      name: 'str() of something that is not the exception, and a helper returning the traceback',
      code: `
        import traceback
        from fastapi import HTTPException

        def format_error():
            return traceback.format_exc()

        def get_item(item_id):
            try:
                return items[item_id]
            except KeyError as exc:
                raise HTTPException(status_code=404, detail=f"item {item_id} not found") from exc
      `,
    },
    {
      name: 'a traceback kept for the log only, and a template rendered without the error',
      code: `
        import logging
        import traceback
        from flask import Flask, render_template

        app = Flask(__name__)
        logger = logging.getLogger(__name__)

        @app.route("/report")
        def report():
            try:
                data = build_report()
            except Exception:
                details = traceback.format_exc()
                logger.error("report failed:\n%s", details)
                return render_template("error.html", message="The report is not available"), 500
            return render_template("report.html", data=data)
      `,
    },
  ],
  invalid: [
    {
      name: 'a flask-restx Resource method returning the exception text (the dict is the body)',
      code: `
        from flask_restx import Resource


        class RefreshTokenApi(Resource):
            def post(self):
                try:
                    return do_refresh()
                except Exception as e:
                    return {"result": "fail", "message": str(e)}, 401

            def _helper(self):
                try:
                    return do_refresh()
                except Exception as e:
                    return {"message": str(e)}
      `,
      errors: [{ line: 9, message: /Returning `str\(e\)` from a request handler/ }],
    },
    {
      name: 'the same response when DEBUG is off, or in the else branch',
      code: `
        from django.conf import settings
        from django.http import JsonResponse

        def charge(request):
            try:
                return JsonResponse(process(request))
            except Exception as e:
                if not settings.DEBUG:
                    return JsonResponse({"error": str(e)}, status=500)
                if settings.DEBUG:
                    pass
                else:
                    return JsonResponse({"detail": str(e)}, status=500)
                return JsonResponse({"error": "internal" if settings.DEBUG else str(e)}, status=500)
      `,
      errors: [{ line: 9 }, { line: 13 }, { line: 14 }],
    },
    {
      name: 'the page source of render_template_string built from the exception, through a local',
      code: `
        from flask import Flask, render_template_string, request

        app = Flask(__name__)

        @app.route("/search", methods=["POST"])
        def search_customer():
            try:
                return do_search(request.json["search"])
            except Exception as e:
                template = "<html><body><h3>%s</h3></body></html>" % str(e)
                return render_template_string(template), 404
      `,
      errors: [{ line: 11, message: /render_template_string/ }],
    },
    {
      name: 'the demo: a catch-all handler returns str(exc)',
      code: `
        from fastapi import FastAPI, Request
        from fastapi.responses import JSONResponse

        app = FastAPI()

        @app.exception_handler(Exception)
        async def unhandled_error(request: Request, exc: Exception) -> JSONResponse:
            logger.error("unhandled error on %s", request.url.path, exc_info=exc)
            return JSONResponse({"error": str(exc)}, status_code=500)
      `,
      errors: [
        { line: 9, column: 12, message: /`JSONResponse\(\.\.\.\)` built from `str\(exc\)`/ },
      ],
    },
    {
      name: 'the demo: HTTPException detail from a database error',
      code: `
        from fastapi import HTTPException
        from sqlalchemy.exc import IntegrityError

        def sign_up(body, db):
            db.add(User(email=body.email))
            try:
                db.commit()
            except IntegrityError as exc:
                db.rollback()
                raise HTTPException(409, detail=str(exc)) from exc
      `,
      errors: [{ line: 10 }],
    },
    {
      name: 'Flask: jsonify with an f-string, a returned dict, abort with the text',
      code: `
        from flask import Flask, abort, jsonify

        app = Flask(__name__)

        @app.route("/orders", methods=["POST"])
        def create_order():
            try:
                order = service.create(request.json)
            except Exception as e:
                return jsonify({"error": f"failed: {e}"}), 500
            try:
                service.notify(order)
            except NotifyError as e:
                return {"error": repr(e)}, 502
            try:
                service.index(order)
            except Exception as e:
                abort(500, description=str(e))
            return jsonify(id=order.id)
      `,
      errors: [{ line: 10 }, { line: 14 }, { line: 18 }],
    },
    {
      name: 'werkzeug errors raised with the text, however werkzeug was imported',
      code: `
        import os
        import traceback

        import werkzeug.exceptions
        from flask import Blueprint, request
        from werkzeug import exceptions
        from werkzeug.exceptions import BadRequest
        from werkzeug.exceptions import InternalServerError as ServerError

        bp = Blueprint("reports", __name__)

        @bp.post("/reports")
        def create_report():
            try:
                spec = parse_spec(request.get_json())
            except ValueError as e:
                raise BadRequest(str(e))
            try:
                report = build(spec)
            except OSError as e:
                raise ServerError(description=f"could not write the report: {e}") from e
            try:
                publish(report)
            except PublishError:
                raise exceptions.BadGateway(traceback.format_exc())
            try:
                archive(report)
            except Exception as exc:
                raise werkzeug.exceptions.InternalServerError(repr(exc))
            try:
                os.chmod(report.path, 0o640)
            except PermissionError as e:
                raise exceptions.Forbidden(str(e))
            return {"id": report.id}
      `,
      errors: [{ line: 17 }, { line: 21 }, { line: 25 }, { line: 29 }, { line: 33 }],
    },
    {
      name: "Flask-AppBuilder's REST API helpers given the exception's text (Superset)",
      code: `
        from flask_appbuilder import expose
        from flask_appbuilder.api import BaseApi, safe

        class RoleRestAPI(BaseApi):
            @expose("/search/", methods=["GET"])
            @safe
            def get_list(self):
                try:
                    roles = search_roles(request.args)
                except ForbiddenError as e:
                    return self.response_403(message=str(e))
                except PermissionError as e:
                    return self.response_403(message=str(e))
                except Exception as e:
                    return self.response_500(str(e))
                return self.response(200, result=roles)
      `,
      errors: [{ line: 13 }, { line: 15 }],
    },
    {
      name: 'Django: a traceback in the response, and e.args',
      code: `
        import traceback
        from django.http import HttpResponseServerError, JsonResponse

        def export(request):
            try:
                return build_export(request)
            except Exception:
                return HttpResponseServerError(traceback.format_exc())

        def report(request):
            try:
                return JsonResponse(build_report(request))
            except ReportError as exc:
                return JsonResponse({"error": exc.args[0]}, status=500)
      `,
      errors: [{ line: 8 }, { line: 14 }],
    },
    {
      name: 'templates: Flask render_template with a traceback kept in a variable, Django render',
      code: `
        import traceback
        from django.shortcuts import render
        from flask import Flask, render_template, request

        app = Flask(__name__)

        @app.route("/lab", methods=["POST"])
        def lab():
            error_details = None
            try:
                result = calculate(request.form)
            except Exception:
                error_details = traceback.format_exc()
            return render_template("lab.html", error_details=error_details)

        def checkout(request):
            try:
                place_order(request)
            except Exception as exc:
                return render(request, "checkout.html", {"error": f"Checkout failed: {exc}"})
      `,
      errors: [{ line: 14 }, { line: 20 }],
    },
    {
      name: 'the exception text kept in a variable, then returned as JSON',
      code: `
        from fastapi.responses import JSONResponse

        async def create(payload):
            try:
                return await service.create(payload)
            except Exception as e:
                message = str(e)
                return JSONResponse({"error": message}, status_code=500)
      `,
      errors: [{ line: 8, message: /`message = str\(e\)`/ }],
    },
    {
      name: 'a route returning the traceback text',
      code: `
        import traceback
        from fastapi import APIRouter

        router = APIRouter()

        @router.get("/debug/sync")
        def sync():
            try:
                run_sync()
                return {"ok": True}
            except Exception:
                return {"ok": False, "trace": traceback.format_exc()}
      `,
      errors: [{ line: 12, message: /Returning `traceback\.format_exc\(\)`/ }],
    },
    {
      name: 'sinks the text finds by a part of their name, a decorator over several lines, a handler imported under another name',
      code: `
        from aiohttp import web
        from flask import make_response
        from webapp.errors import errorhandler as on_error

        async def handle(request):
            try:
                return await serve(request)
            except Exception as e:
                raise web.HTTPInternalServerError(text=str(e))

        @app.route(
            "/export",
        )
        def export():
            try:
                return build()
            except OSError as e:
                return e.strerror

        @on_error(Exception)
        def failed(error):
            return make_response(str(error), 500)
      `,
      errors: [{ line: 9 }, { line: 18 }, { line: 22 }],
    },
    {
      name: "six's text_type(e) in a Flask response (code that also ran on Python 2)",
      code: `
        from flask import jsonify
        from six import text_type

        @bp.route("/data_sources/<int:source_id>/test", methods=["POST"])
        def test_connection(source_id):
            try:
                load_source(source_id).test_connection()
            except Exception as e:
                return jsonify({"message": text_type(e), "ok": False}), 400
            return jsonify({"message": "success", "ok": True})
      `,
      errors: [{ line: 9, message: /text_type\(e\)/ }],
    },
  ],
});
