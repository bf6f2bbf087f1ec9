/**
 * What a password looks like in code: names that hold one (`password`, `raw_pw`, `user_pass`,
 * not `password_hash` or `password_reset_url`), and values that are already hashed.
 */
import type { Node } from 'web-tree-sitter';
import type { PythonFile } from '../python-file.js';
import { stringValue } from '../python-file.js';
import { nameWords, unnumberedWords } from '../secret-names.js';

const PASSWORD_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'pw',
  'pass',
  'passw',
  'pword',
]);
/** A `pw` or `pass` alone is too short to trust; `pwd` alone is a directory. */
const NEEDS_QUALIFIER = new Set(['pw', 'pass', 'pwd']);
const HASHED_WORDS = new Set([
  'hash',
  'hashed',
  'digest',
  'crypt',
  'crypted',
  'encrypted',
  'hmac',
  'salt',
  'salted',
  'enc',
]);

/** True for `password`, `new_password`, `userPassword`, `db_pass`; false for `password_hash`, `hashed_password`. */
export function isPasswordName(name: string): boolean {
  // `password1`, `password_2` (a form's two fields): numbered, still a password.
  const words = unnumberedWords(name);
  const last = words.at(-1);
  if (!last || !PASSWORD_WORDS.has(last)) return false;
  if (NEEDS_QUALIFIER.has(last) && words.length < 2) return false;
  return !words.some((word) => HASHED_WORDS.has(word));
}

/** True for names that say the value is hashed or encrypted (`password_hash`, `hashed`, `pw_digest`). */
export function isHashedName(name: string): boolean {
  return nameWords(name).some((word) => HASHED_WORDS.has(word));
}

/** The name an expression is read from: `password`, `form.password` → `password`, `data["password"]` → `password`. */
export function valueName(node: Node | null): string | null {
  if (!node) return null;
  switch (node.type) {
    case 'identifier':
      return node.text;
    case 'attribute':
      return node.childForFieldName('attribute')?.text ?? null;
    case 'subscript':
      return stringValue(node.childForFieldName('subscript'));
    case 'call': {
      // `data.get("password")`, `request.form.get("password", "")`, `form.password.data` is an attribute.
      const callee = node.childForFieldName('function');
      if (callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'get') {
        const first = node.childForFieldName('arguments')?.namedChildren[0] ?? null;
        return stringValue(first);
      }
      return null;
    }
    default:
      return null;
  }
}

/** `form.password.data` (WTForms) is the field `password`. */
export function fieldName(node: Node | null): string | null {
  if (node?.type === 'attribute' && node.childForFieldName('attribute')?.text === 'data') {
    return valueName(node.childForFieldName('object'));
  }
  return valueName(node);
}

/** A call or name that hashes (`hash_password(p)`, `bcrypt.hashpw(...)`, `make_password(p)`, `hashed`). */
const HASHING_CALL =
  /hash|digest|crypt|pbkdf2|scrypt|argon|make_password|md5|sha\d|sha_?\d|blake|hmac|encode_password/i;

export function isHashedValue(file: PythonFile, node: Node | null): boolean {
  const value = file.resolveValue(node);
  if (!value) return false;
  // A name bound more than once (`password = md5(password).hexdigest()` after the form's value):
  // hashed when the last binding before this use is.
  if (value.type === 'identifier' && node && value.id === node.id) {
    const last = file.assignedValuesBefore(value.text, value).at(-1);
    if (last && last.type === 'call' && isHashedValue(file, last)) return true;
  }
  if (value.type === 'call') {
    const callee = value.childForFieldName('function');
    const name =
      callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text;
    if (name && HASHING_CALL.test(name)) return true;
    // `hash_password(p).decode()`, `hashlib.sha256(p).hexdigest()`
    if (callee?.type === 'attribute')
      return isHashedValue(file, callee.childForFieldName('object'));
    return false;
  }
  const name = valueName(value);
  return name !== null && isHashedName(name);
}
