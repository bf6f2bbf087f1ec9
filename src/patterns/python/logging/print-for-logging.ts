/**
 * ## What it does
 * Finds `print(...)` in application code, and `print` handed over as a callback
 * (`conn.set_trace_callback(print)`), where a logger belongs.
 *
 * ## Why is this bad?
 * Printed lines have no level, no logger name, no timestamp and no request context; they cannot
 * be filtered or turned off, go to stdout mixed with everything else, and escape the JSON
 * formatting that log aggregation relies on.
 *
 * Not reported where printing is the program's output (see `semantic/logging-print.ts`):
 * - files: tests and test helpers (`testing/`, `testing.py`), migrations, `scripts/`, `bin/`,
 *   `manage.py`, `__main__.py`, `setup.py`, `cli.py`, Django management commands, `docs/`,
 *   `tools/`, `benchmarks/`, `notebooks/`,
 *   scripts directly under `examples/`, and modules without a single function or class;
 * - modules that are command-line programs or terminal UIs: they import argparse, optparse,
 *   getopt, click, typer, docopt, fire, cmd, code, readline, curses, IPython, prompt_toolkit,
 *   rich, tabulate, termcolor or colorama, or read `sys.argv`;
 * - code under `if __name__ == "__main__":`;
 * - functions whose job is output: named `main`, `usage`, `help*`, `print*`, `show*`,
 *   `display*`, `dump*`, `test*`, `demo*`, `bench*`; documented as "Print …", "Show …",
 *   "Display …"; click/typer commands and IPython magics; methods of command, shell, console
 *   and application classes (`BaseCommand`, `cmd.Cmd`, `*Application`) or of output classes
 *   (`*Display*`, `*Printer*`, `*Reporter*`, `*Profil*`); functions that prompt (`input()`,
 *   `getpass()`), write to `sys.stdout` themselves or end the program (`sys.exit()`), and
 *   `sys.settrace` tracers (`def tracer(frame, event, arg)`);
 * - `print(..., file=fh)` to anything but stdout/stderr, and lines marked `# noqa: T201`.
 *
 * Reported on purpose: `print` in `__repr__`/`__str__` (a side effect there is a bug) and prints
 * switched on by a debug flag (`if self.debuglevel: print(...)`), which is logging by hand.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import { callShape } from '../semantic/logging-calls.js';
import { isBuiltinPrint, isProgramFile, printIsOutput } from '../semantic/logging-print.js';

const meta: Rule = {
  id: 'PBP501',
  name: 'print-for-logging',
  tool: 'patterns',
  section: 'logging',
  level: 'warning',
  precision: 'high',
  summary: 'Application code prints instead of logging.',
  docs: {
    what: 'Finds print(...) in application code and print passed as a callback (conn.set_trace_callback(print)); not in tests, scripts, migrations, command-line modules and terminal UIs, if __name__ == "__main__" blocks, commands and output functions (main, usage, print_*, show_*, dump*), functions that prompt or exit, or print(..., file=fh) to a file (print to sys.stdout or sys.stderr still counts).',
    why: 'A printed line has no level, logger name, timestamp or request context: it cannot be filtered, silenced or routed, and it bypasses the structured (JSON) log format that log aggregation depends on.',
    example:
      'async def charge_card(order_id: int, amount_cents: int) -> str:\n    print(f"charging order {order_id}: {amount_cents} cents")',
    useInstead:
      'logger = logging.getLogger(__name__)\n\nasync def charge_card(order_id: int, amount_cents: int) -> str:\n    logger.info("charging order %s: %s cents", order_id, amount_cents)',
  },
};

/**
 * flake8-print's suppression on the line (`# noqa: T201`, or a bare `# noqa`) says the print is
 * meant.
 */
function allowedByFlake8Print(text: string, node: Node): boolean {
  const start = text.lastIndexOf('\n', node.startIndex) + 1;
  const end = text.indexOf('\n', node.startIndex);
  const line = text.slice(start, end === -1 ? undefined : end);
  return /#\s*noqa\s*(:[^#]*\bT20[13]\b|$|[^:\s])/i.test(line);
}

export const printForLogging: PythonRule = {
  kind: 'python',
  meta,
  anchors: { call: ['print'], argument_list: ['print'] },
  create({ file, report }) {
    if (!file.text.includes('print') || isProgramFile(file)) return {};
    // `print` passed as a value: `f(print)`, `callback=print`.
    const passesPrint = /[(,=]\s*print\s*[,)]/.test(file.text);
    return {
      call(node) {
        const { callee, tail } = callShape(file, node);
        if (
          tail !== 'print' ||
          !callee ||
          !isBuiltinPrint(file, callee) ||
          printIsOutput(file, node) ||
          allowedByFlake8Print(file.text, node)
        )
          return;
        report({
          at: node,
          message:
            '`print()` in application code bypasses logging; use a logger (`logger.info(...)`) so the line has a level and context.',
        });
      },
      argument_list(node) {
        if (!passesPrint) return;
        for (const argument of node.namedChildren) {
          const value: Node | null | undefined =
            argument?.type === 'keyword_argument' ? argument.childForFieldName('value') : argument;
          if (!value || !isBuiltinPrint(file, value) || printIsOutput(file, value)) continue;
          report({
            at: value,
            message:
              '`print` is passed as a callback, so this output bypasses logging; pass a logger method (`logger.debug`) instead.',
          });
        }
      },
    };
  },
};
