/**
 * A parsed Python file and the small semantic layer every rule shares, written once: import and
 * alias resolution, literal values assigned once in the same scope, and the enclosing function,
 * loop, `except` or `if __name__ == "__main__"` of a node. Facts are computed lazily and cached,
 * so a file no rule asks about costs nothing beyond its single walk.
 */
import type { Node, Tree } from 'web-tree-sitter';
import { isTestPath } from '../project-facts.js';
import type { Span } from '../rule.js';
import { escapeRegExp } from '../../escape.js';

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
  /** Node id → the node that holds it, for every node located so far (the module maps to null). */
  private readonly parents = new Map<number, Node | null>();
  private readonly typeNames = new Map<number, string>();
  private readonly ends = new Map<number, number>();
  /** The node located last: the next question is usually about a node near it. */
  private lastLocated: Node | null = null;
  private rootNode: Node | undefined;
  private readonly definitionHolders = new Map<number, Node | null>();
  private readonly mainGuards = new Map<number, Node | null>();
  private lineStarts: number[] | undefined;
  private readonly callNames = new Map<number, string | null>();
  private readonly calleeTails = new Map<number, string | null>();

  constructor(
    readonly path: string,
    readonly text: string,
    readonly tree: Tree,
  ) {
    this.isTest = isTestPath(path);
    // `settings.py`, `settings/prod.py`, and named ones: `django_settings.py`, `settings_prod.py`.
    this.isSettings =
      /(^|\/)(settings|config|conf|configuration)(\/[^/]*)?\.py$|(^|\/)settings\/|(^|\/)(\w+_)?settings(_\w+)?\.py$/.test(
        path,
      );
    this.isMigration = /(^|\/)(migrations|alembic|versions)\/|(^|\/)env\.py$/.test(path);
    this.isScript = /(^|\/)(scripts|bin)\/|(^|\/)manage\.py$/.test(path);
  }

  /** The module node (made once: `tree.rootNode` builds a new object on every read). */
  get root(): Node {
    return (this.rootNode ??= this.tree.rootNode);
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
    for (const offset of lineStartKeywords(this.text, ['import', 'from'])) {
      const keyword = this.root.descendantForIndex(offset);
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
    for (
      let holder = this.nearestDefinition(node);
      holder;
      holder = this.nearestDefinition(holder)
    ) {
      if (SCOPE_TYPES.has(this.typeOf(holder))) return holder;
    }
    return this.root;
  }

  /** The function, class and lambda definitions that hold `node`, innermost first. */
  definitionsAround(node: Node): Node[] {
    const around: Node[] = [];
    for (let holder = this.nearestDefinition(node); holder; holder = this.nearestDefinition(holder))
      around.push(holder);
    return around;
  }

  private nearestDefinition(node: Node): Node | null {
    return this.nearest(node, this.definitionHolders, (holder) =>
      DEFINITION_TYPES.has(this.typeOf(holder)),
    );
  }

  /**
   * The innermost holder of `node` that is `wanted`, remembered for every node passed on the way
   * up: asking for each of a thousand nested calls costs one walk, not a thousand.
   */
  private nearest(
    node: Node,
    memo: Map<number, Node | null>,
    wanted: (holder: Node) => boolean,
  ): Node | null {
    const known = memo.get(node.id);
    if (known !== undefined) return known;
    const passed: number[] = [node.id];
    let answer: Node | null = null;
    for (let holder = this.parentOf(node); holder; holder = this.parentOf(holder)) {
      if (wanted(holder)) {
        answer = holder;
        break;
      }
      const above = memo.get(holder.id);
      if (above !== undefined) {
        answer = above;
        break;
      }
      passed.push(holder.id);
    }
    for (const id of passed) memo.set(id, answer);
    return answer;
  }

  /**
   * The `if`/`elif` branches `node` sits in, innermost first: each test's condition, and whether
   * `node` is where it holds (the consequence) or where it fails (an `elif`/`else` after it).
   * With `withinFunction`, stops at the enclosing function.
   */
  branchesAround(
    node: Node,
    withinFunction: boolean,
  ): Array<{ condition: Node | null; holds: boolean }> {
    const branches: Array<{ condition: Node | null; holds: boolean }> = [];
    let child = node;
    for (let current = this.parentOf(node); current; current = this.parentOf(current)) {
      const type = this.typeOf(current);
      if (withinFunction && FUNCTION_TYPES.has(type)) break;
      if (type === 'if_statement' || type === 'elif_clause') {
        branches.push({
          condition: current.childForFieldName('condition'),
          holds: current.childForFieldName('consequence')?.id === child.id,
        });
      }
      child = current;
    }
    return branches;
  }

  /**
   * Up from `leaf` through the nodes that span exactly its characters (the identifier, then any
   * node around it with the same start and end), each with the node that holds it: the question
   * asked of a name found in the text (is it a callee? an assignment's target?).
   */
  sameSpanHolders(leaf: Node): Array<{ node: Node; holder: Node }> {
    const pairs: Array<{ node: Node; holder: Node }> = [];
    const { startIndex, endIndex } = leaf;
    let node = leaf;
    for (let holder = this.parentOf(leaf); holder; holder = this.parentOf(holder)) {
      if (node.startIndex !== startIndex || node.endIndex !== endIndex) break;
      pairs.push({ node, holder });
      node = holder;
    }
    return pairs;
  }

  /** The nodes from the module down to `node`, both included. */
  ancestry(node: Node): Node[] {
    const chain: Node[] = [node];
    for (let holder = this.parentOf(node); holder; holder = this.parentOf(holder))
      chain.push(holder);
    return chain.reverse();
  }

  /**
   * The node that holds `node` (null for the module). tree-sitter computes `node.parent` by
   * searching down from the root every time, so a walk up by parents costs depth² steps and made
   * context questions the engine's main cost. Here each node's holder is found once, by
   * descending from the nearest node already placed (usually a step or two), and remembered.
   */
  parentOf(node: Node): Node | null {
    if (node.id === this.root.id) return null;
    const known = this.parents.get(node.id);
    if (known !== undefined) return known;
    if (!this.place(node, this.nearestPlacedHolder(node)) && !this.place(node, this.root))
      this.parents.set(node.id, null); // Outside this tree, or zero-width and unplaceable.
    return this.parents.get(node.id) ?? null;
  }

  /** The engine's descent found that `parent` holds `child`. */
  noteParent(child: Node, parent: Node): void {
    if (!this.parents.has(child.id)) this.parents.set(child.id, parent);
  }

  /** The deepest node around the last one placed that also holds `node` (or the module). */
  private nearestPlacedHolder(node: Node): Node {
    const start = node.startIndex;
    const end = node.endIndex;
    for (let holder = this.lastLocated; holder; holder = this.parents.get(holder.id) ?? null) {
      if (holder.id !== node.id && holder.startIndex <= start && this.endOf(holder) >= end)
        return holder;
    }
    return this.root;
  }

  /** Descends from `from` to `node`, noting each step's holder; false when `node` is not below. */
  private place(node: Node, from: Node): boolean {
    let current = from;
    for (let steps = 0; current.id !== node.id; steps++) {
      const next: Node | null = current.childWithDescendant(node);
      if (!next || next.id === current.id || steps > MAX_DEPTH) return false;
      if (!this.parents.has(next.id)) this.parents.set(next.id, current);
      current = next;
    }
    this.lastLocated = node;
    return true;
  }

  /** A node's end offset, asked of tree-sitter once per node. */
  endOf(node: Node): number {
    let end = this.ends.get(node.id);
    if (end === undefined) {
      end = node.endIndex;
      this.ends.set(node.id, end);
    }
    return end;
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

  /**
   * Every value `name` was assigned, in the scope that holds `at`, before `at` in the text: for a
   * name rebound on its way (`password = md5(password).hexdigest()`), where `assignedValue` gives
   * nothing. Augmented assignments and loop targets have no single value and are left out.
   */
  assignedValuesBefore(name: string, at: Node): Node[] {
    return this.bindingsIn(this.scopeOf(at), name).filter(
      (value): value is Node => valueOnly(value) !== null && value.startIndex < at.startIndex,
    );
  }

  /**
   * Follows an identifier to the value it was assigned once, through parentheses (black wraps
   * long values in them: `q = ("SELECT …" % x)`); other nodes are returned as they are.
   */
  resolveValue(node: Node | null, depth = 0): Node | null {
    if (!node || depth > 8) return node;
    if (node.type === 'parenthesized_expression') {
      const inner = node.namedChildren.find((child) => child?.type !== 'comment');
      return inner ? this.resolveValue(inner, depth + 1) : node;
    }
    if (node.type !== 'identifier') return node;
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
    // Not where the name is followed by `.`, `(` or `[`: an object, a callee or a subscripted
    // value is never the name being bound (`self.x = 1`), and skipping them saves most lookups.
    const word = new RegExp(`(?<![\\w.])${escapeRegExp(name)}(?![\\w]|[ \\t]*[.([])`, 'gu');
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

  /**
   * The nodes spelled exactly `name` within `scope` (the file by default), in text order: every
   * place the text says `name`, confirmed in the tree as the smallest node covering exactly those
   * characters. Far cheaper than a search through the scope's nodes.
   */
  spelled(name: string, scope: Node = this.root): Node[] {
    const found: Node[] = [];
    if (!name) return found;
    const end = scope.id === this.root.id ? this.text.length : this.endOf(scope);
    for (
      let index = this.text.indexOf(name, scope.startIndex);
      index !== -1 && index + name.length <= end;
      index = this.text.indexOf(name, index + 1)
    ) {
      const leaf = this.root.descendantForIndex(index, index + name.length);
      if (leaf && leaf.startIndex === index && this.endOf(leaf) === index + name.length)
        found.push(leaf);
    }
    return found;
  }

  /** The calls whose callee is spelled exactly `name` (`NotFound`, `exceptions.NotFound`), in text order. */
  callsSpelled(name: string): Node[] {
    const calls: Node[] = [];
    for (const leaf of this.spelled(name)) {
      // The callee spelled exactly `name` (the identifier, or a node around it with the same text).
      const found = this.sameSpanHolders(leaf).find(
        ({ node, holder }) =>
          this.typeOf(holder) === 'call' && holder.childForFieldName('function')?.id === node.id,
      );
      if (found) calls.push(found.holder);
    }
    return calls;
  }

  /** When the identifier `leaf` is written to, the statement and what it binds the name to. */
  private bindingAt(leaf: Node): { statement: Node; value: Node } | null {
    let target = leaf;
    let statement = this.parentOf(leaf);
    // Up through `a, b`, `[a, *b]`, `(a)`: the name is one part of a larger target.
    while (statement && TARGET_PARTS.has(this.typeOf(statement))) {
      target = statement;
      statement = this.parentOf(statement);
    }
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
    for (let current = this.parentOf(node); current; current = this.parentOf(current)) {
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
    let child = node;
    for (let current = this.parentOf(node); current; current = this.parentOf(current)) {
      const type = this.typeOf(current);
      if (FUNCTION_TYPES.has(type) || type === 'class_definition') return null;
      if (LOOP_TYPES.has(type) && !isIterablePart(current, child)) return current;
      child = current;
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
    return (
      this.nearest(node, this.mainGuards, (holder) => isMainGuard(this.typeOf(holder), holder)) !==
      null
    );
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

  /** How many lines the file has, as the Python tools count them. */
  lineCount(): number {
    return (this.lineStarts ??= computeLineStarts(this.text)).length;
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

/** `if __name__ == "__main__":` (either way round). */
function isMainGuard(type: string, node: Node): boolean {
  if (type !== 'if_statement') return false;
  const condition = node.childForFieldName('condition')?.text.replace(/\s+/g, '') ?? '';
  return /^__name__==(['"])__main__\1$|^(['"])__main__\2==__name__$/.test(condition);
}

/** Function, class and lambda definitions: what `definitionsAround` reports. */
const DEFINITION_TYPES: ReadonlySet<string> = new Set([
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

/**
 * Offsets of `words` that start a line (after spaces or tabs) and are followed by a space, tab or
 * backslash, in text order: what `/^[ \t]*(?:import|from)[ \t\\]/gm` finds, by `indexOf`, which
 * is many times faster over a large file than a multi-line regular expression.
 */
function lineStartKeywords(text: string, words: readonly string[]): number[] {
  const offsets: number[] = [];
  for (const word of words) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      const after = text.charCodeAt(at + word.length);
      if (after !== 32 && after !== 9 && after !== 92) continue;
      let before = at - 1;
      while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9))
        before--;
      const previous = before < 0 ? 10 : text.charCodeAt(before);
      // `^` in a multi-line pattern: after \n, \r, U+2028 or U+2029, or at the start.
      if (previous === 10 || previous === 13 || previous === 0x2028 || previous === 0x2029)
        offsets.push(at);
    }
  }
  return offsets.sort((a, b) => a - b);
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
  if (!text.includes('\r')) {
    // The common case, by `indexOf`: several times faster than a loop over every character.
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
      starts.push(at + 1);
    return starts;
  }
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
/**
 * The operands of a chain of `+`, left to right, through parentheses (`"a" + (b + "c")`);
 * iterative, so a chain of 20,000 terms cannot overflow the stack.
 */
export function plusOperands(node: Node): Node[] {
  const parts: Node[] = [];
  const pending: Node[] = [node];
  while (pending.length > 0) {
    const current = pending.pop() as Node;
    if (current.type === 'binary_operator' && current.childForFieldName('operator')?.type === '+') {
      const right = current.childForFieldName('right');
      const left = current.childForFieldName('left');
      if (right) pending.push(right);
      if (left) pending.push(left);
    } else if (current.type === 'parenthesized_expression' && current.namedChildren[0]) {
      pending.push(current.namedChildren[0]);
    } else {
      parts.push(current);
    }
  }
  return parts;
}

export function isInterpolatedString(node: Node | null): boolean {
  return (
    node?.type === 'string' && node.namedChildren.some((child) => child?.type === 'interpolation')
  );
}
