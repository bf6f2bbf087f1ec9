/**
 * The engine's inner loop, the same in a worker and in-process: read each file once, parse it
 * once, walk it once, calling every subscribed rule's visitor.
 */
import type { Node, Parser } from 'web-tree-sitter';
import type { RawFinding } from '../model.js';
import { readSource } from '../source-text.js';
import { createPythonParser } from './parser.js';
import type { ProjectFacts } from './project-facts.js';
import { PythonFile } from './python/python-file.js';
import { patternRuleParts } from './registry.js';
import type { Anchor, PythonRule, Report, Span, TextFileKind, TextRule, Visitors } from './rule.js';
import { TextFile } from './text-file.js';
import { PARSE_ERROR_RULE, python2Statement } from './parse-error.js';
import { escapeRegExp } from '../escape.js';

export type EngineFileKind = 'python' | TextFileKind;

export interface EngineFile {
  /** Repo-relative POSIX path (what findings carry). */
  path: string;
  /** Absolute path to read. */
  absolute: string;
  kind: EngineFileKind;
}

export interface EngineBatch {
  files: EngineFile[];
  ruleIds: string[];
  facts: ProjectFacts;
  /** Ignore the rules' anchors and visit every node of each subscribed type (for tests). */
  exhaustive?: boolean;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface EngineBatchResult {
  findings: RawFinding[];
  /** Per-file figures rules counted (path → metric → value), for the reports. */
  metrics: Record<string, Record<string, number>>;
  skipped: SkippedFile[];
  notices: string[];
  lines: number;
  /** The decoded text of each file with findings: the reports need its lines, already read here. */
  texts: Record<string, string>;
  /**
   * Python files whose every node of the visited types had to be visited because some running
   * rule did not anchor a visitor (the slow way; none, with the rules as they are).
   */
  walked: string[];
}

let parser: Parser | undefined;

/**
 * Checks one file given as text (no disk): what rule tests use. `path` decides test-file and
 * settings-module detection.
 */
export async function checkSource(
  path: string,
  kind: EngineFileKind,
  text: string,
  ruleIds: string[],
  facts: ProjectFacts,
  options: { exhaustive?: boolean } = {},
): Promise<RawFinding[]> {
  parser ??= await createPythonParser();
  const findings: RawFinding[] = [];
  const rules = ruleIds.flatMap((id) => patternRuleParts(id));
  if (kind === 'python') {
    checkPython(
      parser,
      path,
      text,
      rules.filter((rule): rule is PythonRule => rule.kind === 'python'),
      { files: [], ruleIds, facts, exhaustive: options.exhaustive },
      findings,
    );
  } else {
    checkText(
      new TextFile(path, kind, text),
      rules.filter((rule): rule is TextRule => rule.kind === 'text'),
      facts,
      findings,
    );
  }
  return findings;
}

function checkText(
  file: TextFile,
  rules: TextRule[],
  facts: ProjectFacts,
  findings: RawFinding[],
): void {
  for (const rule of rules) {
    if (!rule.fileKinds.includes(file.kind)) continue;
    rule.check({
      file,
      project: facts,
      report: (report) =>
        findings.push(toFinding(rule.meta.id, file.path, report, nodeSpanUnsupported)),
    });
  }
}

export async function checkFiles(batch: EngineBatch): Promise<EngineBatchResult> {
  parser ??= await createPythonParser();
  const rules = batch.ruleIds.flatMap((id) => patternRuleParts(id));
  const pythonRules = rules.filter((rule): rule is PythonRule => rule.kind === 'python');
  const textRules = rules.filter((rule): rule is TextRule => rule.kind === 'text');
  const result: EngineBatchResult = {
    findings: [],
    metrics: {},
    skipped: [],
    notices: [],
    lines: 0,
    texts: {},
    walked: [],
  };
  for (const file of batch.files) {
    const source = readSource(file.absolute);
    if (!source.ok) {
      result.skipped.push({ path: file.path, reason: source.reason });
      continue;
    }
    if (source.note) result.notices.push(`${file.path}: ${source.note}`);
    const before = result.findings.length;
    try {
      if (file.kind === 'python') {
        const counts: Record<string, number> = {};
        result.lines += checkPython(
          parser,
          file.path,
          source.text,
          pythonRules,
          batch,
          result.findings,
          counts,
          result.walked,
        );
        if (Object.keys(counts).length > 0) result.metrics[file.path] = counts;
      } else {
        const textFile = new TextFile(file.path, file.kind, source.text);
        result.lines += textFile.lines.length;
        checkText(textFile, textRules, batch.facts, result.findings);
      }
    } catch (error) {
      // A rule that throws must not take the other files with it; say where it happened.
      result.notices.push(
        `${file.path}: internal error while checking: ${(error as Error).message}`,
      );
    }
    if (result.findings.length > before) result.texts[file.path] = source.text;
  }
  return result;
}

function checkPython(
  parser: Parser,
  path: string,
  text: string,
  rules: PythonRule[],
  batch: EngineBatch,
  findings: RawFinding[],
  counts: Record<string, number> = {},
  walked: string[] = [],
): number {
  const tree = parser.parse(text);
  if (!tree) throw new Error('the parser returned no tree');
  try {
    const file = new PythonFile(path, text, tree);
    const subscriptions: Subscription[] = [];
    let anchored = batch.exhaustive !== true;
    for (const rule of rules) {
      if (rule.mentions && !rule.mentions.test(text)) continue;
      const visitors: Visitors = rule.create({
        file,
        project: batch.facts,
        report: (report) =>
          findings.push(toFinding(rule.meta.id, path, report, (node) => file.spanOf(node))),
        count: (metric, by = 1) => {
          counts[metric] = (counts[metric] ?? 0) + by;
        },
      });
      for (const [type, visit] of Object.entries(visitors)) {
        if (!visit) continue;
        const anchor = rule.anchors?.[type];
        if (!anchor) anchored = false;
        subscriptions.push({ type, visit, anchor, order: subscriptions.length });
      }
    }
    if (anchored) visitAnchored(file, subscriptions);
    else {
      if (batch.exhaustive !== true) walked.push(path);
      walk(file, subscriptions);
    }
    if (!tree.rootNode.hasError && batch.ruleIds.includes(PARSE_ERROR_RULE.id)) {
      const statement = python2Statement(file);
      if (statement) {
        findings.push(
          toFinding(
            PARSE_ERROR_RULE.id,
            path,
            {
              at: statement,
              message: `This file does not parse as Python 3: a Python 2 \`${statement.type === 'print_statement' ? 'print' : 'exec'}\` statement here (write \`${statement.type === 'print_statement' ? 'print(…)' : 'exec(…)'}\`); the rest of the file was still checked.`,
            },
            (node) => file.spanOf(node),
          ),
        );
      }
    }
    if (tree.rootNode.hasError && batch.ruleIds.includes(PARSE_ERROR_RULE.id)) {
      const problem = firstSyntaxProblem(tree.rootNode);
      if (problem) {
        findings.push(
          toFinding(
            PARSE_ERROR_RULE.id,
            path,
            {
              at: problem,
              message: problem.isMissing
                ? `This file does not parse: "${problem.type}" expected here; the rest of the file was still checked.`
                : 'This file does not parse: syntax error here; the rest of the file was still checked.',
            },
            (node) => file.spanOf(node),
          ),
        );
      }
    }
    return file.lineCount();
  } finally {
    tree.delete();
  }
}

/** One rule's visitor for one node type. */
interface Subscription {
  type: string;
  visit: (node: Node) => void;
  anchor: Anchor | undefined;
  /** Rules run in registry order on each node, as in a walk. */
  order: number;
}

/**
 * Calls every subscribed visitor on every node of its types, in document order. The search runs
 * inside tree-sitter (one call, no recursion in JavaScript, so 10,000 nested brackets cannot
 * overflow a stack) and only the nodes some rule asked for become JavaScript objects.
 */
function walk(file: PythonFile, subscriptions: Subscription[]): void {
  if (subscriptions.length === 0) return;
  const byType = new Map<string, Subscription[]>();
  for (const subscription of subscriptions) {
    const list = byType.get(subscription.type);
    if (list) list.push(subscription);
    else byType.set(subscription.type, [subscription]);
  }
  for (const node of file.root.descendantsOfType([...byType.keys()])) {
    if (!node) continue;
    for (const subscription of byType.get(file.typeOf(node)) ?? []) subscription.visit(node);
  }
}

/** A place some anchor matched, and the subscriptions it wakes. */
interface Occurrence {
  start: number;
  end: number;
  subscriptions: readonly Subscription[];
}

/**
 * Visits only the nodes the anchors point at: for each occurrence, the innermost node of the
 * anchored type around it. The occurrences are taken in text order while a stack keeps the path
 * from the module down to the last one, so nodes shared by neighbouring occurrences (the module,
 * the class, the function) are found once, and even 10,000 nested brackets cost one step each.
 */
function visitAnchored(file: PythonFile, subscriptions: Subscription[]): void {
  if (subscriptions.length === 0) return;
  const occurrences = findOccurrences(file, subscriptions);
  if (occurrences.length === 0) return;

  interface Step {
    node: Node;
    end: number;
    type: string;
  }
  const root = file.root;
  const path: Step[] = [{ node: root, end: Infinity, type: 'module' }];
  // Node id → the node and the subscriptions to call on it.
  const visits = new Map<number, { node: Node; depth: number; subscriptions: Set<Subscription> }>();
  for (const occurrence of occurrences) {
    while (path.length > 1 && (path[path.length - 1]?.end ?? 0) <= occurrence.start) path.pop();
    const top = path[path.length - 1];
    if (!top) continue;
    const leaf = top.node.descendantForIndex(occurrence.start, occurrence.end);
    if (!leaf) continue;
    for (let current = top.node; current.id !== leaf.id;) {
      const next: Node | null = current.childWithDescendant(leaf);
      if (!next || next.id === current.id) break;
      file.noteParent(next, current);
      path.push({ node: next, end: file.endOf(next), type: file.typeOf(next) });
      current = next;
    }
    for (const subscription of occurrence.subscriptions) {
      for (let depth = path.length - 1; depth >= 0; depth--) {
        const step = path[depth];
        if (step?.type !== subscription.type) continue;
        let visit = visits.get(step.node.id);
        if (!visit) {
          visit = { node: step.node, depth, subscriptions: new Set() };
          visits.set(step.node.id, visit);
        }
        visit.subscriptions.add(subscription);
        break;
      }
    }
  }
  // Document order, outer before inner, rules in registry order: what a walk would do.
  const ordered = [...visits.values()].sort(
    (a, b) => a.node.startIndex - b.node.startIndex || a.depth - b.depth,
  );
  for (const { node, subscriptions: wanted } of ordered) {
    for (const subscription of [...wanted].sort((a, b) => a.order - b.order))
      subscription.visit(node);
  }
}

/**
 * Every occurrence of every anchor in the text, in text order (one scan for all the words). A
 * name imported under another (`from pickle import loads as unpickle`) anchors as the word it
 * stands for: `unpickle(...)` is found where `loads` is an anchor.
 */
function findOccurrences(file: PythonFile, subscriptions: Subscription[]): Occurrence[] {
  const text = file.text;
  const byWord = new Map<string, Subscription[]>();
  const patterns: Subscription[] = [];
  for (const subscription of subscriptions) {
    const anchor = subscription.anchor;
    if (!anchor) continue;
    if (anchor instanceof RegExp) patterns.push(subscription);
    else
      for (const word of anchor) {
        const list = byWord.get(word);
        if (list) list.push(subscription);
        else byWord.set(word, [subscription]);
      }
  }
  // Names imported under another name: scanned apart, so the rules' own word set stays one
  // compiled pattern for every file.
  const aliases = new Map<string, Subscription[]>();
  if (byWord.size > 0) {
    for (const [local, qualified] of file.imports()) {
      if (byWord.has(local)) continue;
      const wanted = qualified.split('.').flatMap((part) => byWord.get(part) ?? []);
      if (wanted.length > 0) aliases.set(local, [...new Set(wanted)]);
    }
  }
  const occurrences: Occurrence[] = [];
  for (const table of [byWord, aliases]) {
    if (table.size === 0) continue;
    const words = wordPattern([...table.keys()], table === byWord);
    words.lastIndex = 0;
    for (let match = words.exec(text); match; match = words.exec(text)) {
      occurrences.push({
        start: match.index,
        end: match.index + match[0].length,
        subscriptions: table.get(match[0]) ?? [],
      });
    }
  }
  // One scan per pattern, shared by the visitors that name the same one.
  const byPattern = new Map<RegExp, Subscription[]>();
  for (const subscription of patterns) {
    const pattern = subscription.anchor as RegExp;
    const list = byPattern.get(pattern);
    if (list) list.push(subscription);
    else byPattern.set(pattern, [subscription]);
  }
  for (const [pattern, wanted] of byPattern) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      occurrences.push({
        start: match.index,
        end: match.index + Math.max(match[0].length, 1),
        subscriptions: wanted,
      });
      if (match[0].length === 0) pattern.lastIndex++;
    }
  }
  if (patterns.length > 0 || aliases.size > 0)
    occurrences.sort((a, b) => a.start - b.start || a.end - b.end);
  return occurrences;
}

