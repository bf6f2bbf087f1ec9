/**
 * A parsed Python file and the small semantic layer every rule shares, written once: import and
 * alias resolution, literal values assigned once in the same scope, and the enclosing function,
 * loop, `except` or `if __name__ == "__main__"` of a node. Facts are computed lazily and cached,
 * so a file no rule asks about costs nothing beyond its single walk.
 */
import type { Node, Tree } from 'web-tree-sitter';
import { isTestPath } from '../project-facts.js';
import type { Span } from '../rule.js';

const FUNCTION_TYPES = new Set(['function_definition', 'lambda']);
const SCOPE_TYPES = new Set(['function_definition', 'class_definition', 'module']);
const LOOP_TYPES = new Set([
  'for_statement',
  'while_statement',
  'list_comprehension',
  'set_comprehension',
  'dictionary_comprehension',
  'generator_expression',
]);

export class PythonFile {
  readonly isTest: boolean;
  /** A settings/config module (`settings.py`, `config.py`, `settings/prod.py`, …). */
  readonly isSettings: boolean;
  /** An Alembic/Django migration or Alembic `env.py`. */
  readonly isMigration: boolean;
  /** A script that is meant to print: under scripts/ or bin/, or manage.py. */
  readonly isScript: boolean;
  private importMap: Map<string, string> | undefined;
  private readonly bindingCache = new Map<string, Node[]>();
  private readonly ancestries = new Map<number, readonly Node[]>();
  private readonly typeNames = new Map<number, string>();
  private lineStarts: number[] | undefined;
  private readonly callNames = new Map<number, string | null>();
  private readonly calleeTails = new Map<number, string | null>();

  constructor(
    readonly path: string,
    readonly text: string,
    readonly tree: Tree,
  ) {
    this.isTest = isTestPath(path);
    this.isSettings =
      /(^|\/)(settings|config|conf|configuration)(\/[^/]*)?\.py$|(^|\/)settings\//.test(path);
    this.isMigration = /(^|\/)(migrations|alembic|versions)\/|(^|\/)env\.py$/.test(path);
    this.isScript = /(^|\/)(scripts|bin)\/|(^|\/)manage\.py$/.test(path);
  }

  get root(): Node {
    return this.tree.rootNode;
  }

  /** Local name → fully qualified name, for every import in the file (any depth). */
  imports(): Map<string, string> {
    if (this.importMap) return this.importMap;
    const map = new Map<string, string>();
    for (const statement of this.importStatements()) {
      if (statement.type === 'import_statement') {
        for (const name of statement.childrenForFieldName('name')) {
          if (!name) continue;
          if (name.type === 'aliased_import') {
            const dotted = name.childForFieldName('name')?.text;
            const alias = name.childForFieldName('alias')?.text;
            if (dotted && alias) map.set(alias, dotted);
          } else {
            // `import os.path` binds `os`; the qualified name of `os.path.join` is already right.
            const head = name.text.split('.')[0] ?? name.text;
            map.set(head, head);
          }
        }
      } else {
        const module = statement.childForFieldName('module_name')?.text ?? '';
        for (const name of statement.childrenForFieldName('name')) {
          if (!name) continue;
          if (name.type === 'aliased_import') {
            const original = name.childForFieldName('name')?.text;
            const alias = name.childForFieldName('alias')?.text;
            if (original && alias) map.set(alias, joinName(module, original));
          } else {
            map.set(name.text, joinName(module, name.text));
          }
        }
      }
    }
    this.importMap = map;
    return map;
  }

  /**
   * The import statements, found from the text (a statement starts a line with `import` or
   * `from`) and confirmed in the tree: far cheaper than searching every node of the tree.
   */
  private importStatements(): Node[] {
    const statements: Node[] = [];
    const seen = new Set<number>();
    for (const match of this.text.matchAll(/^[ \t]*(?:import|from)[ \t\\]/gm)) {
      const keyword = this.root.descendantForIndex(match.index + match[0].search(/\S/));
      const statement = keyword?.parent;
      if (
        !statement ||
        (statement.type !== 'import_statement' && statement.type !== 'import_from_statement')
      )
        continue;
      if (seen.has(statement.id)) continue;
      seen.add(statement.id);
      statements.push(statement);
    }
    return statements;
  }

  /** True when the file imports `module` or anything below it. */
  importsModule(module: string): boolean {
    for (const qualified of this.imports().values()) {
      if (qualified === module || qualified.startsWith(module + '.')) return true;
    }
    return false;
  }

