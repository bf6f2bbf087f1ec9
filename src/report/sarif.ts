/**
 * SARIF 2.1.0 for GitHub code scanning: one run per tool that completed, all sharing our
 * `automationDetails.id`; full rule metadata; repo-relative, percent-encoded URIs; suppressed
 * findings left out (GitHub would show them as open); deterministic order, no timestamps.
 */
import { relative } from 'node:path';
import type * as Sarif from 'sarif';
import { encodeUriPath } from '../escape.js';
import { LEVEL_RANK, TOOL_NAMES, type Finding, type Rule, type ToolName } from '../model.js';
import { toPosix } from '../paths.js';
import type { CheckResult } from '../pipeline.js';
import { PRODUCT_NAME, PRODUCT_REPOSITORY, PRODUCT_VERSION, RULE_DOCS_URL } from '../product.js';
import { ruleMarkdown, ruleText } from '../rules/rule-docs.js';
import { guideAnchor, sectionOf } from '../sections.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub keeps the first 5,000 results of a run (by severity) and rejects runs over 25,000. */
export const MAX_RESULTS_PER_RUN = 5000;
/** GitHub rejects a SARIF upload over 10 MB gzipped. */
export const SARIF_GZIP_LIMIT = 10 * 1000 * 1000;

const TOOL_INFO: Record<ToolName, { driver: string; uri: string }> = {
  mypy: { driver: 'mypy', uri: 'https://mypy.readthedocs.io/' },
  black: { driver: 'black', uri: 'https://black.readthedocs.io/' },
  flake8: { driver: 'flake8', uri: 'https://flake8.pycqa.org/' },
  'pip-audit': { driver: 'pip-audit', uri: 'https://github.com/pypa/pip-audit' },
  hadolint: { driver: 'hadolint', uri: 'https://github.com/hadolint/hadolint' },
  patterns: { driver: PRODUCT_NAME, uri: PRODUCT_REPOSITORY },
};

export interface SarifOutput {
  log: Sarif.Log;
  /** Results left out of a run because of GitHub's per-run limit, by tool. */
  truncated: Partial<Record<ToolName, number>>;
}

/** The category: ours, plus the checked folder when it is not the repository root. */
export function automationId(result: CheckResult): string {
  const folder = toPosix(relative(result.config.base, result.config.root));
  return folder ? `${PRODUCT_NAME}/${folder}/` : `${PRODUCT_NAME}/`;
}

export function buildSarif(result: CheckResult): SarifOutput {
  const truncated: Partial<Record<ToolName, number>> = {};
  const runs: Sarif.Run[] = [];
  for (const tool of TOOL_NAMES) {
    const run = result.tools.find((candidate) => candidate.tool === tool);
    // No run for a tool that did not complete: an empty run would close all its alerts.
    if (!run || run.status !== 'ok') continue;
    const all = result.unscopedFindings.filter(
      (finding) => finding.tool === tool && finding.state !== 'suppressed',
    );
    let findings = all;
    if (all.length > MAX_RESULTS_PER_RUN) {
      // GitHub keeps the most severe; so do we, in report order, and count the rest.
      const ranked = all.map((finding, index) => ({ finding, index }));
      ranked.sort(
        (a, b) => LEVEL_RANK[b.finding.level] - LEVEL_RANK[a.finding.level] || a.index - b.index,
      );
      findings = ranked
        .slice(0, MAX_RESULTS_PER_RUN)
        .sort((a, b) => a.index - b.index)
        .map((entry) => entry.finding);
      truncated[tool] = all.length - MAX_RESULTS_PER_RUN;
    }
    const ruleIds = [...new Set(findings.map((finding) => finding.ruleId))].sort();
    const rules = ruleIds
      .map((id) => result.rules.get(id))
      .filter((rule): rule is Rule => rule !== undefined);
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const driver: Sarif.ToolComponent = {
      name: TOOL_INFO[tool].driver,
      informationUri: TOOL_INFO[tool].uri,
      rules: rules.map(reportingDescriptor),
    };
    const version = tool === 'patterns' ? PRODUCT_VERSION : run.version;
    if (version) {
      if (/^\d+\.\d+\.\d+([-+].*)?$/.test(version)) driver.semanticVersion = version;
      else driver.version = version;
    }
    runs.push({
      tool: { driver },
      automationDetails: { id: automationId(result) },
      columnKind: 'unicodeCodePoints',
      results: findings.map((finding) =>
        sarifResult(finding, ruleIndex.get(finding.ruleId), result.baseline !== null),
      ),
    });
  }
  return { log: { $schema: SARIF_SCHEMA, version: '2.1.0', runs }, truncated };
}

export function sarifText(result: CheckResult): string {
  return JSON.stringify(buildSarif(result).log, null, 2) + '\n';
}

function reportingDescriptor(rule: Rule): Sarif.ReportingDescriptor {
  const section = sectionOf(rule.section);
  const security = rule.securitySeverity !== undefined;
  const tags = [
    ...new Set([...(rule.tags ?? []).filter((tag) => security || tag !== 'security'), section.id]),
  ].slice(0, 10);
  const properties: Record<string, unknown> = { tags, precision: rule.precision };
  if (security) properties['security-severity'] = rule.securitySeverity?.toFixed(1);
  else properties['problem.severity'] = rule.level === 'note' ? 'recommendation' : rule.level;
  const descriptor: Sarif.ReportingDescriptor = {
    id: rule.id,
    name: rule.name.slice(0, 255),
    shortDescription: { text: clip(rule.summary, 1024) },
    fullDescription: { text: clip(rule.docs.what, 1024) },
    defaultConfiguration: { level: rule.level },
    help: { text: ruleText(rule), markdown: ruleMarkdown(rule, { title: false }) },
    helpUri:
      rule.helpUri ??
      (rule.tool === 'patterns' ? `${RULE_DOCS_URL}/${rule.id}.md` : guideAnchor(section)),
    properties,
  };
  return descriptor;
}

function sarifResult(
  finding: Finding,
  ruleIndex: number | undefined,
  withBaseline: boolean,
): Sarif.Result {
  const result: Sarif.Result = {
    ruleId: finding.ruleId,
    level: finding.level,
    message: { text: finding.message || finding.ruleId },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeUriPath(finding.location.path) },
          region: {
            startLine: finding.location.startLine,
            startColumn: finding.location.startColumn,
            endLine: finding.location.endLine,
            endColumn: finding.location.endColumn,
          },
        },
      },
    ],
    partialFingerprints: { 'pybpFingerprint/v1': finding.fingerprint },
  };
  if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
  if (withBaseline) result.baselineState = finding.state === 'baseline' ? 'unchanged' : 'new';
  if (finding.fix) {
    result.fixes = [
      {
        description: { text: finding.fix.description },
        artifactChanges: [
          {
            artifactLocation: { uri: encodeUriPath(finding.location.path) },
            replacements: [
              {
                deletedRegion: { startLine: finding.fix.startLine, endLine: finding.fix.endLine },
                insertedContent: { text: finding.fix.text },
              },
            ],
          },
        ],
      },
    ];
  }
  return result;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
