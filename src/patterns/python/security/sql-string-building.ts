/**
 * ## What it does
 * Finds SQL text built from values with an f-string, `%`, `.format()` or `+`, and passed —
 * directly or through a variable assigned once — to `execute`, `executemany`, `executescript`,
 * peewee `execute_sql`, SQLAlchemy `text()`, Django `raw()` or pandas `read_sql`.
 *
 * ## Why is this bad?
 * A value pasted into SQL text becomes SQL: a quote in it ends the string and the rest runs as a
 * statement (SQL injection, CWE-89). Parameters keep values out of the statement.
 *
 * Not reported: parameters passed separately (`execute("… %s", (x,))`, `text("… :id")` with
 * params), and text built only from literals, constants assigned once, and names quoted by the
 * driver's own function (`quote_name(table)`, peewee's `qesc(schema)`).
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule, Visitors } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import { isInterpolatedString, plusOperands, stringValue } from '../python-file.js';

const meta: Rule = {
  id: 'PBP202',
  name: 'sql-string-building',
  tool: 'patterns',
  section: 'security',
  level: 'error',
  precision: 'high',
  summary: 'SQL text is built from values instead of passing them as parameters.',
  tags: ['security', 'external/cwe/cwe-89'],
  cwe: ['CWE-89'],
  securitySeverity: 9.1,
  docs: {
    what: 'Finds SQL built with an f-string, %, .format() or + and passed, directly or through a variable, to execute/executemany/executescript, peewee execute_sql(), SQLAlchemy text(), Django raw() or pandas read_sql.',
    why: 'A value pasted into SQL text becomes SQL: a quote inside it ends the string literal and the rest runs as part of the statement (SQL injection). Parameters keep values out of the statement, and the driver quotes them.',
    example:
      'cursor.execute(f"SELECT * FROM users WHERE email = \'{email}\'")\nquery = "DELETE FROM orders WHERE id = %s" % order_id\nsession.execute(text(query))',
    useInstead:
      'cursor.execute("SELECT * FROM users WHERE email = %s", (email,))\nsession.execute(text("DELETE FROM orders WHERE id = :id"), {"id": order_id})\nsession.execute(select(User).where(User.email == email))',
  },
};

const SQL_SINKS = new Set([
  'execute',
  'executemany',
  'executescript',
  // peewee's raw SQL: `db.execute_sql(sql, params)`.
  'execute_sql',
  'exec_driver_sql',
  'raw',
  'read_sql',
  'read_sql_query',
  'text',
]);

/**
 * Statements, not words: "select" alone is English. An XA statement counts when the text starts
 * with it (`XA END '%s'`: the transaction id comes from the caller). Savepoint names do not: a
 * driver makes them itself (`sa_savepoint_3`).
 */
