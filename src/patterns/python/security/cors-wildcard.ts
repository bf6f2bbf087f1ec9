/**
 * ## What it does
 * Finds CORS set up to accept every origin: Starlette/FastAPI `CORSMiddleware` (through
 * `add_middleware`, `Middleware(...)` or called directly) with `"*"` in `allow_origins` or a
 * match-all `allow_origin_regex`; Flask-CORS `CORS(app)`/`cross_origin()` with `"*"` origins
 * (its default when no `origins`/`resources` and no `CORS_ORIGINS` setting are given); and
 * django-cors-headers settings `CORS_ALLOW_ALL_ORIGINS = True`, `"*"` or `.*` in the origin lists.
 * Reported as an error together with credentials (`allow_credentials=True`,
 * `supports_credentials=True`, `CORS_ALLOW_CREDENTIALS = True`), as a warning alone.
 *
 * ## Why is this bad?
 * With every origin allowed, any website a user visits can call the API from the user's browser
 * and read the answers. With credentials as well, those requests carry the user's cookies, so a
 * malicious page acts as the logged-in user (Starlette and Flask-CORS echo the caller's origin
 * back when credentials are on, so the browser's own "*"-with-credentials guard does not help).
 *
 * Not reported: origins read from settings or the environment, tests, and settings modules or
 * `if DEBUG:` blocks meant for development only.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule, Report } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import { stringValue } from '../python-file.js';
import {
  importedCallName,
  importedName,
  isDevelopmentOnly,
  literalBoolean,
  optionValue,
} from '../semantic/security-values.js';

const meta: Rule = {
  id: 'PBP203',
  name: 'cors-wildcard',
  tool: 'patterns',
  section: 'security',
  level: 'warning',
  precision: 'high',
  summary: 'CORS accepts requests from every origin.',
  tags: ['security', 'external/cwe/cwe-942'],
  cwe: ['CWE-942'],
  securitySeverity: 6.5,
  docs: {
    what: 'Finds CORS configured for every origin: CORSMiddleware with "*" in allow_origins or a match-all allow_origin_regex, Flask-CORS CORS()/cross_origin() with "*" origins (its default), and django-cors-headers CORS_ALLOW_ALL_ORIGINS = True. An error together with credentials, a warning alone.',
    why: 'With every origin allowed, any website a user visits can call the API from their browser and read the answers. With credentials too, those requests carry the user’s cookies, so a malicious page acts as the logged-in user.',
    example:
      'app.add_middleware(\n    CORSMiddleware,\n    allow_origins=["*"],\n    allow_credentials=True,\n)\nCORS(app, supports_credentials=True)',
    useInstead:
      'app.add_middleware(\n    CORSMiddleware,\n    allow_origins=settings.cors_origins,  # ["https://shop.example.com"]\n    allow_credentials=True,\n)\nCORS(app, origins=["https://shop.example.com"], supports_credentials=True)',
  },
};

/** django-cors-headers settings (current and pre-3.5 names). */
const DJANGO_ALLOW_ALL = new Set(['CORS_ALLOW_ALL_ORIGINS', 'CORS_ORIGIN_ALLOW_ALL']);
const DJANGO_ORIGIN_LISTS = new Set(['CORS_ALLOWED_ORIGINS', 'CORS_ORIGIN_WHITELIST']);
const DJANGO_REGEX_LISTS = new Set(['CORS_ALLOWED_ORIGIN_REGEXES', 'CORS_ORIGIN_REGEX_WHITELIST']);

