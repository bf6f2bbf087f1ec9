/**
 * ## What it does
 * Finds credentials written into the source: a non-empty string literal assigned to, defaulted
 * into, passed as or compared with something named like a secret (`SECRET_KEY`, `password`,
 * `api_key`, `*_token`), used as the key of `jwt.encode`/`jwt.decode`, `Fernet`, `hmac.new` or an
 * `itsdangerous` serializer, and URLs with a password inside (`postgresql://app:pw@db/app`).
 *
 * ## Why is this bad?
 * Anything in the repository is readable by everyone with access to it, forever: in clones, forks,
 * CI logs and git history. A leaked signing key lets anyone forge sessions and tokens.
 *
 * Not reported: values read from the environment, empty strings, placeholders (`"<token>"`,
 * `"${API_KEY}"`, `"****"`), and test files.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import { stringValue } from '../python-file.js';
import {
  hasInlineCredentials,
  isFillInText,
  isPhrase,
  isPlaceholderValue,
  isSigningKeyName,
  isPlainName,
  isSecretName,
  isTokenName,
  looksLikeIssuedToken,
  PASS_OWNERS,
  SECRET_KEY_VARIANTS,
} from '../secret-names.js';

const meta: Rule = {
  id: 'PBP201',
  name: 'hardcoded-secret',
  tool: 'patterns',
  section: 'security',
  level: 'error',
  precision: 'high',
  summary: 'A credential is written into the source code.',
  tags: ['security', 'external/cwe/cwe-798'],
  cwe: ['CWE-798'],
  securitySeverity: 8.5,
  docs: {
    what: 'Finds credentials written into the source: string literals assigned to, defaulted into, passed as or compared with names like SECRET_KEY, password, api_key or *_token; literal keys given to jwt.encode/decode, Fernet, hmac.new or itsdangerous serializers; and URLs with a password inside.',
    why: 'Everything in a repository is readable by everyone who can clone it, and stays in git history after it is removed. A leaked signing key lets anyone forge sessions and tokens; a leaked database password opens the database.',
    example:
      'SECRET_KEY = "s3cr3t-prod-key-8f2a"\napp.config["SECRET_KEY"] = "dev"\nengine = create_engine("postgresql://app:hunter2@db/app")',
    useInstead:
      'SECRET_KEY = os.environ["SECRET_KEY"]\napp.config["SECRET_KEY"] = settings.secret_key\nengine = create_engine(os.environ["DATABASE_URL"])',
  },
};

/**
 * Where a name `isSecretName` accepts is spelled (any case): its last word is one of these, or
 * `key` right after one of its qualifiers (`API_KEY`, `apiKey`, `jwt-key`) or anywhere after
 * `secret` (`SECRET_COOKIE_KEY`). `ending` is what may
 * follow the last word: nothing with a letter or digit before the end of the name. Only the last
 * word is matched, so the place found is inside the name, and inside its last string when a key
 * is written as concatenated strings (`"API" "_KEY"`). The qualifier is looked for behind `key`
 * (V8 finds the literal fast, where an alternation is tried at every character).
 */
function secretName(ending: string): string {
  const words = String.raw`secret|passw(?:or)?d|passphrase|token|apikey|credentials?|pwd`;
  const qualifiers = String.raw`api|secret|private|access|signing|encryption|master|client|auth|jwt|session|hmac|fernet|license`;
  // A number may follow the last word (`password2`, `API_KEY_1`).
  const numbered = String.raw`(?:_?\d+)?`;
  // `MYSQL_PASS` (after what logs in, see PASS_OWNERS) and `SECRET_KEY_HMAC` (a variant of
  // the secret key, see SECRET_KEY_VARIANTS): looked for behind the last word, like the qualifiers.
  const owners = [...PASS_OWNERS].join('|');
  const variants = [...SECRET_KEY_VARIANTS].join('|');
  return (
    String.raw`(?:${words})(?=${numbered}${ending})|key(?=${numbered}${ending})(?<=(?:${qualifiers})[^a-z0-9]*key|secret[\w.-]*key)` +
    String.raw`|pass(?=${numbered}${ending})(?<=(?<![a-z0-9])(?:${owners})[_-]pass)` +
    String.raw`|(?:${variants})(?=${numbered}${ending})(?<=secret[_-]?key(?:[_-](?:${variants}))*[_-](?:${variants}))`
  );
}

/**
 * A secret name in an identifier — only `_` after the word, and not the object of an attribute, a
 * call or a subscript (`token.type`, `Token(…)`, `tokens[0]`), which never name what they hold —
 * or closing a string (`"API_TOKEN"`); and URLs with a user and password. One pattern for the
 * identifiers and the strings.
 */
