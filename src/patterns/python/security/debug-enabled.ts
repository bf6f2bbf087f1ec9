/**
 * ## What it does
 * Finds debug modes switched on in code that ships: `app.run(debug=True)` (Flask, Flask-SocketIO),
 * `FastAPI(debug=True)`, `Starlette(debug=True)`, aiohttp `web.Application(debug=True)`, a Flask
 * app's `debug`/`config["DEBUG"]` set to `True`; a module-level `DEBUG = True` in a settings or
 * config module; `DEBUG` read from the environment with a truthy default
 * (`os.environ.get("DEBUG", True)`, `config("DEBUG", default=True)`, `environ.Env(DEBUG=(bool, True))`,
 * a pydantic `BaseSettings` field `debug: bool = True`); and `uvicorn.run(..., reload=True)` that
 * does not run only under `if __name__ == "__main__":`.
 *
 * ## Why is this bad?
 * Debug modes show stack traces, settings and source to whoever triggers an error; the Werkzeug
 * debugger even runs Python typed into the error page. A truthy default turns them on wherever the
 * variable is forgotten. The auto-reloader watches the file system and doubles the processes.
 *
 * Not reported: settings modules for development, local runs or tests (`settings/dev.py`,
 * `local_settings.py`), code under `if DEBUG:`-style conditions, and tests. (`flask run --debug`
 * in a Dockerfile is a Dockerfile check.)
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule, Visitors } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import { stringValue } from '../python-file.js';
import {
  importedCallName,
  importedName,
  isDevelopmentOnly,
  isTruthyLiteral,
  literalBoolean,
  optionValue,
  resolveObject,
} from '../semantic/security-values.js';

const meta: Rule = {
  id: 'PBP207',
  name: 'debug-enabled',
  tool: 'patterns',
  section: 'security',
  level: 'warning',
  precision: 'high',
  summary: 'A debug mode or the auto-reloader is switched on in code that ships.',
  tags: ['security', 'external/cwe/cwe-489'],
  cwe: ['CWE-489', 'CWE-215'],
  securitySeverity: 7.5,
  docs: {
    what: 'Finds app.run(debug=True), FastAPI/Starlette/aiohttp applications created with debug=True, DEBUG = True at module level in a settings module, DEBUG read from the environment with a truthy default, and uvicorn.run(reload=True) outside if __name__ == "__main__".',
    why: 'Debug modes show stack traces, settings and source code to whoever triggers an error, and the Werkzeug debugger runs Python typed into its error page. A truthy default switches debug on wherever the variable is forgotten.',
    example:
      'DEBUG = os.getenv("DEBUG", "true") == "true"\napp = FastAPI(debug=True)\napp.run(host="0.0.0.0", debug=True)',
    useInstead:
      'DEBUG = os.getenv("DEBUG", "false").lower() == "true"\napp = FastAPI(debug=settings.debug)\n# development: flask --app app run --debug',
  },
};

/** Environment variables that switch a web framework's debug mode. */
const DEBUG_VARIABLE = /^((flask|django|app|fastapi|web|server)_)?debug(_mode)?$/i;
/**
 * Where such a name or a `reload=` is spelled; the prefix is looked for behind `debug` (V8 finds
 * the literal fast, where an alternation is tried at every character).
 */
const DEBUG_ANCHOR =
  /debug(?:_mode)?(?!\w)(?<=(?<!\w)(?:(?:flask|django|app|fastapi|web|server)_)?debug(?:_mode)?)|reload(?!\w)(?<!\wreload)/gi;
/** The modules of APP_CLASSES: a `**options` given to their apps may switch debug on. */
const APP_MODULES = ['fastapi', 'starlette', 'aiohttp', 'quart', 'sanic'];
const ENV_READERS =
  /^(os\.getenv|os\.environ\.get|os\.environ\.setdefault|decouple\.config|decouple\.AutoConfig\.\(\))$/;
/** Objects that read settings: django-environ's `env = environ.Env()`, Starlette's `config = Config(".env")`. */
const ENV_OBJECTS =
  /^(environ(\.environ)?\.Env|starlette\.config\.Config|decouple\.(AutoConfig|Config))$/;
/** `run(debug=True)` of these is not a web server's (asyncio's debug mode checks coroutines). */
const NOT_WEB_RUNNERS = /^(asyncio|anyio|trio|uvloop|unittest|doctest|pytest|curio)(\.|$)/;
const APP_CLASSES =
  /^(fastapi\.FastAPI|fastapi\.applications\.FastAPI|starlette\.applications\.Starlette|aiohttp\.web\.Application|aiohttp\.web_app\.Application|quart\.Quart|sanic\.Sanic)$/;

