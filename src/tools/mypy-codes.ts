/**
 * Rule metadata for mypy's error codes: SARIF `rules[]` names, short descriptions and help links.
 *
 * Where the table comes from: mypy's docs pages "Error codes enabled by default"
 * (docs/source/error_code_list.rst) and "Error codes for optional checks" (error_code_list2.rst)
 * in python/mypy, and the `ErrorCode` definitions in mypy/errorcodes.py (whose one-line
 * descriptions the sentences below follow). Codes only older releases emit are absent; a code
 * not listed here still gets a synthesised rule from the message (plugins add their own codes).
 *
 * `optional` marks codes that mypy reports only when an option enables them (`--strict` and
 * friends, `--enable-error-code`). Help links go through mypy's own redirector
 * (`_refs.html#code-<code>`, what `--show-error-code-links` prints), which finds the anchor on
 * whichever docs page holds it: the codes have moved between pages across releases.
 *
 * Plain data, no logic.
 */

export interface MypyCode {
  description: string;
  optional?: boolean;
}

export const MYPY_DOCS_REFS = 'https://mypy.readthedocs.io/en/stable/_refs.html#code-';

export const MYPY_CODES: Readonly<Record<string, MypyCode>> = {
  // Enabled by default.
  'attr-defined': { description: 'An attribute or imported name that does not exist is used.' },
  'union-attr': {
    description: 'An attribute is used that some item of a union (often None) does not have.',
  },
  'name-defined': { description: 'A name is used that is not defined in any enclosing scope.' },
  'used-before-def': { description: 'A variable is used before it is defined.' },
  'call-arg': { description: 'A call passes the wrong number, names or kinds of arguments.' },
  'arg-type': { description: 'An argument has a type the called function does not accept.' },
  'call-overload': { description: 'No variant of an overloaded function matches the arguments.' },
  'valid-type': { description: 'A type annotation is not a valid type.' },
  'nonetype-type': { description: '`NoneType` is used as a type where `None` is meant.' },
  metaclass: { description: 'A class has an invalid or inconsistent metaclass.' },
  'var-annotated': {
    description: 'A variable needs an annotation because its type cannot be inferred.',
  },
  override: { description: 'A method or attribute override is incompatible with the base class.' },
  return: {
    description: 'A function with a non-None return type can end without returning a value.',
  },
  'empty-body': {
    description:
      'A function with a non-trivial return type has an empty body outside a stub or protocol.',
  },
  'return-value': { description: 'A returned value does not match the declared return type.' },
  assignment: { description: 'An assigned value is not compatible with the target’s type.' },
  'method-assign': {
    description: 'A method is assigned to (monkey-patched) on a class or instance.',
  },
  'type-var': {
    description: 'A type variable is given a value outside its bound or allowed values.',
  },
  operator: { description: 'An operator is used on operands that do not support it.' },
  index: { description: 'A value is indexed with an index type it does not support.' },
  'list-item': { description: 'A list item has a type the list does not accept.' },
  'dict-item': { description: 'A dict entry has a key or value type the dict does not accept.' },
  'typeddict-item': { description: 'A TypedDict item is missing, unknown or of the wrong type.' },
  'typeddict-unknown-key': { description: 'A TypedDict is given a key it does not define.' },
  'typeddict-readonly-mutated': { description: 'A ReadOnly key of a TypedDict is assigned to.' },
  'has-type': {
    description: 'The type of a referenced variable cannot be determined (often an import cycle).',
  },
  import: { description: 'An imported module cannot be found or has no type information.' },
  'import-not-found': {
    description: 'An imported module cannot be found (no source and no stubs).',
  },
  'import-untyped': { description: 'An imported library has no type hints or stubs installed.' },
  'no-redef': { description: 'A name is defined twice in the same namespace.' },
  'func-returns-value': { description: 'The result of a function that only returns None is used.' },
  abstract: { description: 'An abstract class is instantiated.' },
  'type-abstract': {
    description: 'An abstract class is passed where a concrete `type[T]` is expected.',
  },
  'safe-super': {
    description: 'An abstract method with a trivial body is called through `super()`.',
  },
  'valid-newtype': { description: 'The second argument to `NewType` is not a subclassable class.' },
  'exit-return': {
    description: '`__exit__` is declared to return `bool` but always returns False.',
  },
  'name-match': {
    description:
      'A NamedTuple or TypedDict is named differently from the variable it is assigned to.',
  },
  'literal-required': {
    description: 'A non-literal value is used where only a literal is allowed (a TypedDict key).',
  },
  'no-overload-impl': {
    description: 'Overloaded function signatures have no implementation outside a stub.',
  },
  'unused-coroutine': { description: 'A coroutine is called but never awaited.' },
  'top-level-await': { description: '`await` is used at module level.' },
  'await-not-async': { description: '`await` is used outside an `async def` function.' },
  'assert-type': { description: 'The type given to `assert_type()` is not the inferred type.' },
  'truthy-function': {
    description: 'A function is used in a boolean context, where it is always true.',
  },
  'str-format': { description: 'A format string and its arguments do not match.' },
  'str-bytes-safe': {
    description: 'A bytes value is formatted into a string, producing "b\'...\'".',
  },
  'str-unpack': { description: 'A string is unpacked into variables.' },
  'overload-overlap': {
    description: 'Two overload variants overlap with incompatible return types.',
  },
  'overload-cannot-match': {
    description: 'An overload variant can never be matched because an earlier one is wider.',
  },
  'annotation-unchecked': {
    description: 'A function without annotations is not checked, though its body has annotations.',
  },
  'prop-decorator': { description: 'A decorator above `@property` is not supported by mypy.' },
  'untyped-decorator': { description: 'An untyped decorator makes a typed function untyped.' },
  'narrowed-type-not-subtype': {
    description: 'A `TypeIs` function narrows to a type that is not a subtype of its argument.',
  },
  'maybe-unrecognized-str-typeform': {
    description:
      'A string is used where a type form is expected, but mypy cannot read it as a type.',
  },
  syntax: { description: 'The code is not valid Python syntax.' },
  misc: { description: 'A type error mypy has no more specific code for.' },
  // Optional checks: reported only when an option or `enable_error_code` turns them on.
  'type-arg': { description: 'A generic type is used without its type arguments.', optional: true },
  'no-untyped-def': { description: 'A function has no type annotations.', optional: true },
  'redundant-cast': {
    description: 'A `cast()` does not change the expression’s type.',
    optional: true,
  },
  'redundant-self': {
    description: 'The `self` argument has a redundant `Self` annotation.',
    optional: true,
  },
  'comparison-overlap': {
    description: 'A comparison between non-overlapping types is always true or always false.',
    optional: true,
  },
  'no-untyped-call': {
    description: 'A function without annotations is called from an annotated one.',
    optional: true,
  },
  'no-any-return': {
    description:
      'A value of type Any is returned from a function declared to return something else.',
    optional: true,
  },
  'no-any-unimported': {
    description: 'A type becomes Any because its import could not be followed.',
    optional: true,
  },
  unreachable: { description: 'A statement or expression can never be executed.', optional: true },
  deprecated: {
    description: 'A feature marked deprecated (PEP 702) is imported or used.',
    optional: true,
  },
  'redundant-expr': {
    description: 'An expression is redundant: always true or always false.',
    optional: true,
  },
  'possibly-undefined': {
    description: 'A variable is defined only on some execution paths.',
    optional: true,
  },
  'truthy-bool': {
    description:
      'A value without `__bool__` or `__len__` is used in a boolean context, where it is always true.',
    optional: true,
  },
  'truthy-iterable': {
    description: 'An `Iterable` is used in a boolean context, where it is always true.',
    optional: true,
  },
  'ignore-without-code': {
    description: 'A `# type: ignore` comment names no error code.',
    optional: true,
  },
  'unused-awaitable': {
    description: 'An awaitable value (such as a Task) is created and never used.',
    optional: true,
  },
  'unused-ignore': { description: 'A `# type: ignore` comment silences nothing.', optional: true },
  'explicit-override': {
    description: 'A method overrides a base class method without `@override`.',
    optional: true,
  },
  'mutable-override': {
    description: 'A mutable attribute is overridden with a narrower type.',
    optional: true,
  },
  'unimported-reveal': {
    description: '`reveal_type` is used without importing it.',
    optional: true,
  },
  'explicit-any': { description: 'A type annotation uses `Any` explicitly.', optional: true },
  'exhaustive-match': {
    description: 'A `match` statement does not cover every possible case.',
    optional: true,
  },
};
