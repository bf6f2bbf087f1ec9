import type { Node } from 'web-tree-sitter';
import type { Rule } from '../model.js';
import type { PythonFile } from './python/python-file.js';

/** Not a guideline: a file the engine could only partly read. Reported once per file. */
export const PARSE_ERROR_RULE: Rule = {
  id: 'PBP000',
  name: 'parse-error',
  tool: 'patterns',
  section: 'code-quality',
  level: 'note',
  precision: 'very-high',
  summary: 'A Python file does not parse; the parts that do were still checked.',
  docs: {
    what: 'Reports the first syntax error in a Python file that the pattern engine could not fully parse, and Python 2 print and exec statements (print "x"), which the parser accepts and Python 3 does not.',
    why: 'Code that does not parse cannot run, and every check on it is partial. The parts of the file that do parse are still checked.',
    example: 'def broken(:\n    pass',
    useInstead: 'def fixed() -> None:\n    pass',
  },
};

/**
 * `print "x"`, `print name`, `exec code`: the keyword, then a name, a number, a string or a brace
 * — what Python 3 cannot read after a name. Not an operator (`print >>f, x` and `print -1` are
 * valid Python 3 expressions, if useless ones), and not a keyword that joins expressions
 * (`print in names`, `[print for …]`).
 */
const PYTHON2_KEYWORD =
  /(?<![\w.])(?:print|exec)(?:[ \t]+(?!(?:in|is|and|or|not|if|else|for|async)(?!\w))(?=[\w'"{`])|(?=['"]))/g;

/**
 * A Python 2 `print` or `exec` statement: tree-sitter's grammar still reads them, so the tree has
 * no error, but Python 3 stops there with a SyntaxError (flake8 says E999).
 */
export function python2Statement(file: PythonFile): Node | null {
  const text = file.text;
  PYTHON2_KEYWORD.lastIndex = 0;
  for (let match = PYTHON2_KEYWORD.exec(text); match; match = PYTHON2_KEYWORD.exec(text)) {
    const leaf = file.root.descendantForIndex(match.index, match.index + match[0].trimEnd().length);
    const statement = leaf?.parent;
    if (statement?.type === 'print_statement' || statement?.type === 'exec_statement')
      return statement;
  }
  return null;
}
