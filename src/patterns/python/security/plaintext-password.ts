/**
 * ## What it does
 * Finds passwords kept or checked in plain text: a query that filters on a password column with a
 * value that was not hashed (`filter_by(password=…)`, `User.password == …` in `filter`/`where`,
 * Django `objects.get/filter(password=…)`, MongoDB `find_one({"password": …})`, SQL text
 * `… WHERE … password = ?` or `= '{…}'`), and a stored password (`user.password`,
 * `row["password"]`) compared with `==`, `!=` or `compare_digest` to a password from the request;
 * and passwords written as typed: a Django row (`Login.objects.create(password=password)`,
 * `.update(…)`, `.get_or_create(…)`) or SQL (`INSERT INTO users (…, password) VALUES …`,
 * `UPDATE users SET password = ?`) given the typed password.
 *
 * ## Why is this bad?
 * A password that can be matched as it was typed is stored as it was typed: one leaked backup or
 * one SQL injection exposes every user's password, and people reuse passwords across sites.
 * Stored passwords must be salted, slow hashes, checked with the hasher's own verify function.
 *
 * Not reported: `check_password`/`verify`/`checkpw` calls, values that were hashed first
 * (`hash_password(p)`, `hashed`), hash columns (`password_hash`), password confirmation
 * (`password == confirm_password`, `form.password.data != form.confirm.data`), objects that are
 * not accounts (`self.password` of a client class, `parsed_url.password`), storing through a model
 * constructor (`User(password=…)`: models often hash in a property setter), and tests.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule, Visitors } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import { isInterpolatedString, stringValue } from '../python-file.js';
import { fieldName, isHashedValue, isPasswordName } from '../semantic/security-passwords.js';
import { importedCallName } from '../semantic/security-values.js';

const meta: Rule = {
  id: 'PBP213',
  name: 'plaintext-password',
  tool: 'patterns',
  section: 'security',
  level: 'error',
  precision: 'high',
  summary: 'A password is stored or checked in plain text.',
  tags: ['security', 'external/cwe/cwe-256'],
  cwe: ['CWE-256', 'CWE-257'],
  securitySeverity: 7.5,
  docs: {
    what: 'Finds queries that filter on a password column with a value that was not hashed (filter_by(password=…), User.password == …, objects.get(password=…), find_one({"password": …}), WHERE password = ? in SQL text), a stored password compared with == or compare_digest to one from the request, and the typed password written as it is (objects.create(password=…), INSERT … (password) VALUES, UPDATE … SET password = ?).',
    why: 'A password that can be matched as typed is stored as typed: one leaked backup or SQL injection exposes every user’s password, and people reuse passwords across sites. Store salted slow hashes and check them with the hasher’s verify function.',
    example:
      'user = User.query.filter_by(email=form.email, password=form.password).first()\nif user and user.password == form.password:\n    login(user)',
    useInstead:
      'user = User.query.filter_by(email=form.email).first()\nif user and pwd_context.verify(form.password, user.password_hash):\n    login(user)',
  },
};

/** Query methods that take column=value keywords (SQLAlchemy filter_by, Django/peewee/Pony lookups). */
const KEYWORD_FILTERS = new Set([
  'filter_by',
  'filter',
  'get',
  'exclude',
  'get_or_none',
  'get_object_or_404',
]);
/** Methods that take a column expression (`User.password == x`). */
const EXPRESSION_FILTERS = new Set(['filter', 'where', 'get', 'get_or_none', 'having']);
const MONGO_FILTERS = new Set([
  'find',
  'find_one',
  'count_documents',
  'find_one_and_update',
  'find_one_and_delete',
  'update_one',
  'delete_one',
]);
const SQL_SINKS = new Set([
  'execute',
  'executemany',
  'exec_driver_sql',
  'raw',
  'read_sql',
  'read_sql_query',
  'text',
]);
/**
 * Where a password name is spelled (any case): its last word, with nothing after it but `_` and a
 * Django `__exact`/`__iexact` in an identifier, or no letter or digit before the end of a string;
 * in an identifier the short ones (`pass`, `pw`, `pwd`) only after another character of the name,
 * so not the `pass` statement. Every such word starts with `p`, which V8 finds fast.
 */