const SQL_TEXT =
  /\b(select\b[\s\S]+?\bfrom\b|insert\s+(or\s+\w+\s+)?into\b|update\s+[\w."`[\]]+\s+set\b|delete\s+from\b|replace\s+into\b|(create|drop|alter|truncate)\s+table\b|merge\s+into\b)|^\s*xa\s+(?:start|begin|end|prepare|commit|rollback)\b/i;

export const sqlStringBuilding: PythonRule = {
  kind: 'python',
  meta,
  anchors: {
    // The sink's own name, the last name of what is called, and `sqlalchemy` starting the name
    // (`sqlalchemy.text(...)` where the module is not imported).
    call: [...[...SQL_SINKS].filter((sink) => sink !== 'text'), 'sqlalchemy'],
    // `text` is a common word, and SQLAlchemy's only where it is imported (see `create`).
    identifier: ['text'],
  },
  create({ file, report }) {
    // A sink called in the text; asked only once a finding is in hand (a scan of every file costs
    // more than the anchors).
    let mentioned: boolean | undefined;
    const mentionsSink = (): boolean =>
      (mentioned ??= /\b(execute\w*|exec_driver_sql|raw|read_sql\w*|text)\s*\(/.test(file.text));
    const checked = new Set<number>();
    const visitors: Visitors = {
      call(node) {
        if (checked.has(node.id)) return;
        checked.add(node.id);
        // `sqlalchemy.sql.expression().text(...)`: the call this one starts the name of.
        if (file.callName(node)?.startsWith('sqlalchemy.')) {
          const chain = file.ancestry(node);
          let inner = node;
          let index = chain.length - 2;
          while (
            chain[index]?.type === 'attribute' &&
            chain[index]?.childForFieldName('object')?.id === inner.id
          ) {
            inner = chain[index] as Node;
            index--;
          }
          const outer = chain[index];
          if (
            inner.id !== node.id &&
            outer?.type === 'call' &&
            outer.childForFieldName('function')?.id === inner.id
          )
            visitors.call?.(outer);
        }
        const tail = file.calleeTail(node);
        if (!tail || !SQL_SINKS.has(tail)) return;
        if (tail === 'text' && !isSqlalchemyText(file, node)) return;
        const argument =
          file.positionalArguments(node)[0] ??
          file.keywordArgument(node, 'sql') ??
          file.keywordArgument(node, 'statement') ??
          file.keywordArgument(node, 'query');
        if (!argument) return;
        let built = file.resolveValue(argument);
        if (!built) return;
        const sqlOnly = SQL_ONLY_SINKS.has(tail);
        let how = unsafeConstruction(file, built, sqlOnly);
        // A name bound more than once (`query = ""`, then `query = f"… {term}"`): the binding
        // last before this call, in the text (a later constant one means the query is constant).
        if (!how && built.type === 'identifier') {
          const last = file.resolveValue(
            file.assignedValuesBefore(built.text, built).at(-1) ?? null,
          );
          const unsafe = last && unsafeConstruction(file, last, sqlOnly);
          if (last && unsafe) [built, how] = [last, unsafe];
        }
        if (!how || !mentionsSink()) return;
        // Said when the text came through a name: the line to look at is elsewhere.
        const where =
          built.startIndex < argument.startIndex || built.startIndex >= argument.endIndex
            ? ` (built on line ${file.spanOf(built).startLine})`
            : '';
        report({
          at: node,
          message: `SQL text built with ${how}${where} is passed to ${tail}(); pass the values as parameters.`,
        });
      },
    };
    // `text(...)` counts only as SQLAlchemy's, so only in a module that imports it: there the call
    // is found from its name (`text(...)`, `sa.text(...)`).
    if (file.importsModule('sqlalchemy')) {
      visitors.identifier = (node) => {
        const chain = file.ancestry(node);
        let callee = node;
        let holder = chain[chain.length - 2];
        if (holder?.type === 'attribute' && holder.childForFieldName('attribute')?.id === node.id) {
          callee = holder;
          holder = chain[chain.length - 3];
        }
        if (holder?.type === 'call' && holder.childForFieldName('function')?.id === callee.id)
          visitors.call?.(holder);
      };
    }
    return visitors;
  },
};

function isSqlalchemyText(file: PythonFile, call: Node): boolean {
  const name = file.callName(call) ?? '';
  return name.startsWith('sqlalchemy.') || (name === 'text' && file.importsModule('sqlalchemy'));
}

/**
 * Sinks that take nothing but SQL (SQLAlchemy's `text()`, `exec_driver_sql`, pandas `read_sql`):
 * a WHERE or ORDER BY fragment passed to them (`text("title = '%s'" % term)`) is SQL without a
 * statement keyword. `execute` is a common method name elsewhere, so there the text must read as
 * a statement.
 */
const SQL_ONLY_SINKS = new Set(['text', 'exec_driver_sql', 'read_sql', 'read_sql_query']);

/** A condition or an ordering, as the SQL-only sinks take them (`title = '%s'`, `{col} DESC`). */
const SQL_FRAGMENT =
  /[=<>]|\b(?:like|ilike|in|and|or|not|is|null|between|asc|desc|order\s+by|group\s+by|limit)\b/i;

/** How the SQL was built from values, or null when it was not (or is not SQL). */
function unsafeConstruction(file: PythonFile, node: Node, sqlOnly = false): string | null {
  const isSql = (text: string): boolean =>
    SQL_TEXT.test(text) || (sqlOnly && SQL_FRAGMENT.test(text));
  switch (node.type) {
    case 'string':
    case 'concatenated_string': {
      // An f-string, alone or among adjacent literals (`"SELECT … " f"WHERE id = {x}"`).
      const parts = node.type === 'string' ? [node] : node.namedChildren;
      if (!parts.some((part) => isInterpolatedString(part))) return null;
      if (!isSql(literalText(node))) return null;
      return parts.every((part) => part?.type !== 'string' || interpolatesOnlyConstants(file, part))
        ? null
        : 'an f-string';
    }
    case 'binary_operator': {
      const operator = node.childForFieldName('operator')?.type;
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (operator === '%') {
        const template = file.resolveValue(left);
        if (!template || !isSql(literalText(template))) return null;
        return isFixedOrQuoted(file, right) ? null : '% formatting';
      }
      if (operator === '+') {
        const parts = plusOperands(node);
        if (!isSql(parts.map((part) => literalText(file.resolveValue(part) ?? part)).join(' ')))
          return null;
        return parts.every((part) => isFixedOrQuoted(file, part)) ? null : 'string concatenation';
      }
      return null;
    }
    case 'call': {
      const callee = node.childForFieldName('function');
      if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'format')
        return null;
      const template = file.resolveValue(callee.childForFieldName('object'));
      if (!template || !isSql(literalText(template))) return null;
      const args = node.childForFieldName('arguments')?.namedChildren ?? [];
      const allConstant = args.every(
        (arg) =>
          arg &&
          isFixedOrQuoted(
            file,
            arg.type === 'keyword_argument' ? arg.childForFieldName('value') : arg,
          ),
      );
      return allConstant ? null : '.format()';
    }
    default:
      return null;
  }
}

/** The literal parts of a string (f-string interpolations left out). */
function literalText(node: Node): string {
  if (node.type === 'string') {
    return node.namedChildren
      .filter((child) => child?.type === 'string_content' || child?.type === 'escape_sequence')
      .map((child) => child?.text ?? '')
      .join(' ');
  }
  if (node.type === 'concatenated_string')
    return node.namedChildren.map((c) => (c ? literalText(c) : '')).join('');
  return '';
}

/**
 * A literal, a name assigned once to a literal, or a name quoted by a driver's own function
 * (`qesc(schema)`, `connection.ops.quote_name(table)`: identifiers cannot be parameters); tuples
 * of those. Never guesses beyond.
 */
function isFixedOrQuoted(file: PythonFile, node: Node | null): boolean {
  if (!node) return false;
  const value = file.resolveValue(node);
  if (!value) return false;
  switch (value.type) {
    case 'integer':
    case 'float':
    case 'true':
    case 'false':
    case 'none':
      return true;
    case 'string':
    case 'concatenated_string':
      return stringValue(value) !== null;
    case 'tuple':
    case 'parenthesized_expression':
      return value.namedChildren.every((child) => isFixedOrQuoted(file, child));
    case 'call':
      return SQL_QUOTING.test(file.calleeTail(value) ?? '');
    default:
      return false;
  }
}

/** Functions that quote a name or a value for SQL text (not `urllib.parse.quote`). */
const SQL_QUOTING =
  /^(quote_name|quote_ident|quote_identifier|quote_literal|qesc|escape_identifier|escape_literal|escape_string)$/;

function interpolatesOnlyConstants(file: PythonFile, node: Node): boolean {
  return node.namedChildren
    .filter((child) => child?.type === 'interpolation')
    .every((interpolation) =>
      isFixedOrQuoted(file, interpolation?.childForFieldName('expression') ?? null),
    );
}
