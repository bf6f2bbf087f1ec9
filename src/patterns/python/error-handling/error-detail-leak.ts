/**
 * ## What it does
 * Finds HTTP responses built from an exception: `HTTPException(detail=str(e))`,
 * `JSONResponse({"error": str(exc)})`, Flask `jsonify(error=str(e))`/`abort(500, str(e))`,
 * Django `JsonResponse`/`HttpResponse…(str(e))`, aiohttp `web.json_response`, Flask-AppBuilder
 * `self.response_500(message=str(e))`, werkzeug's HTTP
 * errors raised with it (`raise BadRequest(str(e))`), pages rendered
 * with it (`render_template(..., error=str(e))`, Django `render(request, name, {...})`), and a
 * route or error handler that returns `str(e)` or `traceback.format_exc()` — directly or through
 * a local variable set to it (`details = traceback.format_exc()`).
 *
 * ## Why is this bad?
 * An exception's text is written for developers: it carries SQL statements and constraint names
 * (`IntegrityError`), file paths, host names, library versions and sometimes data. Sent to the
 * client it maps the system for an attacker (CWE-209); a traceback shows the code itself.
 *
 * Handlers are routes (`@app.get(…)`), error handlers, and the verb methods of flask-restful /
 * flask-restx `Resource` and Flask `MethodView` classes.
 *
 * "The exception" is a name bound by an enclosing `except … as e`, or the exception parameter of
 * a registered error handler (`@app.exception_handler(...)`, `@app.errorhandler(...)`) or one
 * annotated with an exception class. Not reported: responses only sent when debugging
 * (`if settings.DEBUG:`, `… if settings.DEBUG else "Internal Server Error"`; PBP207 reports
 * debug left on), exceptions whose text is meant for the client
 * (HTTP errors, validation errors, authentication and permission refusals, Flask handlers
 * registered for a status code), and attributes
 * the application defines for clients (`exc.detail`, `exc.message`, `exc.code`).
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule, Visitors } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import { exceptionNamesAt, isErrorHandler } from '../semantic/errors-handlers.js';
import { callShape } from '../semantic/logging-calls.js';
import { isDevelopmentCondition, isDevelopmentOnly } from '../semantic/security-values.js';
import { escapeRegExp } from '../../../escape.js';

const meta: Rule = {
  id: 'PBP604',
  name: 'error-detail-leak',
  tool: 'patterns',
  section: 'error-handling',
  level: 'warning',
  precision: 'high',
  summary: 'An HTTP response is built from an exception’s text or traceback.',
  tags: ['security', 'external/cwe/cwe-209'],
  cwe: ['CWE-209'],
  securitySeverity: 5.4,
  docs: {
    what: 'Finds HTTP responses and rendered pages built from an exception: HTTPException(detail=str(e)), JSONResponse({"error": str(exc)}), jsonify(error=str(e)), abort(500, str(e)), raise BadRequest(str(e)) (werkzeug), self.response_500(message=str(e)) (Flask-AppBuilder), JsonResponse/HttpResponse(str(e)), render_template(..., error=traceback.format_exc()), and route or error handlers that return str(e) or traceback.format_exc(), directly or through a local variable. Responses sent only when debugging (if settings.DEBUG: …, … if settings.DEBUG else "Internal Server Error") are left out.',
    why: 'Exception text is written for developers: it carries SQL and constraint names, file paths, host names, versions and sometimes data. Sent to a client it maps the system for an attacker, and a traceback shows the code itself.',
    example:
      'except IntegrityError as exc:\n    raise HTTPException(409, detail=str(exc)) from exc\n\n@app.exception_handler(Exception)\nasync def unhandled_error(request: Request, exc: Exception) -> JSONResponse:\n    return JSONResponse({"error": str(exc)}, status_code=500)',
    useInstead:
      'except IntegrityError as exc:\n    raise HTTPException(409, detail="email already registered") from exc\n\n@app.exception_handler(Exception)\nasync def unhandled_error(request: Request, exc: Exception) -> JSONResponse:\n    logger.exception("unhandled error on %s", request.url.path)\n    return JSONResponse({"error": "internal server error"}, status_code=500)',
  },
};

/** The werkzeug.exceptions classes an application raises to answer with an error status. */
const WERKZEUG_HTTP_ERRORS = [
  'BadRequest',
  'Unauthorized',
  'Forbidden',
  'NotFound',
  'MethodNotAllowed',
  'NotAcceptable',
  'RequestTimeout',
  'Conflict',
  'Gone',
  'PreconditionFailed',
  'RequestEntityTooLarge',
  'UnsupportedMediaType',
  'UnprocessableEntity',
  'Locked',
  'FailedDependency',
  'TooManyRequests',
  'InternalServerError',
  'NotImplemented',
  'BadGateway',
  'ServiceUnavailable',
  'GatewayTimeout',
];
const WERKZEUG_HTTP_ERROR = new RegExp(`^(${WERKZEUG_HTTP_ERRORS.join('|')})$`);

