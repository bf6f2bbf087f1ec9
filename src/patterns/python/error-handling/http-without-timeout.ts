/**
 * ## What it does
 * Finds HTTP calls that can wait forever: `requests.get/post/put/patch/delete/head/options` and
 * `requests.request` without `timeout=` (or with `timeout=None`), the same methods on a
 * `requests.Session()` — which has no default timeout either — and `httpx` calls or clients
 * given `timeout=None`.
 *
 * ## Why is this bad?
 * requests waits for a server that accepted the connection but never answers for as long as the
 * socket stays open: the worker thread, and the request that is waiting on it, hang with it. A
 * few such calls exhaust a web server's workers. httpx has a 5 s default, which `timeout=None`
 * switches off.
 *
 * A session counts when the receiver is a name or `self.…` attribute assigned only
 * `requests.Session()` (or bound by `with requests.Session() as s`), and the module mounts no
 * transport adapter (`s.mount(...)`, where a default timeout is often set). Calls that pass
 * `**kwargs` are not reported (the timeout may be inside), and neither are tests.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import { REQUESTS_VERBS } from '../semantic/http-calls.js';

const meta: Rule = {
  id: 'PBP605',
  name: 'http-without-timeout',
  tool: 'patterns',
  section: 'error-handling',
  level: 'warning',
  precision: 'very-high',
  summary: 'An HTTP request is made without a timeout.',
  docs: {
    what: 'Finds requests.get/post/put/patch/delete/head/options/request calls (also on a requests.Session()) without timeout= or with timeout=None, and httpx calls or clients with timeout=None.',
    why: 'Without a timeout, requests waits for an unresponsive server for as long as the connection stays open: the thread and the request waiting on it hang, and a few such calls exhaust a web server’s workers.',
    example: 'resp = requests.get(url, auth=self.auth)\nclient = httpx.AsyncClient(timeout=None)',
    useInstead:
      'resp = requests.get(url, auth=self.auth, timeout=10)\nclient = httpx.AsyncClient(timeout=httpx.Timeout(10.0, connect=5.0))',
  },
};

const REQUESTS_FUNCTION = /^requests(\.api)?\.(get|post|put|patch|delete|head|options|request)$/;
const REQUESTS_SESSION = /^requests(\.sessions)?\.(Session|session)$/;
const HTTPX_FUNCTION =
  /^httpx\.(get|post|put|patch|delete|head|options|request|stream|Client|AsyncClient)$/;
const HTTPX_CLIENT = /^httpx\.(Client|AsyncClient)$/;

type ClientKind = 'requests' | 'httpx';

export const httpWithoutTimeout: PythonRule = {
  kind: 'python',
  meta,
  // The callee's last name: `get` in `requests.get(...)` and `self.session.get(...)`.
  anchors: {
    call: [...REQUESTS_VERBS, 'stream', 'Client', 'AsyncClient'],
  },
  create({ file, report }) {
    if (file.isTest) return {};
    // Cheap first look: no mention of either library, no HTTP call to check.
    if (!/\b(requests|httpx)\b/.test(file.text)) return {};
    if (!file.importsModule('requests') && !file.importsModule('httpx')) return {};
    const mountsAdapters = /\.mount\s*\(/.test(file.text);
    return {
      call(node) {
        const tail = file.calleeTail(node) ?? '';
        if (!REQUESTS_VERBS.has(tail) && !/^(stream|Client|AsyncClient)$/.test(tail)) return;
        const name = file.callName(node) ?? '';
        let kind: ClientKind | null = null;
        let what = name;
        // The module must be imported: a local list called `requests` has a `.get` too.
        if (REQUESTS_FUNCTION.test(name) && file.importsModule('requests')) kind = 'requests';
        else if (HTTPX_FUNCTION.test(name) && file.importsModule('httpx')) kind = 'httpx';
        else {
          const callee = node.childForFieldName('function');
          const method =
            callee?.type === 'attribute' ? (callee.childForFieldName('attribute')?.text ?? '') : '';
          const receiver = callee?.childForFieldName('object') ?? null;
          if (!receiver || !(REQUESTS_VERBS.has(method) || method === 'stream')) return;
          kind = clientKind(file, receiver);
          if (kind === 'requests' && (mountsAdapters || method === 'stream')) return;
          what = `${receiver.text}.${method}`;
        }
        if (!kind || hasDictionarySplat(node)) return;
        const timeout = file.keywordArgument(node, 'timeout');
        if (kind === 'requests' && !timeout) {
          report({
            at: node,
            message: `\`${what}()\` has no timeout, so it can wait forever on a server that does not answer; pass \`timeout=\` (e.g. \`timeout=10\`).`,
          });
        } else if (timeout && isNoTimeout(file, timeout)) {
          report({
            at: node,
            message: `\`${what}()\` is given \`timeout=None\`, so it can wait forever on a server that does not answer; pass a number of seconds.`,
          });
        }
      },
    };
  },
};

function hasDictionarySplat(call: Node): boolean {
  return (
    call
      .childForFieldName('arguments')
      ?.namedChildren.some((arg) => arg?.type === 'dictionary_splat') ?? false
  );
}

/** `None`, or `httpx.Timeout(None)`. */
function isNoTimeout(file: PythonFile, node: Node): boolean {
  if (node.type === 'none') return true;
  if (node.type === 'call' && file.callName(node) === 'httpx.Timeout') {
    const args = node.childForFieldName('arguments')?.namedChildren ?? [];
    return args.length === 1 && args[0]?.type === 'none';
  }
  return false;
}

