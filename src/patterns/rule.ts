/**
 * The shape of our own checks, after ESLint: a rule is data (`meta`) plus `create`, which returns
 * visitors keyed by tree-sitter node type. The engine walks each file once and calls them.
 */
import type { Node } from 'web-tree-sitter';
import type { Level, Rule } from '../model.js';
import type { PythonFile } from './python/python-file.js';
import type { ProjectFacts } from './project-facts.js';
import type { TextFile } from './text-file.js';

/** Where a finding goes: a node, or an explicit 1-based range. */
export interface Span {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface Report {
  at: Node | Span;
  message: string;
  /** When one rule reports at two levels (PBP105: add is a note, commit a warning). */
  level?: Level;
}

export interface PythonRuleContext {
  file: PythonFile;
  project: ProjectFacts;
  report(report: Report): void;
  /** Adds to a per-file figure the reports show (PBP401: public and annotated functions). */
  count(metric: string, by?: number): void;
}

export type Visitors = Partial<Record<string, (node: Node) => void>>;

/**
 * Where in a file's text a visited node can fire: identifiers or keywords (matched as whole
 * words, anywhere: code, strings or comments), or a regular expression with the `g` flag. For
 * each occurrence the engine visits the innermost node of the anchored type around it, and no
 * other node of that type. `module: /^/g` visits the module once, for a rule that reads the file
 * as a whole (PBP401 goes down through the statements itself).
 */
export type Anchor = readonly string[] | RegExp;

/** A check over Python source. */
export interface PythonRule {
  kind: 'python';
  meta: Rule;
  /**
   * A cheap test on the file's text: when it does not match, the rule cannot fire in that file and
   * is not run there (most files never mention jwt, redis or SQL). Must never drop a real finding.
   */
  mentions?: RegExp;
  /**
   * For each node type the rule visits, where such a node can fire (see `Anchor`). When every
   * rule running on a file anchors all of its visitors, the engine never walks the whole tree: it
   * jumps from each occurrence to the node around it, which costs a fraction of a walk. An anchor
   * must never drop a real finding: the rule tests run every case both ways and compare.
   */
  anchors?: Partial<Record<string, Anchor>>;
  create(context: PythonRuleContext): Visitors;
}

/** The kinds of non-Python file the engine reads (see discover.ts). */
export type TextFileKind =
  'dockerfile' | 'requirements' | 'pyproject' | 'env' | 'pipfile' | 'compose';

export interface TextRuleContext {
  file: TextFile;
  project: ProjectFacts;
  report(report: Report): void;
}

/** A check over one Dockerfile, requirements file, pyproject.toml or .env file. */
export interface TextRule {
  kind: 'text';
  meta: Rule;
  fileKinds: readonly TextFileKind[];
  check(context: TextRuleContext): void;
}

export interface ProjectRuleContext {
  project: ProjectFacts;
  report(report: Report & { path: string }): void;
}

/** A check over the project as a whole (no tests at all, no lock file). */
export interface ProjectRule {
  kind: 'project';
  meta: Rule;
  check(context: ProjectRuleContext): void;
}

export type PatternRule = PythonRule | TextRule | ProjectRule;