const WORD_PATTERNS = new Map<string, RegExp>();

/** One regular expression for a set of words (the rules' own sets are remembered). */
function wordPattern(words: string[], remember: boolean): RegExp {
  const key = words.sort().join('|');
  const known = WORD_PATTERNS.get(key);
  if (known) return known;
  // Longest first, so `execute` is not cut to `exec` where both are anchors.
  const alternatives = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const escaped = alternatives.map(escapeRegExp);
  // For identifiers and keywords `\b` on both sides is the whole-word match, and scans faster
  // than the look-arounds any other word needs.
  const plain = words.every((word) => /^\w+$/.test(word));
  const [before, after] = plain ? ['\\b', '\\b'] : ['(?<!\\w)', '(?!\\w)'];
  const pattern = new RegExp(`${before}(?:${escaped.join('|')})${after}`, 'g');
  if (remember) {
    // Rules that skip a file change the set; a few sets recur, but keep the memory bounded.
    if (WORD_PATTERNS.size >= 256) WORD_PATTERNS.clear();
    WORD_PATTERNS.set(key, pattern);
  }
  return pattern;
}

/**
 * Where the first syntax error is: the first node, in document order, that is an error or a
 * missing token, narrowed to where inside an error the parse went wrong (see `errorPoint`).
 */
