/**
 * PBP000 lands where Python says the syntax error is, not on the first line of the error node
 * tree-sitter built around it. Python itself (the `python3` on PATH) gives the line to match.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/patterns/check-files.js';
import { dedent } from '../helpers/rule-tester.js';

const FACTS = {
  pythonFiles: [],
  hasTests: false,
  asyncioAuto: false,
  lockFiles: [],
  pyprojectFiles: [],
};

/** The line Python's own parser reports for `code`, or null when it parses. */
function pythonErrorLine(code: string): number | null {
  const run = spawnSync(
    'python3',
    [
      '-c',
      'import ast,sys\ntry: ast.parse(sys.stdin.read())\nexcept SyntaxError as e: print(e.lineno)',
    ],
    { input: code, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  const line = run.stdout.trim();
  return line ? Number(line) : null;
}

async function parseErrors(code: string) {
  return (await checkSource('app/views.py', 'python', code, ['PBP000'], FACTS)).map(
    (finding) => finding.location,
  );
}

const NEVER_CLOSED = dedent(`
  from flask import Blueprint, request

  bp = Blueprint("users", __name__)


  @bp.route("/login", methods=["GET", "POST"])
  def login():
      if request.method == "POST":
          return "ok"
      return "form"


  @bp.route("/create", methods=["GET", "POST"]
  def create():
      if request.method == "POST":
          name = request.form.get("name")
          return name
      return "form"
`);

const MISSING_COLON = dedent(`
  import os


  def read(path):
      with open(path) as handle:
          return handle.read()


  class Settings
      debug = os.environ.get("DEBUG") == "1"
`);

const STRAY_TOKEN = dedent(`
  def total(items):
      result = 0
      for item in items:
          result += item.price * item.quantity)
      return result
`);

describe('PBP000 (a file that does not parse)', () => {
  it.each([
    ['a ( never closed in a decorator: the error node spans the whole file', NEVER_CLOSED],
    ['a class without its colon', MISSING_COLON],
    ['a stray )', STRAY_TOKEN],
  ])('is reported on the line Python names: %s', async (_name, code) => {
    const expected = pythonErrorLine(code);
    expect(expected).not.toBeNull();
    const found = await parseErrors(code);
    expect(found).toHaveLength(1);
    expect(found[0]?.startLine).toBe(expected);
    // A point, not the whole file.
    expect((found[0]?.endLine ?? 0) - (found[0]?.startLine ?? 0)).toBeLessThanOrEqual(1);
  });

  it.each([
    ['a print statement', 'import sys\n\ndef hello(name):\n    print "hello", name\n'],
    ['a print of a dict', 'def show(rows):\n    print {"rows": len(rows)}\n'],
    ['an exec statement', 'def run(code):\n    exec code in {}\n'],
  ])(
    'is reported on the line Python names for Python 2 syntax the parser accepts: %s',
    async (_name, code) => {
      const expected = pythonErrorLine(code);
      expect(expected).not.toBeNull();
      const found = await parseErrors(code);
      expect(found).toHaveLength(1);
      expect(found[0]?.startLine).toBe(expected);
    },
  );

  it('is quiet on a file that parses', async () => {
    expect(await parseErrors('def ok():\n    return 1\n')).toEqual([]);
    // Python 3 calls and names that look like the Python 2 statements.
    expect(
      await parseErrors(
        'print\nprint ("x")\nprint("y", file=f)\nexec(code)\nprinter = print\nx.print "a"\n'.replace(
          'x.print "a"\n',
          'log = "print it"\n',
        ),
      ),
    ).toEqual([]);
  });
});
