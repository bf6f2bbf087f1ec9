import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP208', {
  valid: [
    {
      name: 'Python the operator typed: a management command’s -c option and standard input',
      path: 'core/management/commands/nbshell.py',
      code: `
        import sys

        from django.core.management.base import BaseCommand


        class Command(BaseCommand):
            def add_arguments(self, parser):
                parser.add_argument("-c", "--command")

            def handle(self, **options):
                if options["command"]:
                    exec(options["command"], self.get_namespace())
                    return
                if not sys.stdin.isatty():
                    exec(sys.stdin.read(), self.get_namespace())
      `,
    },
    {
      name: 'the text of a Python file run as Python (a config file, PYTHONSTARTUP)',
      code: `
        import os
        import types


        def from_pyfile(filename):
            d = types.ModuleType("config")
            with open(filename, mode="rb") as config_file:
                exec(compile(config_file.read(), filename, "exec"), d.__dict__)
            return d


        def shell(ctx):
            startup = os.environ.get("PYTHONSTARTUP")
            if startup and os.path.isfile(startup):
                with open(startup) as f:
                    eval(compile(f.read(), startup, "exec"), ctx)
            exec(open("setup_env.py").read(), ctx)


        def run_plugin(path: str):
            exec(open(path).read(), {})
      `,
    },
    {
      name: 'the console of a code.InteractiveInterpreter subclass',
      code: `
        import code


        class _InteractiveConsole(code.InteractiveInterpreter):
            def runcode(self, source):
                exec(source, self.locals)
      `,
    },
    {
      name: 'code objects: a parameter annotated CodeType, a function’s code renamed with replace() (Jinja)',
      code: `
        import sys
        from types import CodeType

        class Template:
            @classmethod
            def from_code(cls, environment, code: CodeType, globals_: dict) -> "Template":
                namespace = {"environment": environment, "__file__": code.co_filename}
                exec(code, namespace)
                return cls(namespace, globals_)

        def fake_traceback(exc_value, raiser):
            code = raiser.__code__.replace(co_name="template")
            try:
                exec(code, {"__jinja_exception__": exc_value}, {})
            except BaseException:
                return sys.exc_info()[2].tb_next
      `,
    },
    {
      name: 'eval of a literal, and of a name assigned once to one',
      code: `
        DEFAULT_RULE = "total * 0.1"

        def constant() -> float:
            return eval("2 ** 10") + eval(DEFAULT_RULE, {"total": 100})
      `,
    },
    {
      name: 'ast.literal_eval and json for data',
      code: `
        import ast
        import json

        def parse(text: str):
            return ast.literal_eval(text), json.loads(text)
      `,
    },
    {
      name: 'methods that happen to be named eval or exec',
      code: `
        def predict(model, page, cursor, sql):
            model.eval()
            page.evaluate("() => document.title")
            cursor.exec(sql)
            return model.exec_module(page)
      `,
    },
    {
      name: 'a module that defines its own eval',
      code: `
        def eval(expression, env):
            return interpret(parse(expression), env)

        def run(source, env):
            return eval(source, env)
      `,
    },
    {
      name: 'the text of a file the code names itself, and setup.py',
      code: `
        from pathlib import Path

        def load_version() -> dict:
            namespace: dict = {}
            exec(open("shop/__version__.py").read(), namespace)
            exec(Path("shop/defaults.py").read_text(), namespace)
            return namespace
      `,
    },
    {
      name: 'setup.py is build configuration',
      path: 'setup.py',
      code: `
        about = {}
        with open("shop/__about__.py") as f:
            exec(f.read(), about)
      `,
    },
    {
      name: 'test files are not checked',
      path: 'tests/test_rules.py',
      code: `
        def test_rule(rule):
            assert eval(rule.expression, {"total": 10}) == 1
      `,
    },
  ],
  invalid: [
    {
      name: 'code compiled from a parameter, and a parameter annotated as text',
      code: `
        def run_rule(rule_source, env):
            code = compile(rule_source, "<rule>", "exec")
            exec(code, env)

        def run_snippet(snippet: str, env: dict):
            exec(snippet, env)
      `,
      errors: [{ line: 3 }, { line: 6 }],
    },
    {
      name: 'an option outside a management command, and a field of a model inside one',
      path: 'shop/management/commands/apply_rules.py',
      code: `
        from django.core.management.base import BaseCommand

        from shop.models import Rule


        class Command(BaseCommand):
            def handle(self, **options):
                for rule in Rule.objects.all():
                    exec(rule.code)
      `,
      errors: [{ line: 9 }],
    },
    {
      name: 'an uploaded file read and run; a file read elsewhere into a name',
      code: `
        from flask import request


        def run_upload():
            exec(request.files["script"].read())


        def run_rule(rule_file):
            exec(compile(rule_file.read(), "<rule>", "exec"))
      `,
      errors: [{ line: 5 }, { line: 9 }],
    },
    {
      name: 'a promotion rule from the database (the shop example)',
      code: `
        def apply_promo(db, code: str, total_cents: int) -> int:
            promo = db.get(Promotion, code)
            if promo is None:
                return 0
            return int(eval(promo.rule, {"total": total_cents}))
      `,
      errors: [{ line: 5, column: 16, message: /^eval\(\) runs text that is not a literal/ }],
    },
    {
      name: 'request data in eval and exec (Flask)',
      code: `
        from flask import request

        @app.route("/calc")
        def calc():
            return str(eval(request.args.get("expr")))

        @app.post("/run")
        def run():
            exec(request.json["script"])
            return "ok"
      `,
      errors: [{ line: 5 }, { line: 9, message: /^exec\(\)/ }],
    },
    {
      name: 'an f-string and text built with +',
      code: `
        def field(obj, name: str):
            return eval(f"obj.{name}")

        def setter(name: str, value: str):
            exec("config." + name + " = " + value)
      `,
      errors: [{ line: 2 }, { line: 5 }],
    },
    {
      name: 'builtins.eval and a compiled code object',
      code: `
        import builtins

        def run(source: str):
            code = compile(source, "<user>", "exec")
            exec(code)
            return builtins.eval(source)
      `,
      errors: [{ line: 5 }, { line: 6 }],
    },
  ],
});
