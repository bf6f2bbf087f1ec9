/**
 * ## What it does
 * Finds `session.add(obj)` inside a `for` loop or comprehension (a note: use `add_all`), and
 * `session.commit()` / `connection.commit()` inside one (a warning: one transaction per item).
 *
 * ## Why is this bad?
 * `add()` per item hides a batch behind N calls; `add_all()` says it is one and lets the session
 * batch the INSERT. A `commit()` per item is worse: a transaction and a round trip (and an fsync
 * on the server) for every row, and a failure halfway leaves half the batch written.
 *
 * Not reported: `add` in loops over a literal collection (`for name in ("admin", "staff")`) or
 * of the rows a query loaded (`for row in session.scalars(stmt): row.done = True; session.add(row)`:
 * already in the session, so `add` does nothing),
 * `while` loops (worker and polling loops commit per job by design), a commit that is batched
 * (`if i % 500 == 0: commit()`, or a commit per outer batch around an inner loop), tests and
 * migrations.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import { dottedNamesIn, methodCallAnchor } from '../semantic/text-tests.js';
import { databaseCall, isSessionName, mayQuery, receiverName } from '../semantic/perf-database.js';
import {
  describeLoop,
  isBatchLoop,
  isFixedLiteralLoop,
  loopsAround,
  runsAtMostOnce,
  type Loop,
} from '../semantic/perf-loops.js';

const meta: Rule = {
  id: 'PBP105',
  name: 'add-in-loop',
  tool: 'patterns',
  section: 'performance',
  level: 'note',
  precision: 'high',
  summary: 'Objects are added (`session.add`) or committed one at a time inside a loop.',
  docs: {
    what: 'Finds session.add(obj) inside a for loop or comprehension (note: use add_all), and session/connection commit() inside one (warning: one transaction per item). Not reported: add() over a literal collection (for name in ("admin", "staff")) or of the rows a query loaded (already in the session), while loops, batched commits, tests and migrations.',
    why: 'add() per item hides a batch behind N calls; add_all() says it is one and lets the session batch the INSERT. A commit() per item costs a transaction, a round trip and a disk flush on the server for every row, and a failure halfway leaves half the batch written.',
    example: 'for row in rows:\n    product = Product(**row)\n    db.add(product)\n    db.commit()',
    useInstead: 'products = [Product(**row) for row in rows]\ndb.add_all(products)\ndb.commit()',
  },
};

export const addInLoop: PythonRule = {
  kind: 'python',
  meta,
  // `session.add(…)`, `db.commit()`.
  anchors: { call: methodCallAnchor(['add', 'commit']) },
  create({ file, report }) {
    if (file.isTest || file.isMigration) return {};
    const names = dottedNamesIn(file);
    if (!names.has('add') && !names.has('commit')) return {};
    return {
      call(node) {
        const callee = node.childForFieldName('function');
        if (callee?.type !== 'attribute') return;
        const method = callee.childForFieldName('attribute')?.text;
        if (method !== 'add' && method !== 'commit') return;
        const receiver = receiverName(callee);
        // `mayQuery` scans the whole text: asked only here, of calls on a session's name.
        if (!isSessionName(receiver) || !mayQuery(file)) return;
        if (method === 'add' && isSetName(file, callee.childForFieldName('object'))) return;
        const args = file.positionalArguments(node);
        if (method === 'add' ? args.length !== 1 : args.length !== 0) return;
        const loop = batchLoop(file, node, method === 'add');
        if (!loop) return;
        // Rows the loop loaded through a query are already in the session: `add()` of one is a
        // no-op, and their UPDATEs are batched at flush.
        if (method === 'add' && isLoadedRow(file, loop, args[0] ?? null)) return;
        const over = describeLoop(loop);
        if (method === 'add') {
          report({
            at: node,
            message: `${receiver}.add() is called once per item of the loop over ${over}; collect the objects and call ${receiver}.add_all() once.`,
          });
        } else if (!isBatchedCommit(file, node, loop)) {
          report({
            at: node,
            level: 'warning',
            message: `${receiver}.commit() inside the loop over ${over} runs one transaction per item; commit once after the loop.`,
          });
        }
      },
    };
  },
};

/**
 * The innermost `for` loop or comprehension around the call that repeats it: not one that leaves
 * right after it (`…; session.add(row); break`), and for `add`, not one over a literal collection
 * (two seed rows need no add_all; `range(10)` rows are a batch all the same, and a commit per
 * pass is a transaction per pass).
 */