  /**
   * The dotted name of an identifier or attribute chain, its head resolved through imports:
   * with `import sqlalchemy as sa`, `sa.create_engine` → `sqlalchemy.create_engine`. Calls and
   * subscripts in the chain are kept as `()` so `a().b` never looks like `a.b`.
   */
  qualifiedName(node: Node | null): string | null {
    if (!node) return null;
    const parts: string[] = [];
    let current: Node | null = node;
    while (current) {
      if (current.type === 'attribute') {
        const attribute = current.childForFieldName('attribute');
        if (!attribute) return null;
        parts.unshift(attribute.text);
        current = current.childForFieldName('object');
      } else if (current.type === 'identifier') {
        const resolved = this.imports().get(current.text) ?? current.text;
        parts.unshift(resolved);
        return parts.join('.');
      } else if (current.type === 'call') {
        parts.unshift('()');
        current = current.childForFieldName('function');
      } else {
        return parts.length ? ['?', ...parts].join('.') : null;
      }
    }
    return null;
  }

  /** The qualified name of what a call calls (asked by many rules per call: remembered). */
  callName(call: Node): string | null {
    const known = this.callNames.get(call.id);
    if (known !== undefined) return known;
    const name = this.qualifiedName(call.childForFieldName('function'));
    this.callNames.set(call.id, name);
    return name;
  }

  /** The last segment of what a call calls: `execute` for `db.session.execute(...)`. */
  calleeTail(call: Node): string | null {
    const known = this.calleeTails.get(call.id);
    if (known !== undefined) return known;
    const callee = call.childForFieldName('function');
    let tail: string | null = null;
    if (callee?.type === 'identifier') tail = callee.text;
    else if (callee?.type === 'attribute')
      tail = callee.childForFieldName('attribute')?.text ?? null;
    this.calleeTails.set(call.id, tail);
    return tail;
  }

  /** The value passed as keyword `name=`, or null. */
  keywordArgument(call: Node, name: string): Node | null {
    const args = call.childForFieldName('arguments');
    if (!args) return null;
    for (const arg of args.namedChildren) {
      if (arg?.type === 'keyword_argument' && arg.childForFieldName('name')?.text === name) {
        return arg.childForFieldName('value');
      }
    }
    return null;
  }

  /** Positional arguments, in order (not `*args`, `**kwargs` or keywords). */
  positionalArguments(call: Node): Node[] {
    const args = call.childForFieldName('arguments');
    if (!args || args.type !== 'argument_list') return [];
    return args.namedChildren.filter(
      (arg): arg is Node =>
        arg !== null &&
        arg.type !== 'keyword_argument' &&
        arg.type !== 'list_splat' &&
        arg.type !== 'dictionary_splat' &&
        arg.type !== 'comment',
    );
  }

  /** The scope (function, class or module) a node belongs to. */
  scopeOf(node: Node): Node {
    const chain = this.ancestry(node);
    for (let i = chain.length - 2; i >= 0; i--) {
      const holder = chain[i];
      if (holder && SCOPE_TYPES.has(this.typeOf(holder))) return holder;
    }
    return this.root;
  }

  /** The function, class and lambda definitions that hold `node`, innermost first. */
  definitionsAround(node: Node): Node[] {
    const chain = this.ancestry(node);
    const around: Node[] = [];
    for (let i = chain.length - 2; i >= 0; i--) {
      const holder = chain[i];
      if (holder && DEFINITION_TYPES.has(this.typeOf(holder))) around.push(holder);
    }
    return around;
  }

  /**
   * The nodes from the module down to `node`, both included. Found by descending from the root
   * (one step per level): tree-sitter computes `node.parent` by searching down from the root each
   * time, so a walk up by parents costs depth² steps and made context questions the engine's
   * main cost. Remembered per node, and handed over by the engine for the nodes it visits.
   */
  ancestry(node: Node): readonly Node[] {
    const known = this.ancestries.get(node.id);
    if (known) return known;
    const chain: Node[] = [];
    let current: Node | null = this.root;
    while (current) {
      chain.push(current);
      if (current.id === node.id) break;
      const next: Node | null = current.childWithDescendant(node);
      // A node outside this tree, or a zero-width node tree-sitter cannot place: no holders.
      if (!next || next.id === current.id || chain.length > MAX_DEPTH) return [node];
      current = next;
    }
    this.ancestries.set(node.id, chain);
    return chain;
  }

  /** The engine found `chain` (module first, `node` last) while locating `node`. */
  rememberAncestry(node: Node, chain: readonly Node[]): void {
    if (!this.ancestries.has(node.id)) this.ancestries.set(node.id, chain);
  }

  /** The node that holds `node` (null for the module). */
  parentOf(node: Node): Node | null {
    const chain = this.ancestry(node);
    return chain.length >= 2 ? (chain[chain.length - 2] ?? null) : null;
  }

  /** A node's type, asked of tree-sitter once per node. */
  typeOf(node: Node): string {
    let type = this.typeNames.get(node.id);
    if (type === undefined) {
      type = node.type;
      this.typeNames.set(node.id, type);
    }
    return type;
  }

