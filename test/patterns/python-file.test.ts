/** The semantic layer every rule shares: imports, once-assigned values, enclosing constructs, positions. */
import type { Node } from 'web-tree-sitter';
import { describe, expect, it } from 'vitest';
import { createPythonParser } from '../../src/patterns/parser.js';
import { PythonFile } from '../../src/patterns/python/python-file.js';
import { dedent } from '../helpers/rule-tester.js';

async function parse(code: string, path = 'app/module.py'): Promise<PythonFile> {
  const parser = await createPythonParser();
  const text = dedent(code);
  const tree = parser.parse(text);
  if (!tree) throw new Error('no tree');
  return new PythonFile(path, text, tree);
}

function find(file: PythonFile, type: string, text: string): Node {
  const node = file.root.descendantsOfType(type).find((candidate) => candidate?.text === text);
  if (!node) throw new Error(`no ${type} ${text}`);
  return node;
}

describe('PythonFile', () => {
  it('resolves import aliases to qualified names', async () => {
    const file = await parse(`
      import sqlalchemy as sa
      import os.path
      from jwt import decode as jwt_decode
      from .models import User
      engine = sa.create_engine(url)
      claims = jwt_decode(token)
      here = os.path.join(a, b)
      make().execute(q)
    `);
    const call = (text: string) => file.callName(find(file, 'call', text));
    expect(call('sa.create_engine(url)')).toBe('sqlalchemy.create_engine');
    expect(call('jwt_decode(token)')).toBe('jwt.decode');
    expect(call('os.path.join(a, b)')).toBe('os.path.join');
    expect(call('make().execute(q)')).toBe('make.().execute');
    expect(file.imports().get('User')).toBe('.models.User');
    expect(file.importsModule('sqlalchemy')).toBe(true);
  });

  it('knows values assigned once in a scope, and nothing else', async () => {
    const file = await parse(`
      TABLE = "orders"
      app = Flask(__name__)
      app.config["DEBUG"] = True
      app.debug = True

      def f(rows):
          query = "SELECT 1"
          total = 0
          total += 1
          for row in rows:
              pass
          a, b = 1, 2
          return query, total, row, a, TABLE, app
    `);
    const at = find(file, 'return_statement', 'return query, total, row, a, TABLE, app');
    expect(file.assignedValue('query', at)?.text).toBe('"SELECT 1"');
    expect(file.assignedValue('total', at)).toBeNull();
    expect(file.assignedValue('row', at)).toBeNull();
    expect(file.assignedValue('a', at)?.type).toBe('pattern_list');
    expect(file.assignedValue('TABLE', at)?.text).toBe('"orders"');
    // Setting an attribute or an item changes the object, not what `app` names.
    expect(file.assignedValue('app', at)?.text).toBe('Flask(__name__)');
  });

  it('finds the loop body, the except clause, async functions and the main guard', async () => {
    const file = await parse(`
      async def handler(items):
          for item in load(items):
              try:
                  save(item)
              except ValueError:
                  log(item)
          [fetch(x) for x in source()]

      if __name__ == "__main__":
          run()
    `);
    expect(file.enclosingLoop(find(file, 'call', 'save(item)'))?.type).toBe('for_statement');
    expect(file.enclosingLoop(find(file, 'call', 'load(items)'))).toBeNull();
    expect(file.enclosingLoop(find(file, 'call', 'fetch(x)'))?.type).toBe('list_comprehension');
    expect(file.enclosingLoop(find(file, 'call', 'source()'))).toBeNull();
    expect(file.enclosingExcept(find(file, 'call', 'log(item)'))?.type).toBe('except_clause');
    expect(file.isInAsyncFunction(find(file, 'call', 'save(item)'))).toBe(true);
    expect(file.isUnderMainGuard(find(file, 'call', 'run()'))).toBe(true);
    expect(file.isUnderMainGuard(find(file, 'call', 'save(item)'))).toBe(false);
  });

  it('counts columns in code points, as the Python tools do', async () => {
    const file = await parse('name = "😀é"; value = 1\n');
    expect(file.spanOf(find(file, 'identifier', 'value'))).toEqual({
      startLine: 1,
      startColumn: 14,
      endLine: 1,
      endColumn: 19,
    });
  });

  it('detects tests, settings, migrations and scripts by path', async () => {
    expect((await parse('x = 1', 'tests/test_api.py')).isTest).toBe(true);
    expect((await parse('x = 1', 'app/conftest.py')).isTest).toBe(true);
    expect((await parse('x = 1', 'shop/settings.py')).isSettings).toBe(true);
    expect((await parse('x = 1', 'shop/settings/production.py')).isSettings).toBe(true);
    expect((await parse('x = 1', 'alembic/versions/0001_init.py')).isMigration).toBe(true);
    expect((await parse('x = 1', 'scripts/seed.py')).isScript).toBe(true);
    expect((await parse('x = 1', 'app/views.py')).isTest).toBe(false);
  });
});
