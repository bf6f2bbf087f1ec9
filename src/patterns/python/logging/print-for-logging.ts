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
 * Not reported where printing is the program's output: tests, `scripts/`, `bin/`, `manage.py`,
 * `__main__.py`, `setup.py`, `cli.py`, Django management commands, examples and docs; modules
 * that are command-line programs (they import argparse, optparse, getopt, click, typer, docopt,
 * fire, cmd or code, or read `sys.argv`); code under `if __name__ == "__main__":`; functions
 * whose job is to print (`main`, `usage`, `help*`, `print*`, `show*`, `display*`, `dump*`);
 * and `print(..., file=fh)` to anything but stdout/stderr.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
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
    what: 'Finds print(...) in application code and print passed as a callback (conn.set_trace_callback(print)); not in tests, scripts, command-line modules, if __name__ == "__main__" blocks, output functions (main, usage, print_*, show_*, dump*) or print(..., file=fh).',
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
  create({ file, report }) {
    if (isProgramFile(file)) return {};
    return {
      call(node) {
        const callee = node.childForFieldName('function');
        if (!callee || !isBuiltinPrint(file, callee) || printIsOutput(file, node) || allowedByFlake8Print(file.text, node)) return;
        report({
          at: node,
          message:
            '`print()` in application code bypasses logging; use a logger (`logger.info(...)`) so the line has a level and context.',
        });
      },
      argument_list(node) {
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
