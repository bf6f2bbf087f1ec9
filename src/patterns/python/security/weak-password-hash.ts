/**
 * ## What it does
 * Finds passwords hashed too cheaply: `bcrypt.gensalt(rounds)` and passlib
 * `CryptContext(bcrypt__rounds=…)`/`bcrypt.using(rounds=…)` below 12 rounds; a fast digest
 * (`hashlib.md5`/`sha1`/`sha256`/…, `hashlib.new("md5", …)`, `.update(...)` of such a hash)
 * applied to something named like a password; weak schemes chosen by name (passlib `md5_crypt`,
 * `plaintext`, `hex_sha256` as the first scheme, werkzeug `generate_password_hash(method="sha256")`,
 * Django `make_password(hasher="md5")` or an MD5/SHA1 hasher first in `PASSWORD_HASHERS`).
 *
 * ## Why is this bad?
 * Password tables leak. A GPU computes billions of MD5 or SHA-256 digests per second, so most
 * passwords hashed that way are recovered within hours; bcrypt's cost doubles with each round,
 * and 8 rounds is 16 times cheaper to attack than the default 12.
 *
 * Not reported: digests of data that is not a password (`hashlib.sha256(body)`), key
 * derivation functions (`hashlib.pbkdf2_hmac`, `scrypt`), the password hasher classes a framework
 * keeps to check and upgrade old hashes (Django's `MD5PasswordHasher`), tests, and test/dev
 * settings modules.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule, Visitors } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import { stringValue } from '../python-file.js';
import { isPasswordName } from '../semantic/security-passwords.js';
import {
  importedCallName,
  isDevelopmentOnly,
  literalInteger,
  resolveObject,
} from '../semantic/security-values.js';

const meta: Rule = {
  id: 'PBP206',
  name: 'weak-password-hash',
  tool: 'patterns',
  section: 'security',
  level: 'error',
  precision: 'high',
  summary: 'Passwords are hashed with a fast digest or too few bcrypt rounds.',
  tags: ['security', 'external/cwe/cwe-916'],
  cwe: ['CWE-916', 'CWE-328'],
  securitySeverity: 7.0,
  docs: {
    what: 'Finds bcrypt.gensalt(rounds) and passlib bcrypt__rounds below 12, md5/sha1/sha256 (and other fast digests) applied to something named like a password, and weak schemes chosen by name in passlib, werkzeug and Django. A framework’s own legacy hasher classes (Django’s MD5PasswordHasher), kept to check and upgrade old hashes, are left out.',
    why: 'Password tables leak. A GPU computes billions of MD5 or SHA-256 digests per second, so passwords hashed that way are recovered within hours; each bcrypt round doubles the cost, so 8 rounds is 16 times cheaper to attack than 12.',
    example:
      'pwd_context = CryptContext(schemes=["bcrypt"], bcrypt__rounds=8)\ndigest = hashlib.sha256(password.encode()).hexdigest()',
    useInstead:
      'pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto", bcrypt__rounds=12)\npassword_hash = pwd_context.hash(password)',
  },
};

const MIN_BCRYPT_ROUNDS = 12;
/** The modules whose functions are checked. */
const HASHING_MODULES = ['bcrypt', 'passlib', 'hashlib', 'werkzeug', 'django'];
const FAST_DIGESTS =
  /^(md5|sha1|sha224|sha256|sha384|sha512|sha3_(224|256|384|512)|blake2b|blake2s|sha512_224|sha512_256|md4|ripemd160)$/;
/** passlib schemes that are a single fast digest, obsolete, or no hash at all. */
const WEAK_PASSLIB_SCHEMES =
  /^(plaintext|ldap_plaintext|hex_(md4|md5|sha1|sha256|sha512)|ldap_(md5|sha1|hex_md5|hex_sha1)|md5_crypt|apr_md5_crypt|des_crypt|bsdi_crypt|bigcrypt|crypt16|mysql323|mysql41|postgres_md5|oracle10|oracle11|lmhash|nthash|msdcc|msdcc2|cisco_pix|cisco_asa|cisco_type7|htdigest|roundup_plaintext|ldap_salted_(md5|sha1|sha256|sha512))$/;
