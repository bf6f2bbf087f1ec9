/**
 * Baselines: the findings a repository has accepted for now. `pybp baseline` writes them to
 * `.pybp-baseline.json`; a check with `--baseline FILE` lists the ones it finds again as
 * `baseline` (shown, never gating) and reports entries that are gone, so the file only shrinks.
 * Entries are matched by fingerprint alone (tool + rule + path + normalised line text +
 * occurrence), so moving code up or down does not turn accepted findings into new ones; the line
 * number is stored only as a hint for the person reading the file.
 */
import { ConfigError } from '../config.js';
import { compareFindings, isToolName, type Finding, type ToolName } from '../model.js';
import { isInside } from '../paths.js';

/** The file `pybp baseline` writes when no other name is given. */
export const BASELINE_FILE = '.pybp-baseline.json';

/** The format this version reads and writes; a different format is a different number. */
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  tool: ToolName;
  ruleId: string;
  /** Repository-relative POSIX path. */
  path: string;
  /** Where the finding was when the baseline was written: a hint, never used to match. */
  line: number;
  message: string;
}

export interface Baseline {
  /** The file it was read from, as the user named it: for messages. */
  file: string;
  entries: BaselineEntry[];
}

export interface BaselineOutcome {
  /** The findings, those found in the baseline now in state `baseline`; a new array. */
  findings: Finding[];
  /** How many findings the baseline accounted for. */
  matched: number;
  /**
   * Entries no finding matched any more: fixed (or their line changed), in file order. Entries
   * this run did not look for (`isChecked`) are not among them.
   */
  fixed: BaselineEntry[];
}

const COMMENT =
  'Findings accepted when this file was written: pybp lists them as baseline and they do not ' +
  'fail the check. Entries are matched by fingerprint; line numbers are only hints. ' +
  'Shrink it with `pybp baseline --prune`.';

/** The baseline file for these findings: every one that is not suppressed, sorted, stable. */
export function baselineJson(findings: readonly Finding[]): string {
  const seen = new Set<string>();
  const entries: BaselineEntry[] = [];
  for (const finding of [...findings].sort(compareFindings)) {
    if (finding.state === 'suppressed' || !finding.fingerprint || seen.has(finding.fingerprint))
      continue;
    seen.add(finding.fingerprint);
    entries.push({
      fingerprint: finding.fingerprint,
      tool: finding.tool,
      ruleId: finding.ruleId,
      path: finding.location.path,
      line: finding.location.startLine,
      message: finding.message,
    });
  }
  return entriesJson(entries);
}

/**
 * The baseline without its fixed entries (from applyBaseline), never with new ones added: what
 * `pybp baseline --prune` writes. Entries the run did not look for stay.
 */
export function prunedBaselineJson(baseline: Baseline, fixed: readonly BaselineEntry[]): string {
  const gone = new Set(fixed.map((entry) => entry.fingerprint));
  return entriesJson(baseline.entries.filter((entry) => !gone.has(entry.fingerprint)));
}

