/**
 * Loops as the performance rules see them (PBP104, PBP105): the `for` loops and comprehensions
 * around a node within its function, which names change from one iteration to the next, and
 * whether a loop only walks a fixed literal (`for status in ("paid", "sent")`, `range(3)`), where
 * a statement per item is a handful of statements, not N.
 */
import type { Node } from 'web-tree-sitter';
import type { PythonFile } from '../python-file.js';
import { escapeRegExp } from '../../../escape.js';

const COMPREHENSIONS = new Set([
  'list_comprehension',
  'set_comprehension',
  'dictionary_comprehension',
  'generator_expression',
]);
const BOUNDARIES = new Set(['function_definition', 'lambda', 'class_definition']);
const LOOP_TYPES = new Set([...COMPREHENSIONS, 'for_statement', 'while_statement']);

export interface Loop {
  node: Node;
  kind: 'for' | 'comprehension' | 'while';
  /** What the loop walks (the first `for … in` of a comprehension); null for `while`. */
  iterable: Node | null;
  /** The loop variable(s). */
  targets: Node | null;
}

/** The loops whose body holds `node`, innermost first, within its function. */
export function loopsAround(file: PythonFile, node: Node): Loop[] {
  const loops: Loop[] = [];
  const chain = file.ancestry(node);
  for (let i = chain.length - 2; i >= 0; i--) {
    const current = chain[i];
    const child = chain[i + 1];
    if (!current || !child) break;
    const type = file.typeOf(current);
    if (BOUNDARIES.has(type)) break;
    if (!LOOP_TYPES.has(type)) continue;
    const loop = asLoop(current);
    if (loop && isRepeatedPart(current, child)) loops.push(loop);
  }
  return loops;
}

export function asLoop(node: Node): Loop | null {
  if (node.type === 'for_statement') {
    return {
      node,
      kind: 'for',
      iterable: node.childForFieldName('right'),
      targets: node.childForFieldName('left'),
    };
  }
  if (node.type === 'while_statement')
    return { node, kind: 'while', iterable: null, targets: null };
  if (COMPREHENSIONS.has(node.type)) {
    const first = node.namedChildren.find((c) => c?.type === 'for_in_clause') ?? null;
    return {
      node,
      kind: 'comprehension',
      iterable: first?.childForFieldName('right') ?? null,
      targets: first?.childForFieldName('left') ?? null,
    };
  }
  return null;
}

/**
 * A `for` loop that runs `node` at most once: in some block between the loop and the node, the
 * statement that holds the node is followed by a `break`, `return` or `raise` with no `continue`
 * between (`for row in rows: if row.ok: session.add(row); break` takes the first match). A
 * `break` inside an inner loop leaves only that one. Comprehensions and `while` loops never are.
 */
export function runsAtMostOnce(file: PythonFile, loop: Loop, node: Node): boolean {
  if (loop.kind !== 'for') return false;
  const chain = file.ancestry(node);
  const top = chain.findIndex((ancestor) => ancestor.id === loop.node.id);
  if (top < 0) return false;
  // Below the first loop inside this one, a `break` leaves that inner loop only.
  const inner = chain.findIndex((ancestor, k) => k > top && LOOP_TYPES.has(file.typeOf(ancestor)));
  for (let i = chain.length - 1; i > top; i--) {
    const holder = chain[i - 1];
    const child = chain[i];
    if (!holder || !child) return false;
    if (file.typeOf(holder) !== 'block') continue;
    const innerLoop = inner !== -1 && inner < i - 1;
    let after = false;
    for (const statement of holder.namedChildren) {
      if (!statement) continue;
      if (!after) {
        after = statement.id === child.id;
        continue;
      }
      if (statement.type === 'continue_statement') return false;
      if (statement.type === 'break_statement' ? !innerLoop : EXITS.has(statement.type))
        return true;
    }
  }
  return false;
}

const EXITS = new Set(['break_statement', 'return_statement', 'raise_statement']);

/** True when `child` is evaluated once per iteration of `loop` (its body, not its iterable). */
function isRepeatedPart(loop: Node, child: Node): boolean {
  if (loop.type === 'for_statement') return child.id === loop.childForFieldName('body')?.id;
  if (loop.type === 'while_statement')
    return (
      child.id === loop.childForFieldName('body')?.id ||
      child.id === loop.childForFieldName('condition')?.id
    );
  const first = loop.namedChildren.find((c) => c?.type === 'for_in_clause');
  if (child.id !== first?.id) return true;
  // Inside the first clause: only its right-hand side is evaluated once.
  return false;
}

