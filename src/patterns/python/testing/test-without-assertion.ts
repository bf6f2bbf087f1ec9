/**
 * ## What it does
 * Finds test functions that check nothing: no `assert`, no `pytest.raises`/`pytest.warns`, no
 * `self.assert*`, no mock `assert_*` call, no `pytest.fail`/`raise`, and no call to a helper
 * whose name starts with `assert`, `check`, `verify` or `expect` (or to a helper in the same file
 * that does one of those).
 *
 * ## Why is this bad?
 * A test without an assertion passes whatever the code returns: it only proves that nothing
 * raised. It shows up green in CI and in coverage while the behaviour it names goes unchecked.
 *
 * Also reported: placeholder bodies (`pass`, `...`), green without checking anything, unless the
 * method may be switching off a test inherited from a base test class. A body of only a docstring
 * says why it is empty and is left alone.
 *
 * Not reported: functions that return a value
 * or yield cases (factories, `test_suite()` loaders, case generators), tests wrapped by a
 * decorator that may check for them (`@collect_cases`), tests marked `skip`/`xfail`,
 * hypothesis `@given` tests and `benchmark` tests (their point is "runs without error"), and
 * tests that call a helper this file cannot see (`self.run_case()` from a base class, a
 * function imported from a test helper module, or a fixture that is a function). A module of the
 * package under test is not a test helper (`jwcrypto.common` called from `jwcrypto/tests.py`).
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import {
  asTestFunction,
  decoratorName,
  isPassiveDecorator,
} from '../semantic/testing-functions.js';

const meta: Rule = {
  id: 'PBP302',
  name: 'test-without-assertion',
  tool: 'patterns',
  section: 'testing',
  level: 'warning',
  precision: 'high',
  summary: 'A test function checks nothing: it has no assertion.',
  docs: {
    what: 'Finds test_* functions with no assert, no pytest.raises/warns, no self.assert*, no mock assert_* call, and no call to a helper whose name starts with assert/check/verify, including placeholders whose body is pass or ... (green without checking anything; a body of only a docstring that says why is left alone).',
    why: 'A test without an assertion passes whatever the code returns; it only proves that nothing raised. It stays green in CI and counts towards coverage while the behaviour it names goes unchecked.',
    example:
      'def test_order_summary(client, auth_headers):\n    client.get("/orders/summary", headers=auth_headers)',
    useInstead:
      'def test_order_summary(client, auth_headers):\n    resp = client.get("/orders/summary", headers=auth_headers)\n    assert resp.status_code == 200\n    assert resp.json() == {"orders": 0, "units": 0}',
  },
};

/**
 * Calls that check something: `assertEqual`, `assert_called_once`, `django_assert_num_queries`,
 * `check_response`, `verify`, `expect(page)`, `self.fail`, `resp.raise_for_status()`.
 */
const CHECKING_CALL = /^_*(check|verify|expect|fail)|assert|validate|^raise_for_status$/i;
const PYTEST_CHECKS =
  /^pytest\.(raises|warns|deprecated_call|fail|approx|skip|xfail|importorskip)$|^pytest_check\./;
const NOT_RUN =
  /^(pytest\.mark\.(skip|xfail)|unittest\.skip|unittest\.expectedFailure|hypothesis\.given|given)$/;
/** Modules helpers come from that this file cannot see into: the project's own test utilities. */
const HELPER_MODULE =
  /^(\.|tests?\.|testing\.|testutils|test_utils|helpers|utils|conftest)|\b(helpers?|utils?|testing|fixtures|support|common|base)\b/;

/**
 * A module of the package the test file sits in, outside its tests (`jwcrypto.common` from
 * `jwcrypto/tests.py`): the code under test, whose `common` or `utils` holds no assertions.
 */
function isCodeUnderTest(file: PythonFile, module: string): boolean {
  const parts = module.split('.');
  if (parts.some((part) => /(^|_)tests?(_|$)|^(testing|testutils|conftest|fixtures)$/.test(part)))
    return false;
  return parts.length > 1 && file.path.split('/')[0] === parts[0];
}