/** Reads and checks a baseline file; anything malformed is a ConfigError naming the file. */
export function readBaseline(text: string, file: string): Baseline {
  function fail(problem: string): never {
    throw new ConfigError(`baseline ${file}: ${problem}`, file, 'baseline');
  }
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(document)) return fail('expected a JSON object with "version" and "findings"');
  if ('runs' in document && !('findings' in document))
    return fail('this is a SARIF file, not a pybp baseline; write one with `pybp baseline`');
  if (document['version'] !== BASELINE_VERSION) {
    return fail(
      typeof document['version'] === 'number'
        ? `version ${document['version']} is not supported; this pybp reads version ${BASELINE_VERSION} (write it again with \`pybp baseline\`)`
        : `"version" must be the number ${BASELINE_VERSION}`,
    );
  }
  const list = document['findings'];
  if (!Array.isArray(list)) return fail('"findings" must be an array');
  const entries = list.map((item: unknown, index): BaselineEntry => {
    const where = `findings[${index}]`;
    if (!isRecord(item)) return fail(`${where} must be an object`);
    const text = (key: string): string => {
      const value = item[key];
      if (typeof value !== 'string' || value === '')
        return fail(`${where}.${key} must be a non-empty string`);
      return value;
    };
    const fingerprint = text('fingerprint');
    if (!/^[0-9a-f]{16,64}$/.test(fingerprint))
      fail(`${where}.fingerprint must be the hexadecimal fingerprint pybp wrote`);
    const tool = text('tool');
    if (!isToolName(tool)) return fail(`${where}.tool "${tool}" is not a tool pybp runs`);
    const path = text('path');
    if (!isInside(path) || path.includes('\\') || path.startsWith('./'))
      fail(`${where}.path "${path}" must be a repository-relative POSIX path`);
    const line = item['line'];
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 1)
      return fail(`${where}.line must be a positive whole number`);
    const message = item['message'];
    if (typeof message !== 'string') return fail(`${where}.message must be a string`);
    return { fingerprint, tool, ruleId: text('ruleId'), path, line, message };
  });
  return { file, entries };
}

export interface ApplyOptions {
  /**
   * Whether this run looked for an entry's finding at all (its tool ran and its rule was
   * selected). Entries it did not look for are neither matched nor fixed. Default: all.
   */
  isChecked?: (entry: BaselineEntry) => boolean;
}

/**
 * Marks the findings the baseline holds as `baseline`; suppressed ones stay suppressed. Apply it
 * to every finding, before a changed-lines scope narrows them, or entries in files outside the
 * change would look fixed.
 */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: Baseline,
  options: ApplyOptions = {},
): BaselineOutcome {
  const accepted = new Set(baseline.entries.map((entry) => entry.fingerprint));
  const found = new Set<string>();
  let matched = 0;
  const marked = findings.map((finding): Finding => {
    if (!accepted.has(finding.fingerprint)) return finding;
    found.add(finding.fingerprint);
    matched++;
    return finding.state === 'new' ? { ...finding, state: 'baseline' } : finding;
  });
  const isChecked = options.isChecked ?? ((): boolean => true);
  const fixed = baseline.entries.filter(
    (entry) => !found.has(entry.fingerprint) && isChecked(entry),
  );
  return { findings: marked, matched, fixed };
}

/**
 * What to tell the user about fixed entries (summary, text report, notices), or null when none
 * are: the baseline would otherwise keep accepting a finding that comes back.
 */
export function fixedBaselineNotice(
  fixed: readonly BaselineEntry[],
  file: string,
  checkedPath = '.',
): string | null {
  if (fixed.length === 0) return null;
  const count = fixed.length === 1 ? '1 entry' : `${fixed.length} entries`;
  const examples = fixed
    .slice(0, 3)
    .map((entry) => `${entry.ruleId} at ${entry.path}:${entry.line}`)
    .join(', ');
  const more = fixed.length > 3 ? `, and ${fixed.length - 3} more` : '';
  return (
    `${count} of the baseline ${file} ${fixed.length === 1 ? 'is' : 'are'} no longer found ` +
    `(fixed, or the line changed): ${examples}${more}. Shrink the baseline with ` +
    `\`pybp baseline ${checkedPath} --prune --output ${file}\` so a finding that comes back is ` +
    `reported again.`
  );
}

function entriesJson(entries: readonly BaselineEntry[]): string {
  const sorted = [...entries].sort(
    (a, b) =>
      compareText(a.path, b.path) ||
      a.line - b.line ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.fingerprint, b.fingerprint),
  );
  const document = {
    version: BASELINE_VERSION,
    comment: COMMENT,
    findings: sorted.map((entry) => ({
      fingerprint: entry.fingerprint,
      tool: entry.tool,
      ruleId: entry.ruleId,
      path: entry.path,
      line: entry.line,
      message: entry.message,
    })),
  };
  return JSON.stringify(document, null, 2) + '\n';
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
