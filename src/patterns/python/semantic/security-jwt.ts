/**
 * Which calls are JSON Web Token encode/decode calls: PyJWT (`import jwt`, `from jwt import
 * decode`, `import jwt as pyjwt`, `jwt.PyJWT().decode`) and python-jose (`from jose import jwt`).
 * authlib's `jose.jwt` has another signature and verifies by default, so it is not one of them.
 */
import type { Node } from 'web-tree-sitter';
import type { PythonFile } from '../python-file.js';
import {
  dictionaryValue,
  importedCallName,
  literalBoolean,
  optionValue,
} from './security-values.js';

const JWT_FUNCTION =
  /^(jwt|jwt\.api_jwt|jwt\.PyJWT\.\(\)|jose\.jwt)\.(encode|decode|decode_complete)$/;

export type JwtFunction = 'encode' | 'decode';

/** PyJWT or python-jose is imported: without it no call is `jwtFunction`'s. */
export function importsJwt(file: PythonFile): boolean {
  return file.importsModule('jwt') || file.importsModule('jose');
}

const MENTIONS_JWT = new WeakMap<PythonFile, boolean>();

/**
 * Whether the file names jwt or jose at all: what the JWT rules ask before they report, once per
 * file for both of them (a scan of every file would cost more than their anchors).
 */
export function mentionsJwt(file: PythonFile): boolean {
  let known = MENTIONS_JWT.get(file);
  if (known === undefined) {
    known = /\b(jwt|jose)\b/.test(file.text);
    MENTIONS_JWT.set(file, known);
  }
  return known;
}

/** `encode` or `decode` when the call is PyJWT's or python-jose's, else null. */
export function jwtFunction(file: PythonFile, call: Node): JwtFunction | null {
  const name = importedCallName(file, call);
  const match = name ? JWT_FUNCTION.exec(name) : null;
  if (!match) return null;
  return match[2] === 'encode' ? 'encode' : 'decode';
}

/**
 * The literal value of `options={"<flag>": …}` given to a decode call (directly or through a
 * name assigned once): true/false, or null when it is not set or not a literal.
 */
export function decodeOption(file: PythonFile, call: Node, flag: string): boolean | null {
  const options = file.resolveValue(optionValue(file, call, 'options'));
  if (options?.type !== 'dictionary') return null;
  const value = dictionaryValue(options, flag);
  return value ? literalBoolean(file, value) : null;
}
