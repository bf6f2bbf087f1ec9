/**
 * Whether a value written into a Dockerfile or an env file, under a secret-looking name, is a
 * credential: shared by the Dockerfile `ENV`/`ARG` rule and the env-file rule. Names are judged
 * by `isSecretName`; this judges the value.
 */
import { hasInlineCredentials, isPlaceholderValue } from '../python/secret-names.js';

/** Words that mark a value as a stand-in: `dummy`, `changeme`, `fixme`, `placeholder`, `example`. */
const STAND_IN =
  /dummy|placeholder|fixme|todo|tbd|change[-_ ]?me|fake|example|sample|redacted|replace[-_ ]?(me|this|with)|not[-_ ]?set|^unset$|^empty$|^build$|^collectstatic$/i;

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
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return hasInlineCredentials(trimmed);
  if (STAND_IN.test(trimmed)) return false;
  return true;
}
