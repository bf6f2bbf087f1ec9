/**
 * ## What it does
 * Finds JSON Web Tokens issued without an expiry: PyJWT or python-jose `jwt.encode(payload, …)`
 * where the payload — a dict literal, or a dict built in the same function (`payload = {...}`,
 * `payload["k"] = …`, `payload.update(...)`) — has no `"exp"` claim; and `jwt.decode` with
 * `options={"verify_exp": False}`.
 *
 * ## Why is this bad?
 * A token without `exp` is valid forever: one that leaks through a log, a browser history or a
 * former employee's laptop can be replayed for as long as the signing key lives, and logging out
 * or changing the password does not end it.
 *
 * Not reported: payloads whose keys cannot be seen (a parameter, `data.copy()`, `**spread`, a dict
 * handed to another function before encoding), and tests.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import { stringValue } from '../python-file.js';
import { decodeOption, importsJwt, jwtFunction, mentionsJwt } from '../semantic/security-jwt.js';
import type { DictionaryKeys } from '../semantic/security-values.js';
import { literalDictionaryKeys } from '../semantic/security-values.js';

const meta: Rule = {
  id: 'PBP205',
  name: 'jwt-no-expiry',
  tool: 'patterns',
  section: 'security',
  level: 'warning',
  precision: 'high',
  summary: 'A JWT is issued without an "exp" claim, or decoded without checking it.',
  tags: ['security', 'external/cwe/cwe-613'],
  cwe: ['CWE-613'],
  securitySeverity: 5.4,
  docs: {
    what: 'Finds jwt.encode(payload, …) (PyJWT, python-jose) where the payload dict, literal or built in the same function, has no "exp" key, and jwt.decode with options={"verify_exp": False}.',
    why: 'A token without an expiry is valid forever: a token leaked through a log, a browser or an old laptop can be replayed as long as the signing key lives, and logging out does not end it.',
    example:
      'payload = {"sub": str(user.id), "iat": datetime.now(timezone.utc)}\nreturn jwt.encode(payload, settings.secret_key, algorithm="HS256")',
    useInstead:
      'now = datetime.now(timezone.utc)\npayload = {"sub": str(user.id), "iat": now, "exp": now + timedelta(minutes=30)}\nreturn jwt.encode(payload, settings.secret_key, algorithm="HS256")',
  },
};

export const jwtNoExpiry: PythonRule = {
  kind: 'python',
  meta,
  // The function's own name (`jwt.encode`, `from jwt import encode as sign`).
  anchors: { call: ['encode', 'decode', 'decode_complete'] },
  create({ file, report }) {
    if (file.isTest || !importsJwt(file)) return {};
    return {
      call(node) {
        const fn = jwtFunction(file, node);
        if (fn === 'decode') {
          if (decodeOption(file, node, 'verify_exp') === false && mentionsJwt(file)) {
            report({
              at: node,
              message:
                'This JWT is decoded with verify_exp off, so expired tokens are accepted; remove the option.',
            });
          }
          return;
        }
        if (fn !== 'encode') return;
        const payload =
          file.positionalArguments(node)[0] ??
          file.keywordArgument(node, 'payload') ??
          file.keywordArgument(node, 'claims');
        const keys = payloadKeys(file, payload, node);
        if (!keys || !keys.complete || keys.keys.has('exp') || !mentionsJwt(file)) return;
        report({
          at: node,
          message:
            'This JWT has no "exp" claim, so it never expires; add "exp" (e.g. now + timedelta(minutes=30)).',
        });
      },
    };
  },
};

/** The keys of the payload dict, following a local name through the statements that build it. */
function payloadKeys(file: PythonFile, payload: Node | null, encode: Node): DictionaryKeys | null {
  if (!payload) return null;
  if (payload.type !== 'identifier') return literalDictionaryKeys(file, payload);
  const scope = file.scopeOf(encode);
  const name = payload.text;
  let built: DictionaryKeys | null = null;
  const added = new Set<string>();
  let complete = true;
  for (const use of identifiersNamed(file, scope, name)) {
    if (use.id === payload.id) continue;
    if (file.scopeOf(use).id !== scope.id) return null; // used by a nested function: not followed
    const chain = file.ancestry(use);
    const parent = chain.length >= 2 ? chain[chain.length - 2] : undefined;
    if (!parent) return null;
    const grandparent = chain.length >= 3 ? (chain[chain.length - 3] ?? null) : null;
    // `self.payload`, `f(payload=…)`: another name that is spelled the same.
    if (
      (parent.type === 'attribute' && parent.childForFieldName('attribute')?.id === use.id) ||
      (parent.type === 'keyword_argument' && parent.childForFieldName('name')?.id === use.id)
    ) {
      continue;
    }
    const field = fieldOf(parent, use);
    if (parent.type === 'assignment' && field === 'left') {
      if (built) return null; // assigned twice
      built = literalDictionaryKeys(file, parent.childForFieldName('right'));
      if (!built) return null;
    } else if (parent.type === 'subscript' && field === 'value') {
      const statement = grandparent;
      if (statement?.type === 'assignment' && fieldOf(statement, parent) === 'left') {
        const key = stringValue(parent.childForFieldName('subscript'));
        if (key === null) complete = false;
        else added.add(key);
      }
    } else if (parent.type === 'attribute' && field === 'object') {
      const method = parent.childForFieldName('attribute')?.text;
      const call = grandparent?.type === 'call' ? grandparent : null;
      if (method === 'update' && call) {
        for (const arg of call.childForFieldName('arguments')?.namedChildren ?? []) {
          if (!arg || arg.type === 'comment') continue;
          if (arg.type === 'keyword_argument') {
            const keyword = arg.childForFieldName('name')?.text;
            if (keyword) added.add(keyword);
            continue;
          }
          const keys = literalDictionaryKeys(file, file.resolveValue(arg));
          if (!keys) complete = false;
          else {
            for (const key of keys.keys) added.add(key);
            if (!keys.complete) complete = false;
          }
        }
      } else if (method === 'setdefault' && call) {
        const key = stringValue(file.positionalArguments(call)[0] ?? null);
        if (key === null) complete = false;
        else added.add(key);
      } else if (
        method !== 'get' &&
        method !== 'copy' &&
        method !== 'pop' &&
        method !== 'items' &&
        method !== 'keys'
      ) {
        return null;
      }
    } else if (parent.type === 'augmented_assignment' && field === 'left') {
      const keys = literalDictionaryKeys(file, parent.childForFieldName('right'));
      if (!keys) complete = false;
      else for (const key of keys.keys) added.add(key);
    } else if (
      parent.type === 'subscript' ||
      parent.type === 'comparison_operator' ||
      parent.type === 'return_statement'
    ) {
      // read, not changed
    } else if (
      parent.type === 'argument_list' &&
      grandparent &&
      jwtFunction(file, grandparent) === 'encode'
    ) {
      // another encode of the same payload
    } else {
      return null; // handed to a helper, unpacked, reassigned…: its keys are not known here
    }
  }
  if (!built) return null;
  const keys = new Set([...built.keys, ...added]);
  return { keys, complete: built.complete && complete };
}

/**
 * The identifiers spelled `name` in `scope`, nested scopes included, in document order: found from
 * the text and confirmed in the tree, not by a search through every node of the scope.
 */
function identifiersNamed(file: PythonFile, scope: Node, name: string): Node[] {
  // A name lost to a syntax error has no text to look for.
  if (!name)
    return scope
      .descendantsOfType('identifier')
      .filter((use): use is Node => use !== null && use.text === name);
  return file.spelled(name, scope).filter((leaf) => file.typeOf(leaf) === 'identifier');
}

function fieldOf(parent: Node, child: Node): string | null {
  for (const field of ['left', 'right', 'value', 'object', 'subscript']) {
    if (parent.childForFieldName(field)?.id === child.id) return field;
  }
  return null;
}
