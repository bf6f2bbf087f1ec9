/**
 * ## What it does
 * Finds logging calls and `print(...)` whose arguments include a value named like a secret:
 * `password`, `form.password`, `api_key`, `settings.SECRET_KEY`, `data["token"]`, also inside
 * f-strings, `%`/`.format()` arguments and `extra={...}`.
 *
 * ## Why is this bad?
 * Logs are copied to aggregators, backups, support tickets and third-party services, and are read
 * by far more people than the database. A password or token in a log line is a leaked credential.
 *
 * Values that pass through another call first are not reported (`mask(token)`, `len(password)`,
 * `hash_password(password)`), and neither are names that only contain a secret word
 * (`token_type`, `password_reset_url`). Not in tests; `print` only where PBP501 would look.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import { stringValue } from '../python-file.js';
import { isSecretName, nameWords } from '../secret-names.js';
import {
  callShape,
  LOG_METHODS,
  loggingCall,
  mayHaveLogCalls,
  mayLog,
} from '../semantic/logging-calls.js';
import { callAnchor } from '../semantic/text-tests.js';
import { isBuiltinPrint, printIsOutput } from '../semantic/logging-print.js';

const meta: Rule = {
  id: 'PBP504',
  name: 'secret-in-log',
  tool: 'patterns',
  section: 'logging',
  level: 'warning',
  precision: 'high',
  summary: 'A value named like a secret is written to the log.',
  tags: ['security', 'external/cwe/cwe-532'],
  cwe: ['CWE-532'],
  securitySeverity: 5.5,
  docs: {
    what: 'Finds logging calls and print() whose arguments include a value named like a secret (password, token, secret, api_key, SECRET_KEY, form.password, data["token"]), directly or inside f-strings, %/.format() arguments and extra={...}.',
    why: 'Logs are shipped to aggregators, kept in backups and read by many more people than the database. A password or token written to a log is a leaked credential.',
    example:
      'logger.debug("login %s:%s", form.username, form.password)\nlogger.info(f"calling gateway with key {api_key}")',
    useInstead:
      'logger.debug("login attempt for %s", form.username)\nlogger.info("calling gateway with key ending %s", api_key[-4:])',
  },
};

/** Calls that pass a value to the log unchanged. */
const TRANSPARENT_CALLS = new Set([
  'str',
  'repr',
  'format',
  'ascii',
  'format_map',
  'join',
  'dict',
  'json.dumps',
  'pformat',
  'pprint.pformat',
]);

/** The last names of the dotted ones among them. */
const DOTTED_TAILS = new Set(
  [...TRANSPARENT_CALLS].filter((name) => name.includes('.')).map((name) => name.split('.').pop()),
);

/**
 * Every name `isLoggedSecret` accepts holds one of these words (in any case; the words of
 * secret-names.ts, a test keeps them in step), and the names come from the call's own text:
 * identifiers, attributes, keywords and string keys. The one exception, a key split into adjacent
 * literals (`d["pass" "word"]`), is let through by the last part.
 */
