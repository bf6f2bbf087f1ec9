/**
 * Where `print` is the program's output rather than a log line: tests, scripts, command-line
 * modules, `if __name__ == "__main__":` blocks, output to a file, and functions whose job is
 * to print (`main`, `usage`, `print_*`, `show_*`, `dump*`, `display*`). Shared by PBP501 (print
 * used for logging) and PBP504 (a secret printed).
 */
import type { Node } from 'web-tree-sitter';
import type { PythonFile } from '../python-file.js';

/** Modules whose import makes a file a command-line program (or an interactive shell). */
const CLI_MODULES = [
  'argparse',
  'optparse',
  'getopt',
  'click',
  'typer',
  'docopt',
  'fire',
  'cmd',
  'code',
];

/**
 * Files that are programs, documentation or build scripts by their path. Under `examples/` only
 * the scripts directly inside count: a project below it (`examples/shop/app/…`) is application code.
 */
const PROGRAM_PATH =
  /(^|\/)(__main__|setup|noxfile|fabfile|tasks|cli|console|commands?)\.py$|(^|\/)(cli|management\/commands|docs?|docs_src|tools|benchmarks?)\/|(^|\/)(examples?|samples?|demos?)\/[^/]+\.py$/;

/** Functions whose job is to print (leading underscores ignored). */
const OUTPUT_FUNCTION =
  /^(main|run_?main|cli|usage|help|print|pprint|show|display|dump|interact|repl|test|demo|bench\w*|perf\w*)(_|$)|^report$|(^|_)print(_|$)/i;

const programFiles = new WeakMap<PythonFile, boolean>();

/** The file is a test, script or command-line program: printing is its output. */
export function isProgramFile(file: PythonFile): boolean {
  const known = programFiles.get(file);
  if (known !== undefined) return known;
  const program =
    file.isTest ||
    file.isScript ||
    PROGRAM_PATH.test(file.path) ||
    CLI_MODULES.some((module) => file.importsModule(module)) ||
    /\bsys\.argv\b/.test(file.text);
  programFiles.set(file, program);
  return program;
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
export function printIsOutput(file: PythonFile, node: Node): boolean {
  if (isProgramFile(file)) return true;
  if (file.isUnderMainGuard(node)) return true;
  if (node.type === 'call' && writesToFile(file, node)) return true;
  let fn = file.enclosingFunction(node);
  while (fn) {
    const name = (fn.childForFieldName('name')?.text ?? '').replace(/^_+/, '');
    if (OUTPUT_FUNCTION.test(name) || talksToTerminal(file, fn)) return true;
    fn = file.enclosingFunction(fn);
  }
  return false;
}

const terminalFunctions = new WeakMap<PythonFile, Map<number, boolean>>();

/**
 * The function prompts the user (`input()`, `getpass()`) or writes to stdout itself
 * (`sys.stdout.write`, a CGI response): its prints are its conversation or its output.
 */
function talksToTerminal(file: PythonFile, fn: Node): boolean {
  let byId = terminalFunctions.get(file);
  if (!byId) terminalFunctions.set(file, (byId = new Map()));
  const known = byId.get(fn.id);
  if (known !== undefined) return known;
  const talks = fn.descendantsOfType('call').some((call) => {
    const name = call ? file.callName(call) : null;
    return name !== null && /^(input|raw_input|getpass\.getpass|sys\.stdout\.write|sys\.stdout\.buffer\.write|sys\.stdout\.writelines)$/.test(name);
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