/** Response constructors, by the last segment of their name, and which argument carries the body. */
const RESPONSE_SINKS: ReadonlyArray<{ tail: RegExp; positions: number[]; keywords: string[] }> = [
  // FastAPI/Starlette HTTPException(status_code, detail), WebSocketException(code, reason).
  { tail: /^HTTPException$/, positions: [1], keywords: ['detail'] },
  { tail: /^(JSON|ORJSON|UJSON|PlainText|HTML)Response$/, positions: [0], keywords: ['content'] },
  // Django, Django REST framework, Flask/Werkzeug/Starlette Response.
  {
    tail: /^(JsonResponse|HttpResponse\w*|Response)$/,
    positions: [0],
    keywords: ['data', 'content', 'response', 'body', 'text'],
  },
  { tail: /^(jsonify|make_response)$/, positions: [0, 1, 2], keywords: ['*'] },
  // Flask-AppBuilder's REST API helpers: `self.response_500(message=str(e))`.
  { tail: /^response_[45]\d\d$/, positions: [0], keywords: ['message'] },
  { tail: /^json_response$/, positions: [0], keywords: ['data', 'text', 'body'] },
  // aiohttp web.HTTPInternalServerError(text=...), Flask abort(code, description).
  { tail: /^HTTP\w+$/, positions: [], keywords: ['text', 'body', 'reason'] },
  { tail: /^abort$/, positions: [1], keywords: ['description'] },
  // Werkzeug's HTTP exceptions (what Flask's `abort` raises), raised directly:
  // `raise BadRequest(str(e))`; their description is the error page's text.
  { tail: WERKZEUG_HTTP_ERROR, positions: [0], keywords: ['description'] },
  // Pages rendered for the client: Flask render_template(..., error=...), Django render(request, name, context).
  { tail: /^render_template$/, positions: [], keywords: ['*'] },
  // render_template_string(source, ...): the page's own text as well.
  { tail: /^render_template_string$/, positions: [0], keywords: ['*'] },
  {
    tail: /^(render|render_to_response|TemplateResponse)$/,
    positions: [1, 2],
    keywords: ['context'],
  },
];

/** Route decorators: `@app.get(...)`, `@router.post(...)`, `@bp.route(...)`, `@api_view(...)`. */
const ROUTE_DECORATOR =
  /(^|\.)(get|post|put|patch|delete|head|options|route|api_route|websocket|api_view)$/;

/**
 * Exceptions whose text is written for the client: HTTP errors (FastAPI/Starlette/Werkzeug/
 * aiohttp), validation errors (pydantic, Django, marshmallow), and authentication and permission
 * refusals (Starlette's `AuthenticationError`, Django REST framework's `APIException` family, an
 * application's `NoPermissionError` or `ForbiddenError`; not the builtin `PermissionError`, an
 * OS error whose text names the file).
 */
const CLIENT_FACING =
  /(^|\.)(\w*HTTPException|WebSocketException|HTTP[A-Z]\w*|\w*ValidationError|AuthenticationError|AuthenticationFailed|NotAuthenticated|\w*PermissionDenied|NoPermission\w*|\w*Forbidden\w*|APIException)$|^werkzeug\.exceptions\./;