export const SECRET_TEXT =
  /secret|pass(?:w|phrase|(?![a-z0-9]))|token|credential|key|pwd|authorization|["'][\s\\]*(?:#[^\r\n]*[\r\n][\s\\]*)*[rbuft]{0,2}["']/i;

export const secretInLog: PythonRule = {
  kind: 'python',
  meta,
  // `logger.info(…)` and `print(…)`.
  anchors: { call: callAnchor(LOG_METHODS, ['print']) },
  create({ file, report }) {
    if (file.isTest) return {};
    const prints = /\bprint\s*\(/.test(file.text);
    if (!prints && !(mayHaveLogCalls(file) && mayLog(file))) return {};
    return {
      call(node) {
        const { callee, calleeType, tail } = callShape(file, node);
        // Shaped like a logging call (`<x>.info(…)`); whether `<x>` is a logger is asked last.
        const logShaped = calleeType === 'attribute' && LOG_METHODS.has(tail);
        if (!logShaped && (!prints || tail !== 'print' || !callee)) return;
        if (!SECRET_TEXT.test(file.text.slice(node.startIndex, node.endIndex))) return;
        const names = new Set<string>();
        for (const argument of node.childForFieldName('arguments')?.namedChildren ?? []) {
          if (!argument) continue;
          if (argument.type === 'keyword_argument') {
            const keyword = argument.childForFieldName('name')?.text ?? '';
            // print(sep=, end=, file=) and logging's own options carry no data.
            if (
              ['sep', 'end', 'file', 'flush', 'exc_info', 'stack_info', 'stacklevel'].includes(
                keyword,
              )
            )
              continue;
            if (logShaped && keyword !== 'extra' && keyword !== 'msg' && isLoggedSecret(keyword))
              names.add(keyword);
            collectSecretNames(file, argument.childForFieldName('value'), names);
          } else {
            collectSecretNames(file, argument, names);
          }
        }
        if (names.size === 0) return;
        // The costlier questions, asked of the few calls that pass a secret: a logger's call, or a
        // print that is logging rather than the program's output.
        const logging = logShaped ? loggingCall(file, node) : null;
        if (
          logShaped
            ? !logging
            : !callee || !isBuiltinPrint(file, callee) || printIsOutput(file, node)
        )
          return;
        const list = [...names].map((name) => `\`${name}\``).join(', ');
        const what = logging ? 'logged' : 'printed';
        report({
          at: node,
          message: `${list} ${names.size === 1 ? 'is' : 'are'} ${what} here and looks like a secret; leave it out of the message or log a masked form.`,
        });
      },
    };
  },
};

/**
 * Tokens that grant nothing: pagination and continuation markers (`next_token`,
 * `starting_token`), lock and semaphore tokens, lexer tokens.
 */
const HARMLESS_TOKEN = new Set([
  'next',
  'start',
  'starting',
  'continuation',
  'page',
  'paging',
  'pagination',
  'resume',
  'sync',
  'acquire',
  'release',
  'cancel',
  'cancellation',
  'lock',
  'lexer',
  'parse',
  'parser',
]);

/** Also an `Authorization` header or a variable holding one: it carries the bearer token. */
function isLoggedSecret(name: string): boolean {
  const words = nameWords(name);
  if (words.at(-1) === 'authorization') return true;
  if (!isSecretName(name)) return false;
  return !(words.at(-1) === 'token' && HARMLESS_TOKEN.has(words.at(-2) ?? ''));
}

/** Adds the secret-looking names whose values reach the output unchanged. */
function collectSecretNames(file: PythonFile, node: Node | null, names: Set<string>): void {
  if (!node) return;
  switch (node.type) {
    case 'identifier':
      if (isLoggedSecret(node.text)) names.add(node.text);
      return;
    case 'attribute': {
      const tail = node.childForFieldName('attribute')?.text ?? '';
      if (isLoggedSecret(tail)) names.add(node.text);
      return;
    }
    case 'subscript': {
      const key = stringValue(node.childForFieldName('subscript'));
      if (key && isLoggedSecret(key)) names.add(node.text);
      return;
    }
    case 'call': {
      const tail = file.calleeTail(node) ?? '';
      // `headers.get("Authorization")`-style reads of a secret field.
      if (tail === 'get') {
        const key = stringValue(file.positionalArguments(node)[0] ?? null);
        if (key && isLoggedSecret(key)) names.add(node.text);
        return;
      }
      if (!TRANSPARENT_CALLS.has(tail)) {
        // A method's qualified name ends in `.<tail>`: only `json.dumps` or `pprint.pformat`
        // could be one of the calls, and most calls here are not (`len(…)`, `mask(…)`).
        if (node.childForFieldName('function')?.type === 'attribute' && !DOTTED_TAILS.has(tail))
          return;
        if (!TRANSPARENT_CALLS.has(file.callName(node) ?? '')) return;
      }
      for (const argument of node.childForFieldName('arguments')?.namedChildren ?? []) {
        collectSecretNames(
          file,
          argument?.type === 'keyword_argument' ? argument.childForFieldName('value') : argument,
          names,
        );
      }
      if (tail === 'format' || tail === 'join')
        collectSecretNames(
          file,
          node.childForFieldName('function')?.childForFieldName('object') ?? null,
          names,
        );
      return;
    }
    case 'pair': {
      const key = stringValue(node.childForFieldName('key'));
      const value = node.childForFieldName('value');
      if (key && isLoggedSecret(key) && value && !isRedacted(value)) names.add(key);
      else collectSecretNames(file, value, names);
      return;
    }
    case 'string':
      for (const child of node.namedChildren) {
        if (child?.type === 'interpolation')
          collectSecretNames(file, child.childForFieldName('expression'), names);
      }
      return;
    case 'keyword_argument':
      collectSecretNames(file, node.childForFieldName('value'), names);
      return;
    case 'conditional_expression':
    case 'binary_operator':
    case 'concatenated_string':
    case 'parenthesized_expression':
    case 'tuple':
    case 'list':
    case 'set':
    case 'dictionary':
    case 'expression_list':
    case 'argument_list':
      for (const child of node.namedChildren) collectSecretNames(file, child, names);
      return;
    default:
      return;
  }
}

/**
 * A dict value under a secret-named key that is not the secret: a literal (a mask such as
 * `"***"`), a call (`mask(token)`, `len(password)`), a slice (`token[:6]`), or an attribute
 * that describes it (`token.id`, `key.expires_at`).
 */
function isRedacted(node: Node): boolean {
  if (['integer', 'float', 'true', 'false', 'none', 'call'].includes(node.type)) return true;
  if (node.type === 'string' || node.type === 'concatenated_string') {
    return !node.descendantsOfType('interpolation').some((interpolation) => interpolation !== null);
  }
  if (node.type === 'subscript') return node.childForFieldName('subscript')?.type === 'slice';
  if (node.type === 'attribute') {
    return DESCRIBING_ATTRIBUTE.test(node.childForFieldName('attribute')?.text ?? '');
  }
  return false;
}

const DESCRIBING_ATTRIBUTE =
  /^(id|pk|uuid|type|kind|name|label|count|length|scope|scopes|prefix|suffix|last4|hint|expires\w*|expiry|created\w*|issued\w*|hash\w*)$/;
