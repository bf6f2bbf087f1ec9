/**
 * Where `print` is the program's output rather than a log line: tests, scripts, command-line
 * modules, `if __name__ == "__main__":` blocks, output to a file, and functions whose job is
 * to print (`main`, `usage`, `print_*`, `show_*`, `dump*`, `display*`). Shared by PBP501 (print
 * used for logging) and PBP504 (a secret printed).
 */
import type { Node } from 'web-tree-sitter';
import type { PythonFile } from '../python-file.js';
import { raisedClassName } from './errors-handlers.js';

/** Modules whose import makes a file a command-line program, an interactive shell or terminal output. */
const CLI_MODULES = [
  'argparse',
  'optparse',
  'getopt',
  'click',
  'typer',
  'docopt',
  'fire',
  'cmd',
  'cmd2',
  'code',
  'readline',
  'curses',
  'IPython',
  'prompt_toolkit',
  'rich',
  'tabulate',
  'termcolor',
  'colorama',
];

/**
 * Files that are programs, documentation or build scripts by their path. Under `examples/` only
 * the scripts directly inside count: a project below it (`examples/shop/app/…`) is application code.
 */
const PROGRAM_PATH =
  /(^|\/)(__main__|setup|noxfile|fabfile|tasks|cli|console|commands?|testing|pytester)\.py$|(^|\/)(cli|management\/commands|docs?|docs_src|tools|benchmarks?|notebooks?|testing)\/|(^|\/)(examples?|samples?|demos?)\/[^/]+\.py$/;

/** Functions whose job is to print (leading underscores ignored). */
const OUTPUT_FUNCTION =
  /^(main|run_?main|cli|usage|help|print|pprint|show|display|dump|interact|repl|test|demo|bench\w*|perf\w*)(_|$)|^report$|^pretty_?print/i;

const programFiles = new WeakMap<PythonFile, boolean>();

/** The file is a test, script or command-line program: printing is its output. */
export function isProgramFile(file: PythonFile): boolean {
  const known = programFiles.get(file);
  if (known !== undefined) return known;
  const program =
    file.isTest ||
    file.isScript ||
    file.isMigration ||
    PROGRAM_PATH.test(file.path) ||
    CLI_MODULES.some((module) => file.importsModule(module)) ||
    /\bsys\.argv\b/.test(file.text) ||
    isPlainScript(file);
  programFiles.set(file, program);
  return program;
}

/**
 * A file without a single function or class (`init_db.py`: create the tables, print "done"): a
 * script, even outside scripts/.
 */
function isPlainScript(file: PythonFile): boolean {
  return !file.root.namedChildren.some(
    (statement) =>
      statement?.type === 'function_definition' ||
      statement?.type === 'class_definition' ||
      statement?.type === 'decorated_definition',
  );
}

/** `print` here is the builtin: not imported from elsewhere (`from rich import print`) or redefined. */
export function isBuiltinPrint(file: PythonFile, node: Node): boolean {
  if (node.type !== 'identifier' || node.text !== 'print') return false;
  if (file.imports().has('print')) return false;
  return !definesPrint(file);
}

const printDefinitions = new WeakMap<PythonFile, boolean>();

