import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP501', {
  valid: [
    {
      name: 'a sys.settrace tracer prints each line it traces',
      path: 'gunicorn/debug.py',
      code: `
        import linecache
        import sys


        class Spew:
            def __call__(self, frame, event, arg):
                if event == "line":
                    line = linecache.getline(frame.f_code.co_filename, frame.f_lineno)
                    print("%s:%s: %s" % (frame.f_code.co_name, frame.f_lineno, line.rstrip()))
                return self


        def spew():
            sys.settrace(Spew())
      `,
    },
    {
      name: 'a logger in a service module',
      code: `
        import logging

        logger = logging.getLogger(__name__)

        async def charge_card(order_id: int, amount_cents: int) -> str:
            logger.info("charging order %s: %s cents", order_id, amount_cents)
            return "ch_1"
      `,
    },
    {
      name: 'under if __name__ == "__main__"',
      code: `
        import uvicorn
        from fastapi import FastAPI

        app = FastAPI()

        if __name__ == "__main__":
            print("starting shop-api on http://0.0.0.0:8000")
            uvicorn.run("app.main:app", host="0.0.0.0", port=8000)
      `,
    },
    {
      name: 'a command-line module (argparse)',
      code: `
        import argparse

        def run(path):
            print(f"importing {path}")

        def main():
            parser = argparse.ArgumentParser()
            parser.add_argument("path")
            run(parser.parse_args().path)
      `,
    },
    {
      name: 'a click command',
      code: `
        import click

        @click.command()
        @click.argument("email")
        def create_admin(email):
            print(f"created {email}")
      `,
    },
    {
      name: 'scripts, manage.py, Django management commands and tests',
      path: 'scripts/seed_db.py',
      code: `
        def seed():
            print("seeding the database")
      `,
    },
    {
      name: 'manage.py',
      path: 'manage.py',
      code: `
        def run():
            print("migrating")
      `,
    },
    {
      name: 'a Django management command',
      path: 'shop/management/commands/import_products.py',
      code: `
        from django.core.management.base import BaseCommand

        class Command(BaseCommand):
            def handle(self, *args, **options):
                print("imported")
      `,
    },
    {
      name: 'a test file',
      path: 'tests/test_orders.py',
      code: `
        def test_total():
            print("debugging a test")
            assert 1 + 1 == 2
      `,
    },
    {
      name: 'print to a file, and output functions',
      code: `
        import sys

        def write_report(rows, out):
            for row in rows:
                print(row.id, row.total, file=out)

        def print_summary(totals):
            print(totals)

        def show_tables(db):
            print(db.tables)

        def usage():
            print("usage: shop [serve|migrate]")
      `,
    },
    {
      name: 'an interactive prompt and a fatal start-up message',
      code: `
        import sys

        def confirm(question):
            print(question)
            return input("[y/N] ") == "y"

        def require_env(name):
            if name not in os.environ:
                print(f"{name} is not set", file=sys.stderr)
                sys.exit(1)
      `,
    },
    {
      name: "functions that end with a command-line framework's exit (invoke's completion, typer)",
      code: `
        import shlex

        import typer
        from invoke.exceptions import Exit

        def complete(invocation, flag_names):
            tokens = shlex.split(invocation)
            for name in flag_names:
                if tokens and name.startswith(tokens[-1]):
                    print(name)
            raise Exit

        def fail(message):
            print(message)
            raise typer.Exit(code=1)
      `,
    },
    {
      name: 'a print that is not the builtin, and print-named attributes',
      code: `
        from rich import print

        def greet(name):
            print(f"[bold]hello {name}[/bold]")
            printer.print(name)
      `,
    },
    {
      name: 'a plain script without functions (init_db.py)',
      path: 'init_db.py',
      code: `
        from app.db import Base, engine

        Base.metadata.create_all(engine)
        print("tables created")
      `,
    },
    {
      name: 'flake8-print suppression on the line',
      code: `
        def warn_once(message):
            print(message)  # noqa: T201
      `,
    },
  ],
  invalid: [
    {
      name: 'print in an async service function (the demo)',
      code: `
        import requests

        async def charge_card(order_id: int, amount_cents: int, card: str) -> str:
            print(f"charging order {order_id}: {amount_cents} cents")
            return "ch_1"
      `,
      errors: [{ line: 4, column: 5, message: /`print\(\)` in application code/ }],
    },
    {
      name: 'print in a FastAPI route and in an except block',
      code: `
        from fastapi import APIRouter

        router = APIRouter()

        @router.post("/orders")
        def create_order(body: OrderIn):
            print("creating order", body)
            try:
                return service.create(body)
            except Exception as exc:
                print("order failed:", exc)
                raise

        def cancel(order_id):
            print("cancelling", order_id)
            raise OrderLocked(order_id)
      `,
      errors: [{ line: 7 }, { line: 11 }, { line: 15 }],
    },
    {
      name: 'print passed as a trace callback',
      code: `
        import sqlite3

        def connect(path):
            conn = sqlite3.connect(path)
            conn.set_trace_callback(print)
            return conn
      `,
      errors: [{ line: 5, column: 29, message: /passed as a callback/ }],
    },
    {
      name: 'print as a keyword callback in a Flask view module',
      code: `
        from flask import Flask

        app = Flask(__name__)

        @app.route("/sync")
        def sync():
            client.subscribe("orders", on_message=print)
            return "ok"
      `,
      errors: [{ line: 7 }],
    },
    {
      name: 'module-level print in an application module',
      path: 'shop/app.py',
      code: `
        import os
        from flask import Flask

        app = Flask(__name__)
        app.config["DEBUG"] = os.environ.get("DEBUG") == "1"
        print("app created, DEBUG =", app.config["DEBUG"])

        @app.route("/health")
        def health():
            return "ok"
      `,
      errors: [{ line: 6 }],
    },
    {
      name: 'a project inside an examples folder is still application code',
      path: 'examples/shop-api/app/services/payments.py',
      code: `
        def refund(charge_id):
            print("refunding", charge_id)
      `,
      errors: [{ line: 2 }],
    },
  ],
});
