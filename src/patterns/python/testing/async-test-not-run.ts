/**
 * ## What it does
 * Finds `async def test_*` functions that nothing runs: no `pytest.mark.asyncio`, `anyio` or
 * `trio` mark on the function, its class or the module's `pytestmark`, and no
 * `asyncio_mode = "auto"` in the pytest configuration.
 *
 * ## Why is this bad?
 * Without a plugin told to run it, pytest calls the coroutine function, gets a coroutine back,
 * never awaits it, and reports the test as passed (or skipped, with a warning few people read).
 * The assertions in it never run.
 *
 * Not reported: methods of a class whose base may run coroutines (`IsolatedAsyncioTestCase`,
 * Django's `TestCase`, aiohttp's and tornado's test cases, or any base this file cannot see), and
 * tests wrapped by a decorator that may run them (`@async_test`, `@gen_test`).
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import { isAsyncFunction } from '../python-file.js';
import {
  asTestFunction,
  decoratorName,
  decoratorsOf,
  isPassiveDecorator,
} from '../semantic/testing-functions.js';

const meta: Rule = {
  id: 'PBP303',
  name: 'async-test-not-run',
  tool: 'patterns',
  section: 'testing',
  level: 'error',
  precision: 'high',
  summary:
    'An async test is never awaited: it has no asyncio/anyio/trio mark and pytest is not in asyncio auto mode.',
  docs: {
    what: 'Finds async def test_* functions without pytest.mark.asyncio/anyio/trio (on the function, its class or the module pytestmark) when the pytest configuration has no asyncio_mode = "auto".',
    why: 'pytest calls the coroutine function, never awaits the coroutine, and reports the test as passed or skipped: none of its assertions run, while CI stays green.',
    example:
      'async def test_charge_card_gives_up_after_retries() -> None:\n    with pytest.raises(PaymentError):\n        await charge_card(1, 500, "c1")',
    useInstead:
      '@pytest.mark.asyncio\nasync def test_charge_card_gives_up_after_retries() -> None:\n    with pytest.raises(PaymentError):\n        await charge_card(1, 500, "c1")\n\n# or, for the whole project, in pyproject.toml:\n# [tool.pytest.ini_options]\n# asyncio_mode = "auto"',
  },
};

const RUNNER_MARK = /(^|\.)mark\.(asyncio|anyio|trio)$/;
/** Bases under which an `async def test_…` is not run: plain unittest (and `object`). */
const PLAIN_BASES = /^(object|unittest\.TestCase|unittest\.case\.TestCase)$/;

export const asyncTestNotRun: PythonRule = {
  kind: 'python',
  meta,
  // The `async` of `async def test…` (a token of the function itself).
  anchors: { function_definition: /(?<!\w)async(?=[\s\\]+def[\s\\]+test)/g },
  create({ file, project, report }) {
    if (!file.isTest || project.asyncioAuto) return {};
    let moduleMarked: boolean | undefined;
    return {
      function_definition(node) {
        if (!isAsyncFunction(node)) return;
        const test = asTestFunction(file, node);
        if (!test) return;
        moduleMarked ??= hasModuleMark(file);
        if (moduleMarked) return;
        const names = test.decorators.map((d) => decoratorName(file, d) ?? '');
        if (names.some((name) => RUNNER_MARK.test(name))) return;
        if (names.some((name) => !isPassiveDecorator(name) && !RUNNER_MARK.test(name))) return;
        if (test.cls && !classLeavesCoroutinesUnrun(file, test.cls)) return;
        report({
          at: test.name,
          message: `async test ${test.name.text} is never awaited: nothing marks it @pytest.mark.asyncio (or anyio/trio) and asyncio_mode is not "auto", so it passes without running; mark it, or set asyncio_mode = "auto".`,
        });
      },
    };
  },
};

/** `pytestmark = pytest.mark.asyncio` or a list holding it, at module level. */
function hasModuleMark(file: PythonFile): boolean {
  for (const statement of file.root.namedChildren) {
    const assignment =
      statement?.type === 'expression_statement' ? statement.namedChildren[0] : null;
    if (
      assignment?.type !== 'assignment' ||
      assignment.childForFieldName('left')?.text !== 'pytestmark'
    )
      continue;
    const value = assignment.childForFieldName('right');
    if (value && /\bmark\.(asyncio|anyio|trio)\b/.test(value.text)) return true;
  }
  return false;
}

/** The class is marked for no runner and its bases (if any) are ones that do not await tests. */
function classLeavesCoroutinesUnrun(file: PythonFile, cls: Node): boolean {
  for (let current: Node | null = cls; current; current = file.parentOf(current)) {
    if (file.typeOf(current) !== 'class_definition') continue;
    if (decoratorsOf(current, file).some((d) => RUNNER_MARK.test(decoratorName(file, d) ?? '')))
      return false;
    const body = current.childForFieldName('body');
    for (const statement of body?.namedChildren ?? []) {
      const assignment =
        statement?.type === 'expression_statement' ? statement.namedChildren[0] : null;
      if (
        assignment?.type === 'assignment' &&
        assignment.childForFieldName('left')?.text === 'pytestmark' &&
        /\bmark\.(asyncio|anyio|trio)\b/.test(assignment.text)
      )
        return false;
    }
  }
  for (const base of cls.childForFieldName('superclasses')?.namedChildren ?? []) {
    if (!base || base.type === 'keyword_argument' || base.type === 'comment') continue;
    if (!PLAIN_BASES.test(file.qualifiedName(base) ?? '')) return false;
  }
  return true;
}