const WEAK_DJANGO_HASHERS = /^(md5|unsalted_md5|sha1|unsalted_sha1|crypt)$/;
const WEAK_DJANGO_HASHER_CLASSES =
  /(^|\.)(MD5PasswordHasher|UnsaltedMD5PasswordHasher|SHA1PasswordHasher|UnsaltedSHA1PasswordHasher|CryptPasswordHasher)$/;
const BCRYPT_ROUNDS_OPTION = /^(bcrypt|bcrypt_sha256)__(default_)?rounds$/;

const CLASS_TYPES: ReadonlySet<string> = new Set(['class_definition']);

export const weakPasswordHash: PythonRule = {
  kind: 'python',
  meta,
  anchors: {
    // The function's own name, or for hashlib and passlib (`hashlib.md5`, `passlib.hash.md5_crypt
    // .hash`, `CryptContext`) the module that starts the name; names imported from them anchor
    // as the module (`from hashlib import md5`). `update` is the digest object's method.
    call: ['gensalt', 'passlib', 'hashlib', 'generate_password_hash', 'make_password', 'update'],
    assignment: ['PASSWORD_HASHERS'],
  },
  create({ file, report: reportAlways }) {
    if (file.isTest) return {};
    // The libraries named in the text; asked only once a finding is in hand (a scan of every
    // file costs more than the anchors).
    let mentioned: boolean | undefined;
    const report: typeof reportAlways = (finding) => {
      mentioned ??= /bcrypt|passlib|hashlib|werkzeug|make_password|PASSWORD_HASHERS/.test(
        file.text,
      );
      if (mentioned && !insideLegacyHasher(finding.at as Node)) reportAlways(finding);
    };
    /**
     * A password hasher class of its own (Django's `MD5PasswordHasher`, `UnsaltedSHA1…`): kept so
     * that old hashes can still be checked and upgraded on the next sign-in, not to store new ones.
     */
    const insideLegacyHasher = (node: Node): boolean => {
      const owner = file.enclosing(node, CLASS_TYPES, false);
      const name = owner?.childForFieldName('name')?.text ?? '';
      const bases = owner?.childForFieldName('superclasses')?.text ?? '';
      return /PasswordHasher$/.test(name) || /PasswordHasher\b/.test(bases);
    };
    // `.update(...)` is every dict's: only a hashlib object's counts.
    let hashlibImported: boolean | undefined;
    const usesHashlib = (): boolean => (hashlibImported ??= file.importsModule('hashlib'));
    const visitors: Visitors = {
      call(node) {
        const name = importedCallName(file, node);
        if (name) checkNamedCall(node, name);
        if (file.calleeTail(node) === 'update' && usesHashlib()) checkDigestUpdate(node);
      },
      assignment(node) {
        const left = node.childForFieldName('left');
        if (
          left?.type !== 'identifier' ||
          left.text !== 'PASSWORD_HASHERS' ||
          isDevelopmentOnly(file, node)
        )
          return;
        const hashers = file.resolveValue(node.childForFieldName('right'));
        if (hashers?.type !== 'list' && hashers?.type !== 'tuple') return;
        const first = stringValue(
          hashers.namedChildren.find((child) => child?.type !== 'comment') ?? null,
        );
        if (first && WEAK_DJANGO_HASHER_CLASSES.test(first)) {
          report({
            at: node,
            message: `PASSWORD_HASHERS hashes new passwords with ${first.replace(/^.*\./, '')}, a fast digest; put PBKDF2, Argon2 or bcrypt first.`,
          });
        }
      },
    };
    // Every function checked resolves through the imports (a settings module needs none).
    if (!HASHING_MODULES.some((module) => file.importsModule(module))) delete visitors.call;
    return visitors;

    function checkNamedCall(call: Node, name: string): void {
      if (name === 'bcrypt.gensalt') {
        const rounds = literalInteger(
          file,
          file.keywordArgument(call, 'rounds') ?? file.positionalArguments(call)[0] ?? null,
        );
        if (rounds !== null && rounds < MIN_BCRYPT_ROUNDS) reportRounds(call, rounds);
        return;
      }
      if (/^passlib(\.\w+)*\.CryptContext$/.test(name)) {
        checkCryptContext(call);
        return;
      }
      const passlibHandler = /^passlib\.hash\.(\w+)\.(using|hash|encrypt)$/.exec(name);
      if (passlibHandler) {
        const [, scheme = '', method] = passlibHandler;
        if (WEAK_PASSLIB_SCHEMES.test(scheme)) {
          report({
            at: call,
            message: `passlib's ${scheme} is not a password hash an attacker has to work for; use bcrypt or argon2.`,
          });
        } else if (method === 'using' && /^bcrypt(_sha256)?$/.test(scheme)) {
          const rounds = literalInteger(
            file,
            file.keywordArgument(call, 'rounds') ?? file.keywordArgument(call, 'default_rounds'),
          );
          if (rounds !== null && rounds < MIN_BCRYPT_ROUNDS) reportRounds(call, rounds);
        }
        return;
      }
      const digest = /^hashlib\.(\w+)$/.exec(name)?.[1];
      if (digest) {
        const algorithm =
          digest === 'new'
            ? stringValue(
                file.resolveValue(
                  file.positionalArguments(call)[0] ?? file.keywordArgument(call, 'name'),
                ),
              )?.toLowerCase()
            : digest;
        if (!algorithm || !FAST_DIGESTS.test(algorithm)) return;
        const data =
          digest === 'new'
            ? (file.positionalArguments(call)[1] ?? file.keywordArgument(call, 'data'))
            : (file.positionalArguments(call)[0] ??
              file.keywordArgument(call, 'data') ??
              file.keywordArgument(call, 'string'));
        if (mentionsPassword(file, data)) reportDigest(call, algorithm);
        return;
      }
      if (
        name === 'werkzeug.security.generate_password_hash' ||
        name === 'werkzeug.generate_password_hash'
      ) {
        const method = stringValue(
          file.resolveValue(
            file.keywordArgument(call, 'method') ?? file.positionalArguments(call)[1] ?? null,
          ),
        );
        if (method !== null && !/^(pbkdf2|scrypt)(:|$)/.test(method)) {
          report({
            at: call,
            message: `generate_password_hash(method="${method}") is a fast digest, not a password hash; leave the default or use "scrypt".`,
          });
        }
        return;
      }
      if (/^django\.contrib\.auth\.hashers\.make_password$/.test(name)) {
        const hasher = stringValue(
          file.resolveValue(
            file.keywordArgument(call, 'hasher') ?? file.positionalArguments(call)[2] ?? null,
          ),
        );
        if (hasher !== null && WEAK_DJANGO_HASHERS.test(hasher)) {
          report({
            at: call,
            message: `make_password(hasher="${hasher}") stores a fast digest of the password; use the default hasher.`,
          });
        }
      }
    }

    function checkCryptContext(call: Node): void {
      for (const arg of call.childForFieldName('arguments')?.namedChildren ?? []) {
        if (arg?.type !== 'keyword_argument') continue;
        const option = arg.childForFieldName('name')?.text ?? '';
        if (BCRYPT_ROUNDS_OPTION.test(option)) {
          const rounds = literalInteger(file, arg.childForFieldName('value'));
          if (rounds !== null && rounds < MIN_BCRYPT_ROUNDS) reportRounds(call, rounds);
          return;
        }
      }
      const explicitDefault = stringValue(file.resolveValue(file.keywordArgument(call, 'default')));
      const schemes = file.resolveValue(
        file.keywordArgument(call, 'schemes') ?? file.positionalArguments(call)[0] ?? null,
      );
      const first =
        explicitDefault ??
        (schemes?.type === 'list' || schemes?.type === 'tuple'
          ? stringValue(schemes.namedChildren.find((c) => c?.type !== 'comment') ?? null)
          : null);
      if (first && WEAK_PASSLIB_SCHEMES.test(first)) {
        report({
          at: call,
          message: `CryptContext hashes new passwords with "${first}", which is not a password hash an attacker has to work for; use bcrypt or argon2.`,
        });
      }
    }

    /** `h = hashlib.md5()` … `h.update(password.encode())`. */
    function checkDigestUpdate(call: Node): void {
      const callee = call.childForFieldName('function');
      const hasher = resolveObject(file, callee?.childForFieldName('object') ?? null);
      if (hasher?.type !== 'call') return;
      const algorithm = /^hashlib\.(\w+)$/.exec(importedCallName(file, hasher) ?? '')?.[1];
      if (!algorithm || !FAST_DIGESTS.test(algorithm)) return;
      if (mentionsPassword(file, file.positionalArguments(call)[0] ?? null))
        reportDigest(call, algorithm);
    }

    function reportRounds(call: Node, rounds: number): void {
      report({
        at: call,
        message: `bcrypt with ${rounds} rounds is ${2 ** (MIN_BCRYPT_ROUNDS - rounds)} times cheaper to brute-force than the default; use at least ${MIN_BCRYPT_ROUNDS}.`,
      });
    }

    function reportDigest(call: Node, algorithm: string): void {
      report({
        at: call,
        message: `A password is hashed with ${algorithm}, a fast digest that GPUs try billions of times a second; use bcrypt, argon2 or scrypt (e.g. passlib CryptContext).`,
      });
    }
  },
};