/** Attributes of an exception that still hold its developer-facing text. */
const LEAKY_ATTRIBUTES = new Set([
  'args',
  'orig',
  'strerror',
  'filename',
  'msg',
  'statement',
  'params',
]);

/**
 * Where a response can be built: inside the last name of a sink's callee (`Response` in
 * `web.Response(...)`), which lies in the call itself and in no call inside it. Every sink's
 * name holds one of these (`esponse`: `JSONResponse`, `make_response`, `HttpResponseGone`;
 * `HTTP`: `HTTPException`, `HTTPNotFound`; `render`: `render_template`): a handful of plain
 * strings is found far faster than the names themselves, at the price of a few more visits.
 */
const SINK_CALLEE = /esponse|HTTP|jsonify|abort|render/g;

/** The last names of route and error-handler decorators (see `isRouteOrErrorHandler`). */
const HANDLER_DECORATOR_NAME =
  /^(get|post|put|patch|delete|head|options|route|api_route|websocket|api_view|exception_handler|errorhandler|app_errorhandler|error_handler)$/;

export const errorDetailLeak: PythonRule = {
  kind: 'python',
  meta,
  // (`return` is a keyword, never imported under another name: a pattern spares the engine reading
  // the module's imports.)
  anchors: { call: SINK_CALLEE, return_statement: /(?<!\w)return(?!\w)/g, module: /^/g },
  create({ file, report }) {
    if (file.isTest) return {};
    // Cheap first look: no `except … as e`, traceback or exception-typed parameter, nothing to leak.
    if (
      !/\bas\s+\w+\s*:|traceback|exc_info|errorhandler|exception_handler|(Error|Exception)\s*[,)=]/.test(
        file.text,
      )
    )
      return {};
    const handlers = new Map<number, boolean>();
    const flag = (at: Node, what: string): void => {
      // The debug page a developer asked for (`if settings.DEBUG:`), which deployed settings
      // switch off; PBP207 reports debug left on.
      if (isDevelopmentOnly(file, at)) return;
      report({
        at,
        message: `${what} sends the exception's text to the client; log it and return a fixed message instead.`,
      });
    };
    /** A call to a response sink; `werkzeug`: one of `werkzeugErrorCalls` (found apart). */
    const checkCall = (node: Node, werkzeug: boolean): void => {
      // Werkzeug's classes by the name they were imported for (`InternalServerError as ServerError`).
      const tail = werkzeug
        ? /^werkzeug\.exceptions\.(\w+)$/.exec(file.callName(node) ?? '')?.[1]
        : callShape(file, node).tail;
      if (!tail) return;
      const sink = RESPONSE_SINKS.find((candidate) => candidate.tail.test(tail));
      if (!sink || (sink.tail === WERKZEUG_HTTP_ERROR) !== werkzeug) return;
      if (tail === 'abort' && !/^(flask|werkzeug)\b/.test(file.callName(node) ?? '')) return;
      if (/^render(_to_response)?$/.test(tail) && !/^django\./.test(file.callName(node) ?? ''))
        return;
      const names = exceptionNamesAt(file, node, CLIENT_FACING);
      const positional = file.positionalArguments(node);
      const carriers: Array<Node | null | undefined> = sink.positions.map(
        (index) => positional[index],
      );
      for (const argument of node.childForFieldName('arguments')?.namedChildren ?? []) {
        if (argument?.type !== 'keyword_argument') continue;
        const keyword = argument.childForFieldName('name')?.text ?? '';
        if (sink.keywords.includes('*') || sink.keywords.includes(keyword))
          carriers.push(argument.childForFieldName('value'));
      }
      const leak = carriers
        .map((carrier) => leakedDetail(file, carrier ?? null, names))
        .find((found) => found !== null);
      const written = werkzeug ? (callShape(file, node).tail ?? tail) : tail;
      if (leak) flag(node, `\`${written}(...)\` built from \`${leak}\``);
    };
    const visitors: Visitors = { call: (node) => checkCall(node, false) };
    // Werkzeug's error classes are found from the module's imports of them, not by an anchor
    // every module would pay for: only a module that names werkzeug can raise them.
    if (file.text.includes('werkzeug'))
      visitors.module = () => {
        for (const call of werkzeugErrorCalls(file)) checkCall(call, true);
      };
    // A return leaks only from a route or error handler: a module without a decorator that can
    // make one has no return to look at.
    if (mayHaveHandlers(file)) {
      visitors.return_statement = (node) => {
        const fn = file.enclosingFunction(node);
        if (!fn) return;
        let handler = handlers.get(fn.id);
        if (handler === undefined) handlers.set(fn.id, (handler = isRouteOrErrorHandler(file, fn)));
        if (!handler) return;
        const value = node.namedChildren.find((child) => child?.type !== 'comment') ?? null;
        if (
          !value ||
          (value.type === 'call' &&
            RESPONSE_SINKS.some((sink) => sink.tail.test(file.calleeTail(value) ?? '')))
        )
          return;
        const leak = leakedDetail(file, value, exceptionNamesAt(file, node, CLIENT_FACING));
        if (leak) flag(node, `Returning \`${leak}\` from a request handler`);
      };
    }
    return visitors;
  },
};