const PASSWORD_NAME = (() => {
  // A number may end the name (`password1`, `password_2`).
  const identifierEnd = String.raw`(?:_?\d+)?_*(?:__i?exact)?(?!\w)`;
  const stringEnd = String.raw`(?:_?\d+)?[^a-z0-9]*?["']`;
  // Not a space and not ASCII punctuation other than `_`: a character of an identifier.
  const nameCharacter = String.raw`[^\s!-/:-@[-^\x60{-~]`;
  return new RegExp(
    String.raw`p(?:(?<=${nameCharacter}p)(?:ass|wd?)(?=${identifierEnd})|(?:ass|wd?)(?=${stringEnd})|(?:assword|asswd|assphrase|assw|word)(?=${identifierEnd}|${stringEnd}))`,
    'gi',
  );
})();
/** A column compared with a value: `password = ?`, `= %s`, `= :pw`, `= '{pw}'`, `= $1`. */
const SQL_PASSWORD_CHECK =
  /\bwhere\b[^;]*?\b(?!\w*hash)(\w*password|\w*passwd|pwd|pass)\s*=\s*['"]?\s*(\?|%s|%\(\w+\)s|:\w+|\{\{?[^}]*\}|\$\d+|\uFFFC)/i;
/** SQL that writes a password column: `INSERT INTO users (…, password) VALUES …`, `UPDATE … SET password = …`. */
const SQL_PASSWORD_WRITE =
  /\binsert\s+into\s+[\w."`[\]]+\s*\([^)]*?\b(?!\w*hash)(?:\w*password|\w*passwd|pwd)\b[^)]*\)\s*values\b|\bupdate\s+[\w."`[\]]+\s+set\b[^;]*?\b(?!\w*hash)(?:\w*password|\w*passwd|pwd)\s*=/i;
/** Django manager methods that write the keyword arguments they are given as columns. */
const MANAGER_WRITES = new Set(['create', 'update', 'get_or_create']);
/** Stands for a value pasted into SQL text. */
const VALUE_MARK = '\uFFFC';
/** Where a value from the request lives. */
const REQUEST_CONTAINER =
  /(^|[._])(forms?|request|req|body|payload|data|json|args|params|inputs?|credentials|creds|login|signin|signup|register|registration|serializer|validated_data|cleaned_data|schema|dto|cmd|command|attrs|kwargs|fields|post)([._]|$)|(^|_)in$|^in_/i;
/** Objects that hold a stored account: `user`, `account`, `row`, `existing_user`, `u`. */
const STORED_CONTAINER =
  /user|account|member|customer|admin|owner|employee|staff|person|profile|player|student|patient|record|row|stored|existing|found|^u$|^acc$|^usr$/i;
/** Base classes of ORM models and user classes. */
const MODEL_BASES =
  /Model|Base\b|Document|Entity|Table|UserMixin|AbstractUser|AbstractBaseUser|SQLModel/;
/** Classes whose `self.password` is the typed password, not the stored one. */
const INPUT_CLASS =
  /Form|Serializer|Schema|Request|Create|Update|Input|Login|Register|Signup|SignUp|In$|Payload|Credentials/;

export const plaintextPassword: PythonRule = {
  kind: 'python',
  meta,
  anchors: {
    // A Mongo, SQL or compare call, whose filter or text may be built elsewhere: its own name.
    call: [...MONGO_FILTERS, ...SQL_SINKS, 'compare_digest'],
    // A query filtered on a password keyword (`filter_by(password=…)`): the keyword's name.
    keyword_argument: PASSWORD_NAME,
    // A comparison: its named sides (the column or stored field, the typed password).
    comparison_operator: PASSWORD_NAME,
  },
  create({ file, report }) {
    if (file.isTest || !/passw|pwd|passphrase|pword|_pw\b|\bpw_|_pass\b|\bpass_/i.test(file.text))
      return {};
    const checked = new Set<number>();
    const visitors: Visitors = {
      keyword_argument(node) {
        const chain = file.ancestry(node);
        const call = chain[chain.length - 3];
        if (chain[chain.length - 2]?.type === 'argument_list' && call?.type === 'call')
          visitors.call?.(call);
      },
      call(node) {
        if (checked.has(node.id)) return;
        checked.add(node.id);
        const tail = file.calleeTail(node);
        if (!tail) return;
        if (KEYWORD_FILTERS.has(tail) && isQueryCall(node, tail)) checkKeywordFilter(node);
        if (MANAGER_WRITES.has(tail)) checkManagerWrite(node);
        if (MONGO_FILTERS.has(tail)) checkMongoFilter(node);
        if (SQL_SINKS.has(tail)) checkSqlText(node);
        if (
          tail === 'compare_digest' &&
          /^(hmac|secrets)\.compare_digest$/.test(importedCallName(file, node) ?? '')
        ) {
          const [left, right] = file.positionalArguments(node);
          if (left && right && isPlaintextCheck(left, right)) {
            report({
              at: node,
              message:
                'A stored password is compared with the typed one, so passwords are kept in plain text; store a bcrypt/argon2 hash and check it with verify().',
            });
          }
        }
      },
      comparison_operator(node) {
        const operators = node.children
          .filter((child) => child && !child.isNamed)
          .map((child) => child?.type);
        if (operators.length !== 1 || (operators[0] !== '==' && operators[0] !== '!=')) return;
        const [left, right] = node.namedChildren;
        if (!left || !right) return;
        if (inQueryExpression(node)) {
          for (const [column, value] of [
            [left, right],
            [right, left],
          ] as const) {
            if (isPasswordColumn(column) && !isHashedValue(file, value) && !isEmptyValue(value)) {
              report({
                at: node,
                message: `The query matches ${column.text} against a value that was not hashed, so passwords are stored as typed; look the user up by name and check the hash with verify().`,
              });
              return;
            }
          }
          return;
        }
        if (isPlaintextCheck(left, right)) {
          report({
            at: node,
            message:
              'A stored password is compared with the typed one, so passwords are kept in plain text; store a bcrypt/argon2 hash and check it with verify().',
          });
        }
      },
    };
    return visitors;

    /** `.get(...)`, `.filter(...)` on a query or model manager (not a dict or a settings object). */
    function isQueryCall(call: Node, tail: string): boolean {
      if (tail === 'filter_by' || tail === 'get_object_or_404' || tail === 'get_or_none')
        return true;
      const receiver = call.childForFieldName('function')?.childForFieldName('object');
      return receiver
        ? /\b(objects|query|select|session|Model|\w+\.filter\(|\w+\.where\()/.test(receiver.text) ||
            /^[A-Z]\w*$/.test(receiver.text)
        : false;
    }

    function checkKeywordFilter(call: Node): void {
      for (const arg of call.childForFieldName('arguments')?.namedChildren ?? []) {
        if (arg?.type !== 'keyword_argument') continue;
        const column = (arg.childForFieldName('name')?.text ?? '').replace(/__(exact|iexact)$/, '');
        const value = arg.childForFieldName('value');
        if (!isPasswordName(column) || !value || isHashedValue(file, value) || isEmptyValue(value))
          continue;
        report({
          at: call,
          message: `The query looks users up by ${column}=<value that was not hashed>, so passwords are stored as typed; look the user up by name and check the hash with verify().`,
        });
        return;
      }
    }

    function checkMongoFilter(call: Node): void {
      const filter = file.resolveValue(
        file.positionalArguments(call)[0] ?? file.keywordArgument(call, 'filter'),
      );
      if (filter?.type !== 'dictionary') return;
      for (const pair of filter.namedChildren) {
        if (pair?.type !== 'pair') continue;
        const key = stringValue(pair.childForFieldName('key'));
        const value = pair.childForFieldName('value');
        if (
          !key ||
          !isPasswordName(key) ||
          !value ||
          isHashedValue(file, value) ||
          isEmptyValue(value)
        )
          continue;
        report({
          at: call,
          message: `The query matches "${key}" against a value that was not hashed, so passwords are stored as typed; look the user up by name and check the hash with verify().`,
        });
        return;
      }
    }

    function checkSqlText(call: Node): void {
      const argument =
        file.positionalArguments(call)[0] ??
        file.keywordArgument(call, 'sql') ??
        file.keywordArgument(call, 'statement');
      const sql = file.resolveValue(argument);
      if (!sql || (sql.type === 'call' && file.calleeTail(sql) === 'text')) return; // reported on text()
      const template = sqlTemplate(file, sql);
      if (!template) return;
      const checks = SQL_PASSWORD_CHECK.test(template.text);
      if (!checks && !SQL_PASSWORD_WRITE.test(template.text)) return;
      // Parameters (of this call, or of the execute() that receives this text()).
      const chain = file.ancestry(call);
      const executing =
        chain.length >= 3 && chain[chain.length - 2]?.type === 'argument_list'
          ? (chain[chain.length - 3] ?? null)
          : null;
      const parameters = [
        ...template.values,
        ...parameterValues(file.positionalArguments(call)[1] ?? null),
        ...(executing?.type === 'call'
          ? parameterValues(file.positionalArguments(executing)[1] ?? null)
          : []),
      ];
      if (parameters.some((value) => isHashedValue(file, value))) return;
      if (checks) {
        report({
          at: call,
          message:
            'This SQL matches a password column against the given value, so passwords are stored as typed; select the user by name and check the hash with verify().',
        });
        return;
      }
      // A write: the password among the values, as typed.
      if (!parameters.some((value) => isTypedPassword(value))) return;
      report({
        at: call,
        message:
          'This SQL writes the password column from the typed password, so passwords are kept in plain text; store a bcrypt/argon2 hash of it instead.',
      });
    }

    /** `Login.objects.create(username=…, password=password)`: a Django model row written as typed. */
    function checkManagerWrite(call: Node): void {
      const receiver = call.childForFieldName('function')?.childForFieldName('object');
      if (!receiver || !/(^|\.)objects$|\.objects\.|_default_manager$/.test(receiver.text)) return;
      for (const arg of call.childForFieldName('arguments')?.namedChildren ?? []) {
        if (arg?.type !== 'keyword_argument') continue;
        const column = arg.childForFieldName('name')?.text ?? '';
        const value = arg.childForFieldName('value');
        if (!isPasswordName(column) || !value || !isTypedPassword(value)) continue;
        report({
          at: call,
          message: `The row is written with ${column}=<the typed password>, so passwords are kept in plain text; store a hash (make_password(), or create_user()/set_password() for users).`,
        });
        return;
      }
    }

    function parameterValues(node: Node | null): Node[] {
      const value = file.resolveValue(node);
      if (!value) return [];
      if (value.type === 'dictionary')
        return value.namedChildren
          .filter((pair) => pair?.type === 'pair')
          .map((pair) => pair?.childForFieldName('value'))
          .filter((v): v is Node => !!v);
      if (['tuple', 'list', 'parenthesized_expression'].includes(value.type))
        return value.namedChildren.filter((v): v is Node => v !== null);
      return [value];
    }

    /** `stored == typed`, in either order. */
    function isPlaintextCheck(left: Node, right: Node): boolean {
      return (
        (isStoredPassword(left) && isTypedPassword(right)) ||
        (isStoredPassword(right) && isTypedPassword(left))
      );
    }

    /** `user.password`, `row["password"]`, `self.password` in a model: a password read from storage. */
    function isStoredPassword(node: Node): boolean {
      if (node.type !== 'attribute' && node.type !== 'subscript') return false;
      const name = fieldName(node);
      if (!name || !isPasswordName(name)) return false;
      const container = node.childForFieldName(node.type === 'attribute' ? 'object' : 'value');
      if (!container || REQUEST_CONTAINER.test(container.text)) return false;
      if (container.text === 'self') {
        // A model checking its own column; not a client object comparing its settings.
        const owner = file.enclosing(node, new Set(['class_definition']), false);
        const className = owner?.childForFieldName('name')?.text ?? '';
        const bases = owner?.childForFieldName('superclasses')?.text ?? '';
        const method = file.enclosingFunction(node)?.childForFieldName('name')?.text ?? '';
        return (
          !INPUT_CLASS.test(className) &&
          (MODEL_BASES.test(bases) || /check|verify|auth|login|valid/i.test(method))
        );
      }
      return STORED_CONTAINER.test(container.text);
    }

    /**
     * `password`, `form.password`, `request.form["password"]`, `data.get("password")`, or a name
     * assigned one of those once (`pw = request.form["password"]`): the typed password.
     */
    function isTypedPassword(node: Node, depth = 0): boolean {
      if (isHashedValue(file, node) || isEmptyValue(node)) return false;
      if (node.type === 'identifier') {
        if (isPasswordName(node.text)) return true;
        // `pw = request.form["password"]`: a short name for the typed password.
        const value = depth === 0 ? file.resolveValue(node) : null;
        return value !== null && value.id !== node.id && isTypedPassword(value, depth + 1);
      }
      const name = fieldName(node);
      if (!name || !isPasswordName(name)) return false;
      const container =
        node.type === 'call'
          ? node.childForFieldName('function')?.childForFieldName('object')
          : node.childForFieldName(node.type === 'attribute' ? 'object' : 'value');
      // `form.password.data`: the container of the field is `form`.
      const holder =
        node.type === 'attribute' && node.childForFieldName('attribute')?.text === 'data'
          ? container?.childForFieldName('object')
          : container;
      return holder !== null && holder !== undefined && REQUEST_CONTAINER.test(holder.text);
    }

    /** `User.password` (a model class attribute). */
    function isPasswordColumn(node: Node): boolean {
      if (node.type !== 'attribute') return false;
      const name = node.childForFieldName('attribute')?.text ?? '';
      const model = node.childForFieldName('object');
      return isPasswordName(name) && model !== null && /^([a-z_]\w*\.)*[A-Z]\w*$/.test(model.text);
    }

    /** Directly an argument of `.filter(...)`/`.where(...)` (through `and_`/`&`). */
    function inQueryExpression(comparison: Node): boolean {
      const chain = file.ancestry(comparison);
      for (let depth = 0; depth < 6; depth++) {
        const current = chain[chain.length - 2 - depth];
        if (!current) break;
        if (current.type === 'argument_list') {
          const call = chain[chain.length - 3 - depth];
          if (call?.type !== 'call') return false;
          const tail = file.calleeTail(call) ?? '';
          if (EXPRESSION_FILTERS.has(tail)) return true;
          if (!/^(and_|or_)$/.test(tail)) return false;
        } else if (
          !['boolean_operator', 'binary_operator', 'parenthesized_expression', 'call'].includes(
            current.type,
          )
        ) {
          return false;
        }
      }
      return false;
    }
  },
};

/** `None`, `""`: checking that no password is set. */
function isEmptyValue(node: Node): boolean {
  return node.type === 'none' || stringValue(node) === '';
}

/** The SQL text with VALUE_MARK where a value is pasted in, and the pasted values. */
function sqlTemplate(file: PythonFile, node: Node): { text: string; values: Node[] } | null {
  const values: Node[] = [];
  let depth = 0;
  const render = (part: Node | null): string | null => {
    // Long `+` chains recurse once per operand; SQL is never built from hundreds of them.
    if (!part || ++depth > 200) return null;
    const value = file.resolveValue(part) ?? part;
    if (value.type === 'string') {
      if (!isInterpolatedString(value)) return stringValue(value);
      return value.namedChildren
        .map((child) => {
          if (child?.type === 'interpolation') {
            const expression = child.childForFieldName('expression');
            if (expression) values.push(expression);
            return VALUE_MARK;
          }
          return child?.type === 'string_content' || child?.type === 'escape_sequence'
            ? child.text
            : '';
        })
        .join('');
    }
    if (value.type === 'concatenated_string')
      return value.namedChildren.map((child) => render(child) ?? VALUE_MARK).join('');
    if (value.type === 'binary_operator') {
      const operator = value.childForFieldName('operator')?.type;
      const left = render(value.childForFieldName('left'));
      if (operator === '+') {
        const right = value.childForFieldName('right');
        const rendered = render(right);
        if (rendered === null && right) values.push(right);
        return (left ?? VALUE_MARK) + (rendered ?? VALUE_MARK);
      }
      if (operator === '%') {
        const right = value.childForFieldName('right');
        if (right)
          values.push(
            ...(right.type === 'tuple'
              ? right.namedChildren.filter((v): v is Node => v !== null)
              : [right]),
          );
        return left;
      }
      return null;
    }
    if (
      value.type === 'call' &&
      value.childForFieldName('function')?.childForFieldName('attribute')?.text === 'format'
    ) {
      for (const arg of value.childForFieldName('arguments')?.namedChildren ?? []) {
        if (arg)
          values.push(
            arg.type === 'keyword_argument' ? (arg.childForFieldName('value') ?? arg) : arg,
          );
      }
      return render(value.childForFieldName('function')?.childForFieldName('object') ?? null);
    }
    return null;
  };
  const text = render(node);
  return text === null ? null : { text, values };
}
