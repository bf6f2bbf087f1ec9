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
  private readonly scopeAssignments = new Map<number, Map<string, Node[]>>();
  private lineStarts: number[] | undefined;
  private definitionIndex: DefinitionEntry[] | undefined;
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
    return (
      this.definitionsAround(node).find((definition) => SCOPE_TYPES.has(definition.type)) ??
      this.root
    );
  }

  /**
   * The function, class and lambda definitions that hold `node`, innermost first. Found by
   * position in a list made once per file: asking tree-sitter for a node's parent walks down
   * from the root every time, which made scope questions the engine's main cost.
   */
  definitionsAround(node: Node): Node[] {
    const index = (this.definitionIndex ??= buildDefinitionIndex(this.root));
    const start = node.startIndex;
    const end = node.endIndex;
    // The last definition starting at or before the node; then up its chain of holders.
    let low = 0;
    let high = index.length - 1;
    let at = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((index[mid]?.start ?? 0) <= start) {
        at = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    const around: Node[] = [];
    for (let i = at; i >= 0; i = index[i]?.parent ?? -1) {
      const entry = index[i];
      if (!entry) break;
      if (entry.node.id !== node.id && entry.start <= start && entry.end >= end)
        around.push(entry.node);
    }
    return around;
  }

  /** Hands over the definitions the engine's walk already found, so the index costs no search. */
  useDefinitions(definitions: readonly Node[]): void {
    this.definitionIndex ??= indexDefinitions(definitions);
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
    const here = this.assignmentsIn(scope).get(name);
    if (here) return here.length === 1 ? valueOnly(here[0]) : null;
    if (scope.type !== 'module') {
      const global = this.assignmentsIn(this.root).get(name);
      if (global && global.length === 1) return valueOnly(global[0]);
    }
    return null;
  }

  /** Follows an identifier to the value it was assigned once; other nodes are returned as they are. */
  resolveValue(node: Node | null, depth = 0): Node | null {
    if (!node || node.type !== 'identifier' || depth > 4) return node;
    const value = this.assignedValue(node.text, node);
    return value ? this.resolveValue(value, depth + 1) : node;
  }

  private assignmentsIn(scope: Node): Map<string, Node[]> {
    const cached = this.scopeAssignments.get(scope.id);
    if (cached) return cached;
    const map = new Map<string, Node[]>();
    const add = (name: string, value: Node): void => {
      const list = map.get(name);
      if (list) list.push(value);
      else map.set(name, [value]);
    };
    for (const assignment of scope.descendantsOfType([
      'assignment',
      'augmented_assignment',
      'for_statement',
      'named_expression',
    ])) {
      if (!assignment || this.scopeOf(assignment).id !== scope.id) continue;
      if (assignment.type === 'assignment') {
        const left = assignment.childForFieldName('left');
        const right = assignment.childForFieldName('right');
        if (left?.type === 'identifier') add(left.text, right ?? left);
        else if (left) for (const name of boundNames(left)) add(name, left);
      } else if (assignment.type === 'named_expression') {
        const name = assignment.childForFieldName('name');
        const value = assignment.childForFieldName('value');
        if (name && value) add(name.text, value);
      } else {
        // Reassigned by `+=` or a loop: its value is not one literal any more.
        const left = assignment.childForFieldName('left');
        if (left) for (const name of boundNames(left)) add(name, assignment);
      }
    }
    this.scopeAssignments.set(scope.id, map);
    return map;
  }

  /** The nearest ancestor of one of `types`, not crossing a function boundary when `withinFunction`. */
  enclosing(node: Node, types: ReadonlySet<string>, withinFunction = true): Node | null {
    let current = node.parent;
    while (current) {
      if (types.has(current.type)) return current;
      if (withinFunction && FUNCTION_TYPES.has(current.type)) return null;
      current = current.parent;
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
    let current = node.parent;
    while (current) {
      if (FUNCTION_TYPES.has(current.type) || current.type === 'class_definition') return null;
      if (LOOP_TYPES.has(current.type) && !isIterablePart(current, child)) return current;
      child = current;
      current = current.parent;
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
    let current = node.parent;
    while (current) {
      if (current.type === 'if_statement') {
        const condition = current.childForFieldName('condition')?.text.replace(/\s+/g, '') ?? '';
        if (/^__name__==(['"])__main__\1$|^(['"])__main__\2==__name__$/.test(condition))
          return true;
      }
      current = current.parent;
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

interface DefinitionEntry {
  start: number;
  end: number;
  node: Node;
  /** Index of the definition that holds this one, or -1. */
  parent: number;
}

export const DEFINITION_TYPES: readonly string[] = [
  'function_definition',
  'class_definition',
  'lambda',
];

function buildDefinitionIndex(root: Node): DefinitionEntry[] {
  return indexDefinitions(
    root.descendantsOfType([...DEFINITION_TYPES]).filter((node): node is Node => node !== null),
  );
}

/** Every def/class/lambda in document order, each pointing at the one that holds it. */
function indexDefinitions(definitions: readonly Node[]): DefinitionEntry[] {
  const entries: DefinitionEntry[] = [];
  const open: number[] = [];
  for (const node of definitions) {
    const start = node.startIndex;
    while (open.length > 0 && (entries[open[open.length - 1] ?? 0]?.end ?? 0) < node.endIndex)
      open.pop();
    entries.push({ start, end: node.endIndex, node, parent: open[open.length - 1] ?? -1 });
    open.push(entries.length - 1);
  }
  return entries;
}

/** A binding by `+=` or a loop has no single value. */
function valueOnly(binding: Node | undefined): Node | null {
  if (!binding || binding.type === 'augmented_assignment' || binding.type === 'for_statement')
    return null;
  return binding;
}

/**
 * The names an assignment target binds: `a`, `a, b`, `[a, *b]`. Not `x.attr = v` or `x[k] = v`,
 * which change an object and leave the name `x` bound to the same one.
 */
function boundNames(target: Node): string[] {
  if (target.type === 'identifier') return [target.text];
  if (
    [
      'pattern_list',
      'tuple_pattern',
      'list_pattern',
      'expression_list',
      'tuple',
      'list',
      'list_splat_pattern',
      'parenthesized_expression',
    ].includes(target.type)
  ) {
    return target.namedChildren.flatMap((child) => (child ? boundNames(child) : []));
  }
  return [];
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