export const testWithoutAssertion: PythonRule = {
  kind: 'python',
  meta,
  // The `def` of a function named `test…` (collected tests are named so).
  anchors: { function_definition: /(?<!\w)def(?=[\s\\]+test)/g },
  create({ file, report }) {
    if (!file.isTest) return {};
    const verdicts = new Map<string, boolean>();
    return {
      function_definition(node) {
        const test = asTestFunction(file, node);
        if (!test) return;
        const decorators = test.decorators.map((d) => decoratorName(file, d) ?? '');
        if (decorators.some((name) => NOT_RUN.test(name) || !isPassiveDecorator(name))) return;
        const parameters = parameterNames(node);
        if (parameters.includes('benchmark')) return;
        const body = node.childForFieldName('body');
        if (!body) return;
        if (isPlaceholder(body)) {
          // A body of only a docstring says why it is empty ("covered by the integration suite").
          if (!hasStubStatement(body)) return;
          // A method of a class built on another test class may be switching off an inherited
          // test (`def test_unsupported(self): pass`): the base is not in view, so left alone.
          if (test.cls && extendsOtherTests(test.cls)) return;
          report({
            at: test.name,
            message: `${test.name.text} is an empty placeholder, so it passes without checking anything; write the test, or mark it skipped (\`@pytest.mark.skip(reason=…)\`) so the report says it is missing.`,
          });
          return;
        }
        if (isGenerator(file, body) || returnsValue(file, body)) return;
        const fixtures = new Set(parameters);
        if (checks(file, body, test.cls, fixtures, verdicts, 0)) return;
        report({
          at: test.name,
          message: `${test.name.text} has no assertion, so it passes whatever the code does; assert on the result (status code, returned value, state).`,
        });
      },
    };
  },
};

/** `return something`: a factory or a `test_suite()` loader that happens to match the name, not a test. */
function returnsValue(file: PythonFile, body: Node): boolean {
  return keywordsIn(file, body, 'return').some((keyword) => {
    const statement = file.parentOf(keyword);
    return (
      statement !== null &&
      file.typeOf(statement) === 'return_statement' &&
      statement.namedChildren.length > 0 &&
      !insideNestedFunction(file, statement, body)
    );
  });
}

/** A test that yields cases: whatever consumes them does the checking. */
function isGenerator(file: PythonFile, body: Node): boolean {
  return keywordsIn(file, body, 'yield').some(
    (keyword) => !insideNestedFunction(file, keyword, body),
  );
}

/**
 * The `keyword` tokens in `body`, found from its text (each place the word is written,
 * confirmed in the tree: not in a string, a comment or a longer name), not by a search through
 * the body's nodes.
 */
function keywordsIn(file: PythonFile, body: Node, keyword: string): Node[] {
  const found: Node[] = [];
  const start = body.startIndex;
  const text = file.text.slice(start, body.endIndex);
  for (let at = text.indexOf(keyword); at !== -1; at = text.indexOf(keyword, at + keyword.length)) {
    const leaf = body.descendantForIndex(start + at, start + at + keyword.length);
    if (leaf && leaf.startIndex === start + at && file.typeOf(leaf) === keyword) found.push(leaf);
  }
  return found;
}

function insideNestedFunction(file: PythonFile, node: Node, stop: Node): boolean {
  for (
    let current = file.parentOf(node);
    current && current.id !== stop.id;
    current = file.parentOf(current)
  ) {
    const type = file.typeOf(current);
    if (type === 'function_definition' || type === 'lambda') return true;
  }
  return false;
}

/**
 * Some assert or raise statement in `body`, or an identifier that says `assert` (any case:
 * `assertEqual`, `ASSERT_OK`): found from the body's text, each place confirmed in the tree.
 */
function assertsOrRaises(file: PythonFile, body: Node): boolean {
  const start = body.startIndex;
  for (const match of file.text.slice(start, body.endIndex).matchAll(/assert|raise/gi)) {
    const at = start + match.index;
    const leaf = body.descendantForIndex(at, at + match[0].length);
    if (!leaf) continue;
    const type = file.typeOf(leaf);
    if (type === 'identifier') {
      if (/assert/i.test(leaf.text)) return true;
    } else if (type === 'assert' || type === 'raise') {
      const statement = file.parentOf(leaf);
      const holder = statement ? file.typeOf(statement) : '';
      if (holder === 'assert_statement' || holder === 'raise_statement') return true;
    }
  }
  return false;
}

/** `pass` or `...` among the placeholder's statements. */
function hasStubStatement(body: Node): boolean {
  return body.namedChildren.some(
    (statement) =>
      statement?.type === 'pass_statement' ||
      (statement?.type === 'expression_statement' &&
        statement.namedChildren[0]?.type === 'ellipsis'),
  );
}

