/**
 * ## What it does
 * Finds the N+1 query pattern:
 * (a) a database call inside the body of a `for` loop or a comprehension that depends on the
 *     loop's item: SQLAlchemy `session.execute/scalars/scalar/get/query/refresh`, a query's
 *     `.first()/.all()/.one()` on a query built before the loop, Flask-SQLAlchemy
 *     `Model.query.*`, Django `Model.objects.*`, `await db.get(…)`, DB-API `cursor.execute`;
 * (b) on the loop variable, an access to an attribute the project's models declare as a lazy
 *     relationship (SQLAlchemy `relationship()` without an eager `lazy=`, Django
 *     `ForeignKey`/`ManyToManyField`/reverse accessors), when the query that produced the
 *     iterable loads no relationship (`selectinload`/`joinedload`/`subqueryload`, `options(…)`,
 *     `select_related`/`prefetch_related`).
 *
 * ## Why is this bad?
 * One query per item: a page of 100 orders becomes 101 round trips to the database. Load what
 * the loop needs with the first query (`selectinload`, `joinedload`, `in_()`, `prefetch_related`).
 *
 * Not reported: loops over a fixed literal (`for status in ("paid", "sent")`, `range(3)`);
 * a call that does not use the loop's item (a retry loop, a repeated statement); loops over
 * models rather than rows (`for model in models: db.query(model)`: one query per table); Django's
 * cached `ContentType.objects.get_for_model(…)`; a query memoised in `cache[key]` under
 * `if key not in cache:`, or run when a sorted key changes (`if current != row.key: current =
 * row.key`); statements that set the connection or schema up (`PRAGMA …`, `ATTACH …`, `SET …`,
 * `CREATE INDEX …`, one per setting); `while` loops (polling and pagination loops fetch in batches
 * by design); tests.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import { stringValue } from '../python-file.js';
import {
  databaseCall,
  databaseCallAnchor,
  isCursorName,
  mayQuery,
} from '../semantic/perf-database.js';
import { dottedNamesIn, mayBeAssigned } from '../semantic/text-tests.js';
import {
  asLoop,
  chainArguments,
  describeLoop,
  isBatchLoop,
  chainTop,
  isFixedLiteralLoop,
  loopsAround,
  readsAny,
  runsAtMostOnce,
  varyingNames,
  type Loop,
} from '../semantic/perf-loops.js';
import {
  mayKnowRelationships,
  relationshipOf,
  relationshipsFor,
  type FactsWithModels,
} from './model-relationships.js';
import { escapeRegExp } from '../../../escape.js';

const meta: Rule = {
  id: 'PBP104',
  name: 'query-in-loop',
  tool: 'patterns',
  section: 'performance',
  level: 'warning',
  precision: 'high',
  summary: 'A database query runs once per item of a loop (the N+1 query pattern).',
  docs: {
    what: "Finds a database call inside a for loop or comprehension that depends on the loop's item (session.get/execute/scalars/query, Model.objects.*, Model.query.*, cursor.execute), and access on the loop variable to a lazy relationship the project's models declare, when the query that produced the items did not load it. Not reported: loops over a fixed literal or over batches, loops over models rather than rows (db.query(model) per model class), Django's cached ContentType lookups, a query memoised under if key not in cache, statements that set the connection or schema up (PRAGMA, ATTACH, SET, CREATE INDEX), while loops and tests.",
    why: 'One query per item: a page of 100 orders becomes 101 round trips to the database, and the endpoint gets slower with every row. Loading what the loop needs with the first query keeps it at one or two queries.',
    example:
      'orders = db.scalars(select(Order).where(Order.user_id == user.id)).all()\nfor order in orders:\n    units += sum(item.quantity for item in order.items)  # one query per order\n\nfor line in body.items:\n    product = db.get(Product, line.product_id)  # one query per line',
    useInstead:
      'orders = db.scalars(\n    select(Order).where(Order.user_id == user.id).options(selectinload(Order.items))\n).all()\n\nids = [line.product_id for line in body.items]\nproducts = {p.id: p for p in db.scalars(select(Product).where(Product.id.in_(ids)))}',
  },
};

/** Methods that run a query held in a name (`q.first()`), beside the calls databaseCall knows. */
const QUERY_METHODS = new Set([
  'all',
  'first',
  'one',
  'one_or_none',
  'scalar',
  'scalar_one',
  'count',
  'get',
  'exists',
  'filter',
  'filter_by',
  'where',
  'exclude',
  'last',
  'aget',
  'afirst',
  'acount',
  'first_or_404',
  'get_or_404',
  'one_or_404',
]);

