/**
 * 30,000 findings: SARIF within GitHub's limits with the cut counted (and said in the summary),
 * the summary under 1 MiB, the annotation budget kept.
 */
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import type { Finding, Level } from '../../src/model.js';
import { runCheck, type CheckResult } from '../../src/pipeline.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { buildSarif, MAX_RESULTS_PER_RUN, SARIF_GZIP_LIMIT } from '../../src/report/sarif.js';
import { markdownSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';

let result: CheckResult;
const LEVELS: Level[] = ['note', 'warning', 'error'];

beforeAll(async () => {
  const base = await runCheck(
    resolveConfig(resolve('examples/shop-api'), { tools: ['patterns'] }),
    { workers: 0 },
  );
  const template = base.findings.find((finding) => finding.ruleId === 'PBP201') as Finding;
  const many: Finding[] = Array.from({ length: 30_000 }, (_, i) => ({
    ...template,
    level: LEVELS[i % 3] as Level,
    message: `finding ${i}: a hard-coded credential in a generated module`,
    fingerprint: i.toString(16).padStart(32, '0'),
    location: {
      path: `generated/module_${Math.floor(i / 100)}.py`,
      startLine: (i % 100) + 1,
      startColumn: 1,
      endLine: (i % 100) + 1,
      endColumn: 9,
    },
  }));
  result = { ...base, findings: many, unscopedFindings: many };
});

describe('30,000 findings', () => {
  it('keeps SARIF to 5,000 results per run, the most severe first, and counts the rest', () => {
    const sarif = buildSarif(result);
    const results = sarif.log.runs.flatMap((run) => run.results ?? []);
    expect(results).toHaveLength(MAX_RESULTS_PER_RUN);
    expect(results.every((r) => r.level === 'error')).toBe(true);
    expect(sarif.truncated).toEqual({ patterns: 25_000 });
    expect(gzipSync(JSON.stringify(sarif.log)).length).toBeLessThan(SARIF_GZIP_LIMIT);
    expect(sarif.log.runs.length).toBeLessThanOrEqual(20);
  });

  it('says what SARIF left out, and stays under 1 MiB', () => {
    const summary = markdownSummary(result, { sarifTruncated: buildSarif(result).truncated });
    expect(Buffer.byteLength(summary)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(summary).toContain(
      "patterns: 25000 results beyond GitHub's 5,000 per run were left out of the SARIF file",
    );
    expect(summary).toMatch(/more findings are not shown here/);
  });

  it('keeps the annotation budget', () => {
    const plan = planAnnotations(result.findings, { reserveErrorSlot: true });
    expect(plan.commands.filter((c) => c.startsWith('::error ')).length).toBe(9);
    expect(plan.commands.filter((c) => c.startsWith('::warning ')).length).toBe(10);
    expect(plan.commands.filter((c) => c.startsWith('::notice ')).length).toBe(10);
    expect(plan.omitted).toBe(30_000 - 29);
    // GitHub's 50 per job: 29 findings and the line that counts the rest.
    expect(plan.commands).toHaveLength(30);
    expect(plan.commands.at(-1)).toMatch(/^::notice::29971 more findings are not annotated/);
  });
});