function firstSyntaxProblem(root: Node): Node | null {
  const cursor = root.walk();
  try {
    for (;;) {
      const node = cursor.currentNode;
      if (node.isError) return errorPoint(node);
      if (node.isMissing) return node;
      if (node.hasError && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return null;
      }
    }
  } finally {
    cursor.delete();
  }
}

/**
 * An error node holds what the parser could not place, often after whole statements it did
 * parse: a file whose one `(` is never closed becomes a single error from line 1 to the end. The
 * point is the first thing in it that is not a complete piece — a bare token (`@`, `(`, `:`), a
 * missing one, or an inner error — so the finding lands on the line Python names, not on line 1.
 */
function errorPoint(error: Node): Node {
  let current = error;
  for (let depth = 0; depth < 64; depth++) {
    const child = current.children.find(
      (candidate) =>
        candidate !== null &&
        (candidate.isError || candidate.isMissing || candidate.hasError || !candidate.isNamed),
    );
    if (!child) return current;
    if (child.isMissing || (!child.isNamed && !child.isError)) return child;
    current = child;
  }
  return current;
}

function nodeSpanUnsupported(_node: Node): Span {
  throw new Error('text rules report spans, not nodes');
}

function toFinding(
  ruleId: string,
  path: string,
  report: Report,
  spanOf: (node: Node) => Span,
): RawFinding {
  const span = isSpan(report.at) ? report.at : spanOf(report.at);
  const finding: RawFinding = {
    tool: 'patterns',
    ruleId,
    message: report.message,
    location: { path, ...span },
  };
  if (report.level) finding.level = report.level;
  return finding;
}

function isSpan(at: Node | Span): at is Span {
  return typeof (at as Span).startLine === 'number';
}