/**
 * (b) needs a query that names its model: `Model.objects`, `Model.query`, `db.query(Model)`, or
 * `scalars`/`exec`/`execute` of a `select(Model)`. Without those attributes in the file, no loop
 * can walk model instances this rule recognises.
 */
function mayWalkModels(file: PythonFile): boolean {
  const names = dottedNamesIn(file);
  if (names.has('objects') || names.has('query')) return true;
  return (
    (names.has('scalars') || names.has('exec') || names.has('execute')) &&
    /(?<!\w)select(?!\w)/.test(file.text)
  );
}

/** The loops (b) looks at; every one holds the word `for` outside any deeper loop of its type. */
const LOOP_ANCHOR = ['for'];

export const queryInLoop: PythonRule = {
  kind: 'python',
  meta,
  anchors: {
    // (a) `db.get(`, `q.first(`, or the manager of `Order.objects.filter(…)`.
    call: databaseCallAnchor(QUERY_METHODS),
    for_statement: LOOP_ANCHOR,
    list_comprehension: LOOP_ANCHOR,
    set_comprehension: LOOP_ANCHOR,
    dictionary_comprehension: LOOP_ANCHOR,
    generator_expression: LOOP_ANCHOR,
  },
  create({ file, project, report }) {
    if (file.isTest || file.isMigration) return {};
    // `mayQuery` (a scan of the whole text) is asked only once a call looks like a query.
    const call = (node: Node): void => {
      const database = databaseCall(file, node);
      const label = database ? mayQuery(file) && database.label : queryHeldInName(file, node);
      if (!label) return;
      const loop = repeatingLoop(file, node);
      if (
        !loop ||
        isCachedLookup(node) ||
        isSetupStatement(file, node) ||
        readsLoopModel(file, node, loop) ||
        isMemoised(file, node, loop)
      )
        return;
      report({
        at: node,
        message: `${label} runs a query on every iteration of the loop over ${describeLoop(loop)}; ${isWrite(label) ? 'write the rows in one statement after the loop' : 'load the rows in one query before the loop'} (${batchedForm(label)}).`,
      });
    };
    if (!mayWalkModels(file) || !mayKnowRelationships(file, project) || !mayQuery(file))
      return { call };
    const comprehension = (node: Node): void => {
      checkLazyAccess(file, project, asLoop(node), report);
    };
    return {
      call,
      for_statement(node) {
        checkLazyAccess(file, project, asLoop(node), report);
      },
      list_comprehension: comprehension,
      set_comprehension: comprehension,
      dictionary_comprehension: comprehension,
      generator_expression: comprehension,
    };
  },
};

/**
 * The innermost loop that repeats the call with a value that changes per item. Not a loop over
 * batches, and not one that runs the statements it walks (`for stmt in statements: execute(stmt)`).
 */
function repeatingLoop(file: PythonFile, call: Node): Loop | null {
  const args = chainArguments(file, call, chainTop(file, call));
  for (const loop of loopsAround(file, call)) {
    if (loop.kind === 'while' || isFixedLiteralLoop(file, loop) || runsAtMostOnce(file, loop, call))
      continue;
    if (isBatchLoop(file, loop)) return null;
    const varying = varyingNames(file, loop);
    if (!args.some((list) => readsAny(list, varying))) continue;
    return runsLoopItemAsStatement(file, call, loop) ? null : loop;
  }
  return null;
}

