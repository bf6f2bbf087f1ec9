/** The verdict a deploy job reads: passed or not, why, and the counts. */
import type { CheckResult } from '../pipeline.js';
import { PRODUCT_VERSION } from '../product.js';
import { countFindings } from './counts.js';

export function verdictJson(result: CheckResult, sarifFile: string | null): string {
  const counts = countFindings(result.findings);
  return (
    JSON.stringify(
      {
        version: PRODUCT_VERSION,
        passed: result.verdict.passed,
        failOn: result.verdict.failOn,
        reasons: result.verdict.reasons,
        counts: { total: counts.total, ...counts.byLevel, suppressed: counts.suppressed },
        bySection: counts.bySection,
        tools: Object.fromEntries(result.tools.map((run) => [run.tool, run.status])),
        sarifFile,
      },
      null,
      2,
    ) + '\n'
  );
}