/**
 * The calls of werkzeug's HTTP error classes, however the module imported them:
 * `from werkzeug.exceptions import BadRequest` (or `as BR`), `from werkzeug import exceptions`,
 * `import werkzeug.exceptions`.
 */
function werkzeugErrorCalls(file: PythonFile): Node[] {
  const calls: Node[] = [];
  for (const [local, qualified] of file.imports()) {
    const name = /^werkzeug\.exceptions\.(\w+)$/.exec(qualified)?.[1];
    if (name !== undefined) {
      if (WERKZEUG_HTTP_ERROR.test(name)) calls.push(...file.callsSpelled(local));
      continue;
    }
    const prefix =
      qualified === 'werkzeug.exceptions'
        ? `${local}.`
        : qualified === 'werkzeug'
          ? `${local}.exceptions.`
          : null;
    if (prefix === null || !file.text.includes(prefix)) continue;
    for (const error of WERKZEUG_HTTP_ERRORS) calls.push(...file.callsSpelled(prefix + error));
  }
  return calls.sort((a, b) => a.startIndex - b.startIndex);
}

/** What the names of error-handler decorators hold (see `errorHandlerRegistrations`). */
const ERROR_HANDLER_NAME = /e(?:rror_?|xception_)handler/;

/** A decorator that is a dotted name alone on its line: `@property`, `@app.errorhandler`. */
const PLAIN_DECORATOR = /^@[ \t\f]*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)[ \t\f]*(?:#.*)?\r?$/;

/**
 * Whether some decorator may register a route or an error handler (any decorator whose last
 * name is one of theirs). A dotted name alone on its line is read from the text; any other
 * decorator is looked up in the tree. Decorators start their line: the text finds them all.
 */
function mayHaveHandlers(file: PythonFile): boolean {
  const text = file.text;
  if (RESOURCE_BASE.test(text)) return true;
  // Only error handlers are matched by the name they were imported as, and an import of one
  // names it (asked of the text once, and only when it matters).
  let importsHandlers: boolean | undefined;
  const imported = (): boolean => (importsHandlers ??= ERROR_HANDLER_NAME.test(text));
  for (let start = text.indexOf('@'); start !== -1; start = text.indexOf('@', start + 1)) {
    if (!startsLine(text, start)) continue;
    const end = text.indexOf('\n', start);
    const plain = PLAIN_DECORATOR.exec(text.slice(start, end === -1 ? undefined : end));
    if (plain) {
      if (mayRegister(file, plain[1] ?? '', imported)) return true;
      continue;
    }
    const at = file.root.descendantForIndex(start, start + 1);
    const decorator = at && file.typeOf(at) === '@' ? file.parentOf(at) : null;
    if (!decorator || file.typeOf(decorator) !== 'decorator') continue;
    const expression = decorator.namedChildren[0];
    const target =
      expression?.type === 'call' ? expression.childForFieldName('function') : expression;
    if (target && mayRegister(file, target, imported)) return true;
  }
  return false;
}

/** Only indentation stands between `at` and the start of its line. */
function startsLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) return true;
    if (code !== 0x20 && code !== 0x09 && code !== 0x0c && code !== 0x0b) return false;
  }
  return true;
}