/**
 * A statement that sets the connection or the schema up (`PRAGMA …`, `ATTACH DATABASE …`, `SET
 * …`, `CREATE INDEX …`), one per setting: nothing is loaded, and such statements cannot be merged
 * into one query.
 */
function isSetupStatement(file: PythonFile, call: Node): boolean {
  const tail = file.calleeTail(call) ?? '';
  if (!['execute', 'executescript', 'exec_driver_sql', 'execute_sql'].includes(tail)) return false;
  let first = file.positionalArguments(call)[0] ?? null;
  if (first?.type === 'call' && file.calleeTail(first) === 'text')
    first = file.positionalArguments(first)[0] ?? null;
  return SETUP_STATEMENT.test(leadingText(file, first, 0));
}

const SETUP_STATEMENT =
  /^\s*(?:PRAGMA|ATTACH|DETACH|SET|CREATE|DROP|ALTER|GRANT|REVOKE|VACUUM|ANALYZE|REINDEX|LOCK|COMMENT\s+ON)\b/i;

/** The literal text a statement starts with: of `"…" % x`, `"…".format(x)`, f-strings, names. */
function leadingText(file: PythonFile, node: Node | null, depth: number): string {
  const value = depth > 4 ? null : file.resolveValue(node);
  if (!value) return '';
  switch (value.type) {
    case 'string':
      return value.text.replace(/^[A-Za-z]*("""|'''|"|')/, '');
    case 'concatenated_string':
    case 'parenthesized_expression': {
      const first = value.namedChildren.find((child) => child?.type !== 'comment') ?? null;
      return leadingText(file, first, depth + 1);
    }
    case 'binary_operator':
      return leadingText(file, value.childForFieldName('left'), depth + 1);
    case 'call': {
      const callee = value.childForFieldName('function');
      return file.calleeTail(value) === 'format' && callee?.type === 'attribute'
        ? leadingText(file, callee.childForFieldName('object'), depth + 1)
        : '';
    }
    default:
      return '';
  }
}

/** Django's `Model.objects.create()` and its kin: rows written, not read. */
function isWrite(label: string): boolean {
  return (
    /\.objects\.|\._default_manager\./.test(label) &&
    /\.(create|get_or_create|update_or_create)\(\)$/.test(label)
  );
}

/** The one-query form in the words of the library the call comes from. */
function batchedForm(label: string): string {
  if (/\.objects\.|\._default_manager\./.test(label))
    return isWrite(label)
      ? 'bulk_create or bulk_update'
      : 'a `field__in=` filter, select_related or prefetch_related';
  const receiver =
    label
      .replace(/\.execute\(\)$/, '')
      .split('.')
      .at(-1) ?? '';
  if (label.endsWith('.execute()') && isCursorName(receiver)) return 'one statement with `IN (…)`';
  return 'an in_() filter, selectinload or joinedload';
}

/**
 * Django's `ContentType.objects.get_for_model(…)` and its kin answer from a cache the manager
 * keeps for the life of the process: after the first call per type, no query runs.
 */
function isCachedLookup(call: Node): boolean {
  const callee = call.childForFieldName('function');
  return (
    callee?.type === 'attribute' &&
    /^(get_for_model|get_for_models|get_for_id|get_by_natural_key|clear_cache)$/.test(
      callee.childForFieldName('attribute')?.text ?? '',
    ) &&
    /(^|\.)ContentType\.objects$/.test(callee.childForFieldName('object')?.text ?? '')
  );
}

/**
 * The loop walks models or tables, not rows: the statement is built on the loop's item (`for
 * model in models: db.query(model)`, `select(model_class.id)`, `db.get(model, pk)`, `for table
 * in metadata.sorted_tables: db.execute(table.delete())`). One statement per table is how several
 * tables are read or cleared; the N of N+1 is rows.
 */
/** The calls that start a statement on a table: `select(T)`, `delete(T)`, `T.delete()`, … */
const STATEMENTS = new Set(['select', 'delete', 'insert', 'update']);

function readsLoopModel(file: PythonFile, call: Node, loop: Loop): boolean {
  const method = file.calleeTail(call) ?? '';
  let entity: Node | null | undefined = null;
  const args = file.positionalArguments(call);
  // `db.query(model)`, `db.get(model, pk)`; not `Model.query.get(pk)`, whose one argument is a key.
  if (method === 'query' || ((method === 'get' || method === 'get_one') && args.length >= 2))
    entity = args[0];
  else if (method !== 'refresh') {
    // `execute(select(Model).where(…))`, `delete(table)`: down the statement's chain to the
    // statement's own call; `table.delete()`: down to the table it is built on.
    let statement: Node | null | undefined = file.positionalArguments(call)[0];
    while (statement?.type === 'call' && !STATEMENTS.has(file.calleeTail(statement) ?? '')) {
      const fn: Node | null = statement.childForFieldName('function');
      statement = fn?.type === 'attribute' ? fn.childForFieldName('object') : null;
    }
    if (statement?.type === 'call') {
      // `select(T)`, `sa.delete(T)`: the table is the argument; `table.delete()`: the receiver.
      const fn = statement.childForFieldName('function');
      entity =
        file.positionalArguments(statement)[0] ??
        (fn?.type === 'attribute' ? fn.childForFieldName('object') : null);
    }
  }
  // The name the entity is read from: `model_class` of `model_class.id.label("id")`.
  while (entity && entity.type !== 'identifier') {
    if (entity.type === 'attribute') entity = entity.childForFieldName('object');
    else if (entity.type === 'call') entity = entity.childForFieldName('function');
    else return false;
  }
  return !!entity && varyingNames(file, loop).has(entity.text);
}

/**
 * Memoised by hand: the query is stored in `cache[key]` under `if key not in cache:` (or
 * `if cache.get(key) is None:`), so it runs once per distinct key, not once per item.
 */
function isMemoised(file: PythonFile, call: Node, loop: Loop): boolean {
  const chain = file.ancestry(call);
  let stored: { container: string; key: string } | null = null;
  let assigned = false;
  for (let i = chain.length - 2; i >= 0; i--) {
    const current = chain[i];
    if (!current || current.id === loop.node.id) return false;
    const type = file.typeOf(current);
    if (!assigned && type === 'assignment') {
      // The first assignment around the call: a store into `cache[key]` or not.
      assigned = true;
      const left = current.childForFieldName('left');
      const container = left?.type === 'subscript' ? left.childForFieldName('value') : null;
      const key = left?.type === 'subscript' ? left.childForFieldName('subscript') : null;
      if (container && key) stored = { container: compact(container.text), key: compact(key.text) };
    } else if (type === 'if_statement') {
      const condition = compact(current.childForFieldName('condition')?.text ?? '');
      if (stored) {
        const { container, key } = stored;
        if (
          condition === `${key}notin${container}` ||
          condition === `${container}.get(${key})isNone` ||
          condition === `not${container}.get(${key})`
        )
          return true;
      }
      if (followsKeyChange(current)) return true;
    }
  }
  return false;
}

/**
 * `if current != entry.event_id: current = entry.event_id; …query…`: over rows sorted by a key,
 * the query runs once per group, with the previous key as its one-entry cache.
 */
function followsKeyChange(statement: Node): boolean {
  const condition = statement.childForFieldName('condition')?.text ?? '';
  const change = /^\(?\s*([\w.]+)\s*!=\s*([\w.[\]"']+)\s*\)?(?:\s+or\s[\s\S]*)?$/.exec(condition);
  if (!change) return false;
  const [, previous, next] = change;
  const body = statement.childForFieldName('consequence');
  return (body?.namedChildren ?? []).some(
    (child) =>
      child?.type === 'expression_statement' &&
      compact(child.text).startsWith(`${previous}=${next}`) &&
      !compact(child.text).startsWith(`${previous}==`),
  );
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** `for sql in statements: cursor.execute(sql)` (or `text(sql)`): a script runner, not N+1. */
function runsLoopItemAsStatement(file: PythonFile, call: Node, loop: Loop): boolean {
  if (
    !['execute', 'executescript', 'exec_driver_sql', 'exec'].includes(file.calleeTail(call) ?? '')
  )
    return false;
  let first = file.positionalArguments(call)[0];
  if (first?.type === 'call' && file.calleeTail(first) === 'text')
    first = file.positionalArguments(first)[0];
  return (
    first?.type === 'identifier' &&
    loop.targets?.type === 'identifier' &&
    first.text === loop.targets.text
  );
}

/** `q.first()` where `q = db.query(User)` (or `User.objects.filter(…)`) was built outside the loop. */
function queryHeldInName(file: PythonFile, call: Node): string | null {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'attribute') return null;
  const method = callee.childForFieldName('attribute')?.text ?? '';
  const object = callee.childForFieldName('object');
  if (object?.type !== 'identifier' || !QUERY_METHODS.has(method)) return null;
  const loops = loopsAround(file, call);
  // Text tests (one per file, one per name) before the search of the scope for the value.
  if (loops.length === 0 || !mayQuery(file) || !mayBeAssigned(file, object.text)) return null;
  const value = file.assignedValue(object.text, object);
  if (!value || value.type !== 'call') return null;
  // Built inside the loop: the building call is the one reported.
  if (
    loops.some(
      (loop) => value.startIndex >= loop.node.startIndex && value.endIndex <= loop.node.endIndex,
    )
  )
    return null;
  for (let current: Node | null = value; current?.type === 'call';) {
    if (databaseCall(file, current)) return `${object.text}.${method}()`;
    const fn: Node | null = current.childForFieldName('function');
    current = fn?.type === 'attribute' ? fn.childForFieldName('object') : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// (b) lazy relationships touched on the loop variable.

function checkLazyAccess(
  file: PythonFile,
  project: FactsWithModels,
  loop: Loop | null,
  report: (r: { at: Node; message: string }) => void,
): void {
  if (!loop?.iterable || !loop.targets) return;
  let iterable = loop.iterable;
  let variable: Node | null = loop.targets.type === 'identifier' ? loop.targets : null;
  // `for i, user in enumerate(users)`
  if (
    !variable &&
    iterable.type === 'call' &&
    iterable.childForFieldName('function')?.text === 'enumerate'
  ) {
    const second = loop.targets.namedChildren[1];
    const first = file.positionalArguments(iterable)[0];
    if (second?.type === 'identifier' && first) {
      variable = second;
      iterable = first;
    }
  }
  if (!variable) return;
  // Cheap first: the loop must read `variable.<attribute>` somewhere (found in its text).
  if (!mentionsAttributeOf(file, loop.node, variable.text)) return;
  const source = modelOfIterable(file, iterable);
  if (!source || source.loaded.all) return;
  const facts = relationshipsFor(file, project, source.model);
  const seen = new Set<string>();
  for (const access of accessesOn(file, loop, variable.text)) {
    const attribute = access.childForFieldName('attribute')?.text ?? '';
    if (seen.has(attribute)) continue;
    const relationship = relationshipOf(facts, source.model, attribute);
    if (!relationship?.lazy || source.loaded.names.has(attribute)) continue;
    seen.add(attribute);
    const fix =
      relationship.orm === 'django'
        ? `${relationship.many ? 'prefetch_related' : 'select_related'}("${attribute}")`
        : `.options(selectinload(${source.model}.${attribute}))`;
    report({
      at: access,
      message: `${variable.text}.${attribute} loads the lazy relationship ${source.model}.${attribute} with one query per ${variable.text} of the loop; load it with the query that fetched them: ${fix}.`,
    });
  }
}

/** The text of `node` has `variable` followed by a dot (spaces, comments or `\` between). */
function mentionsAttributeOf(file: PythonFile, node: Node, variable: string): boolean {
  const word = new RegExp(`(?<!\\w)${escapeRegExp(variable)}(?:\\s|\\\\|#[^\\r\\n]*[\\r\\n])*\\.`);
  return word.test(file.text.slice(node.startIndex, node.endIndex));
}

/** `variable.attr` read inside the loop's body (not assigned to, not in a nested function). */
function accessesOn(file: PythonFile, loop: Loop, variable: string): Node[] {
  const accesses: Node[] = [];
  const body = loop.kind === 'for' ? loop.node.childForFieldName('body') : loop.node;
  if (!body) return accesses;
  const first =
    loop.kind === 'comprehension'
      ? loop.node.namedChildren.find((c) => c?.type === 'for_in_clause')
      : null;
  const iterable = first?.childForFieldName('right');
  for (const attribute of body.descendantsOfType('attribute')) {
    if (
      !attribute ||
      attribute.childForFieldName('object')?.text !== variable ||
      attribute.childForFieldName('object')?.type !== 'identifier'
    )
      continue;
    if (
      iterable &&
      attribute.startIndex >= iterable.startIndex &&
      attribute.endIndex <= iterable.endIndex
    )
      continue;
    if (isAssignedTo(file, attribute) || insideNestedFunction(file, attribute, loop.node)) continue;
    accesses.push(attribute);
  }
  return accesses.sort((a, b) => a.startIndex - b.startIndex);
}

/** `order.user = admin` replaces the relationship without loading it. */
function isAssignedTo(file: PythonFile, attribute: Node): boolean {
  const parent = file.parentOf(attribute);
  return parent?.type === 'assignment' && parent.childForFieldName('left')?.id === attribute.id;
}

function insideNestedFunction(file: PythonFile, node: Node, stop: Node): boolean {
  const chain = file.ancestry(node);
  for (let i = chain.length - 2; i >= 0; i--) {
    const current = chain[i];
    if (!current || current.id === stop.id) return false;
    const type = file.typeOf(current);
    if (type === 'function_definition' || type === 'lambda' || type === 'class_definition')
      return true;
  }
  return false;
}

interface IterableSource {
  /** The model class whose instances the loop walks. */
  model: string;
  /** The relationships the query loads up front. */
  loaded: Loaded;
}

interface Loaded {
  /** Every relationship may be loaded: loader options this rule cannot read. */
  all: boolean;
  /** Relationship names the loader options mention (`Order.items`, `"author__profile"`). */
  names: Set<string>;
}

/**
 * The model a query returns instances of, when the iterable is such a query (directly or through
 * a name assigned once): `db.scalars(select(User)…)`, `db.execute(…).scalars()`,
 * `db.query(User)…`, `User.query…`, `User.objects…`, SQLModel `session.exec(select(User))`.
 */
function modelOfIterable(file: PythonFile, iterable: Node): IterableSource | null {
  const expression = unwrap(file, iterable, 0);
  if (!expression) return null;
  const parts = queryParts(file, expression, 0);
  if (!parts) return null;
  const text = parts.pieces.map((piece) => piece.text).join('\n');
  if (/\.(values|values_list|with_entities|add_columns|mappings|tuples|group_by)\s*\(/.test(text))
    return null;
  return { model: parts.model, loaded: loaderOptions(file, parts.pieces) };
}

const SQLALCHEMY_LOADERS = new Set([
  'selectinload',
  'joinedload',
  'subqueryload',
  'immediateload',
  'contains_eager',
  'defaultload',
  'raiseload',
  'noload',
  'lazyload',
]);

/**
 * What the query's `.options(…)` / `select_related(…)` / `prefetch_related(…)` load. Loader calls
 * written out are read; anything else in them (`options(*loaders)`, a helper) loads everything,
 * as far as this rule can tell.
 */
function loaderOptions(file: PythonFile, pieces: Node[]): Loaded {
  const loaded: Loaded = { all: false, names: new Set() };
  for (const piece of pieces) {
    for (const call of [piece, ...piece.descendantsOfType('call')]) {
      if (!call || call.type !== 'call') continue;
      const tail = file.calleeTail(call);
      const args =
        call
          .childForFieldName('arguments')
          ?.namedChildren.filter((a): a is Node => a !== null && a.type !== 'comment') ?? [];
      if (tail === 'options') {
        for (const arg of args) readSqlalchemyLoader(file, arg, loaded);
      } else if (tail === 'select_related' || tail === 'prefetch_related') {
        if (args.length === 0) loaded.all = true;
        for (const arg of args) readDjangoLookup(file, arg, loaded);
      } else if (tail && SQLALCHEMY_LOADERS.has(tail) && call.parent?.type !== 'attribute') {
        // A loader built outside `.options(…)` (`opts = [selectinload(…)]`): read what it names.
        readSqlalchemyLoader(file, call, loaded);
      }
    }
  }
  return loaded;
}

function readSqlalchemyLoader(file: PythonFile, arg: Node, loaded: Loaded): void {
  // `joinedload(Order.user).selectinload(User.orders)`: the chain's innermost call names the strategy.
  let root: Node | null = arg;
  while (root?.type === 'call') {
    const callee: Node | null = root.childForFieldName('function');
    if (callee?.type !== 'attribute') break;
    root = callee.childForFieldName('object');
  }
  const strategy = root?.type === 'call' ? file.calleeTail(root) : null;
  if (!strategy || !SQLALCHEMY_LOADERS.has(strategy) || arg.text.includes('*')) {
    loaded.all = true;
    return;
  }
  for (const attribute of arg.descendantsOfType('attribute')) {
    const name = attribute?.childForFieldName('attribute')?.text;
    if (name) loaded.names.add(name);
  }
  for (const literal of arg.descendantsOfType('string')) {
    const name = stringValue(literal);
    if (name) for (const part of name.split('.')) loaded.names.add(part);
  }
}

function readDjangoLookup(file: PythonFile, arg: Node, loaded: Loaded): void {
  const lookup =
    arg.type === 'call' && file.calleeTail(arg) === 'Prefetch'
      ? (file.positionalArguments(arg)[0] ?? null)
      : arg;
  const text = stringValue(lookup);
  if (!text) {
    loaded.all = true;
    return;
  }
  const [first] = text.split('__');
  if (first) loaded.names.add(first);
}

/** `list(x)`, `sorted(x)`, `await x`, `(x)`, and a name assigned once → the query expression. */
function unwrap(file: PythonFile, node: Node, depth: number): Node | null {
  if (depth > 5) return null;
  switch (node.type) {
    case 'identifier': {
      const value = file.resolveValue(node);
      return value && value.id !== node.id ? unwrap(file, value, depth + 1) : null;
    }
    case 'await':
    case 'parenthesized_expression':
      return node.namedChildren[0] ? unwrap(file, node.namedChildren[0], depth + 1) : null;
    case 'subscript': {
      // `Version.objects.filter(…)[:200]`: a slice of the query is the same rows, fewer of them.
      const value = node.childForFieldName('value');
      const index = node.childForFieldName('subscript');
      return value && index?.type === 'slice' ? unwrap(file, value, depth + 1) : null;
    }
    case 'call': {
      const callee = node.childForFieldName('function');
      if (
        callee?.type === 'identifier' &&
        ['list', 'tuple', 'sorted', 'reversed', 'set'].includes(callee.text)
      ) {
        const first = file.positionalArguments(node)[0];
        return first ? unwrap(file, first, depth + 1) : null;
      }
      return node;
    }
    default:
      return null;
  }
}

interface QueryParts {
  model: string;
  /** The text of every piece of the query (statement names resolved), to look for loaders. */
  pieces: Node[];
}

/** Walks the method chain down to the call that names the model. */
function queryParts(file: PythonFile, expression: Node, depth: number): QueryParts | null {
  if (depth > 4) return null;
  const pieces: Node[] = [expression];
  let scalars = false;
  let called = false;
  for (let current: Node | null = expression; current;) {
    if (current.type === 'await' || current.type === 'parenthesized_expression') {
      current = current.namedChildren[0] ?? null;
      continue;
    }
    if (current.type === 'identifier') {
      // `result = await db.execute(stmt)` … `for user in result.scalars()`
      const value = file.resolveValue(current);
      if (!value || value.id === current.id || ++depth > 4) return null;
      pieces.push(value);
      current = value;
      continue;
    }
    if (current.type === 'attribute') {
      // `User.query`, `User.objects` at the root of the chain.
      const attribute = current.childForFieldName('attribute')?.text;
      const object = current.childForFieldName('object');
      if (
        (attribute === 'objects' || attribute === 'query') &&
        object?.type === 'identifier' &&
        /^[A-Z]/.test(object.text)
      ) {
        return { model: object.text, pieces };
      }
      // A custom Django manager (`Version.external.filter(…)`): a class's lower-case attribute
      // that a queryset method was called on. Only a model the project declares can be lazy.
      if (
        called &&
        object?.type === 'identifier' &&
        /^[A-Z]/.test(object.text) &&
        /^[a-z_]\w*$/.test(attribute ?? '')
      ) {
        return { model: object.text, pieces };
      }
      current = object;
      continue;
    }
    if (current.type !== 'call') return null;
    const callee: Node | null = current.childForFieldName('function');
    if (callee?.type !== 'attribute') return null;
    called = true;
    const method = callee.childForFieldName('attribute')?.text ?? '';
    if (method === 'scalars') scalars = true;
    if (databaseCall(file, current)) {
      const first = file.positionalArguments(current)[0];
      if (method === 'query') {
        const model = modelName(file.positionalArguments(current));
        return model ? { model, pieces } : null;
      }
      if (
        (method === 'scalars' || method === 'exec' || (method === 'execute' && scalars)) &&
        first
      ) {
        const statement = file.resolveValue(first);
        if (!statement) return null;
        pieces.push(statement);
        const model = selectedModel(file, statement);
        return model ? { model, pieces } : null;
      }
      // Django / Flask-SQLAlchemy managers: `User.objects.filter(…)`.
      const object = callee.childForFieldName('object');
      if (object?.type === 'attribute') {
        current = object;
        continue;
      }
      return null;
    }
    current = callee.childForFieldName('object');
  }
  return null;
}

/** `select(User)…` (or `select(User).where(…)`) → `User`. */
function selectedModel(file: PythonFile, statement: Node): string | null {
  for (let current: Node | null = statement; current?.type === 'call';) {
    const callee: Node | null = current.childForFieldName('function');
    const name = file.qualifiedName(callee);
    if (name && /^(sqlalchemy(\.future|\.sql|\.sql\.expression)?|sqlmodel)\.select$/.test(name))
      return modelName(file.positionalArguments(current));
    current = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
  }
  return null;
}

/** Exactly one entity, a class name: `User` (not `User.id`, not `User, Order`). */
function modelName(args: Node[]): string | null {
  if (args.length !== 1) return null;
  const only = args[0];
  return only?.type === 'identifier' && /^[A-Z]/.test(only.text) ? only.text : null;
}
