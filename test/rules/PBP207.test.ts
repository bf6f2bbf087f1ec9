import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP207', {
  valid: [
    {
      name: 'the guide’s Settings: DEBUG derived from the environment name',
      path: 'app/config.py',
      code: `
        import os

        class Settings:
            ENVIRONMENT: str = os.getenv("ENVIRONMENT", "development")
            DEBUG: bool = ENVIRONMENT == "development"

        DEBUG = os.getenv("DEBUG", "false").lower() == "true"
        FLASK_DEBUG = os.environ.get("FLASK_DEBUG", "0") == "1"
      `,
    },
    {
      name: 'flags from settings, and uvicorn reload only under the main guard (the shop example)',
      code: `
        import uvicorn
        from fastapi import FastAPI
        from app.config import settings

        app = FastAPI(title="Shop", debug=settings.debug)

        if __name__ == "__main__":
            uvicorn.run("app.main:app", host="0.0.0.0", port=8000, reload=True)
      `,
    },
    {
      name: 'uvicorn reload in a function only called from the main guard, asyncio debug mode',
      code: `
        import asyncio
        import uvicorn

        def serve() -> None:
            uvicorn.run("app.main:app", reload=True)

        async def main() -> None:
            await asyncio.sleep(0)

        if __name__ == "__main__":
            asyncio.run(main(), debug=True)
            serve()
      `,
    },
    {
      name: 'development and local settings modules',
      path: 'shop/settings/local.py',
      code: `
        from .base import *

        DEBUG = True
      `,
    },
    {
      name: 'DEBUG = True where it is overridden later, inside if DEBUG-style blocks, and outside settings modules',
      path: 'shop/settings.py',
      code: `
        import os

        DEBUG = True
        if os.environ.get("ENV") == "production":
            DEBUG = False
        if DEBUG:
            app.run(debug=True)
      `,
    },
    {
      name: 'a module-level DEBUG in an ordinary module, and tests',
      path: 'tests/test_app.py',
      code: `
        from flask import Flask
        app = Flask(__name__)
        app.run(debug=True)
      `,
    },
  ],
  invalid: [
    {
      name: 'a settings module named for its framework (django_settings.py)',
      path: 'apps/django_settings.py',
      code: `
        SECRET_KEY_FILE = "/run/secrets/key"
        ALLOWED_HOSTS = ["*"]
        DEBUG = True
      `,
      errors: [{ line: 3, message: /DEBUG = True in a settings module/ }],
    },
    {
      name: 'Flask app.run(debug=True), also under the main guard (the Werkzeug debugger)',
      code: `
        from flask import Flask

        app = Flask(__name__)

        if __name__ == "__main__":
            app.run(host="0.0.0.0", port=5000, debug=True)
      `,
      errors: [{ line: 6, column: 5, message: /run\(debug=True\) starts the debugger/ }],
    },
    {
      name: 'FastAPI, Starlette and aiohttp created with debug=True (the shop example)',
      code: `
        from aiohttp import web
        from fastapi import FastAPI
        from starlette.applications import Starlette

        app = FastAPI(title="Shop", debug=True)
        other = Starlette(debug=True, routes=[])
        legacy = web.Application(debug=True)
      `,
      errors: [
        { line: 5, message: /^FastAPI\(debug=True\)/ },
        { line: 6, message: /^Starlette/ },
        { line: 7, message: /^Application/ },
      ],
    },
    {
      name: 'DEBUG = True in a settings module',
      path: 'app/config.py',
      code: `
        import os

        ENVIRONMENT = os.getenv("ENVIRONMENT", "production")
        # TODO: read from the environment once staging has its own config
        DEBUG = True
      `,
      errors: [{ line: 5, column: 1, message: /DEBUG = True in a settings module/ }],
    },
    {
      name: 'DEBUG read from the environment with a truthy default',
      path: 'shop/settings/base.py',
      code: `
        import os
        import environ
        from decouple import config

        env = environ.Env(DEBUG=(bool, True))
        DEBUG = env.bool("DJANGO_DEBUG", default=True)
        DEBUG2 = os.environ.get("DEBUG", True)
        DEBUG3 = os.getenv("DEBUG", "True") == "True"
        DEBUG4 = config("DEBUG", default=True, cast=bool)
      `,
      errors: [
        { line: 5 },
        { line: 6, message: /DJANGO_DEBUG/ },
        { line: 7 },
        { line: 8 },
        { line: 9 },
      ],
    },
    {
      name: 'pydantic settings field defaulting to True, Flask config flags',
      code: `
        from flask import Flask
        from pydantic_settings import BaseSettings

        class Settings(BaseSettings):
            debug: bool = True

        app = Flask(__name__)
        app.config["DEBUG"] = True
        app.debug = True
      `,
      errors: [
        { line: 5, message: /settings field debug defaults to True/ },
        { line: 8 },
        { line: 9 },
      ],
    },
    {
      name: 'uvicorn reload outside the main guard',
      code: `
        import uvicorn
        from app.main import app

        uvicorn.run(app, host="0.0.0.0", port=8000, reload=True)
      `,
      errors: [{ line: 4, message: /reload=True/ }],
    },
    {
      name: 'debug through **options to an app class imported under another name, a mixed-case variable',
      code: `
        import os
        from fastapi import FastAPI as Api

        options = {"debug": True}
        app = Api(**options)
        DEBUG = os.environ.get("Flask_Debug", "1")
      `,
      errors: [
        { line: 5, message: /FastAPI\(debug=True\)/ },
        { line: 6, message: /Flask_Debug/ },
      ],
    },
  ],
});