/**
 * The last name of a decorator's target, as written or (when `imported`: the module may import
 * one under another name) as imported, is a handler's. `target` is a node for a decorator looked
 * up in the tree.
 */
function mayRegister(file: PythonFile, target: string | Node, imported: () => boolean): boolean {
  const last = (name: string): string => name.slice(name.lastIndexOf('.') + 1).trim();
  const text = typeof target === 'string' ? target : target.text;
  if (HANDLER_DECORATOR_NAME.test(last(text))) return true;
  // A dotted name's last part is as written: only a bare name can stand for an imported one.
  if ((typeof target === 'string' && target.includes('.')) || !imported()) return false;
  const resolved =
    typeof target === 'string' ? file.imports().get(target) : file.qualifiedName(target);
  return resolved !== undefined && resolved !== null && HANDLER_DECORATOR_NAME.test(last(resolved));
}

/**
 * A class-based view whose HTTP-verb methods answer requests: flask-restful/flask-restx
 * `Resource` (a returned dict becomes the JSON body) and Flask's `MethodView`.
 */
const RESOURCE_BASE = /\b(?:Resource|MethodView)\s*[,)]/;

function isResourceMethod(file: PythonFile, fn: Node): boolean {
  const name = fn.childForFieldName('name')?.text ?? '';
  if (!/^(get|post|put|patch|delete)$/.test(name)) return false;
  // The method itself, or the decorated definition around it, sits in the class's block.
  const holder = file.parentOf(fn);
  const member = holder && file.typeOf(holder) === 'decorated_definition' ? holder : fn;
  const block = file.parentOf(member);
  const owner = block?.type === 'block' ? file.parentOf(block) : null;
  return (
    owner?.type === 'class_definition' &&
    RESOURCE_BASE.test(owner.childForFieldName('superclasses')?.text ?? '')
  );
}

function isRouteOrErrorHandler(file: PythonFile, fn: Node): boolean {
  if (isErrorHandler(file, fn) || isResourceMethod(file, fn)) return true;
  const holder = file.parentOf(fn);
  const decorated = holder && file.typeOf(holder) === 'decorated_definition' ? holder : null;
  return (
    decorated?.namedChildren.some((decorator) => {
      if (decorator?.type !== 'decorator') return false;
      const expression = decorator.namedChildren[0];
      const target =
        expression?.type === 'call' ? expression.childForFieldName('function') : expression;
      return target !== null && target !== undefined && ROUTE_DECORATOR.test(target.text);
    }) ?? false
  );
}

/** Calls that turn an exception into its message (six's for code that ran on Python 2 too). */
const STRINGIFY = new Set([
  'str',
  'repr',
  'format',
  'six.text_type',
  'six.ensure_str',
  'six.ensure_text',
]);

