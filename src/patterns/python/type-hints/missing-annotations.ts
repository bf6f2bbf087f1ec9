/**
 * ## What it does
 * Finds public functions and methods (no leading `_`, not nested in another function, not in a
 * private class or module, not a test) with a parameter that has no annotation (`self`/`cls`
 * aside) or no return annotation (`__init__` aside). One finding per function, on its name,
 * listing what is missing. Dunder methods are public, as mypy's `disallow_untyped_defs` sees them.
 *
 * ## Why is this bad?
 * mypy does not check the body of an unannotated function, and checks its callers against
 * `Any`: the bugs type hints exist to catch pass silently there. The guide asks for complete
 * type hints on every public function.
 *
 * Not reported: the implementation under `@overload` stubs (the overloads are its signature),
 * property setters and deleters (the getter's annotation is their type), tests and migrations.
 */
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import {
  className,
  forEachPublicCandidate,
  functionHeader,
  isCoveredElsewhere,
  isPrivateModule,
  isPrivateName,
  unannotatedParameterNames,
} from '../semantic/types-functions.js';

const meta: Rule = {
  id: 'PBP401',
  name: 'missing-annotations',
  tool: 'patterns',
  section: 'type-hints',
  level: 'warning',
  precision: 'very-high',
  summary: 'A public function has parameters or a return value without type annotations.',
  docs: {
    what: 'Finds public functions and methods (no leading underscore, not nested, not tests) with an unannotated parameter (self/cls aside) or no return annotation (__init__ aside); one finding per function, listing what is missing. Dunder methods (__init__, __eq__, __call__) are part of the public API and count.',
    why: 'mypy does not check the body of an unannotated function and checks its callers against Any, so the mistakes type hints exist to catch pass silently there; readers and editors lose the contract as well.',
    example: 'async def get_user(id):\n    return await db.get(User, id)',
    useInstead:
      'async def get_user(id: int, db: AsyncSession = Depends(get_db)) -> User | None:\n    return await db.get(User, id)',
  },
};

export const missingAnnotations: PythonRule = {
  kind: 'python',
  meta,
  // A question about the module's public API, asked once per module: its public functions are
  // found by going down through statements and class bodies, never into a function's body (see
  // `forEachPublicCandidate`), which costs less than finding each `def` from the text.
  anchors: { module: /^/g },
  create({ file, report, count }) {
    if (file.isTest || file.isMigration || isPrivateModule(file)) return {};
    return {
      module(root) {
        forEachPublicCandidate(file, root, ({ fn, owner, holder, named, repeated }) => {
          const name = named?.name;
          if (!named || !name || /^test_/.test(name) || isPrivateName(name)) return;
          if (isCoveredElsewhere(file, fn, name, holder, repeated)) return;
          const header = functionHeader(file, fn, named);
          const parameters = unannotatedParameterNames(file, fn, { owner, holder, header }).map(
            (parameter) => `\`${parameter}\``,
          );
          const needsReturn = !header.hasReturnType && name !== '__init__';
          // The summary's annotation coverage: annotated public functions / public functions.
          count('public-functions');
          if (parameters.length === 0 && !needsReturn) {
            count('annotated-functions');
            return;
          }
          const missing: string[] = [];
          if (parameters.length) missing.push(parameterList(parameters));
          if (needsReturn) missing.push('the return type');
          const what = owner ? `method ${className(file, owner)}.${name}` : `function ${name}`;
          const start = file.toPosition(named.start);
          const end = file.toPosition(named.end);
          report({
            at: {
              startLine: start.line,
              startColumn: start.column,
              endLine: end.line,
              endColumn: end.column,
            },
            message: `Public ${what} has no type annotation for ${missing.join(' and ')}; annotate it so mypy checks its body and its callers.`,
          });
        });
      },
    };
  },
};

/** `a`, `b` and `c`; a long signature is cut short: 9 parameters (`a`, `b`, `c`, `d`, …). */
function parameterList(items: string[]): string {
  if (items.length === 1) return `parameter ${items.join('')}`;
  if (items.length > 5) return `${items.length} parameters (${items.slice(0, 4).join(', ')}, …)`;
  return `parameters ${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
