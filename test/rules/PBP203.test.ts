import { expect, it } from 'vitest';
import { findingsFor, ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP203', {
  valid: [
    {
      name: 'listed origins with credentials (the guide’s own configuration)',
      code: `
        from fastapi import FastAPI
        from fastapi.middleware.cors import CORSMiddleware

        app = FastAPI()
        app.add_middleware(
            CORSMiddleware,
            allow_origins=["https://example.com"],
            allow_credentials=True,
            allow_methods=["GET", "POST", "PUT", "DELETE"],
            allow_headers=["*"],
        )
      `,
    },
    {
      name: 'origins from settings, and a regex limited to one domain',
      code: `
        from starlette.middleware import Middleware
        from starlette.middleware.cors import CORSMiddleware
        from app.config import settings

        middleware = [
            Middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_credentials=True),
            Middleware(CORSMiddleware, allow_origin_regex=r"https://.*\\.example\\.com"),
        ]
      `,
    },
    {
      name: 'Flask-CORS with explicit origins, per-resource origins, or CORS_ORIGINS in the config',
      code: `
        from flask import Flask
        from flask_cors import CORS, cross_origin

        app = Flask(__name__)
        app.config["CORS_ORIGINS"] = ["https://shop.example.com"]
        CORS(app, origins=["https://shop.example.com"], supports_credentials=True)
        CORS(app)
        cors = CORS()

        @app.route("/api/ping")
        @cross_origin(origins="https://admin.example.com")
        def ping():
            return "pong"
      `,
    },
    {
      name: 'Flask-CORS resources with their own origins',
      code: `
        from flask import Flask
        from flask_cors import CORS

        app = Flask(__name__)
        CORS(app, resources={r"/api/*": {"origins": ["https://shop.example.com"]}})
      `,
    },
    {
      name: 'django-cors-headers: a list of origins, and allow-all only in development settings',
      path: 'shop/settings/dev.py',
      code: `
        CORS_ALLOW_ALL_ORIGINS = True
        CORS_ALLOW_CREDENTIALS = True
      `,
    },
    {
      name: 'django-cors-headers allow-all under if DEBUG',
      path: 'shop/settings.py',
      code: `
        import os
        DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
        CORS_ALLOWED_ORIGINS = ["https://shop.example.com"]
        if DEBUG:
            CORS_ALLOW_ALL_ORIGINS = True
      `,
    },
    {
      name: 'a class of our own named CORSMiddleware, and tests',
      code: `
        from app.middleware import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=["*"])
      `,
    },
    {
      name: 'test files are not checked',
      path: 'tests/test_cors.py',
      code: `
        from fastapi.middleware.cors import CORSMiddleware

        def test_preflight(app):
            app.add_middleware(CORSMiddleware, allow_origins=["*"])
      `,
    },
  ],
  invalid: [
    {
      name: 'wildcard with credentials (an error)',
      code: `
        from fastapi import FastAPI
        from fastapi.middleware.cors import CORSMiddleware

        app = FastAPI()
        app.add_middleware(
            CORSMiddleware,
            allow_origins=["*"],
            allow_credentials=True,
            allow_methods=["*"],
            allow_headers=["*"],
        )
      `,
      errors: [{ line: 5, column: 1, message: /any origin \("\*"\) together with credentials/ }],
    },
    {
      name: 'wildcard alone, through a list assigned once and through **options',
      code: `
        from fastapi import FastAPI
        from starlette.middleware.cors import CORSMiddleware as Cors

        origins = ["http://localhost:3000", "*"]
        cors_options = {"allow_origins": origins, "allow_methods": ["*"]}

        app = FastAPI()
        app.add_middleware(Cors, allow_origins=origins)
        app.add_middleware(Cors, **cors_options)
      `,
      errors: [
        { line: 8, message: /^CORSMiddleware allows any origin \("\*"\); list the origins/ },
        { line: 9, message: /any origin/ },
      ],
    },
    {
      name: 'a match-all origin regex in a Starlette middleware list',
      code: `
        from starlette.applications import Starlette
        from starlette.middleware import Middleware
        from starlette.middleware.cors import CORSMiddleware

        middleware = [Middleware(CORSMiddleware, allow_origin_regex=".*", allow_credentials=True)]
        app = Starlette(middleware=middleware)
      `,
      errors: [
        {
          line: 5,
          message:
            /allow_origin_regex of CORSMiddleware matches any origin together with credentials/,
        },
      ],
    },
    {
      name: 'Flask-CORS defaults to every origin; with credentials it echoes any origin',
      code: `
        from flask import Flask
        from flask_cors import CORS, cross_origin

        app = Flask(__name__)
        CORS(app, supports_credentials=True)

        @app.route("/api/me")
        @cross_origin()
        def me():
            return {}

        CORS(app, resources={r"/api/*": {"origins": "*"}})
      `,
      errors: [
        { line: 5, message: /Flask-CORS defaults to "\*"\) together with credentials/ },
        { line: 8, message: /cross_origin\(\) without origins=/ },
        { line: 12, message: /for these resources/ },
      ],
    },
    {
      name: 'django-cors-headers allow-all with credentials',
      path: 'shop/settings.py',
      code: `
        INSTALLED_APPS = ["corsheaders"]
        CORS_ORIGIN_ALLOW_ALL = True
        CORS_ALLOW_CREDENTIALS = True
        CORS_ALLOWED_ORIGIN_REGEXES = [r"^.*$"]
      `,
      errors: [
        {
          line: 2,
          message: /CORS_ORIGIN_ALLOW_ALL = True allows any origin together with credentials/,
        },
        { line: 4, message: /matches any origin together with credentials/ },
      ],
    },
  ],
});

it('reports the with-credentials case as an error and the wildcard alone as a warning', async () => {
  const findings = await findingsFor('PBP203', {
    name: 'levels',
    code: `
      from fastapi.middleware.cors import CORSMiddleware
      app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)
      app.add_middleware(CORSMiddleware, allow_origins=["*"])
    `,
  });
  expect(findings.map((f) => f.level ?? 'default')).toEqual(['error', 'default']);
});
