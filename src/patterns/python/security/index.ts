import type { PatternRule } from '../../rule.js';
import { codeInjection } from './code-injection.js';
import { corsWildcard } from './cors-wildcard.js';
import { debugEnabled } from './debug-enabled.js';
import { hardcodedSecret } from './hardcoded-secret.js';
import { jwtNoExpiry } from './jwt-no-expiry.js';
import { jwtUnverifiedDecode } from './jwt-unverified-decode.js';
import { naiveUtcNow } from './naive-utc-now.js';
import { plaintextPassword } from './plaintext-password.js';
import { shellInjection } from './shell-injection.js';
import { sqlStringBuilding } from './sql-string-building.js';
import { tlsVerifyDisabled } from './tls-verify-disabled.js';
import { unsafeDeserialization } from './unsafe-deserialization.js';
import { weakPasswordHash } from './weak-password-hash.js';

export const SECURITY_RULES: readonly PatternRule[] = [
  hardcodedSecret,
  sqlStringBuilding,
  corsWildcard,
  jwtUnverifiedDecode,
  jwtNoExpiry,
  weakPasswordHash,
  debugEnabled,
  codeInjection,
  unsafeDeserialization,
  shellInjection,
  tlsVerifyDisabled,
  naiveUtcNow,
  plaintextPassword,
];