const SECRET_NAME = new RegExp(
  String.raw`${secretName(String.raw`(?:_*(?!\w)(?!\s*[.(\[])|[^a-z0-9]*?["'])`)}|:\/\/[^/\s:@]+:[^/\s@]+@`,
  'gi',
);

/**
 * Whether the file can hold a finding at all: a name isSecretName accepts (with `key` after its
 * qualifier, as at most one `_` or `-`), a key-taking API, or a URL with a user and password.
 * Grouped by first letter, which V8 scans in half the time of the flat list.
 */
function mentionsSecret(text: string): boolean {
  return (
    /s(?:ecret|ession[_-]?key|igning[_-]?key)|p(?:ass(?:w|phrase)|rivate[_-]?key|wd)|[_-]pass(?![a-z])|token|c(?:redential|lient[_-]?key)|a(?:pi|ccess|uth)[_-]?key|encryption[_-]?key|master[_-]?key|license[_-]?key|fernet|hmac|itsdangerous|j(?:wt|ose)/i.test(
      text,
    ) ||
    (text.includes('://') && /:\/\/[^\s'"/@]*:[^\s'"/@]*@/.test(text))
  );
}

/** Calls whose argument at this position (or keyword) is a signing/encryption key. */
const KEY_ARGUMENTS: ReadonlyArray<{ callee: RegExp; position: number; keyword: string }> = [
  { callee: /^(jwt|jose\.jwt)\.(encode|decode)$/, position: 1, keyword: 'key' },
  { callee: /^cryptography\.fernet\.Fernet$/, position: 0, keyword: 'key' },
  { callee: /^hmac\.(new|digest)$/, position: 0, keyword: 'key' },
  {
    callee:
      /^itsdangerous(\.[\w.]+)?\.(URLSafeTimedSerializer|URLSafeSerializer|TimedSerializer|Serializer|Signer|TimestampSigner|TimedJSONWebSignatureSerializer)$/,
    position: 0,
    keyword: 'secret_key',
  },
];

/** Calls that read configuration: their default is a literal written into the code. */
const DEFAULTING_READERS =
  /^(os\.getenv|os\.environ\.get|os\.environ\.setdefault|decouple\.config|environ\.Env\.\(\)\.str|config)$/;

export const hardcodedSecret: PythonRule = {
  kind: 'python',
  meta,
  anchors: {
    // A secret name is spelled in an identifier (`password = …`, `token=…`, `self.api_key == …`)
    // or a string (`{"password": …}`, `config["SECRET_KEY"] = …`, `getenv("API_TOKEN", …)`); the
    // statement that holds it is found from there; and URLs with a user and password.
    identifier: SECRET_NAME,
    string: SECRET_NAME,
    // The module that starts the key-taking function's name (`jwt.encode`, `hmac.new`), or
    // `Fernet`; names imported from them anchor as it (`from jwt import encode as sign`).
    call: ['jwt', 'jose', 'Fernet', 'hmac', 'itsdangerous'],
  },
  create({ file, report }) {
    if (file.isTest || !mentionsSecret(file.text)) return {};
    const secretLiteral = (node: Node | null, name: string): Node | null => {
      const literal = literalOf(node);
      if (!literal) return null;
      const value = stringValue(literal);
      if (value === null || value === '') return null;
      // Fill-in text or a phrase under a signing key (`app.secret_key = "super secret key"`) is
      // still the key the app signs with.
      if (
        isPlaceholderValue(value, name) &&
        !(isSigningKeyName(name) && (isFillInText(value) || isPhrase(value)))
      )
        return null;
      if (isTokenName(name) && !looksLikeIssuedToken(value)) return null;
      return literal;
    };
    const flag = (literal: Node, what: string): void =>
      report({
        at: literal,
        message: `${what} is hard-coded; read it from the environment or a secret store.`,
      });

    /** What is checked on a node that names what it holds, by the node's type. */
    const holders: Record<string, (node: Node) => void> = {
      assignment(node) {
        const left = node.childForFieldName('left');
        const name = targetName(left);
        if (!name || !isSecretName(name)) return;
        const literal = secretLiteral(node.childForFieldName('right'), name);
        if (literal) flag(literal, `The secret value of "${name}"`);
      },
      pair(node) {
        const key = stringValue(node.childForFieldName('key'));
        if (!key || !isPlainName(key) || !isSecretName(key)) return;
        const literal = secretLiteral(node.childForFieldName('value'), key);
        if (literal) flag(literal, `The secret value under "${key}"`);
      },
      keyword_argument(node) {
        const name = node.childForFieldName('name')?.text;
        if (!name || !isSecretName(name)) return;
        const literal = secretLiteral(node.childForFieldName('value'), name);
        if (literal) flag(literal, `The secret argument "${name}"`);
      },
      default_parameter: (node) => checkParameterDefault(node),
      typed_default_parameter: (node) => checkParameterDefault(node),
      comparison_operator(node) {
        const operators = node.children.filter((c) => c && !c.isNamed).map((c) => c?.type);
        if (operators.length !== 1 || (operators[0] !== '==' && operators[0] !== '!=')) return;
        const [left, right] = node.namedChildren;
        for (const [named, other] of [
          [left, right],
          [right, left],
        ] as const) {
          const name = targetName(named ?? null);
          // `token == "("` is a tokenizer at work, not a credential check.
          if (!name || !isSecretName(name) || isTokenName(name)) continue;
          const literal = secretLiteral(other ?? null, name);
          if (literal) flag(literal, `"${name}" is compared with a literal: the secret`);
        }
      },
      call(node) {
        // Readers of configuration: their default is a literal written into the code.
        const callee = file.callName(node);
        if (!callee || !DEFAULTING_READERS.test(callee)) return;
        const variable = stringValue(file.positionalArguments(node)[0] ?? null);
        const fallback = file.positionalArguments(node)[1] ?? file.keywordArgument(node, 'default');
        if (variable && isSecretName(variable)) {
          const literal = secretLiteral(fallback, variable);
          if (literal) flag(literal, `The default for the secret "${variable}"`);
        }
      },
    };
    const checked = new Set<number>();
    /**
     * Checks the nodes around a name that may hold it: the name is the holder's child
     * (`password = …`), grandchild (`self.password = …`, `config["password"] = …`,
     * `getenv("PASSWORD", …)`) or, as part of a concatenated string, one level further down.
     */
    const checkHolders = (name: Node): void => {
      const chain = file.ancestry(name);
      for (let i = chain.length - 2; i >= 0 && i >= chain.length - 4; i--) {
        const holder = chain[i];
        if (!holder) break;
        const type = file.typeOf(holder);
        const check = Object.hasOwn(holders, type) ? holders[type] : undefined;
        if (!check || checked.has(holder.id)) continue;
        checked.add(holder.id);
        check(holder);
      }
    };

    return {
      identifier: checkHolders,
      string(node) {
        checkHolders(node);
        if (file.parentOf(node)?.type === 'concatenated_string') return;
        const value = stringValue(node);
        if (value && hasInlineCredentials(value)) {
          report({
            at: node,
            message:
              'This URL has a password inside; read the URL or the password from the environment.',
          });
        }
      },
      call(node) {
        const callee = file.callName(node);
        if (!callee || DEFAULTING_READERS.test(callee)) return;
        for (const spec of KEY_ARGUMENTS) {
          if (!spec.callee.test(callee)) continue;
          const argument =
            file.positionalArguments(node)[spec.position] ??
            file.keywordArgument(node, spec.keyword);
          const literal = secretLiteral(file.resolveValue(argument), 'key');
          if (!literal || !argument) continue;
          const use = `${callee.replace(/^.*\./, '')}()`;
          const via =
            literal.id === argument.id
              ? ''
              : ` (used by ${use} on line ${file.spanOf(argument).startLine})`;
          flag(
            literal,
            literal.id === argument.id ? `The key given to ${use}` : `This signing key${via}`,
          );
        }
      },
    };

    function checkParameterDefault(node: Node): void {
      const name = node.childForFieldName('name')?.text;
      if (!name || !isSecretName(name)) return;
      const literal = secretLiteral(node.childForFieldName('value'), name);
      if (literal) flag(literal, `The default of the parameter "${name}"`);
    }
  },
};

/** A string literal, seen through a bytes/str call such as `b"..."` or `"...".encode()`. */
function literalOf(node: Node | null): Node | null {
  if (!node) return null;
  if (node.type === 'string' || node.type === 'concatenated_string') return node;
  if (node.type === 'call') {
    const callee = node.childForFieldName('function');
    if (callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'encode') {
      return literalOf(callee.childForFieldName('object'));
    }
  }
  return null;
}

/** The name a value is stored under: `x`, `self.x`, `config["X"]`, `settings.X`. */
function targetName(node: Node | null): string | null {
  if (!node) return null;
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') return node.childForFieldName('attribute')?.text ?? null;
  if (node.type === 'subscript') {
    const key = stringValue(node.childForFieldName('subscript'));
    return key !== null && isPlainName(key) ? key : null;
  }
  return null;
}
