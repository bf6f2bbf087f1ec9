/**
 * Cheap tests on a file's text shared by the performance and logging rules: anchors (see
 * `PythonRule.anchors`) for visitors on calls, as regular expressions (cheaper to scan for than
 * words: they start at a dot or a name and require the call's `(`), and whether a name is ever
 * assigned, before the tree is searched for its value.
 */
import type { PythonFile } from '../python-file.js';
import { escapeRegExp } from '../../../escape.js';

/**
 * What may stand between two tokens of one expression: spaces and newlines, a `\\` line
 * continuation, a comment (inside brackets). Each comment is taken whole, to its line's end, so a
 * line of `#####` cannot make the expression backtrack.
 */
export const GAP = String.raw`(?:\s|\\|#[^\r\n]*[\r\n])*`;

/** An alternation of `words`, longest first. */
export function alternatives(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');
}

/**
 * Where a call to one of `methods` can be (`.get(`, `. execute (`): the anchor of a visitor on
 * calls whose callee is an attribute ending in one of them. The match runs from the dot, which
 * belongs to the callee, to the `(` of the arguments, so the innermost call around it is the call
 * itself. `attributes` are names that may sit further inside the callee instead, not called (the
 * manager of `Order.objects.filter(…)`).
 */
export function methodCallAnchor(
  methods: Iterable<string>,
  attributes: Iterable<string> = [],
): RegExp {
  const called = `(?:${alternatives(methods)})${GAP}\\(`;
  const held = [...attributes];
  return new RegExp(
    held.length > 0
      ? `\\.${GAP}(?:${called}|(?:${alternatives(held)})(?!\\w))`
      : `\\.${GAP}${called}`,
    'g',
  );
}

/**
 * Calls to one of `methods` on an object (as `methodCallAnchor`) or to one of the plain names
 * `functions` (`print(`): the match starts at the dot or at the name.
 */
export function callAnchor(methods: Iterable<string>, functions: Iterable<string>): RegExp {
  return new RegExp(
    `(?:\\.${GAP}(?:${alternatives(methods)})|(?<![\\w.])(?:${alternatives(functions)}))${GAP}\\(`,
    'g',
  );
}

/** The methods of a logger (`logger.info(…)`), for the logging rules. */
export const LOG_METHODS: ReadonlySet<string> = new Set([
  'debug',
  'info',
  'warning',
  'warn',
  'error',
  'exception',
  'critical',
  'fatal',
  'log',
  // loguru's lowest level, and the custom TRACE level some libraries add (httpx).
  'trace',
  // loguru's SUCCESS level.
  'success',
]);

/**
 * Attribute names the performance and logging rules ask about before anything else, found in one
 * scan: the database's (`objects`, `query`, `add`, …), redis's `set`, and the logging methods.
 */
export const DOTTED_NAMES: ReadonlySet<string> = new Set([
  'objects',
  'query',
  'scalars',
  'exec',
  'execute',
  'add',
  'commit',
  'set',
  ...LOG_METHODS,
]);
const DOTTED_NAME = new RegExp(`\\.${GAP}(${alternatives(DOTTED_NAMES)})(?!\\w)`, 'g');
const dottedNames = new WeakMap<PythonFile, ReadonlySet<string>>();

/**
 * Which of `DOTTED_NAMES` follow a dot in the file (`.add`, `. objects`), in code, strings or
 * comments alike. Every attribute of the code with one of these names is seen: a match spans only
 * a dot, spaces, comments and the name, so it never hides the dot of another attribute.
 */
export function dottedNamesIn(file: PythonFile): ReadonlySet<string> {
  let names = dottedNames.get(file);
  if (!names) {
    const found = new Set<string>();
    const text = file.text;
    DOTTED_NAME.lastIndex = 0;
    for (let match = DOTTED_NAME.exec(text); match; match = DOTTED_NAME.exec(text))
      if (match[1]) found.add(match[1]);
    dottedNames.set(file, (names = found));
  }
  return names;
}

const assignedNames = new WeakMap<PythonFile, Map<string, boolean>>();

/**
 * False when `name` is never written as `name = …`, `name: T = …` or `(name := …)` anywhere in
 * the file: then `file.assignedValue(name, …)` is null, an augmented assignment or a whole
 * pattern (`a, name = …`), never a call or a literal. One scan of the text, remembered per name,
 * where `assignedValue` looks at every occurrence of the name in the tree.
 */
export function mayBeAssigned(file: PythonFile, name: string): boolean {
  let byName = assignedNames.get(file);
  if (!byName) assignedNames.set(file, (byName = new Map()));
  let known = byName.get(name);
  if (known === undefined) {
    const escaped = escapeRegExp(name);
    known = new RegExp(`(?<![\\w.])${escaped}${GAP}(?::|=(?!=))`).test(file.text);
    byName.set(name, known);
  }
  return known;
}
