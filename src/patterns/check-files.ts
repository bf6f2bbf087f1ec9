/**
 * The engine's inner loop, the same in a worker and in-process: read each file once, parse it
 * once, walk it once, calling every subscribed rule's visitor.
 */
import type { Node, Parser } from 'web-tree-sitter';
import type { RawFinding } from '../model.js';
import { readSource } from '../source-text.js';
import { createPythonParser } from './parser.js';
import type { ProjectFacts } from './project-facts.js';
import { DEFINITION_TYPES, PythonFile } from './python/python-file.js';
import { patternRuleParts } from './registry.js';
import type { PythonRule, Report, Span, TextFileKind, TextRule, Visitors } from './rule.js';
import { TextFile } from './text-file.js';
import { PARSE_ERROR_RULE } from './parse-error.js';

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
      { files: [], ruleIds, facts },
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
  };
  for (const file of batch.files) {
    const source = readSource(file.absolute);
    if (!source.ok) {
      result.skipped.push({ path: file.path, reason: source.reason });
      continue;
    }
    if (source.note) result.notices.push(`${file.path}: ${source.note}`);
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
): number {
  const tree = parser.parse(text);
  if (!tree) throw new Error('the parser returned no tree');
  try {
    const file = new PythonFile(path, text, tree);
    const subscribers = new Map<string, Array<(node: Node) => void>>();
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
        const list = subscribers.get(type);
        if (list) list.push(visit);
        else subscribers.set(type, [visit]);
      }
    }
    walk(file, subscribers);
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
    return file.toPosition(text.length).line;
  } finally {
    tree.delete();
  }
}

/**
 * Calls every subscribed visitor on the nodes of its types, in document order. The search runs
 * inside tree-sitter (one call, no recursion in JavaScript, so 10,000 nested brackets cannot
 * overflow a stack) and only the nodes some rule asked for become JavaScript objects: walking
 * every node from JavaScript costs more than the parse itself.
 */
function walk(file: PythonFile, subscribers: Map<string, Array<(node: Node) => void>>): void {
  if (subscribers.size === 0) return;
  // One search for the subscribed types and the definitions the semantic layer indexes.
  const types = new Set([...subscribers.keys(), ...DEFINITION_TYPES]);
  const nodes = file.root
    .descendantsOfType([...types])
    .filter((node): node is Node => node !== null);
  file.useDefinitions(nodes.filter((node) => DEFINITION_TYPES.includes(node.type)));
  for (const node of nodes) {
    const visits = subscribers.get(node.type);
    if (visits) for (const visit of visits) visit(node);
  }
}

function firstSyntaxProblem(root: Node): Node | null {
  const cursor = root.walk();
  try {
    for (;;) {
      const node = cursor.currentNode;
      if (node.isError || node.isMissing) return node;
      if (node.hasError && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return null;
      }
    }
  } finally {
    cursor.delete();
  }
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
