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
