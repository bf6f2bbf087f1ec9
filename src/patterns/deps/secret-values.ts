/**
 * Whether a value written into a Dockerfile or an env file, under a secret-looking name, is a
 * credential: shared by the Dockerfile `ENV`/`ARG` rule and the env-file rule. Names are judged
 * by `isSecretName`; this judges the value.
 */
import {
  hasInlineCredentials,
  inlineCredentials,
  isPlaceholderValue,
} from '../python/secret-names.js';

/**
 * Words that mark a value as a stand-in: `dummy`, `changeme`, `changethis`, `placeholder`,
 * `example`, and values that say where the real one lives or that it goes here
 * (`dev-secret-key-change-in-production`, `sk-prod-key-here`, `password_from_vault`,
 * `key-from-aws-secrets-manager`, `whsec_your_webhook_secret`).
 */
const STAND_IN =
  /dummy|placeholder|fixme|todo|tbd|change[-_ ]?(me|this|it)|change[-_ ]?(in[-_ ]?)?prod|fake|example|sample|redacted|replace[-_ ]?(me|this|with)|not[-_ ]?set|(^|[-_ ])(goes[-_ ])?here$|from[-_ ](the[-_ ])?(vault|env|environment)|secrets?[-_ ]?manager|(^|[-_ ])your[-_]|^unset$|^empty$|^build$|^collectstatic$/i;

/** Passwords in a URL that stand for one: `user:pass@`, `user:password@`, `user:secret@`. */
const URL_STAND_IN = /^(pass|password|passwd|pwd|secret|pw)$/i;

/**
 * True when `value` (quotes already removed) is a literal credential: not empty, not a variable
 * reference (`$DB_PASSWORD`, `${SECRET}`), not a placeholder or stand-in, not a file path
 * (`/run/secrets/db_password`), not a URL without a password in it.
 */
export function isLiteralSecretValue(name: string, value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '') return false;
  if (/\$\{?[A-Za-z_]/.test(trimmed)) return false;
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(trimmed)) return true;
  if (isPlaceholderValue(trimmed, name) || /^\{[^{}]*\}$|^\[[^[\]]*\]$/.test(trimmed)) return false;
  if (/^(\/|\.\.?\/|~\/)/.test(trimmed)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return urlHoldsCredential(trimmed);
  if (STAND_IN.test(trimmed)) return false;
  return true;
}

/**
 * True when `value` is a URL with a literal password (`postgresql://app:Xk3…@db/app`), under any
 * name: not a placeholder or stand-in (`user:pass@`, `${DB_PASSWORD}`), and not a well-known
 * default that repeats the user (`postgres:postgres@`, `guest:guest@`), which is no secret.
 */
export function urlHoldsCredential(value: string): boolean {
  const credentials = inlineCredentials(value);
  if (!credentials || !hasInlineCredentials(value)) return false;
  const { user, password } = credentials;
  return !(URL_STAND_IN.test(password) || STAND_IN.test(password) || password === user);
}
