/**
 * ## What it does
 * Finds JSON Web Tokens decoded without checking their signature or algorithm: PyJWT or
 * python-jose `jwt.decode` with `options={"verify_signature": False}`, with `verify=False`
 * (PyJWT 1), without `algorithms=`, or with `"none"` among the algorithms. Import aliases are
 * resolved (`from jwt import decode`, `import jwt as pyjwt`, `from jose import jwt`).
 *
 * ## Why is this bad?
 * A token whose signature is not checked is just JSON the client wrote: anyone can put any user
 * id or role in it. Without a pinned algorithm list, the token's own header picks the algorithm,
 * which allows `"alg": "none"` tokens and HMAC-with-the-public-key forgeries in older PyJWT and
 * in python-jose.
 *
 * Not reported: `algorithms=` given as a name or setting, `**kwargs` we cannot see, a peek at the
 * claims to choose the key when the same function then decodes the token verified, and tests.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import { escapeRegExp } from '../../../escape.js';
import type { PythonRule } from '../../rule.js';
import { stringValue } from '../python-file.js';
import { decodeOption, importsJwt, jwtFunction, mentionsJwt } from '../semantic/security-jwt.js';
import { hasOpaqueKeywords, literalBoolean, optionValue } from '../semantic/security-values.js';

const meta: Rule = {
  id: 'PBP204',
  name: 'jwt-unverified-decode',
  tool: 'patterns',
  section: 'security',
  level: 'error',
  precision: 'high',
  summary: 'A JWT is decoded without verifying its signature or pinning the algorithm.',
  tags: ['security', 'external/cwe/cwe-347'],
  cwe: ['CWE-347'],
  securitySeverity: 8.8,
  docs: {
    what: 'Finds PyJWT or python-jose jwt.decode calls with options={"verify_signature": False}, verify=False, no algorithms= argument, or "none" among the algorithms. A peek at the claims to choose the key, followed in the same function by a verified decode of the same token, is left out.',
    why: 'A token whose signature is not checked is JSON the client wrote: anyone can claim any user or role. Without a pinned algorithm list the token header chooses the algorithm, which allows "none" tokens and HMAC-with-the-public-key forgeries.',
    example:
      'claims = jwt.decode(token, options={"verify_signature": False})\nclaims = jwt.decode(token, settings.secret_key)',
    useInstead: 'claims = jwt.decode(token, settings.secret_key, algorithms=["HS256"])',
  },
};

export const jwtUnverifiedDecode: PythonRule = {
  kind: 'python',
  meta,
  // The function's own name (`jwt.decode`, `from jwt import decode as jwt_decode`).
  anchors: { call: ['decode', 'decode_complete'] },
  create({ file, report }) {
    if (file.isTest || !importsJwt(file)) return {};
    return {
      call(node) {
        if (jwtFunction(file, node) !== 'decode') return;
        const problem = unverified(node);
        if (problem && mentionsJwt(file) && !(signatureOff(node) && verifiedLater(node)))
          report({ at: node, message: problem });
      },
    };

    function signatureOff(call: Node): boolean {
      return (
        decodeOption(file, call, 'verify_signature') === false ||
        literalBoolean(file, optionValue(file, call, 'verify')) === false
      );
    }

    /**
     * Peeking at the claims to choose the key (`tenant` → key), then decoding the same token
     * again, verified, in the same function (with `jwt.decode`, or handing the token to a
     * decoding helper): the claims that count are the verified ones.
     */
    function verifiedLater(call: Node): boolean {
      const fn = file.enclosingFunction(call);
      const token = file.positionalArguments(call)[0]?.text;
      if (!fn || !token) return false;
      const after = file.text.slice(call.endIndex, fn.endIndex);
      if (!new RegExp(`(?<![\\w.])${escapeRegExp(token)}(?!\\w)`).test(after)) return false;
      return fn.descendantsOfType('call').some((other) => {
        if (other === null || other.startIndex <= call.endIndex) return false;
        // `jwt.decode(token, key, algorithms=…)`, verified; or the library's own verifying
        // helper the token is handed to (`_decode_jwt(**kwargs)` with `encoded_token=token`).
        if (jwtFunction(file, other) === 'decode')
          return file.positionalArguments(other)[0]?.text === token && unverified(other) === null;
        return /decode/i.test(file.calleeTail(other) ?? '') && !/unverified/i.test(other.text);
      });
    }

    function unverified(call: Node): string | null {
      if (decodeOption(file, call, 'verify_signature') === false) {
        return 'This JWT is decoded with verify_signature off, so its claims are whatever the sender wrote; verify it with the key and algorithms=[...].';
      }
      if (literalBoolean(file, optionValue(file, call, 'verify')) === false) {
        return 'This JWT is decoded with verify=False, so its claims are whatever the sender wrote; verify it with the key and algorithms=[...].';
      }
      const algorithms =
        optionValue(file, call, 'algorithms') ?? file.positionalArguments(call)[2] ?? null;
      if (!algorithms) {
        if (hasOpaqueKeywords(file, call)) return null;
        return 'jwt.decode() without algorithms= lets the token choose its own algorithm ("none", or HMAC with a public key); pass algorithms=["HS256"] (or the one you sign with).';
      }
      const value = file.resolveValue(algorithms);
      if (value?.type === 'none') {
        return 'jwt.decode() with algorithms=None lets the token choose its own algorithm; pass the one you sign with, e.g. algorithms=["HS256"].';
      }
      const listed =
        value && ['list', 'tuple', 'set'].includes(value.type) ? value.namedChildren : [value];
      if (
        listed.some(
          (item) =>
            stringValue(file.resolveValue(item ?? null))
              ?.trim()
              .toLowerCase() === 'none',
        )
      ) {
        return 'jwt.decode() accepts the "none" algorithm, i.e. unsigned tokens; allow only the algorithm you sign with.';
      }
      return null;
    }
  },
};
