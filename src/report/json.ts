/**
 * The JSON report: a stable contract (fields may be added, none removed). Same input, same bytes.
 */
import { relative } from 'node:path';
import { toPosix } from '../paths.js';
import type { CheckResult } from '../pipeline.js';
import { PRODUCT_VERSION } from '../product.js';
import { countFindings } from './counts.js';

export function jsonReport(result: CheckResult): string {
  const counts = countFindings(result.findings);
  const findingsByTool = new Map<string, number>();
  for (const finding of result.findings) {
    if (finding.state !== 'suppressed')
      findingsByTool.set(finding.tool, (findingsByTool.get(finding.tool) ?? 0) + 1);
  }
  const report = {
    version: PRODUCT_VERSION,
    root: toPosix(relative(result.config.base, result.config.root)) || '.',
    tools: result.tools.map((run) => ({
      name: run.tool,
      version: run.version,
      status: run.status,
      durationMs: run.durationMs,
      findings: run.status === 'ok' ? (findingsByTool.get(run.tool) ?? 0) : 0,
      ...(run.reason ? { reason: run.reason } : {}),
    })),
    findings: result.findings.map((finding) => ({
      tool: finding.tool,
      ruleId: finding.ruleId,
      level: finding.level,
      section: finding.section,
      message: finding.message,
      path: finding.location.path,
      startLine: finding.location.startLine,
      startColumn: finding.location.startColumn,
      endLine: finding.location.endLine,
      endColumn: finding.location.endColumn,
      fingerprint: finding.fingerprint,
      state: finding.state,
      ...(finding.suppression ? { suppression: finding.suppression } : {}),
    })),
    summary: {
      byLevel: counts.byLevel,
      bySection: counts.bySection,
      suppressed: counts.suppressed,
    },
    ...(result.baseline
      ? {
          baseline: {
            file: toPosix(relative(result.config.base, result.baseline.file)),
            matched: result.baseline.matched,
            fixed: result.baseline.fixed,
          },
        }
      : {}),
    ...(result.scope ? { scope: result.scope } : {}),
    verdict: {
      passed: result.verdict.passed,
      failOn: result.verdict.failOn,
      reasons: result.verdict.reasons,
    },
  };
  return JSON.stringify(report, null, 2) + '\n';
}