/**
 * A loop over a fixed literal: a list/tuple/set/dict display (or a name assigned one once),
 * `range(<small literal>)`, or `enumerate`/`zip`/`.items()` of those.
 */
export function isFixedLiteralLoop(file: PythonFile, loop: Loop): boolean {
  return loop.iterable !== null && isFixedLiteral(file, loop.iterable, 0);
}

function isEmptyCollection(node: Node): boolean {
  return (
    ['list', 'tuple', 'set', 'dictionary'].includes(node.type) &&
    node.namedChildren.every((child) => child?.type === 'comment')
  );
}

/** The function (or module) stores into the name: `name[k] = …`, `name.append(…)`, `.update(…)`. */
function isFilledIn(file: PythonFile, name: Node): boolean {
  const scope = file.enclosingFunction(name) ?? file.root;
  const word = escapeRegExp(name.text);
  return new RegExp(
    `(?<![\\w.])${word}\\s*(?:\\[[^\\]\\n]*\\]\\s*=(?!=)|\\.\\s*(?:append|extend|update|add|insert|setdefault)\\s*\\()`,
  ).test(file.text.slice(scope.startIndex, scope.endIndex));
}

function isFixedLiteral(file: PythonFile, node: Node, depth: number): boolean {
  if (depth > 3) return false;
  switch (node.type) {
    case 'list':
    case 'tuple':
    case 'set':
    case 'dictionary':
      return !node.namedChildren.some(
        (c) => c?.type === 'list_splat' || c?.type === 'dictionary_splat',
      );
    case 'string':
    case 'concatenated_string':
      return true;
    case 'parenthesized_expression':
      return node.namedChildren[0] ? isFixedLiteral(file, node.namedChildren[0], depth + 1) : false;
    case 'identifier': {
      const value = file.resolveValue(node);
      if (value === null || value.id === node.id || !isFixedLiteral(file, value, depth + 1))
        return false;
      // `entries = {}` filled later (`entries[k] = …`, `entries.append(…)`): a collection built at
      // run time, bound once but not fixed.
      return !isEmptyCollection(value) && !isFilledIn(file, node);
    }
    case 'attribute': {
      // `CHOICES.items()` handled by the call below; a constant `Config.STATUSES` is not guessed.
      return false;
    }
    case 'call': {
      const callee = node.childForFieldName('function');
      const args = file.positionalArguments(node);
      if (callee?.type === 'identifier') {
        if (callee.text === 'range')
          return (
            args.length > 0 &&
            args.every((arg) => arg.type === 'integer' && Number(arg.text) <= 100)
          );
        if (
          ['enumerate', 'zip', 'reversed', 'sorted', 'list', 'tuple', 'set'].includes(callee.text)
        ) {
          return args.length > 0 && args.every((arg) => isFixedLiteral(file, arg, depth + 1));
        }
      }
      if (
        callee?.type === 'attribute' &&
        ['items', 'keys', 'values'].includes(callee.childForFieldName('attribute')?.text ?? '')
      ) {
        const object = callee.childForFieldName('object');
        return object ? isFixedLiteral(file, object, depth + 1) : false;
      }
      return false;
    }
    default:
      return false;
  }
}

const PATTERNS = new Set([
  'pattern_list',
  'tuple_pattern',
  'list_pattern',
  'list_splat_pattern',
  'parenthesized_expression',
  'as_pattern_target',
  'tuple',
  'list',
]);

const varyingCache = new WeakMap<PythonFile, Map<number, Set<string>>>();

/**
 * Names that take a new value on every iteration: the loop variables, and every name assigned
 * inside the loop's body (`stmt = select(…).where(… == item.id)`).
 */
export function varyingNames(file: PythonFile, loop: Loop): Set<string> {
  let perLoop = varyingCache.get(file);
  if (!perLoop) varyingCache.set(file, (perLoop = new Map()));
  const cached = perLoop.get(loop.node.id);
  if (cached) return cached;
  const names = new Set<string>();
  const addTargets = (target: Node | null): void => {
    if (!target) return;
    if (target.type === 'identifier') names.add(target.text);
    // `a, (b, *c) = …` binds names; `obj.attr = …` and `d[k] = …` bind none.
    else if (PATTERNS.has(target.type)) for (const part of target.namedChildren) addTargets(part);
  };
  if (loop.kind === 'comprehension') {
    for (const clause of loop.node.namedChildren)
      if (clause?.type === 'for_in_clause') addTargets(clause.childForFieldName('left'));
  } else {
    addTargets(loop.targets);
  }
  const body = loop.kind === 'comprehension' ? loop.node : loop.node.childForFieldName('body');
  if (body) {
    for (const assignment of body.descendantsOfType([
      'assignment',
      'augmented_assignment',
      'named_expression',
      'for_statement',
      'for_in_clause',
      'as_pattern_target',
    ])) {
      if (!assignment) continue;
      if (assignment.type === 'named_expression') addTargets(assignment.childForFieldName('name'));
      else if (assignment.type === 'as_pattern_target') addTargets(assignment);
      else addTargets(assignment.childForFieldName('left'));
    }
  }
  perLoop.set(loop.node.id, names);
  return names;
}