/** What HTTP client the receiver of `x.get(...)` is, when its value is known. */
function clientKind(file: PythonFile, receiver: Node): ClientKind | null {
  if (receiver.type === 'call') return constructorKind(file, receiver);
  if (receiver.type === 'identifier') {
    const value = file.resolveValue(receiver);
    if (value && value.id !== receiver.id) return constructorKind(file, value);
    return withBindingKind(file, receiver);
  }
  if (receiver.type === 'attribute' && receiver.childForFieldName('object')?.text === 'self') {
    return selfAttributeKind(file, receiver);
  }
  return null;
}

function constructorKind(file: PythonFile, value: Node): ClientKind | null {
  // `session or requests.Session()`: the caller's client, or one made here when there is none.
  if (value.type === 'boolean_operator' && value.childForFieldName('operator')?.text === 'or') {
    const made = value.childForFieldName('right');
    return made ? constructorKind(file, made) : null;
  }
  if (value.type !== 'call') return null;
  const name = file.callName(value) ?? '';
  if (REQUESTS_SESSION.test(name) && file.importsModule('requests')) return 'requests';
  if (HTTPX_CLIENT.test(name) && file.importsModule('httpx')) return 'httpx';
  return null;
}

/** `with requests.Session() as s:` / `async with httpx.AsyncClient() as client:` around the call. */
function withBindingKind(file: PythonFile, name: Node): ClientKind | null {
  let current = file.parentOf(name);
  while (current) {
    const type = file.typeOf(current);
    if (type === 'with_statement') {
      for (const item of current.descendantsOfType('with_item')) {
        const pattern = item?.childForFieldName('value');
        if (pattern?.type !== 'as_pattern') continue;
        const target = pattern.childForFieldName('alias');
        if (target?.text !== name.text) continue;
        const value =
          pattern.namedChildren.find((child) => child?.type !== 'as_pattern_target') ?? null;
        return value ? constructorKind(file, value) : null;
      }
    }
    if (type === 'function_definition' || type === 'class_definition') return null;
    current = file.parentOf(current);
  }
  return null;
}

const selfAttributes = new WeakMap<PythonFile, Map<string, ClientKind | null>>();

/** `self.session` when every `self.session = …` in the class assigns the same kind of client. */
function selfAttributeKind(file: PythonFile, receiver: Node): ClientKind | null {
  const attribute = receiver.childForFieldName('attribute')?.text;
  let cls = file.parentOf(receiver);
  while (cls && file.typeOf(cls) !== 'class_definition') cls = file.parentOf(cls);
  if (!attribute || !cls) return null;
  let byClass = selfAttributes.get(file);
  if (!byClass) selfAttributes.set(file, (byClass = new Map()));
  const key = `${cls.id}:${attribute}`;
  if (byClass.has(key)) return byClass.get(key) ?? null;
  let kind: ClientKind | null = null;
  let assignments = 0;
  for (const assignment of cls.descendantsOfType('assignment')) {
    const left = assignment?.childForFieldName('left');
    if (left?.type !== 'attribute' || left.text.replace(/\s+/g, '') !== `self.${attribute}`)
      continue;
    assignments++;
    const value = assignment?.childForFieldName('right') ?? null;
    const found = value ? constructorKind(file, value) : null;
    if (!found || (kind && kind !== found)) {
      kind = null;
      break;
    }
    kind = found;
  }
  const result = assignments > 0 ? kind : null;
  byClass.set(key, result);
  return result;
}