/** The class derives from something other than `unittest.TestCase` (or nothing, or `object`). */
function extendsOtherTests(cls: Node): boolean {
  const bases = cls.childForFieldName('superclasses')?.namedChildren ?? [];
  return bases.some(
    (base) =>
      base !== null && !/^((unittest\.)?TestCase|object)$/.test(base.text.replace(/\s+/g, '')),
  );
}

/** Nothing but `pass`, `...`, docstrings and comments (read statement by statement, up to the first other). */
function isPlaceholder(body: Node): boolean {
  for (let statement = body.firstNamedChild; statement; statement = statement.nextNamedSibling) {
    const type = statement.type;
    if (type === 'comment' || type === 'pass_statement') continue;
    if (
      type === 'expression_statement' &&
      ['ellipsis', 'string'].includes(statement.namedChildren[0]?.type ?? '')
    )
      continue;
    return false;
  }
  return true;
}

function parameterNames(fn: Node): string[] {
  const names: string[] = [];
  for (const parameter of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    if (!parameter) continue;
    const name =
      parameter.type === 'identifier'
        ? parameter
        : (parameter.childForFieldName('name') ??
          parameter.namedChildren.find((c) => c?.type === 'identifier'));
    if (name) names.push(name.text);
  }
  return names;
}

/** True when the body checks something itself or through a helper it calls. */
function checks(
  file: PythonFile,
  body: Node,
  cls: Node | null,
  fixtures: ReadonlySet<string>,
  verdicts: Map<string, boolean>,
  depth: number,
): boolean {
  // An assert or raise statement, or `ae = self.assertEqual` … `ae(x, y)`: an assertion taken by
  // name.
  if (assertsOrRaises(file, body)) return true;
  for (const call of body.descendantsOfType('call')) {
    if (!call) continue;
    const tail = file.calleeTail(call);
    if (tail && CHECKING_CALL.test(tail)) return true;
    const qualified = file.callName(call) ?? '';
    if (PYTEST_CHECKS.test(qualified)) return true;
    if (helperChecks(file, call, cls, fixtures, verdicts, depth)) return true;
    // `ns.test_class_coverage(self, …)`: a helper handed the test case asserts through it.
    if (
      cls &&
      file.positionalArguments(call).some((arg) => arg.type === 'identifier' && arg.text === 'self')
    )
      return true;
  }
  return false;
}

/** A call to a helper: true when it (probably) checks — defined here and checking, or not visible here. */
function helperChecks(
  file: PythonFile,
  call: Node,
  cls: Node | null,
  fixtures: ReadonlySet<string>,
  verdicts: Map<string, boolean>,
  depth: number,
): boolean {
  const callee = call.childForFieldName('function');
  if (!callee) return false;
  let name: string;
  let scope: Node;
  if (callee.type === 'identifier') {
    name = callee.text;
    // A fixture that is a function (`run_check(case)`), defined in a conftest this file cannot see.
    if (fixtures.has(name)) return true;
    scope = file.root;
    const imported = file.imports().get(name);
    if (imported !== undefined)
      return imported !== name && HELPER_MODULE.test(imported) && !isCodeUnderTest(file, imported);
  } else if (
    callee.type === 'attribute' &&
    ['self', 'cls'].includes(callee.childForFieldName('object')?.text ?? '') &&
    cls
  ) {
    name = callee.childForFieldName('attribute')?.text ?? '';
    scope = cls;
  } else {
    return false;
  }
  const key = `${scope.id}:${name}`;
  const known = verdicts.get(key);
  if (known !== undefined) return known;
  const definition = definitionIn(scope, name);
  if (!definition) {
    // A method from a base class in another file (`self.run_case()`): its checks are not visible.
    const verdict = scope.type === 'class_definition';
    verdicts.set(key, verdict);
    return verdict;
  }
  if (depth >= 3) return false;
  verdicts.set(key, false); // recursion guard
  const body = definition.childForFieldName('body');
  const verdict =
    body !== null &&
    checks(
      file,
      body,
      scope.type === 'class_definition' ? scope : null,
      new Set(),
      verdicts,
      depth + 1,
    );
  verdicts.set(key, verdict);
  return verdict;
}

/** A function `name` defined directly in a module or class body. */
function definitionIn(scope: Node, name: string): Node | null {
  const block = scope.type === 'module' ? scope : scope.childForFieldName('body');
  for (const statement of block?.namedChildren ?? []) {
    const fn =
      statement?.type === 'decorated_definition'
        ? statement.childForFieldName('definition')
        : statement;
    if (fn?.type === 'function_definition' && fn.childForFieldName('name')?.text === name)
      return fn;
  }
  return null;
}
