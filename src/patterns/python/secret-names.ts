/**
 * What "named like a secret" means, shared by every rule that looks for credentials
 * (hard-coded secrets, secrets in logs, Dockerfile ENV, .env files).
 */

const SECRET_WORDS = new Set([
  'secret',
  'password',
  'passwd',
  'passphrase',
  'token',
  'apikey',
  'credential',
  'credentials',
]);

/** `key` alone is too common (`cache_key`); it is a secret only after one of these. */
const KEY_QUALIFIERS = new Set([
  'api',
  'secret',
  'private',
  'access',
  'signing',
  'encryption',
  'master',
  'client',
  'auth',
  'jwt',
  'session',
  'hmac',
  'fernet',
  'license',
]);

/** Splits snake_case, kebab-case, dotted and camelCase names into lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * True for `password`, `DB_PASSWORD`, `SECRET_KEY`, `SECRET_COOKIE_KEY`, `apiKey`, `jwt_secret`,
 * `github_token`, `password2`; false for `password_field`, `token_type`, `cache_key`, `tokens`.
 */
/**
 * The words of a name without the number that may end it (`password2`, `token_1`, `api_key_2`):
 * a numbered secret is still one.
 */
export function unnumberedWords(name: string): string[] {
  const words = nameWords(name);
  while (words.length > 1 && /^\d+$/.test(words.at(-1) ?? '')) words.pop();
  const last = words.at(-1);
  if (last !== undefined) words[words.length - 1] = last.replace(/(?<=[a-z])\d+$/, '');
  return words;
}

export function isSecretName(name: string): boolean {
  const words = unnumberedWords(name);
  const last = words.at(-1);
  if (!last) return false;
  if (SECRET_WORDS.has(last)) return true;
  // `API_KEY`, `jwt_signing_key`; and `SECRET_COOKIE_KEY`: a key that says it is secret anywhere.
  if (last === 'key' && words.length > 1)
    return KEY_QUALIFIERS.has(words.at(-2) ?? '') || words.slice(0, -1).includes('secret');
  if (last === 'pwd' && words.length > 1) return true; // db_pwd; a bare `pwd` is a directory
  // `MYSQL_PASS`, `smtp_pass`: after what logs in; not `first_pass`, `render_pass`, `bypass`.
  if (last === 'pass') return PASS_OWNERS.has(words.at(-2) ?? '');
  // `SECRET_KEY_HMAC`, `SECRET_KEY_FALLBACKS`: the secret key, for one use or in older versions.
  const at = words.findIndex((word, i) => word === 'secret' && words[i + 1] === 'key');
  return at >= 0 && words.slice(at + 2).every((word) => SECRET_KEY_VARIANTS.has(word));
}

/**
 * What a `…_pass` belongs to when it is a password. Not `user`: `user_pass` is as often the
 * `user:pass` pair of a URL (`user_pass == "git"` checks the user).
 */
export const PASS_OWNERS: ReadonlySet<string> = new Set([
  'db',
  'database',
  'mysql',
  'postgres',
  'postgresql',
  'pg',
  'sql',
  'mssql',
  'oracle',
  'redis',
  'mongo',
  'mongodb',
  'rabbitmq',
  'amqp',
  'mq',
  'smtp',
  'mail',
  'email',
  'imap',
  'ftp',
  'sftp',
  'ssh',
  'ldap',
  'proxy',
  'admin',
  'root',
  'login',
  'account',
  'auth',
  'api',
  'app',
  'service',
]);

/** Words after `secret_key` that still name a key, not a reference to one (`_path`, `_env`). */
export const SECRET_KEY_VARIANTS: ReadonlySet<string> = new Set([
  'hmac',
  'jwt',
  'signing',
  'encryption',
  'fallback',
  'fallbacks',
  'old',
  'new',
  'previous',
  'prev',
  'current',
  'primary',
  'secondary',
]);

/**
 * A literal that is not a credential even where a secret is expected: placeholders, template
 * markers, masks, the name repeated as its own value, constant-like names of environment variables.
 */
export function isPlaceholderValue(value: string, name?: string): boolean {
  const trimmed = value.trim();
  // Escapes count as the one character they stand for: `b"\xd1\x91"` is two bytes (a test
  // vector), not eight characters.
  if (trimmed.replace(/\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, '_').length < 3) return true;
  // A credential has letters or digits: ":****", "<>", "--" are masks and separators.
  if (!/[A-Za-z0-9]/.test(trimmed)) return true;
  if (/^[*x•.#-]+$/i.test(trimmed)) return true;
  if (/^<[^>]*>$|^\$\{[^}]*\}$|^\{\{[^}]*\}\}$|^%\([^)]*\)s$|^\$[A-Z_][A-Z0-9_]*$/.test(trimmed))
    return true;
  if (/^(none|null|nil|undefined|true|false|bearer|basic|token|string|str)$/i.test(trimmed))
    return true;
  // A password column marking how the account signs in, not a password: `"password": "OIDC"`,
  // `user.password == "LDAP"`. Written in capitals, as such markers are.
  if (
    /^(LDAP|OIDC|SSO|SAML|OAUTH2?|KERBEROS|EXTERNAL|REMOTE|DISABLED|UNUSABLE|LOCKED)$/.test(trimmed)
  )
    return true;
  if (isFillInText(trimmed)) return true;
  // A vendor's token prefix followed by a word (`xoxb-valid`, `sk-test`, `ghp_example`): the
  // stand-in of examples and tests; an issued token carries 20 or more random characters there.
  if (
    /^(?:xox[abposr]|gh[pousr]|github_pat|sk|[prs]k_(?:live|test)|glpat|npm)[-_][A-Za-z]{1,15}$/.test(
      trimmed,
    )
  )
    return true;
  // The name of a private key in a session or a dict (`CSRF_SESSION_KEY = "_csrftoken"`,
  // Django's `SESSION_KEY = "_auth_user_id"`): the place a value is kept, not a value.
  if (/^_[a-z][a-z0-9_]*$/.test(trimmed)) return true;
  // `GITHUB_TOKEN = "GITHUB_TOKEN"`-style constants and names of environment variables.
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(trimmed)) return true;
  // The name of the field a format keeps a secret in (`_JSON_FILE_PRIVATE_KEY = "private_key"`,
  // the key of a service-account file): where a value is kept, not a value.
  if (SECRET_FIELD_NAME.test(trimmed)) return true;
  // An HTTP header's name (`ACL_CREDENTIALS = "Access-Control-Allow-Credentials"`,
  // `API_KEY_HEADER = "X-API-Key"`).
  if (isHeaderName(trimmed)) return true;
  if (name && nameWords(name).join('_') === nameWords(trimmed).join('_')) return true;
  // Sentences are messages, not credentials.
  if (isPhrase(trimmed)) return true;
  return false;
}

