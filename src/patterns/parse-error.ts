import type { Rule } from '../model.js';

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
    what: 'Reports the first syntax error in a Python file that the pattern engine could not fully parse.',
    why: 'Code that does not parse cannot run, and every check on it is partial. The parts of the file that do parse are still checked.',
    example: 'def broken(:\n    pass',
    useInstead: 'def fixed() -> None:\n    pass',
  },
};