  /** Whether a function or class definition has decorators (read from the text, not the tree). */
  isDecorated(definition: Node): boolean {
    let offset = this.text.lastIndexOf('\n', definition.startIndex - 1);
    while (offset > 0) {
      const previous = this.text.lastIndexOf('\n', offset - 1);
      const line = this.text.slice(previous + 1, offset).trim();
      if (line.startsWith('@')) return true;
      if (line !== '' && !line.startsWith('#')) return false;
      offset = previous;
    }
    return false;
  }

  /**
   * The value of `name` when it is assigned exactly once in the scope that holds `at` (or, for a
   * name not assigned there, once at module level). Anything else is not guessed.
   */
  assignedValue(name: string, at: Node): Node | null {
    const scope = this.scopeOf(at);
    const here = this.bindingsIn(scope, name);
    if (here.length > 0) return here.length === 1 ? valueOnly(here[0]) : null;
    if (scope.id !== this.root.id) {
      const global = this.bindingsIn(this.root, name);
      if (global.length === 1) return valueOnly(global[0]);
    }
    return null;
  }

  /** Follows an identifier to the value it was assigned once; other nodes are returned as they are. */
  resolveValue(node: Node | null, depth = 0): Node | null {
    if (!node || node.type !== 'identifier' || depth > 4) return node;
    const value = this.assignedValue(node.text, node);
    return value ? this.resolveValue(value, depth + 1) : node;
  }

  /**
   * What `name` is bound to in `scope`, in document order: the value of `name = value` and of
   * `(name := value)`, the whole target of `a, name = …`, and the statement itself for `name += …`
   * and `for name in …` (which leave no single value). Found from the text: every place the name
   * is written is a candidate, confirmed in the tree — no search through the scope's nodes.
   */
  private bindingsIn(scope: Node, name: string): Node[] {
    const key = `${scope.id}:${name}`;
    const cached = this.bindingCache.get(key);
    if (cached) return cached;
    const bindings: Node[] = [];
    const end = scope.endIndex;
    const word = new RegExp(`(?<![\\w.])${escapeRegExp(name)}(?!\\w)`, 'gu');
    word.lastIndex = scope.startIndex;
    for (
      let match = word.exec(this.text);
      match && match.index < end;
      match = word.exec(this.text)
    ) {
      const leaf = this.root.descendantForIndex(match.index, match.index + name.length);
      if (
        !leaf ||
        leaf.startIndex !== match.index ||
        this.typeOf(leaf) !== 'identifier' ||
        leaf.text !== name
      )
        continue;
      const binding = this.bindingAt(leaf);
      if (binding && this.scopeOf(binding.statement).id === scope.id) bindings.push(binding.value);
    }
    this.bindingCache.set(key, bindings);
    return bindings;
  }

  /** When the identifier `leaf` is written to, the statement and what it binds the name to. */
  private bindingAt(leaf: Node): { statement: Node; value: Node } | null {
    const chain = this.ancestry(leaf);
    let index = chain.length - 1;
    let target = leaf;
    // Up through `a, b`, `[a, *b]`, `(a)`: the name is one part of a larger target.
    while (index >= 1) {
      const holder = chain[index - 1];
      if (!holder || !TARGET_PARTS.has(this.typeOf(holder))) break;
      target = holder;
      index--;
    }
    const statement = chain[index - 1];
    if (!statement) return null;
    const type = this.typeOf(statement);
    if (type === 'assignment') {
      const left = statement.childForFieldName('left');
      if (left?.id !== target.id) return null;
      if (target.id === leaf.id)
        return { statement, value: statement.childForFieldName('right') ?? left };
      return { statement, value: left };
    }
    if (type === 'named_expression') {
      if (target.id !== leaf.id || statement.childForFieldName('name')?.id !== leaf.id) return null;
      const value = statement.childForFieldName('value');
      return value ? { statement, value } : null;
    }
    if (type === 'augmented_assignment' || type === 'for_statement') {
      return statement.childForFieldName('left')?.id === target.id
        ? { statement, value: statement }
        : null;
    }
    return null;
  }

  /** The nearest ancestor of one of `types`, not crossing a function boundary when `withinFunction`. */
  enclosing(node: Node, types: ReadonlySet<string>, withinFunction = true): Node | null {
    const chain = this.ancestry(node);
    for (let i = chain.length - 2; i >= 0; i--) {
      const current = chain[i];
      if (!current) break;
      const type = this.typeOf(current);
      if (types.has(type)) return current;
      if (withinFunction && FUNCTION_TYPES.has(type)) return null;
    }
    return null;
  }

  enclosingFunction(node: Node): Node | null {
    return (
      this.definitionsAround(node).find(
        (definition) => definition.type === 'function_definition',
      ) ?? null
    );
  }