/** The fields OAuth, JWT, cloud credential files and API payloads keep secrets in. */
const SECRET_FIELD_NAME =
  /^(private_key(_id)?|client_secret|(access|refresh|id|auth|session|bearer)_token|api_key|(secret_)?access_key(_id)?|secret_access_key)$/;

/** Three words or more (`super secret key`, `Please set SECRET_KEY`): a message elsewhere. */
export function isPhrase(value: string): boolean {
  return /\s\S+\s\S+/.test(value.trim());
}

/**
 * Text that asks to be replaced or says it is not real: `your-api-key-here`, `YOUR_TOKEN`,
 * `xxxx`, `dummy`, `fake`, `placeholder`, `redacted`.
 */
export function isFillInText(value: string): boolean {
  return /^(your[-_ ].*|xxx+.*|dummy|fake|placeholder|redacted)$/i.test(value.trim());
}

/**
 * Capitalised words joined by hyphens, three or more, or after `X-`, or ending in a header's
 * word for what it carries: `Access-Control-Allow-Credentials`, `X-Auth-Token`,
 * `Proxy-Authorization`.
 */
function isHeaderName(value: string): boolean {
  const parts = value.split('-');
  if (parts.length < 2 || !parts.every((part) => /^[A-Z][A-Za-z]*$/.test(part))) return false;
  return (
    parts.length >= 3 ||
    parts[0] === 'X' ||
    /^(Authorization|Authentication|Credentials|Token|Key|Cookie|Signature)$/.test(parts[1] ?? '')
  );
}

/**
 * A key the application signs or encrypts with itself (`SECRET_KEY`, `app.secret_key`,
 * `JWT_SECRET`, `SESSION_SECRET`, `SECRET_COOKIE_KEY`): unlike a key for another service, a
 * placeholder written there works — the app signs with it, and anyone who reads it can forge.
 */
export function isSigningKeyName(name: string): boolean {
  const words = nameWords(name);
  const last = words.at(-1);
  const before = words.slice(0, -1);
  // `aws_secret_access_key`: the key of another service's account, not one the app signs with.
  if (before.includes('access')) return false;
  if (last === 'key')
    return before.some((word) =>
      ['secret', 'signing', 'jwt', 'session', 'hmac', 'fernet', 'encryption', 'private'].includes(
        word,
      ),
    );
  if (last === 'secret')
    return before.some((word) =>
      ['jwt', 'session', 'signing', 'app', 'cookie', 'hmac', 'flask', 'django'].includes(word),
    );
  return false;
}

/** The user and password of `scheme://user:password@host`, or null for a URL without both. */
export function inlineCredentials(value: string): { user: string; password: string } | null {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/\s:@]+):([^/\s@]+)@[^\s]/i.exec(value.trim());
  return match ? { user: match[1] ?? '', password: match[2] ?? '' } : null;
}

/** `scheme://user:password@host` with a literal password. */
export function hasInlineCredentials(value: string): boolean {
  const password = inlineCredentials(value)?.password;
  if (password === undefined) return false;
  // Not a reference or a template (`${DB_PASSWORD}`, `$PASS`, `{password}`, `<pw>`, `%(pw)s`);
  // a `$` or `%` that starts none of those is part of the password (`%40` is an encoded `@`).
  return (
    !isPlaceholderValue(password) &&
    !/\$\{?[A-Za-z_]|\{[^}]*\}|<[^>]*>|%\(\w*\)s|[{}<>]/.test(password)
  );
}

/**
 * "token" also names lexer tokens, sentinels and patterns (`DONE_TOKEN = "done."`,
 * `name_token = r"[^\W\d]\w*"`): a value stored under it counts only when it looks like an
 * issued credential — eight or more characters of the kinds tokens are made of.
 */
export function isTokenName(name: string): boolean {
  return nameWords(name).at(-1) === 'token';
}

export function looksLikeIssuedToken(value: string): boolean {
  // Lower-case words in a path (`"auth-request-type/at"`, a metrics header's value): a label,
  // not random characters. (Words joined by hyphens alone may still be the token in use.)
  if (/^[a-z]+(?:-[a-z]+)*(?:[/.][a-z]+(?:-[a-z]+)*)+$/.test(value.trim())) return false;
  return (
    /^[A-Za-z0-9_\-+/=.:~]{8,}$/.test(value.trim()) && /[0-9_-]|[a-z][A-Z]|[A-Z][a-z]/.test(value)
  );
}

/** A dict key or subscript that is a dotted path, a URL or a sentence names no secret. */
export function isPlainName(name: string): boolean {
  return !/[./\s:]/.test(name);
}