function definesPrint(file: PythonFile): boolean {
  const known = printDefinitions.get(file);
  if (known !== undefined) return known;
  const defines = /\bdef\s+print\s*\(|^\s*print\s*=[^=]/m.test(file.text);
  printDefinitions.set(file, defines);
  return defines;
}

/**
 * Why printing at `node` is output rather than logging, or null when it is not: the file is a
 * program, the code runs under `if __name__ == "__main__":`, it is inside a function whose job is
 * to print, or the call writes to a file (`print(..., file=fh)`).
 */
/**
 * A `sys.settrace` tracer (`def tracer(frame, event, arg)`): printing each line is its job, and a
 * logging call inside it would be traced in turn.
 */
function isTraceFunction(fn: Node): boolean {
  const parameters = (fn.childForFieldName('parameters')?.text ?? '').replace(/\s+/g, '');
  return /^\((?:self,)?frame,event,arg\)$/.test(parameters);
}

export function printIsOutput(file: PythonFile, node: Node): boolean {
  if (isProgramFile(file)) return true;
  if (file.isUnderMainGuard(node)) return true;
  if (node.type === 'call' && writesToFile(file, node)) return true;
  let fn = file.enclosingFunction(node);
  while (fn) {
    const name = (fn.childForFieldName('name')?.text ?? '').replace(/^_+/, '');
    if (
      OUTPUT_FUNCTION.test(name) ||
      OUTPUT_DOCSTRING.test(docstring(fn)) ||
      isTraceFunction(fn) ||
      isCommand(file, fn) ||
      talksToTerminal(file, fn)
    )
      return true;
    fn = file.enclosingFunction(fn);
  }
  return false;
}

/** "Print the grammar tables", "Show the current profile", "Display …", "Dump …". */
const OUTPUT_DOCSTRING =
  /^\s*(print|prints|show|shows|display|displays|dump|dumps|output|outputs|echo|echoes|pretty[- ]print)\b/i;

function docstring(fn: Node): string {
  const first = fn
    .childForFieldName('body')
    ?.namedChildren.find((child) => child?.type !== 'comment');
  const expression = first?.type === 'expression_statement' ? first.namedChildren[0] : null;
  if (expression?.type !== 'string') return '';
  return expression.namedChildren
    .filter((child) => child?.type === 'string_content')
    .map((child) => child?.text ?? '')
    .join('');
}

/** Decorators that make a function a command: click/typer commands, IPython magics. */
const COMMAND_DECORATOR =
  /(^|\.)(command|group|callback|line_magic|cell_magic|line_cell_magic|magic_arguments|register_line_magic|register_cell_magic)$/;

/**
 * Base classes of commands, shells and command-line applications: `Command`, `BaseCommand`,
 * `Magics`, `cmd.Cmd`, `InteractiveConsole`, traitlets/cleo `Application`.
 */
const COMMAND_BASE =
  /(^|\.)(\w*Command|Magics|Cmd|\w*Console|\w*Shell|\w*Repl|\w*REPL|\w*Application)$/;

/**
 * Classes whose job is terminal output, by their own name: `DisplayHook`, `TablePrinter`,
 * `TerminalReporter`, `ProfilingLexer`.
 */
const OUTPUT_CLASS = /Display|Printer|Reporter|Console|Shell|Repl|REPL|Terminal|Profil/;

/** A click/typer command or IPython magic, or a method of a command, shell or output class. */
function isCommand(file: PythonFile, fn: Node): boolean {
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : null;
  for (const decorator of decorated?.namedChildren ?? []) {
    if (decorator?.type !== 'decorator') continue;
    const expression = decorator.namedChildren[0];
    const target =
      expression?.type === 'call' ? expression.childForFieldName('function') : expression;
    if (target && COMMAND_DECORATOR.test(target.text)) return true;
  }
  const body = decorated ? decorated.parent : fn.parent;
  const cls = body?.type === 'block' ? body.parent : null;
  if (cls?.type !== 'class_definition') return false;
  if (OUTPUT_CLASS.test(cls.childForFieldName('name')?.text ?? '')) return true;
  const bases = cls.childForFieldName('superclasses')?.namedChildren ?? [];
  return bases.some(
    (base) =>
      base !== null &&
      base.type !== 'keyword_argument' &&
      COMMAND_BASE.test(file.qualifiedName(base) ?? base.text),
  );
}

const TERMINAL_CALL =
  /^(input|raw_input|getpass\.getpass|sys\.stdout\.write|sys\.stdout\.buffer\.write|sys\.stdout\.writelines|sys\.exit|exit|quit|os\._exit|SystemExit)$/;

/** `SystemExit`, and click's, typer's and invoke's `Exit` and `Abort`. */
const EXIT_EXCEPTION = /(^|\.)(SystemExit|Exit|Abort)$/;

const terminalFunctions = new WeakMap<PythonFile, Map<number, boolean>>();

/**
 * The function prompts the user (`input()`, `getpass()`), writes to stdout itself
 * (`sys.stdout.write`, a CGI response) or ends the program (`sys.exit(1)`, `raise typer.Exit`): its prints are its
 * conversation, its output or its last words.
 */
function talksToTerminal(file: PythonFile, fn: Node): boolean {
  let byId = terminalFunctions.get(file);
  if (!byId) terminalFunctions.set(file, (byId = new Map()));
  const known = byId.get(fn.id);
  if (known !== undefined) return known;
  const talks = fn.descendantsOfType(['call', 'raise_statement']).some((node) => {
    if (node?.type === 'raise_statement') {
      // `raise Exit` / `raise typer.Exit(code=1)`: a command-line framework's way to end.
      return EXIT_EXCEPTION.test(raisedClassName(file, node));
    }
    const name = node ? file.callName(node) : null;
    return name !== null && TERMINAL_CALL.test(name);
  });
  byId.set(fn.id, talks);
  return talks;
}

/** `print(..., file=fh)` to something other than the console. */
function writesToFile(file: PythonFile, call: Node): boolean {
  const target = file.keywordArgument(call, 'file');
  if (!target) return false;
  const name = file.qualifiedName(target);
  return (
    name !== 'sys.stdout' &&
    name !== 'sys.stderr' &&
    name !== 'sys.__stdout__' &&
    name !== 'sys.__stderr__'
  );
}