  /** The loop whose body (not its iterable) holds `node`, within the same function. */
  enclosingLoop(node: Node): Node | null {
    const chain = this.ancestry(node);
    for (let i = chain.length - 2; i >= 0; i--) {
      const current = chain[i];
      const child = chain[i + 1];
      if (!current || !child) break;
      const type = this.typeOf(current);
      if (FUNCTION_TYPES.has(type) || type === 'class_definition') return null;
      if (LOOP_TYPES.has(type) && !isIterablePart(current, child)) return current;
    }
    return null;
  }

  /** The `except` clause whose body holds `node`, within the same function. */
  enclosingExcept(node: Node): Node | null {
    return this.enclosing(node, EXCEPT_TYPES);
  }

  isInAsyncFunction(node: Node): boolean {
    const fn = this.enclosingFunction(node);
    return fn !== null && isAsyncFunction(fn);
  }

  /** Inside `if __name__ == "__main__":`. */
  isUnderMainGuard(node: Node): boolean {
    const chain = this.ancestry(node);
    for (let i = chain.length - 2; i >= 0; i--) {
      const current = chain[i];
      if (!current || this.typeOf(current) !== 'if_statement') continue;
      const condition = current.childForFieldName('condition')?.text.replace(/\s+/g, '') ?? '';
      if (/^__name__==(['"])__main__\1$|^(['"])__main__\2==__name__$/.test(condition)) return true;
    }
    return false;
  }

  /** 1-based span of a node, columns in Unicode code points as the Python tools count them. */
  spanOf(node: Node): Span {
    const start = this.toPosition(node.startIndex);
    const end = this.toPosition(node.endIndex);
    return {
      startLine: start.line,
      startColumn: start.column,
      endLine: end.line,
      endColumn: end.column,
    };
  }

  /** UTF-16 offset → 1-based line and code-point column (tabs count as one, as flake8 counts). */
  toPosition(offset: number): { line: number; column: number } {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    const lineStart = starts[low] ?? 0;
    const prefix = this.text.slice(lineStart, offset);
    return { line: low + 1, column: codePointLength(prefix) + 1 };
  }
}

const EXCEPT_TYPES = new Set(['except_clause', 'except_group_clause']);

/** Function, class and lambda definitions: what `definitionsAround` reports. */
export const DEFINITION_TYPES: ReadonlySet<string> = new Set([
  'function_definition',
  'class_definition',
  'lambda',
]);

/** The parts of an assignment target that hold several names: `a, b`, `[a, *b]`, `(a)`. */
const TARGET_PARTS = new Set([
  'pattern_list',
  'tuple_pattern',
  'list_pattern',
  'expression_list',
  'tuple',
  'list',
  'list_splat_pattern',
  'parenthesized_expression',
]);

/** Deeper than any real code nests; a guard against hostile input. */
const MAX_DEPTH = 100_000;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A binding by `+=` or a loop has no single value. */
function valueOnly(binding: Node | undefined): Node | null {
  if (!binding || binding.type === 'augmented_assignment' || binding.type === 'for_statement')
    return null;
  return binding;
}

function isIterablePart(loop: Node, child: Node): boolean {
  if (loop.type === 'for_statement') {
    return (
      child.id === loop.childForFieldName('right')?.id ||
      child.id === loop.childForFieldName('left')?.id
    );
  }
  if (loop.type === 'while_statement') return child.id === loop.childForFieldName('condition')?.id;
  // Comprehensions: the iterable of the first `for` is evaluated once, outside the loop.
  const first = loop.namedChildren.find((c) => c?.type === 'for_in_clause');
  return child.id === first?.id;
}

export function isAsyncFunction(fn: Node): boolean {
  return fn.children.some((child) => child?.type === 'async');
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function codePointLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 0xd800 && ch <= 0xdbff) {
      length--;
      i++;
    }
  }
  return length;
}

function joinName(module: string, name: string): string {
  if (!module || module.endsWith('.')) return module + name;
  return `${module}.${name}`;
}

/** The text of a plain string literal (no f-string interpolation), else null. Concatenations join. */
export function stringValue(node: Node | null): string | null {
  if (!node) return null;
  if (node.type === 'concatenated_string') {
    let text = '';
    for (const part of node.namedChildren) {
      const value = stringValue(part);
      if (value === null) return null;
      text += value;
    }
    return text;
  }
  if (node.type !== 'string') return null;
  let text = '';
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'interpolation') return null;
    if (child.type === 'string_content' || child.type === 'escape_sequence') text += child.text;
  }
  return text;
}

/** True for an f-string with at least one `{…}`. */
export function isInterpolatedString(node: Node | null): boolean {
  return (
    node?.type === 'string' && node.namedChildren.some((child) => child?.type === 'interpolation')
  );
}