/** `for _ in range(10)`: as many rows as asked for, built in the loop. */
function isRangeLoop(loop: Loop): boolean {
  const iterable = loop.iterable;
  return iterable?.type === 'call' && iterable.childForFieldName('function')?.text === 'range';
}

function batchLoop(file: PythonFile, call: Node, skipFixedLiterals: boolean): Loop | null {
  for (const loop of loopsAround(file, call)) {
    if (loop.kind === 'while' || isBatchLoop(file, loop)) return null;
    if (
      (skipFixedLiterals && isFixedLiteralLoop(file, loop) && !isRangeLoop(loop)) ||
      runsAtMostOnce(file, loop, call)
    )
      continue;
    return loop;
  }
  return null;
}

/** A name set to a set (`db_names = set()`, `{…}`): `add` is the set's, whatever the name says. */
function isSetName(file: PythonFile, receiver: Node | null): boolean {
  if (receiver?.type !== 'identifier') return false;
  const value = file.assignedValue(receiver.text, receiver);
  if (!value) return false;
  if (value.type === 'set' || value.type === 'set_comprehension') return true;
  return value.type === 'call' && /^(set|frozenset)$/.test(file.callName(value) ?? '');
}

/** `session.add(row)` where `row` is the loop's own variable over the result of a query. */
function isLoadedRow(file: PythonFile, loop: Loop, added: Node | null): boolean {
  if (added?.type !== 'identifier' || loop.targets?.text !== added.text) return false;
  return isQueryResult(file, loop.iterable, 0);
}

/**
 * A query's result, or something read from it: `session.scalars(stmt)`,
 * `(await session.execute(stmt)).scalars().all()`, `db.query(User).filter(…).all()`, or a
 * name assigned once to one of those.
 */
function isQueryResult(file: PythonFile, node: Node | null, depth: number): boolean {
  if (!node || depth > 8) return false;
  const value = file.resolveValue(node);
  if (!value) return false;
  if (value.type === 'await' || value.type === 'parenthesized_expression') {
    const inner = value.namedChildren.find((child) => child?.type !== 'comment') ?? null;
    return isQueryResult(file, inner, depth + 1);
  }
  if (value.type !== 'call') return false;
  if (databaseCall(file, value)) return true;
  const callee = value.childForFieldName('function');
  return (
    callee?.type === 'attribute' &&
    isQueryResult(file, callee.childForFieldName('object'), depth + 1)
  );
}

/**
 * A commit every N items (`if i % 100 == 0`, `if len(batch) >= size`), or per outer batch: the
 * loop body that holds the commit also holds an inner loop doing the work.
 */
function isBatchedCommit(file: PythonFile, call: Node, loop: Loop): boolean {
  const chain = file.ancestry(call);
  for (let i = chain.length - 2; i >= 0; i--) {
    const current = chain[i];
    if (!current || current.id === loop.node.id) break;
    if (file.typeOf(current) === 'if_statement') {
      const condition = current.childForFieldName('condition')?.text ?? '';
      if (/%|\blen\(|>=|>|==\s*0\b|batch|chunk|size/i.test(condition)) return true;
    }
  }
  if (loop.kind !== 'for') return false;
  const body = loop.node.childForFieldName('body');
  return body !== null && hasLoopBefore(file, body, call.startIndex);
}

/** A `for` or `while` statement inside `body` that starts before `offset` (found from the text). */
function hasLoopBefore(file: PythonFile, body: Node, offset: number): boolean {
  const keyword = /(?<!\w)(?:for|while)(?!\w)/g;
  keyword.lastIndex = body.startIndex;
  for (let match = keyword.exec(file.text); match; match = keyword.exec(file.text)) {
    if (match.index >= offset) return false;
    const leaf = body.descendantForIndex(match.index, match.index + match[0].length);
    if (!leaf || leaf.startIndex !== match.index || leaf.type !== match[0]) continue;
    const statement = file.parentOf(leaf);
    const type = statement ? file.typeOf(statement) : '';
    if (type === 'for_statement' || type === 'while_statement') return true;
  }
  return false;
}
