/**
 * ## What it does
 * Finds TLS certificate checks switched off: `verify=False` given to requests or httpx (a call, a
 * `Session`/`Client`, or `session.verify = False`), aiohttp `ssl=False`/`verify_ssl=False`,
 * unambiguous options like `verify_certs=False` or `ssl_verify=False` on any client,
 * `ssl._create_unverified_context`, and `CERT_NONE` as a context's `verify_mode` or as an
 * argument (`cert_reqs=ssl.CERT_NONE`, ldap3 `Tls(validate=CERT_NONE)`, redis `ssl_cert_reqs="none"`)
 * or an option in a dict (Celery's `broker_use_ssl = {"ssl_cert_reqs": ssl.CERT_NONE}`).
 *
 * ## Why is this bad?
 * Without certificate checks, anyone on the network path (a café Wi-Fi, a compromised router, a
 * cloud neighbour) can pose as the server, read the API keys and card numbers sent to it, and
 * change the answers.
 *
 * Not reported: `verify=` given a CA bundle path or a setting, a function named for the opt-out
 * (`load_ssl_context_no_verify`: a client library's own `verify=False` option) or the branch a
 * verify flag sends the unverified case to (`if verified: … else: CERT_NONE`), the branches of a
 * driver's `sslmode` (`if sslmode < SSLMode.require: …`), and tests.
 */
import type { Node } from 'web-tree-sitter';
import { REQUESTS_VERBS } from '../semantic/http-calls.js';
import type { Rule } from '../../../model.js';
import type { PythonRule, Visitors } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import { stringValue } from '../python-file.js';
import {
  importedCallName,
  importedName,
  literalBoolean,
  resolveObject,
} from '../semantic/security-values.js';

/** The name of a function that builds the unverified variant on purpose. */
const OPT_OUT_FUNCTION = /no_?verif|insecure|unverified|without_verif|skip_verif/i;

/**
 * A flag that says whether to verify: `verify`, `verified`, `self.verify_ssl`, `ssl_verify`,
 * `request.validate_cert`.
 */
const VERIFY_FLAG = /^(?:[\w.]+\.)?\w*(?:verif|validate_cert|check_cert)\w*$/i;

/** A flag that says not to: `insecure_skip_verify`, `no_verify`, `self.insecure`. */
const SKIP_VERIFY_FLAG =
  /^(?:[\w.]+\.)?\w*(?:insecure|skip_?verif|no_?verif|disable_?(?:ssl_?|tls_?)?verif|unverified|ignore_?cert)\w*$/i;

/**
 * The branch a verify flag sends the unverified case to (`if verified: … else: CERT_NONE`,
 * `if not verify: …`): a client library building its own opt-out (aiohttp's `ssl=False`).
 */
function inOptOutBranch(file: PythonFile, node: Node): boolean {
  return file.branchesAround(node, true).some(({ condition, holds }) => {
    const text = (condition?.text ?? '').trim();
    // `if sslmode < SSLMode.require:`: a driver following the caller's libpq-style `sslmode`.
    if (SSL_MODE.test(text)) return true;
    const negated = /^not\s+/.test(text);
    const flag = text.replace(/^not\s+/, '');
    // `if insecure_skip_verify: <here>` or `if not insecure: … else: <here>`.
    if (SKIP_VERIFY_FLAG.test(flag)) return holds !== negated;
    // `if verified: … else: <here>` or `if not verify: <here>`.
    return VERIFY_FLAG.test(flag) && holds === negated;
  });
}

/** A condition on the connection's `sslmode` (`disable` … `verify-full`), whichever branch. */
const SSL_MODE = /(?<![\w])(?:[\w.]*\.)?_?ssl_?mode\b/i;

const meta: Rule = {
  id: 'PBP211',
  name: 'tls-verify-disabled',
  tool: 'patterns',
  section: 'security',
  level: 'error',
  precision: 'very-high',
  summary: 'TLS certificate verification is switched off.',
  tags: ['security', 'external/cwe/cwe-295'],
  cwe: ['CWE-295'],
  securitySeverity: 7.5,
  docs: {
    what: 'Finds verify=False given to requests or httpx, aiohttp ssl=False, options like verify_certs=False, ssl._create_unverified_context, and CERT_NONE used as a verify mode, an argument or a dict option ({"ssl_cert_reqs": ssl.CERT_NONE}, Celery’s broker_use_ssl). A function named for the opt-out (load_ssl_context_no_verify), the branch of a verify flag that is off (if verified: … else: CERT_NONE) and a driver’s sslmode branches (if sslmode < SSLMode.require: …), a client library’s own options, are left out.',
    why: 'Without certificate checks anyone on the network path can pose as the server, read the credentials and data sent to it, and change its answers.',
    example:
      'resp = requests.post(url, json=body, verify=False, timeout=10)\nclient = httpx.AsyncClient(verify=False)',
    useInstead:
      'resp = requests.post(url, json=body, verify="/etc/ssl/certs/internal-ca.pem", timeout=10)\nclient = httpx.AsyncClient()  # verifies by default',
  },
};

