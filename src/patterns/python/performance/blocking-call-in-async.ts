/**
 * ## What it does
 * Finds blocking calls made directly in the body of an `async def`: `time.sleep`, `requests.*`
 * (and a `requests.Session()` made on the spot, and httpx's synchronous `httpx.get/post/…`),
 * `urllib.request.urlopen`,
 * `subprocess.run/call/check_call/check_output`, and `open(…).read()`.
 *
 * ## Why is this bad?
 * An `async def` runs on the event loop's single thread: while it blocks, every other request
 * the worker serves waits too. A two-second `time.sleep` in one handler stalls them all.
 *
 * Not reported: the same calls inside a nested `def` or `lambda` (handed to
 * `run_in_executor`/`asyncio.to_thread`), and tests.
 */
import type { Node } from 'web-tree-sitter';
import { REQUESTS_VERBS } from '../semantic/http-calls.js';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import { isAsyncFunction } from '../python-file.js';

const meta: Rule = {
  id: 'PBP106',
  name: 'blocking-call-in-async',
  tool: 'patterns',
  section: 'performance',
  level: 'warning',
  precision: 'very-high',
  summary: 'A blocking call runs directly inside an `async def` and stalls the event loop.',
  docs: {
    what: 'Finds time.sleep, requests.* (and httpx.get/post/…), urllib.request.urlopen, subprocess.run/call/check_call/check_output and open(...).read() called directly inside an async def.',
    why: 'An async def runs on the event loop’s only thread; while it blocks, every other request that worker serves waits as well. One slow HTTP call or sleep stalls the whole service.',
    example:
      'async def charge(order_id: int) -> None:\n    resp = requests.post(PAYMENTS_URL, json={"order": order_id}, timeout=10)\n    time.sleep(1)',
    useInstead:
      'async def charge(order_id: int) -> None:\n    async with httpx.AsyncClient(timeout=10) as client:\n        resp = await client.post(PAYMENTS_URL, json={"order": order_id})\n    await asyncio.sleep(1)',
  },
};

const SUBPROCESS_CALLS = new Set([
  'run',
  'call',
  'check_call',
  'check_output',
  'getoutput',
  'getstatusoutput',
]);

const INSTEAD: Record<string, string> = {
  sleep: 'await asyncio.sleep(…)',
  http: 'an async client (httpx.AsyncClient, aiohttp) or await asyncio.to_thread(…)',
  subprocess: 'await asyncio.create_subprocess_exec(…)',
  file: 'await asyncio.to_thread(…) or aiofiles',
};

/** The modules a blocking call's name starts with (beside the builtin `open`). */
const BLOCKING_MODULES = ['time', 'requests', 'httpx', 'urllib', 'urllib2', 'subprocess'];

export const blockingCallInAsync: PythonRule = {
  kind: 'python',
  meta,
  // The last name of what is called (`sleep`, `get`, `urlopen`, `read`), or an import alias of
  // one, ends the callee.
  anchors: {
    call: [
      ...new Set([
        'sleep',
        'urlopen',
        'read',
        'readlines',
        'write',
        ...REQUESTS_VERBS,
        ...SUBPROCESS_CALLS,
      ]),
    ],
  },
  create({ file, report }) {
    // Cheap test first: most modules define no coroutine.
    if (file.isTest || !file.text.includes('async def')) return {};
    // Every blocking call's name starts with an imported module, or with `open`.
    if (
      !BLOCKING_MODULES.some((module) => file.importsModule(module)) &&
      !/(?<!\w)open(?!\w)/.test(file.text)
    )
      return {};
    return {
      call(node) {
        const blocking = blockingKind(file, node);
        if (!blocking || !directlyInAsync(file, node)) return;
        const name = blocking.label;
        report({
          at: node,
          message: `${name} blocks the event loop inside this async def, stalling every other request; use ${INSTEAD[blocking.kind]}.`,
        });
      },
    };
  },
};

function blockingKind(
  file: PythonFile,
  call: Node,
): { kind: keyof typeof INSTEAD & string; label: string } | null {
  const name = file.callName(call);
  if (!name) return null;
  // `requests`, `time`, `subprocess`, `urlopen` must come from an import, not a local of that name.
  const head = rootName(call.childForFieldName('function'));
  if (!head) return null;
  if (head !== 'open' && !file.imports().has(head)) return null;
  if (name === 'time.sleep') return { kind: 'sleep', label: 'time.sleep()' };
  const parts = name.split('.');
  const tail = parts[parts.length - 1] ?? '';
  if (parts[0] === 'requests') {
    // requests.get(…), requests.Session().get(…), requests.api.get(…)
    const direct = parts.length === 2 || (parts.length === 3 && parts[1] === 'api');
    const session = /^requests\.(Session|session|sessions\.Session)\.\(\)\.\w+$/.test(name);
    if ((direct || session) && REQUESTS_VERBS.has(tail))
      return { kind: 'http', label: `${name.replace('.().', '().')}()` };
    return null;
  }
  // httpx's module functions are its synchronous client.
  if (parts[0] === 'httpx' && parts.length === 2 && REQUESTS_VERBS.has(tail))
    return { kind: 'http', label: `${name}()` };
  if (name === 'urllib.request.urlopen' || name === 'urllib2.urlopen')
    return { kind: 'http', label: 'urlopen()' };
  if (parts[0] === 'subprocess' && parts.length === 2 && SUBPROCESS_CALLS.has(tail))
    return { kind: 'subprocess', label: `${name}()` };
  if (/^open\.\(\)\.(read|readlines|write)$/.test(name) && !file.imports().has('open'))
    return { kind: 'file', label: `open(…).${tail}()` };
  return null;
}

/** The nearest function around the call is an `async def` (not a nested `def` or a `lambda`). */
function directlyInAsync(file: PythonFile, node: Node): boolean {
  const chain = file.ancestry(node);
  for (let i = chain.length - 2; i >= 0; i--) {
    const current = chain[i];
    if (!current) break;
    const type = file.typeOf(current);
    if (type === 'lambda') return false;
    if (type === 'function_definition') return isAsyncFunction(current);
  }
  return false;
}

/** The leftmost identifier of a callee chain: `requests` in `requests.Session().get`. */
function rootName(node: Node | null): string | null {
  let current = node;
  while (current) {
    if (current.type === 'identifier') return current.text;
    if (current.type === 'attribute') current = current.childForFieldName('object');
    else if (current.type === 'call') current = current.childForFieldName('function');
    else return null;
  }
  return null;
}