/** The exception-derived text inside `node` (`str(exc)`, `f"{e}"`, `traceback.format_exc()`), or null. */
function leakedDetail(
  file: PythonFile,
  node: Node | null,
  names: ReadonlySet<string>,
  depth = 0,
): string | null {
  if (!node) return null;
  switch (node.type) {
    case 'call': {
      const callee = file.callName(node) ?? '';
      if (
        /^traceback\.(format_exc|format_exception|format_tb|format_stack|extract_tb)$|^sys\.exc_info$/.test(
          callee,
        )
      )
        return node.text;
      const args = node.childForFieldName('arguments')?.namedChildren ?? [];
      if (STRINGIFY.has(callee)) {
        const first = file.positionalArguments(node)[0];
        return first && isException(first, names) ? node.text : null;
      }
      const tail = file.calleeTail(node);
      if (tail === 'format' || callee === 'dict' || tail === 'join') {
        for (const arg of args) {
          const value = arg?.type === 'keyword_argument' ? arg.childForFieldName('value') : arg;
          if (value && (isException(value, names) || leakedDetail(file, value, names, depth)))
            return node.text;
        }
      }
      return null;
    }
    case 'string':
      for (const child of node.namedChildren) {
        if (child?.type !== 'interpolation') continue;
        const expression = child.childForFieldName('expression');
        if (
          expression &&
          (isException(expression, names) || leakedDetail(file, expression, names, depth))
        )
          return node.text;
      }
      return null;
    case 'binary_operator': {
      const right = node.childForFieldName('right');
      if (node.childForFieldName('operator')?.type === '%' && right) {
        const values =
          right.type === 'tuple' || right.type === 'parenthesized_expression'
            ? right.namedChildren
            : [right];
        if (values.some((value) => value && isException(value, names))) return node.text;
      }
      return (
        leakedDetail(file, node.childForFieldName('left'), names, depth) ??
        leakedDetail(file, right, names, depth)
      );
    }
    case 'pair':
      return leakedDetail(file, node.childForFieldName('value'), names, depth);
    case 'keyword_argument':
      return leakedDetail(file, node.childForFieldName('value'), names, depth);
    case 'conditional_expression': {
      // `traceback.format_exc() if settings.DEBUG else "Internal Server Error"`: the debug page.
      const [whenTrue, condition, whenFalse] = node.namedChildren.filter(
        (child) => child?.type !== 'comment',
      );
      const debugOnly = isDevelopmentCondition(condition);
      for (const branch of debugOnly ? [whenFalse] : [whenTrue, whenFalse]) {
        const found = leakedDetail(file, branch ?? null, names, depth);
        if (found) return found;
      }
      return null;
    }
    case 'dictionary':
    case 'list':
    case 'tuple':
    case 'expression_list':
    case 'parenthesized_expression':
    case 'concatenated_string':
      for (const child of node.namedChildren) {
        const found = leakedDetail(file, child, names, depth);
        if (found) return found;
      }
      return null;
    case 'identifier':
      if (names.has(node.text)) return node.text;
      return depth < 2 ? leakyAssignment(file, node, depth + 1) : null;
    case 'attribute':
      return isLeakyAttribute(node, names) ? node.text : null;
    case 'subscript': {
      const value = node.childForFieldName('value');
      return value?.type === 'attribute' && isLeakyAttribute(value, names) ? node.text : null;
    }
    default:
      return null;
  }
}

/**
 * A local variable that the function sets, somewhere, to exception text:
 * `error_details = traceback.format_exc()` in the handler, then `render_template(..., error_details=error_details)`.
 */
function leakyAssignment(file: PythonFile, name: Node, depth: number): string | null {
  const scope = file.enclosingFunction(name);
  if (!scope) return null;
  // Only a function whose text assigns the name (`name =`, `name: T =`) can have such an
  // assignment: most never do, and are not searched.
  const assigned = new RegExp(
    `(?<!\\w)${escapeRegExp(name.text)}[\\s\\\\]*(?:#[^\\n]*\\n[\\s\\\\]*)*[=:]`,
  );
  if (!assigned.test(file.text.slice(scope.startIndex, scope.endIndex))) return null;
  for (const assignment of scope.descendantsOfType('assignment')) {
    const left = assignment?.childForFieldName('left');
    if (!assignment || left?.type !== 'identifier' || left.text !== name.text) continue;
    if (file.enclosingFunction(assignment)?.id !== scope.id) continue;
    const found = leakedDetail(
      file,
      assignment.childForFieldName('right'),
      exceptionNamesAt(file, assignment, CLIENT_FACING),
      depth,
    );
    if (found) return `${name.text} = ${found}`;
  }
  return null;
}

/** The caught exception itself, or one of its attributes that hold its text (`e.args`, `e.orig`). */
function isException(node: Node, names: ReadonlySet<string>): boolean {
  if (node.type === 'identifier') return names.has(node.text);
  if (node.type === 'attribute') return isLeakyAttribute(node, names);
  return false;
}

function isLeakyAttribute(node: Node, names: ReadonlySet<string>): boolean {
  const object = node.childForFieldName('object');
  const attribute = node.childForFieldName('attribute')?.text ?? '';
  return object?.type === 'identifier' && names.has(object.text) && LEAKY_ATTRIBUTES.has(attribute);
}