const HTTP_MODULES = ['requests', 'httpx', 'aiohttp', 'urllib3', 'boto3', 'botocore'];
const HTTP_METHODS = new Set([
  ...REQUESTS_VERBS,
  'send',
  'stream',
  'ws_connect',
  'urlopen',
  'client',
  'resource',
]);
const CLIENT_CLASSES =
  /^(Session|session|Client|AsyncClient|ClientSession|TCPConnector|AsyncHTTPTransport|HTTPTransport)$/;
/** Option names that can only mean "do not check certificates" when false. */
const VERIFY_OPTIONS = new Set([
  'verify_ssl',
  'verify_certs',
  'ssl_verify',
  'verify_tls',
  'tls_verify',
  'validate_certs',
  'ssl_cert_verify',
  'verify_certificate',
  'check_certificate',
]);

export const tlsVerifyDisabled: PythonRule = {
  kind: 'python',
  meta,
  anchors: {
    // The option's name, or `CERT_NONE` in its value (`cert_reqs=ssl.CERT_NONE`; a name imported
    // as another anchors as it).
    keyword_argument: ['verify', 'ssl', ...VERIFY_OPTIONS, 'ssl_cert_reqs', 'CERT_NONE'],
    // A `cert_reqs=mode` whose `mode = ssl.CERT_NONE` is elsewhere: any option named like
    // cert/ssl/tls/valid, or with CERT in its value (see `create`).
    argument_list: /cert|ssl|tls|valid/gi,
    assignment: ['verify_mode', 'verify'],
    // `{"ssl_cert_reqs": ssl.CERT_NONE}`: Celery's and kombu's `broker_use_ssl` options.
    pair: ['ssl_cert_reqs', 'cert_reqs'],
    attribute: ['_create_unverified_context'],
  },
  create({ file, report: reportAny }) {
    if (file.isTest) return {};
    // A function named for the opt-out (`load_ssl_context_no_verify`) is a client library's own
    // `verify=False` option: the decision is made, and reported, where a caller passes it.
    const report: typeof reportAny = (finding) => {
      const at = finding.at as Node;
      const fn = file.enclosingFunction(at)?.childForFieldName('name')?.text ?? '';
      if (!OPT_OUT_FUNCTION.test(fn) && !inOptOutBranch(file, at)) reportAny(finding);
    };
    const usesHttpClient = (): boolean => HTTP_MODULES.some((module) => file.importsModule(module));
    const checked = new Set<number>();
    const visitors: Visitors = {
      keyword_argument(node) {
        if (checked.has(node.id)) return;
        checked.add(node.id);
        const option = node.childForFieldName('name')?.text;
        if (!option) return;
        const chain = file.ancestry(node);
        const call = chain.length >= 3 ? chain[chain.length - 3] : undefined;
        if (call?.type !== 'call') return;
        const value = node.childForFieldName('value');
        if (option === 'verify') {
          if (literalBoolean(file, value) === false && isHttpCall(call)) {
            report({
              at: call,
              message:
                'verify=False turns off certificate checks, so anyone on the network can pose as this server; pass a CA bundle path if the certificate is private.',
            });
          }
        } else if (option === 'ssl') {
          if (literalBoolean(file, value) === false && isAiohttpCall(call)) {
            report({
              at: call,
              message:
                'ssl=False turns off certificate checks for aiohttp, so anyone on the network can pose as this server; pass an ssl.SSLContext with your CA instead.',
            });
          }
        } else if (VERIFY_OPTIONS.has(option)) {
          if (literalBoolean(file, value) === false) {
            report({
              at: call,
              message: `${option}=False turns off certificate checks, so anyone on the network can pose as this server; trust a CA bundle instead.`,
            });
          }
        } else if (
          (/cert|ssl|tls|valid/i.test(option) || value?.text.includes('CERT_NONE')) &&
          (isCertNone(file, value) ||
            (option === 'ssl_cert_reqs' && isNoneRequirement(file, value)))
        ) {
          // cert_reqs=ssl.CERT_NONE, Tls(validate=CERT_NONE), redis ssl_cert_reqs="none"
          report({
            at: call,
            message: `${option}=CERT_NONE turns off certificate checks; keep CERT_REQUIRED and trust a CA bundle instead.`,
          });
        }
      },
      assignment(node) {
        const left = node.childForFieldName('left');
        if (left?.type !== 'attribute') return;
        const field = left.childForFieldName('attribute')?.text;
        const right = node.childForFieldName('right');
        // `self.verify_mode = CERT_NONE` in a class is an SSLContext stand-in setting its default, not a use.
        if (
          field === 'verify_mode' &&
          isCertNone(file, right) &&
          left.childForFieldName('object')?.text !== 'self'
        ) {
          report({
            at: node,
            message:
              'verify_mode = CERT_NONE turns off certificate checks; keep CERT_REQUIRED and load your CA with load_verify_locations().',
          });
        } else if (
          field === 'verify' &&
          literalBoolean(file, right) === false &&
          isHttpSession(left.childForFieldName('object'))
        ) {
          report({
            at: node,
            message:
              'session.verify = False turns off certificate checks for every request of this session; point it at a CA bundle instead.',
          });
        }
      },
      pair(node) {
        const option = stringValue(node.childForFieldName('key'));
        if (option !== 'ssl_cert_reqs' && option !== 'cert_reqs') return;
        const value = node.childForFieldName('value');
        if (
          !isCertNone(file, value) &&
          !(option === 'ssl_cert_reqs' && isNoneRequirement(file, value))
        )
          return;
        report({
          at: node,
          message: `"${option}": CERT_NONE turns off certificate checks for the connection these options configure; keep CERT_REQUIRED and trust a CA bundle instead.`,
        });
      },
      attribute(node) {
        if (node.childForFieldName('attribute')?.text !== '_create_unverified_context') return;
        if (importedName(file, node) !== 'ssl._create_unverified_context') return;
        report({
          at: node,
          message:
            'ssl._create_unverified_context() makes a context that checks no certificate; use ssl.create_default_context() (with cafile= for a private CA).',
        });
      },
    };
    // The value of an option may be a name set to CERT_NONE elsewhere (`mode = ssl.CERT_NONE`),
    // where no anchor of the option points: then every option named like cert/ssl/tls/valid (or
    // with CERT in its value) is looked at from its argument list. "NONE" also finds the
    // constant spelled as concatenated strings.
    if (file.text.includes('NONE')) {
      visitors.argument_list = (node) => {
        for (const argument of node.namedChildren) {
          if (argument?.type === 'keyword_argument') visitors.keyword_argument?.(argument);
        }
      };
    }
    return visitors;

    /** requests/httpx calls, session methods and client constructors. */
    function isHttpCall(call: Node): boolean {
      const name = importedCallName(file, call);
      if (name && /^(requests|httpx|aiohttp|urllib3|boto3|botocore)\./.test(name)) return true;
      const tail = file.calleeTail(call) ?? '';
      if (CLIENT_CLASSES.test(tail)) return true;
      return (
        HTTP_METHODS.has(tail) &&
        call.childForFieldName('function')?.type === 'attribute' &&
        usesHttpClient()
      );
    }

    function isAiohttpCall(call: Node): boolean {
      const name = importedCallName(file, call);
      if (name?.startsWith('aiohttp.')) return true;
      const tail = file.calleeTail(call) ?? '';
      return (
        file.importsModule('aiohttp') &&
        (HTTP_METHODS.has(tail) || tail === 'TCPConnector') &&
        call.childForFieldName('function')?.type === 'attribute'
      );
    }

    /** `requests.Session()` / `httpx.Client()` assigned once, or a `session`/`client` attribute in a module using one. */
    function isHttpSession(node: Node | null): boolean {
      // Both answers need an HTTP client imported; asked first, as following `self` through its
      // scope is the costly part.
      if (!usesHttpClient()) return false;
      const value = resolveObject(file, node);
      if (value?.type === 'call')
        return /^(requests|httpx)\./.test(importedCallName(file, value) ?? '');
      const name =
        value?.type === 'attribute' ? value.childForFieldName('attribute')?.text : value?.text;
      return usesHttpClient() && /sess|client|http/i.test(name ?? '');
    }
  },
};

/** redis-py `ssl_cert_reqs`: None or "none" means no check. */
function isNoneRequirement(file: PythonFile, node: Node | null): boolean {
  const value = file.resolveValue(node);
  return value?.type === 'none' || stringValue(value)?.toLowerCase() === 'none';
}

function isCertNone(file: PythonFile, node: Node | null): boolean {
  const value = file.resolveValue(node);
  if (!value) return false;
  if (stringValue(value) === 'CERT_NONE') return true;
  return /^ssl\.(VerifyMode\.)?CERT_NONE$/.test(importedName(file, value) ?? '');
}