/** Authentication protocols that digest a password with a nonce (HTTP Digest, WSSE, APOP, CRAM): the digest is the protocol's, not storage. */
const PROTOCOL_WORDS = /nonce|realm|challenge|scramble|ntlm|cram|apop|handshake|sasl/i;

/** True when the expression reads something named like a password (`password`, `user.pwd`, `data["password"]`). */
function mentionsPassword(file: PythonFile, node: Node | null): boolean {
  if (!node) return false;
  const value = file.resolveValue(node) ?? node;
  const parts = [value, ...value.descendantsOfType(['identifier', 'string'])];
  if (parts.some((part) => part?.type === 'identifier' && PROTOCOL_WORDS.test(part.text)))
    return false;
  // `def scramble_native_password(password, message)`: a client answering a login challenge.
  const fn = file.enclosingFunction(node);
  if (fn && PROTOCOL_WORDS.test(fn.childForFieldName('name')?.text ?? '')) return false;
  // The name first: where it sits is asked (up the tree) only of names that are passwords.
  for (const candidate of parts) {
    if (!candidate) continue;
    if (candidate.type === 'identifier') {
      if (!isPasswordName(candidate.text)) continue;
      const parent = file.parentOf(candidate);
      if (
        parent?.type === 'keyword_argument' &&
        parent.childForFieldName('name')?.id === candidate.id
      )
        continue;
      return true;
    } else if (candidate.type === 'string') {
      const key = stringValue(candidate);
      if (!key || !isPasswordName(key)) continue;
      const chain = file.ancestry(candidate);
      const parent = chain.length >= 2 ? chain[chain.length - 2] : undefined;
      const call = chain.length >= 3 ? chain[chain.length - 3] : undefined;
      // `data["password"]`, and the key of `data.get("password")`.
      if (
        parent?.type === 'subscript' ||
        (parent?.type === 'argument_list' &&
          call?.type === 'call' &&
          call.childForFieldName('function')?.childForFieldName('attribute')?.text === 'get')
      )
        return true;
    }
  }
  return false;
}
