import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { runCheck, type CheckResult } from '../../src/pipeline.js';
import { buildSarif, sarifText } from '../../src/report/sarif.js';
import { multitoolIssues, schemaErrors } from '../helpers/sarif-validate.js';

let result: CheckResult;

beforeAll(async () => {
  result = await runCheck(
    resolveConfig(resolve('examples/shop-api'), { tools: ['flake8', 'patterns'] }),
    { workers: 0 },
  );
});

describe('SARIF of the demo project', () => {
  it('passes the SARIF 2.1.0 schema', () => {
    expect(schemaErrors(buildSarif(result).log)).toEqual([]);
  });

  it('passes the SARIF Multitool with GitHub ingestion rules, with nothing reported', () => {
    expect(multitoolIssues(sarifText(result))).toEqual([]);
  });

  it('has one run per tool that completed, all in our category, with repo-relative URIs', () => {
    const log = buildSarif(result).log;
    expect(log.runs.map((run) => run.tool.driver.name)).toEqual(['flake8', 'pybp']);
    expect(new Set(log.runs.map((run) => run.automationDetails?.id))).toEqual(
      new Set(['pybp/examples/shop-api/']),
    );
    for (const run of log.runs) {
      for (const sarifResult of run.results ?? []) {
        const uri = sarifResult.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
        expect(uri).toMatch(/^examples\/shop-api\//);
        expect(run.tool.driver.rules?.[sarifResult.ruleIndex ?? -1]?.id).toBe(sarifResult.ruleId);
      }
    }
  });

  it('puts security tags and severities on security rules only', () => {
    for (const run of buildSarif(result).log.runs) {
      for (const rule of run.tool.driver.rules ?? []) {
        const properties = rule.properties as Record<string, unknown>;
        const security = (properties['tags'] as string[]).includes('security');
        expect(security).toBe(properties['security-severity'] !== undefined);
        if (!security)
          expect(properties['problem.severity']).toMatch(/^(error|warning|recommendation)$/);
      }
    }
  });

  it('is the same bytes for the same input', async () => {
    const again = await runCheck(
      resolveConfig(resolve('examples/shop-api'), { tools: ['flake8', 'patterns'] }),
      { workers: 0 },
    );
    expect(sarifText(again)).toBe(sarifText(result));
  });
});

describe('SARIF rules', () => {
  it('leaves out a failed tool’s run and suppressed findings', () => {
    const suppressed = result.unscopedFindings.find((finding) => finding.tool === 'patterns');
    const failed: CheckResult = {
      ...result,
      tools: result.tools.map((run) =>
        run.tool === 'flake8' ? { ...run, status: 'failed', reason: 'crashed' } : run,
      ),
      unscopedFindings: result.unscopedFindings.map((finding) =>
        finding === suppressed ? { ...finding, state: 'suppressed' } : finding,
      ),
    };
    const log = buildSarif(failed).log;
    expect(log.runs.map((run) => run.tool.driver.name)).toEqual(['pybp']);
    const prints = log.runs
      .flatMap((run) => run.results ?? [])
      .map((r) => r.partialFingerprints?.['pybpFingerprint/v1']);
    expect(prints).not.toContain(suppressed?.fingerprint);
    expect(prints.length).toBe(result.findings.filter((f) => f.tool === 'patterns').length - 1);
  });

  it('is caught by the validators when broken (the check can fail)', () => {
    const log = structuredClone(buildSarif(result).log);
    const rule = log.runs[0]?.tool.driver.rules?.[0];
    if (rule) delete (rule as { fullDescription?: unknown }).fullDescription;
    (log as { $schema: string }).$schema = 'http://example.com/not-sarif.json';
    const issues = multitoolIssues(JSON.stringify(log));
    expect(issues.map((issue) => issue.ruleId)).toEqual(
      expect.arrayContaining(['GH1011', 'GH2012']),
    );
    expect(schemaErrors({ version: '2.0.0', runs: 'none' }).length).toBeGreaterThan(0);
  });
});
