import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('PBP210', {
  valid: [
    {
      name: 'argument lists without a shell (the clean receipt renderer)',
      code: `
        import subprocess

        def render_receipt(order_id: int, customer: str, out_path: str) -> None:
            url = f"http://localhost:8000/orders/{order_id}/html"
            cmd = ["wkhtmltopdf", "--title", customer, url, out_path]
            subprocess.run(cmd, check=True, timeout=60)
            subprocess.check_output(["git", "log", "-1", customer])
      `,
    },
    {
      name: 'a constant command with shell=True: nothing from outside in it',
      code: `
        import os
        import subprocess

        BACKUP = "pg_dump shop | gzip > /backups/shop.sql.gz"

        def nightly():
            subprocess.run("ls -la /var/log | tail -n 5", shell=True, check=True)
            subprocess.run(BACKUP, shell=True)
            os.system("clear")
            for cmd in ("ver", "cmd /c ver"):
                subprocess.check_output(cmd, shell=True)
      `,
    },
    {
      name: 'values quoted with shlex.quote',
      code: `
        import shlex
        import subprocess

        def archive(path: str):
            subprocess.run(f"tar czf backup.tgz {shlex.quote(path)}", shell=True, check=True)
            subprocess.run("convert " + shlex.quote(path) + " out.png", shell=True)
      `,
    },
    {
      name: 'shell=False and other libraries’ run()',
      code: `
        import subprocess
        from invoke import run

        def build(target: str):
            subprocess.run(f"make {target}".split(), shell=False)
            run(f"make {target}")
            app.system(target)
      `,
    },
    {
      name: 'test files are not checked',
      path: 'tests/test_cli.py',
      code: `
        import subprocess

        def test_cli(tmp_path):
            subprocess.run(f"shop-cli export {tmp_path}", shell=True, check=True)
      `,
    },
  ],
  invalid: [
    {
      name: 'an f-string command with shell=True (the shop example)',
      code: `
        import subprocess

        def render_receipt(order_id: int, customer: str) -> bytes:
            out = f"/tmp/receipt-{order_id}.pdf"
            cmd = f"wkhtmltopdf --title '{customer}' http://localhost:8000/orders/{order_id}/html {out}"
            subprocess.run(cmd, shell=True, check=True)
      `,
      errors: [{ line: 6, column: 5, message: /f-string \(built on line 5\) through a shell/ }],
    },
    {
      name: 'os.system and os.popen with values',
      code: `
        import os

        def convert(upload_path: str, fmt: str):
            os.system("convert " + upload_path + " out.png")
            return os.popen("file -b %s" % upload_path).read(), os.popen(fmt.format(upload_path))
      `,
      errors: [
        { line: 4, message: /string concatenation/ },
        { line: 5, message: /% formatting/ },
        { line: 5 },
      ],
    },
    {
      name: 'from-imports, Popen and getoutput',
      code: `
        from subprocess import Popen, getoutput, PIPE
        from os import system

        def ping(host: str):
            Popen("ping -c 1 " + host, shell=True, stdout=PIPE)
            system(f"nslookup {host}")
            return getoutput("dig " + host)
      `,
      errors: [{ line: 5 }, { line: 6 }, { line: 7 }],
    },
    {
      name: 'a command from a parameter or the request',
      code: `
        import asyncio
        import subprocess
        from flask import request

        def run_tool(command: str):
            return subprocess.check_output(command, shell=True)

        async def lookup():
            await asyncio.create_subprocess_shell(request.args["cmd"])
      `,
      errors: [{ line: 6, message: /not a constant/ }, { line: 9 }],
    },
    {
      name: 'a shell helper imported under another name',
      code: `
        from subprocess import getoutput as sh

        def disk_usage(path):
            return sh(f"du -sh {path}")
      `,
      errors: [{ line: 4, message: /getoutput/ }],
    },
  ],
});
