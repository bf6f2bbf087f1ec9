/**
 * Inline suppressions: `# pybp: ignore[PBP201]`, `# pybp: ignore[flake8/E501] -- reason`,
 * `# noqa: PBP201`, and a bare `# pybp: ignore` (every rule on that line). In Python files the
 * comment sits on the finding's first or last line; in Dockerfiles, requirements and .env files,
 * where a trailing comment is not always possible, it may also be a whole line just above.
 */
import { selectorMatches } from './rules/catalog.js';

export interface InlineSuppression {
  /** Empty: every rule. */
  selectors: string[];
  reason?: string;
}

const PYBP_IGNORE = /#\s*pybp:\s*ignore(?:\[([^\]]*)\])?(?:\s*--\s*(.*))?/i;
const NOQA = /#\s*noqa:\s*([A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*)/i;

export function parseSuppression(line: string): InlineSuppression | null {
  const pybp = PYBP_IGNORE.exec(line);
  if (pybp) {
    const selectors = (pybp[1] ?? '').split(/[\s,]+/).filter(Boolean);
    const reason = pybp[2]?.trim();
    return reason ? { selectors, reason } : { selectors };
  }
  const noqa = NOQA.exec(line);
  if (noqa) {
    // `# noqa: E501` is flake8's business; only our ids are taken from it.
    const selectors = (noqa[1] ?? '')
      .split(/[\s,]+/)
      .filter((code) => /^PBP\d{3}$/i.test(code))
      .map((code) => code.toUpperCase());
    return selectors.length ? { selectors } : null;
  }
  return null;
}

/** The suppression that covers a finding on lines `startLine..endLine`, if any. */
export function suppressionFor(
  lines: readonly string[],
  finding: { tool: string; ruleId: string; startLine: number; endLine: number },
  commentAboveCounts: boolean,
): InlineSuppression | null {
  const candidates = [finding.startLine, finding.endLine];
  if (commentAboveCounts) candidates.push(finding.startLine - 1);
  for (const lineNumber of new Set(candidates)) {
    const line = lines[lineNumber - 1];
    if (line === undefined) continue;
    if (lineNumber === finding.startLine - 1 && !/^\s*#/.test(line)) continue;
    const suppression = parseSuppression(line);
    if (!suppression) continue;
    if (suppression.selectors.length === 0) return suppression;
    if (
      suppression.selectors.some((selector) =>
        selectorMatches(selector, finding.tool, finding.ruleId),
      )
    )
      return suppression;
  }
  return null;
}
