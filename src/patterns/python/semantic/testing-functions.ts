/**
 * Test functions as pytest and unittest collect them, for the testing rules (PBP302, PBP303):
 * `test_*` (or unittest's `testSomething`) at module level of a test file, or a method of a
 * `Test*` class or of a class with bases (a `TestCase`); not in `conftest.py`, not nested.
 */
import type { Node } from 'web-tree-sitter';
import type { PythonFile } from '../python-file.js';

const TEST_NAME = /^test(_|[A-Z0-9]|$)/;

export interface TestFunction {
  fn: Node;
  name: Node;
  /** The class holding the method, or null for a module-level test. */
  cls: Node | null;
  decorators: Node[];
}

/** The test function defined by `fn`, or null when pytest/unittest would not collect it. */
export function asTestFunction(file: PythonFile, fn: Node): TestFunction | null {
  if (!file.isTest || /(^|\/)conftest\.py$/.test(file.path)) return null;
  const name = fn.childForFieldName('name');
  if (!name || !TEST_NAME.test(name.text)) return null;
  const holder = definitionOf(fn, file);
  const block = file.parentOf(holder);
  const blockType = block ? file.typeOf(block) : '';
  if (blockType === 'module')
    return { fn, name, cls: null, decorators: decoratorsOf(holder, file) };
  const cls = block && blockType === 'block' ? file.parentOf(block) : null;
  if (!cls || file.typeOf(cls) !== 'class_definition' || !collectsTests(file, cls)) return null;
  return { fn, name, cls, decorators: decoratorsOf(holder, file) };
}

const testClasses = new WeakMap<PythonFile, Map<number, boolean>>();

/** A class pytest or unittest collects tests from: `Test*` or with bases, not in a function (asked once per class). */
function collectsTests(file: PythonFile, cls: Node): boolean {
  let known = testClasses.get(file);
  if (!known) testClasses.set(file, (known = new Map()));
  let collects = known.get(cls.id);
  if (collects === undefined) {
    const className = cls.childForFieldName('name')?.text ?? '';
    const hasBases = (cls.childForFieldName('superclasses')?.namedChildren.length ?? 0) > 0;
    collects = !file.enclosingFunction(cls) && (/^Test/.test(className) || hasBases);
    known.set(cls.id, collects);
  }
  return collects;
}

/**
 * The `decorated_definition` around a function, or the function itself. With `file`, its holder
 * is the one the file has placed (no `node.parent`, which costs a search from the root).
 */
export function definitionOf(fn: Node, file?: PythonFile): Node {
  const holder = file ? file.parentOf(fn) : fn.parent;
  if (!holder) return fn;
  return (file ? file.typeOf(holder) : holder.type) === 'decorated_definition' ? holder : fn;
}

/** The decorator expressions (without `@`) of a function or class (`file`: see `definitionOf`). */
export function decoratorsOf(definition: Node, file?: PythonFile): Node[] {
  const typeOf = (node: Node): string => (file ? file.typeOf(node) : node.type);
  let holder: Node | null = definition;
  if (typeOf(definition) !== 'decorated_definition') {
    const parent = file ? file.parentOf(definition) : definition.parent;
    holder = parent && typeOf(parent) === 'decorated_definition' ? parent : null;
  }
  if (!holder) return [];
  return holder.namedChildren
    .filter((child): child is Node => child?.type === 'decorator')
    .map(
      (decorator) =>
        decorator.namedChildren.find((child) => child?.type !== 'comment') ?? decorator,
    );
}

/** The dotted name a decorator applies: `pytest.mark.asyncio` for `@pytest.mark.asyncio(loop_scope="module")`. */
export function decoratorName(file: PythonFile, decorator: Node): string | null {
  const target = decorator.type === 'call' ? decorator.childForFieldName('function') : decorator;
  return file.qualifiedName(target);
}

/**
 * Decorators known to neither run a test's body differently nor check anything: pytest marks,
 * `unittest.skip*`, mock patches, time freezing, Django settings overrides, HTTP mocking. Any
 * other decorator may wrap the test (collect its cases, run its coroutine, check its result).
 */
const PASSIVE_DECORATOR =
  /^(pytest\.mark\.\w+(\.\w+)*|pytest\.fixture|unittest\.(skip|skipIf|skipUnless|expectedFailure)|(unittest\.)?mock\.patch(\.object|\.dict|\.multiple)?|patch(\.object|\.dict|\.multiple)?|freezegun\.freeze_time|freeze_time|django\.test\.(utils\.)?override_settings|override_settings|django\.test\.(utils\.)?modify_settings|responses\.activate|respx\.mock|requests_mock\.Mocker|vcr\.use_cassette|pytest_django\.\w+|([\w.]+\.)?(skip|skipIf|skipUnless|skip_if|skip_unless|requires_\w+|needs_\w+|slow|flaky)|settings)$/;

export function isPassiveDecorator(name: string): boolean {
  return PASSIVE_DECORATOR.test(name);
}
