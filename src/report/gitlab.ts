/**
 * GitLab Code Quality: the JSON array that `artifacts: reports: codequality:` takes, which GitLab
 * shows in the merge request widget, the pipeline's Code Quality tab and the diff. It is a subset
 * of the Code Climate issue format (GitLab reads description, check_name, fingerprint, severity,
 * location.path and location.lines.begin; we add `type`, `categories` and `lines.end`, as the
 * Code Climate spec has them, for other consumers). Suppressed findings are left out, as in SARIF.
 * Same input, same bytes.
 */
import { showControlCharacters } from '../escape.js';
import type { Finding, Level, Rule } from '../model.js';
import type { CheckResult } from '../pipeline.js';
import type { SectionId } from '../sections.js';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** Code Climate's categories; every issue carries at least one. */
export type CodeQualityCategory =
  | 'Bug Risk'
  | 'Clarity'
  | 'Compatibility'
  | 'Complexity'
  | 'Duplication'
  | 'Performance'
  | 'Security'
  | 'Style';

export interface CodeQualityIssue {
  type: 'issue';
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  categories: CodeQualityCategory[];
  location: { path: string; lines: { begin: number; end: number } };
}

const SEVERITY: Readonly<Record<Level, CodeQualitySeverity>> = {
  error: 'major',
  warning: 'minor',
  note: 'info',
};

const CATEGORY: Readonly<Record<SectionId, CodeQualityCategory>> = {
  performance: 'Performance',
  security: 'Security',
  testing: 'Bug Risk',
  'type-hints': 'Bug Risk',
  logging: 'Clarity',
  'error-handling': 'Bug Risk',
  deployment: 'Bug Risk',
  dependencies: 'Compatibility',
  'code-quality': 'Style',
};

export function gitlabCodeQuality(result: CheckResult): string {
  const issues: CodeQualityIssue[] = [];
  const seen = new Set<string>();
  for (const finding of result.findings) {
    if (finding.state === 'suppressed') continue;
    const rule = result.rules.get(finding.ruleId);
    issues.push({
      type: 'issue',
      description: description(finding, rule),
      check_name: finding.ruleId,
      fingerprint: uniqueFingerprint(finding.fingerprint, seen),
      severity: severityOf(finding, rule),
      categories: categoriesOf(finding, rule),
      location: {
        path: finding.location.path,
        lines: {
          begin: finding.location.startLine,
          end: Math.max(finding.location.startLine, finding.location.endLine),
        },
      },
    });
  }
  return JSON.stringify(issues, null, 2) + '\n';
}

/** A security finding at error level is critical; otherwise error → major, warning → minor, note → info. */
export function severityOf(finding: Finding, rule: Rule | undefined): CodeQualitySeverity {
  if (finding.level === 'error' && isSecurity(finding, rule)) return 'critical';
  return SEVERITY[finding.level];
}

function categoriesOf(finding: Finding, rule: Rule | undefined): CodeQualityCategory[] {
  const primary = CATEGORY[finding.section];
  return primary !== 'Security' && isSecurity(finding, rule) ? [primary, 'Security'] : [primary];
}

function isSecurity(finding: Finding, rule: Rule | undefined): boolean {
  return (
    finding.section === 'security' ||
    rule?.securitySeverity !== undefined ||
    (rule?.tags ?? []).includes('security')
  );
}

/** One line of plain text (the Code Climate spec asks for no newlines); control characters shown. */
function description(finding: Finding, rule: Rule | undefined): string {
  const text = finding.message || rule?.summary || finding.ruleId;
  return showControlCharacters(text)
    .replace(/\s*(\r\n|\r|\n)\s*/g, ' ')
    .trim();
}

/**
 * Our fingerprints are already unique per finding (the occurrence is part of them) and stable
 * across line moves. GitLab shows findings with equal fingerprints as one, so a repeat (which
 * would be a bug upstream) gets a suffix rather than hiding a finding.
 */
function uniqueFingerprint(fingerprint: string, seen: Set<string>): string {
  let candidate = fingerprint;
  for (let n = 1; seen.has(candidate); n++) candidate = `${fingerprint}-${n}`;
  seen.add(candidate);
  return candidate;
}