export const debugEnabled: PythonRule = {
  kind: 'python',
  meta,
  anchors: {
    // A call fires on its `debug=`/`DEBUG=`/`reload=` keyword or the name of the variable it
    // reads (`"FLASK_DEBUG"`, `key="DEBUG"`); an assignment on its target (`DEBUG`, `app.debug`,
    // `app.config["DEBUG"]`, `debug_mode`). One pattern for both.
    call: DEBUG_ANCHOR,
    assignment: DEBUG_ANCHOR,
    // An app given `**options` (see `create`).
    argument_list: /\*\*/g,
  },
  create({ file, report }) {
    if (file.isTest || !/debug\w*\s*[=:]|debug\w*["']|\breload\s*=/i.test(file.text)) return {};
    const flag = (at: Node, message: string): void => {
      if (!isDevelopmentOnly(file, at)) report({ at, message });
    };
    const checked = new Set<number>();
    const visitors: Visitors = {
      call(node) {
        if (checked.has(node.id)) return;
        checked.add(node.id);
        // Cheap syntactic tests first (one pass over the arguments); names are resolved only for calls that could match.
        const tail = file.calleeTail(node);
        const callee = node.childForFieldName('function');
        let debugKeyword: Node | null = null;
        let debugSetting: Node | null = null;
        let firstPositional: Node | null = null;
        let hasSplat = false;
        for (const arg of node.childForFieldName('arguments')?.namedChildren ?? []) {
          if (!arg) continue;
          if (arg.type === 'keyword_argument') {
            const keyword = arg.childForFieldName('name')?.text;
            if (keyword === 'debug') debugKeyword = arg.childForFieldName('value');
            else if (keyword === 'DEBUG') debugSetting = arg.childForFieldName('value');
            else if (keyword === 'key' && !firstPositional)
              firstPositional = arg.childForFieldName('value');
          } else if (arg.type === 'dictionary_splat') hasSplat = true;
          else if (!firstPositional && arg.type !== 'list_splat' && arg.type !== 'comment')
            firstPositional = arg;
        }
        if (tail === 'run' || tail === 'run_server') {
          const name = importedCallName(file, node);
          if (name === 'uvicorn.run' || name === 'uvicorn.main.run') {
            if (
              isTruthyLiteral(file, file.keywordArgument(node, 'reload')) &&
              !runsOnlyAsMain(file, node)
            ) {
              flag(
                node,
                'uvicorn.run(reload=True) runs the auto-reloader wherever this module is started; keep reload for development (under if __name__ == "__main__") or drop it.',
              );
            }
            if (isTruthyLiteral(file, debugKeyword))
              flag(
                node,
                'uvicorn.run(debug=True) serves tracebacks to clients; read the flag from settings.',
              );
            return;
          }
          if (callee?.type !== 'attribute' || (name && NOT_WEB_RUNNERS.test(name))) return;
          if (isTruthyLiteral(file, debugKeyword)) {
            flag(
              node,
              'run(debug=True) starts the debugger, which runs code typed into its error page; use `flask run --debug` locally and keep debug off in code.',
            );
          }
          return;
        }
        if (debugKeyword || hasSplat) {
          const name = importedCallName(file, node);
          if (
            name &&
            APP_CLASSES.test(name) &&
            isTruthyLiteral(file, optionValue(file, node, 'debug'))
          ) {
            flag(
              node,
              `${name.replace(/^.*\./, '')}(debug=True) sends tracebacks to clients; read the flag from settings, off by default.`,
            );
            return;
          }
        }
        const variable = firstPositional?.type === 'string' ? stringValue(firstPositional) : null;
        if (variable && DEBUG_VARIABLE.test(variable)) {
          const name = importedCallName(file, node);
          if (name && ENV_READERS.test(name)) {
            checkEnvDefault(
              node,
              variable,
              file.positionalArguments(node)[1] ?? file.keywordArgument(node, 'default'),
            );
          } else {
            // django-environ `env.bool("DEBUG", default=True)`, Starlette `config("DEBUG", default=True)`
            const reader =
              callee?.type === 'attribute' ? callee.childForFieldName('object') : callee;
            if (reader && isSettingsReader(file, reader)) {
              checkEnvDefault(
                node,
                variable,
                file.keywordArgument(node, 'default') ?? file.positionalArguments(node)[1] ?? null,
              );
            }
          }
          return;
        }
        if (!debugSetting) return;
        if (tail === 'update' && callee?.type === 'attribute') {
          // Flask: app.config.update(DEBUG=True)
          const config = callee.childForFieldName('object');
          if (
            config?.type === 'attribute' &&
            config.childForFieldName('attribute')?.text === 'config' &&
            isFlaskApp(file, config.childForFieldName('object'))
          ) {
            if (isTruthyLiteral(file, debugSetting))
              flag(
                node,
                'The Flask app is configured with DEBUG=True; read the flag from the environment, off by default.',
              );
          }
          return;
        }
        if (/^environ(\.environ)?\.Env$/.test(importedCallName(file, node) ?? '')) {
          const value = file.resolveValue(debugSetting);
          if (value?.type === 'tuple' && isTruthyLiteral(file, value.namedChildren[1] ?? null)) {
            flag(
              node,
              'environ.Env declares DEBUG with a truthy default, so debug is on wherever the variable is not set; default it to False.',
            );
          }
        }
      },
      assignment(node) {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (!left || !right) return;
        if (left.type === 'identifier') {
          checkNamedSetting(node, left, right);
          return;
        }
        // app.debug = True, app.config["DEBUG"] = True on a Flask app
        if (right.type !== 'true' && right.type !== 'identifier') return;
        if (left.type === 'attribute' && left.childForFieldName('attribute')?.text === 'debug') {
          if (
            literalBoolean(file, right) === true &&
            isFlaskApp(file, left.childForFieldName('object'))
          ) {
            flag(
              node,
              'The Flask app runs in debug mode; read the flag from the environment, off by default.',
            );
          }
        } else if (
          left.type === 'subscript' &&
          stringValue(left.childForFieldName('subscript')) === 'DEBUG'
        ) {
          const config = left.childForFieldName('value');
          if (literalBoolean(file, right) !== true) return;
          if (
            config?.type === 'attribute' &&
            config.childForFieldName('attribute')?.text === 'config' &&
            isFlaskApp(file, config.childForFieldName('object'))
          ) {
            flag(
              node,
              'The Flask app is configured with DEBUG = True; read the flag from the environment, off by default.',
            );
          }
        }
      },
    };
    // `FastAPI(**options)` with `"debug": True` among them, where no keyword is spelled: the call
    // is looked at from its argument list, in modules that import an app class.
    if (APP_MODULES.some((module) => file.importsModule(module))) {
      visitors.argument_list = (node) => {
        const call = file.parentOf(node);
        if (call?.type === 'call') visitors.call?.(call);
      };
    }
    return visitors;

    function checkNamedSetting(assignment: Node, left: Node, right: Node): void {
      if (!DEBUG_VARIABLE.test(left.text)) return;
      const scope = file.scopeOf(assignment);
      if (right.type !== 'true' && right.type !== 'identifier') return;
      if (
        left.text === 'DEBUG' &&
        scope.type === 'module' &&
        file.isSettings &&
        isTopLevelStatement(file, assignment)
      ) {
        // Assigned once: a later `DEBUG = env(...)` or an `if` overriding it is not guessed about.
        if (
          literalBoolean(file, right) === true &&
          file.assignedValue('DEBUG', assignment) !== null
        ) {
          flag(
            assignment,
            'DEBUG = True in a settings module ships debug mode; read it from the environment, off by default.',
          );
        }
        return;
      }
      // pydantic settings: `debug: bool = True` is the default when the variable is not set.
      if (
        scope.type === 'class_definition' &&
        DEBUG_VARIABLE.test(left.text) &&
        literalBoolean(file, right) === true &&
        isBaseSettings(file, scope)
      ) {
        flag(
          assignment,
          `The settings field ${left.text} defaults to True, so debug is on wherever the variable is not set; default it to False.`,
        );
      }
    }

    function checkEnvDefault(call: Node, name: string, fallback: Node | null): void {
      if (!isTruthyLiteral(file, fallback)) return;
      flag(
        call,
        `${name} is read from the environment with a truthy default, so debug is on wherever the variable is not set; default it to False.`,
      );
    }
  },
};

/** `if __name__ == "__main__":`, directly or in a function only called from there. */
function runsOnlyAsMain(file: PythonFile, node: Node): boolean {
  if (file.isUnderMainGuard(node) || file.isScript) return true;
  const fn = file.enclosingFunction(node);
  const name = fn?.childForFieldName('name')?.text;
  if (!name) return false;
  const calls = file.callsSpelled(name);
  return calls.length > 0 && calls.every((call) => file.isUnderMainGuard(call));
}

/** A statement of the module itself (`DEBUG = True` at the top, not under an `if`). */
function isTopLevelStatement(file: PythonFile, assignment: Node): boolean {
  const chain = file.ancestry(assignment);
  return chain.length >= 3 && chain[chain.length - 3]?.type === 'module';
}

function isFlaskApp(file: PythonFile, node: Node | null): boolean {
  // The app class resolves through the imports; asked first, as following `self` through its
  // scope is the costly part.
  if (!file.importsModule('flask') && !file.importsModule('quart')) return false;
  const value = resolveObject(file, node);
  if (value?.type !== 'call') return false;
  return /^(flask\.Flask|flask\.app\.Flask|quart\.Quart)$/.test(
    importedCallName(file, value) ?? '',
  );
}

function isSettingsReader(file: PythonFile, node: Node): boolean {
  const value = file.resolveValue(node);
  if (value?.type !== 'call') return false;
  return ENV_OBJECTS.test(importedCallName(file, value) ?? '');
}

function isBaseSettings(file: PythonFile, classDefinition: Node): boolean {
  const bases = classDefinition.childForFieldName('superclasses')?.namedChildren ?? [];
  return bases.some((base) => /(^|\.)BaseSettings$/.test(importedName(file, base) ?? ''));
}