/** `obj.attr` on the left of `=`: the identifier `attr` is not a name being bound. */
function isAttributePart(id: Node): boolean {
  return id.parent?.type === 'attribute' && id.parent.childForFieldName('attribute')?.id === id.id;
}

/** True when the expression reads one of `names` (as a name, not as an attribute after a dot). */
export function readsAny(expression: Node, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  if (expression.type === 'identifier') return names.has(expression.text);
  for (const id of expression.descendantsOfType('identifier')) {
    if (id && names.has(id.text) && !isAttributePart(id) && !isKeywordName(id)) return true;
  }
  return false;
}

function isKeywordName(id: Node): boolean {
  return (
    id.parent?.type === 'keyword_argument' && id.parent.childForFieldName('name')?.id === id.id
  );
}

/**
 * The whole method chain a call starts: for `db.query(User)` in
 * `db.query(User).filter(User.id == x).first()`, the `.first()` call.
 */
export function chainTop(file: PythonFile, call: Node): Node {
  const chain = file.ancestry(call);
  let top = call;
  for (let i = chain.length - 1; i >= 2; i -= 2) {
    const attribute = chain[i - 1];
    const outer = chain[i - 2];
    if (
      !attribute ||
      !outer ||
      file.typeOf(attribute) !== 'attribute' ||
      attribute.childForFieldName('object')?.id !== top.id
    )
      return top;
    if (file.typeOf(outer) !== 'call' || outer.childForFieldName('function')?.id !== attribute.id)
      return top;
    top = outer;
  }
  return top;
}

/** The argument lists of every call in the chain from `call` up to `top` (receivers left out). */
export function chainArguments(file: PythonFile, call: Node, top: Node): Node[] {
  const lists: Node[] = [];
  const chain = file.ancestry(call);
  for (let i = chain.length - 1; i >= 0; i--) {
    const current = chain[i];
    if (!current) break;
    if (file.typeOf(current) === 'call') {
      const args = current.childForFieldName('arguments');
      if (args) lists.push(args);
    }
    if (current.id === top.id) break;
  }
  return lists;
}

/** A function that cuts a sequence into batches: `chunked`, `batched`, `np.array_split`, `grouper`. */
const BATCH_FUNCTION =
  /chunk|batch|page|slice|partition|bucket|window|split|^(islice|grouper|groupby|paginate)$/i;

/**
 * A name that says it holds batches, word by word (`chunk`, `id_batches`, `pageWindow`): not a
 * word inside another (`remote_groups` are rows, not groups of rows).
 */
const BATCH_WORD = /^(chunk|batch|page|slice|partition|bucket|window)(e?s)?$/i;

function namesBatches(name: string): boolean {
  return name.split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/).some((word) => BATCH_WORD.test(word));
}

/**
 * A loop over batches, which is how N queries become N/1000: `for chunk in chunked(ids, 500)`,
 * `for batch in batches`, `for start in range(0, len(ids), 1000)`.
 */
export function isBatchLoop(file: PythonFile, loop: Loop): boolean {
  const targets = loop.targets?.text ?? '';
  if (namesBatches(targets)) return true;
  const iterable = loop.iterable;
  if (!iterable) return false;
  if (iterable.type === 'call') {
    const callee = iterable.childForFieldName('function');
    const name =
      callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text;
    if (name === 'range' && file.positionalArguments(iterable).length === 3) return true;
    if (name && BATCH_FUNCTION.test(name)) return true;
  }
  return iterable.type === 'identifier' && namesBatches(iterable.text);
}

/** How a message names a loop: by what it walks, cut short. */
export function describeLoop(loop: Loop): string {
  const text = (loop.iterable?.text ?? 'the items').replace(/\s+/g, ' ');
  return `\`${cutShort(text)}\``;
}

/**
 * Code quoted in a message, at most about 40 characters: cut after a whole name (`self.model_…`
 * would read as a name of its own), with an ellipsis.
 */
export function cutShort(text: string, max = 40): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 3);
  const end = head.search(/\w*$/);
  return `${end > max / 2 ? head.slice(0, end) : head}…`;
}
