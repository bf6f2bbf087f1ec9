/**
 * The vocabulary of pybp-action, one definition each. Every stage of the pipeline speaks in
 * these types; nothing here touches the environment.
 */
import type { SectionId } from './sections.js';

export type { SectionId } from './sections.js';

/** How serious a finding is; the same three words SARIF and GitHub annotations use. */
export type Level = 'error' | 'warning' | 'note';

export const LEVELS: readonly Level[] = ['error', 'warning', 'note'];

/** Higher is more severe; used to sort and to compare with a `fail-on` threshold. */
export const LEVEL_RANK: Readonly<Record<Level, number>> = { error: 3, warning: 2, note: 1 };

/** SARIF's own confidence scale for a rule. */
export type Precision = 'very-high' | 'high' | 'medium' | 'low';

/** The external tools and our own pattern engine, in the order reports list them. */
export const TOOL_NAMES = ['mypy', 'black', 'flake8', 'pip-audit', 'hadolint', 'patterns'] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

export function isToolName(value: string): value is ToolName {
  return (TOOL_NAMES as readonly string[]).includes(value);
}

/** A rule's documentation, in ruff's fixed headings. */
export interface RuleDocs {
  /** What it does. */
  what: string;
  /** Why is this bad? */
  why: string;
  /** Example (Python or Dockerfile text). */
  example?: string;
  /** Use instead. */
  useInstead?: string;
}

/** A rule: ours (`PBP202`) or a tool's (`flake8/E722`, `mypy/arg-type`). */
export interface Rule {
  id: string;
  /** kebab-case, what a user reads in lists: `sql-string-building`. */
  name: string;
  tool: ToolName;
  section: SectionId;
  level: Level;
  precision: Precision;
  /** One sentence; SARIF shortDescription. */
  summary: string;
  docs: RuleDocs;
  tags?: readonly string[];
  /** Security rules only: the CWE ids (`CWE-798`). */
  cwe?: readonly string[];
  /** Security rules only: the score GitHub maps to critical/high/medium/low. */
  securitySeverity?: number;
  /** Tool rules this rule reports too (`flake8/E722`): where both fire, one finding remains. */
  overlaps?: readonly string[];
  /** Where the tool documents the rule. */
  helpUri?: string;
}

/** A place in a file: repo-relative POSIX path, 1-based lines and columns, endColumn exclusive. */
export interface Location {
  path: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** A replacement the tool proposes (black's diff hunks); becomes a SARIF `fix`. */
export interface Fix {
  description: string;
  /** Replace these whole lines (1-based, inclusive) with `text` (may be empty: delete them). */
  startLine: number;
  endLine: number;
  text: string;
}

export type FindingState = 'new' | 'baseline' | 'suppressed';

export interface Finding {
  tool: ToolName;
  ruleId: string;
  level: Level;
  section: SectionId;
  message: string;
  location: Location;
  fix?: Fix;
  /** Stable across line moves: tool + rule + path + normalised line text + occurrence. */
  fingerprint: string;
  state: FindingState;
  /** Why it is suppressed, when it is. */
  suppression?: string;
}

/** What a tool adapter or the pattern engine produces before normalisation. */
export type RawFinding = Omit<Finding, 'fingerprint' | 'state' | 'section' | 'level'> & {
  level?: Level;
  section?: SectionId;
};

export type ToolStatus = 'ok' | 'skipped' | 'missing' | 'failed';

export interface ToolRun {
  tool: ToolName;
  version: string | null;
  status: ToolStatus;
  durationMs: number;
  findings: RawFinding[];
  /** Why the tool is not `ok`: never empty when it is not. */
  reason?: string;
  /** Rules this run reported, with the metadata the tool gave or we synthesised. */
  rules?: Rule[];
  /** Problems with the input that did not stop the tool (a file that did not parse, …). */
  notices?: string[];
  /** Per-file figures (path → metric → value): the pattern rules count public and annotated functions. */
  metrics?: Record<string, Record<string, number>>;
  /**
   * The decoded text of files this tool already read (path → text), so the reports take their
   * lines from here instead of reading the files again. Never written to any report.
   */
  texts?: Map<string, string>;
}

export function compareLocations(a: Location, b: Location): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return (
    a.startLine - b.startLine ||
    a.startColumn - b.startColumn ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn
  );
}

/** The order findings are listed in everywhere: path, line, column, rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  const byPlace = compareLocations(a.location, b.location);
  if (byPlace !== 0) return byPlace;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  if (a.message !== b.message) return a.message < b.message ? -1 : 1;
  return 0;
}
