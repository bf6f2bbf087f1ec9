/**
 * ## What it does
 * Finds `except:` clauses that name no exception type.
 *
 * ## Why is this bad?
 * A bare `except:` also catches `KeyboardInterrupt` and `SystemExit`, so Ctrl-C and a worker's
 * shutdown are swallowed, and it hides every bug behind one handler.
 */
import { exceptHeaderSpan } from '../semantic/errors-handlers.js';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';

const meta: Rule = {
  id: 'PBP601',
  name: 'bare-except',
  tool: 'patterns',
  section: 'error-handling',
  level: 'warning',
  precision: 'very-high',
  summary:
    'An `except:` clause catches every exception, including KeyboardInterrupt and SystemExit.',
  overlaps: ['flake8/E722'],
  docs: {
    what: 'Finds except: clauses that name no exception type.',
    why: 'A bare except: also catches KeyboardInterrupt and SystemExit, so Ctrl-C and a clean shutdown are swallowed, and every bug in the try block is hidden behind one handler.',
    example: 'try:\n    order = load_order(order_id)\nexcept:\n    order = None',
    useInstead:
      'try:\n    order = load_order(order_id)\nexcept OrderNotFound:\n    order = None\nexcept Exception:\n    logger.exception("loading order %s failed", order_id)\n    raise',
  },
};

export const bareExcept: PythonRule = {
  kind: 'python',
  meta,
  // The `except` keyword of a clause with nothing before its colon (a line may be continued). It
  // is also the rule's test of the file's text: a file without one is not looked at.
  anchors: { except_clause: /(?<!\w)except(?=[\s\\]*\*?[\s\\]*:)/g },
  create({ file, report }) {
    return {
      except_clause(node) {
        // `except:` has no named child before its block.
        const named = node.namedChildren.filter((child) => child?.type !== 'comment');
        if (named.length !== 1 || named[0]?.type !== 'block') return;
        report({
          at: exceptHeaderSpan(file, node),
          message:
            'Bare `except:` catches every exception, including KeyboardInterrupt and SystemExit; name the exceptions to handle.',
        });
      },
    };
  },
};