export const corsWildcard: PythonRule = {
  kind: 'python',
  meta,
  anchors: {
    // The last name of what is called; aliases (`from flask_cors import CORS as Cors`) anchor as it.
    call: ['add_middleware', 'CORSMiddleware', 'Middleware', 'CORS', 'cross_origin'],
    assignment: [...DJANGO_ALLOW_ALL, ...DJANGO_ORIGIN_LISTS, ...DJANGO_REGEX_LISTS],
  },
  create({ file, report }) {
    if (file.isTest || !/CORS/.test(file.text)) return {};
    const flag = (at: Node, what: string, withCredentials: boolean): void => {
      if (isDevelopmentOnly(file, at)) return;
      const finding: Report = withCredentials
        ? {
            at,
            message: `${what} together with credentials: any website can send requests with your users’ cookies and read the answers; list the allowed origins.`,
            level: 'error',
          }
        : { at, message: `${what}; list the origins that may call this API.` };
      report(finding);
    };

    return {
      call(node) {
        if (file.calleeTail(node) === 'add_middleware') {
          if (isStarletteCors(importedName(file, file.positionalArguments(node)[0] ?? null)))
            checkStarlette(node);
          return;
        }
        const name = importedCallName(file, node);
        if (!name) return;
        if (isStarletteCors(name)) checkStarlette(node);
        else if (/^(starlette|fastapi)(\.[\w.]+)?\.Middleware$/.test(name)) {
          if (isStarletteCors(importedName(file, file.positionalArguments(node)[0] ?? null)))
            checkStarlette(node);
        } else if (name === 'flask_cors.CORS' || name === 'flask_cors.cross_origin') {
          checkFlaskCors(node, name === 'flask_cors.CORS');
        }
      },
      assignment(node) {
        const left = node.childForFieldName('left');
        if (left?.type !== 'identifier' || !/^CORS_/.test(left.text)) return;
        const scope = file.scopeOf(node);
        if (scope.type !== 'module' && scope.type !== 'class_definition') return;
        const setting = left.text;
        const value = file.resolveValue(node.childForFieldName('right'));
        let wildcard: string | null = null;
        if (DJANGO_ALLOW_ALL.has(setting) && literalBoolean(file, value) === true)
          wildcard = `${setting} = True allows any origin`;
        else if (DJANGO_ORIGIN_LISTS.has(setting) && originsIncludeWildcard(file, value))
          wildcard = `${setting} allows any origin ("*")`;
        else if (
          DJANGO_REGEX_LISTS.has(setting) &&
          sequenceItems(file, value).some((item) => matchesEveryOrigin(stringValue(item)))
        ) {
          wildcard = `${setting} has a pattern that matches any origin`;
        }
        if (!wildcard) return;
        const credentials =
          literalBoolean(file, file.assignedValue('CORS_ALLOW_CREDENTIALS', node)) === true;
        flag(node, wildcard, credentials);
      },
    };

    function checkStarlette(call: Node): void {
      const origins = optionValue(file, call, 'allow_origins');
      const regex = stringValue(file.resolveValue(optionValue(file, call, 'allow_origin_regex')));
      const credentials =
        literalBoolean(file, optionValue(file, call, 'allow_credentials')) === true;
      if (originsIncludeWildcard(file, file.resolveValue(origins))) {
        flag(call, 'CORSMiddleware allows any origin ("*")', credentials);
      } else if (matchesEveryOrigin(regex)) {
        flag(call, 'The allow_origin_regex of CORSMiddleware matches any origin', credentials);
      }
    }

    function checkFlaskCors(call: Node, isExtension: boolean): void {
      const credentials =
        literalBoolean(file, optionValue(file, call, 'supports_credentials')) === true;
      const origins = optionValue(file, call, 'origins');
      const what = isExtension ? 'CORS()' : 'cross_origin()';
      if (origins) {
        const value = file.resolveValue(origins);
        if (originsIncludeWildcard(file, value) || matchesEveryOrigin(stringValue(value))) {
          flag(call, `${what} allows any origin ("*")`, credentials);
        }
        return;
      }
      const resources = optionValue(file, call, 'resources');
      if (resources) {
        const value = file.resolveValue(resources);
        if (value && resourcesAllowEveryOrigin(file, value))
          flag(call, `${what} allows any origin ("*") for these resources`, credentials);
        return;
      }
      if (isExtension) {
        // `CORS()` for `init_app` later, or `**options` we cannot see: the options come from elsewhere.
        const hasApp =
          file.positionalArguments(call).length > 0 || file.keywordArgument(call, 'app') !== null;
        const hasSplat = call
          .childForFieldName('arguments')
          ?.namedChildren.some((arg) => arg?.type === 'dictionary_splat');
        if (!hasApp || hasSplat) return;
      }
      if (/\bCORS_(ORIGINS|RESOURCES)\b/.test(file.text)) return;
      flag(
        call,
        `${what} without origins= allows any origin (Flask-CORS defaults to "*")`,
        credentials,
      );
    }
  },
};

function isStarletteCors(name: string | null): boolean {
  return name !== null && /^(starlette|fastapi)(\.[\w.]+)?\.CORSMiddleware$/.test(name);
}

/** The items of a list/tuple/set literal, each through a name assigned once. */
function sequenceItems(file: PythonFile, node: Node | null): Node[] {
  if (!node || !['list', 'tuple', 'set'].includes(node.type)) return [];
  return node.namedChildren
    .filter((item): item is Node => item !== null && item.type !== 'comment')
    .map((item) => file.resolveValue(item) ?? item);
}

/** `"*"`, or a literal sequence with `"*"` in it. */
function originsIncludeWildcard(file: PythonFile, node: Node | null): boolean {
  if (!node) return false;
  if (stringValue(node)?.trim() === '*') return true;
  return sequenceItems(file, node).some((item) => stringValue(item)?.trim() === '*');
}

/** `.*`, `^.*$`, `https?://.*`: a pattern that any origin matches. */
function matchesEveryOrigin(pattern: string | null): boolean {
  if (pattern === null) return false;
  const body = pattern
    .trim()
    .replace(/^\^/, '')
    .replace(/\$$/, '')
    .replace(/^\(?https?\??\)?:(\\\/|\/)(\\\/|\/)/, '');
  return /^\(?\.[*+]\??\)?$/.test(body);
}

/** Flask-CORS `resources`: a pattern string (default origins), or a dict whose options allow "*". */
function resourcesAllowEveryOrigin(file: PythonFile, node: Node): boolean {
  if (stringValue(node) !== null) return true;
  if (node.type === 'list' || node.type === 'tuple')
    return sequenceItems(file, node).every((item) => stringValue(item) !== null);
  if (node.type !== 'dictionary') return false;
  return node.namedChildren.some((pair) => {
    if (pair?.type !== 'pair') return false;
    const options = file.resolveValue(pair.childForFieldName('value'));
    if (options?.type !== 'dictionary') return false;
    const origins = options.namedChildren.find(
      (option) =>
        option?.type === 'pair' && stringValue(option.childForFieldName('key')) === 'origins',
    );
    if (!origins) return true;
    const value = file.resolveValue(origins.childForFieldName('value'));
    return originsIncludeWildcard(file, value) || matchesEveryOrigin(stringValue(value));
  });
}
