import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Validator } from 'jsonschema';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import type { Finding } from '../../src/model.js';
import { runCheck, type CheckResult } from '../../src/pipeline.js';
import { gitlabCodeQuality, type CodeQualityIssue } from '../../src/report/gitlab.js';
import { EXAMPLES_DIR, exampleReports } from '../../scripts/examples.js';

// Written from GitLab's documented report format (test/fixtures/schemas/README.md).
const schema = JSON.parse(
  readFileSync(new URL('../fixtures/schemas/gitlab-code-quality.json', import.meta.url), 'utf8'),
) as object;

function schemaErrors(text: string): string[] {
  expect(text.charCodeAt(0), 'GitLab rejects a byte order mark').not.toBe(0xfeff);
  return new Validator()
    .validate(JSON.parse(text), schema as never, { nestedErrors: true })
    .errors.map((error) => `${error.property}: ${error.message}`);
}

const issues = (result: CheckResult): CodeQualityIssue[] =>
  JSON.parse(gitlabCodeQuality(result)) as CodeQualityIssue[];

let result: CheckResult;

beforeAll(async () => {
  result = await runCheck(
    resolveConfig(resolve('examples/shop-api'), { tools: ['flake8', 'patterns'] }),
    { workers: 0 },
  );
});

function withFindings(findings: Finding[]): CheckResult {
  return { ...result, findings };
}

function finding(overrides: Partial<Finding>): Finding {
  const base = result.findings.find((f) => f.state !== 'suppressed');
  if (!base) throw new Error('the demo project has no findings');
  return { ...base, ...overrides, location: { ...base.location, ...overrides.location } };
}

describe('GitLab Code Quality of the demo project', () => {
  it('passes the schema of GitLab’s documented format', () => {
    expect(schemaErrors(gitlabCodeQuality(result))).toEqual([]);
  });

  it('has one issue per finding that is not suppressed, in report order, with unique fingerprints', () => {
    const shown = result.findings.filter((f) => f.state !== 'suppressed');
    const report = issues(result);
    expect(report.map((issue) => [issue.check_name, issue.location.path])).toEqual(
      shown.map((f) => [f.ruleId, f.location.path]),
    );
    expect(new Set(report.map((issue) => issue.fingerprint)).size).toBe(report.length);
    for (const issue of report) expect(issue.location.path).toMatch(/^examples\/shop-api\//);
  });

  it('is the same bytes for the same input', () => {
    expect(gitlabCodeQuality(result)).toBe(gitlabCodeQuality({ ...result }));
  });
});

describe('GitLab Code Quality rules', () => {
  it('maps levels to severities, a security error to critical', () => {
    const report = issues(
      withFindings([
        finding({ ruleId: 'flake8/F401', tool: 'flake8', section: 'code-quality', level: 'error' }),
        finding({ ruleId: 'PBP201', tool: 'patterns', section: 'security', level: 'error' }),
        finding({
          ruleId: 'PBP601',
          tool: 'patterns',
          section: 'error-handling',
          level: 'warning',
        }),
        finding({ ruleId: 'PBP212', tool: 'patterns', section: 'security', level: 'note' }),
      ]),
    );
    expect(report.map((issue) => [issue.check_name, issue.severity, issue.categories])).toEqual([
      ['flake8/F401', 'major', ['Style']],
      ['PBP201', 'critical', ['Security']],
      ['PBP601', 'minor', ['Bug Risk']],
      ['PBP212', 'info', ['Security']],
    ]);
  });

  it('leaves out suppressed findings', () => {
    const kept = finding({ fingerprint: 'a'.repeat(32) });
    const suppressed = finding({ fingerprint: 'b'.repeat(32), state: 'suppressed' });
    expect(issues(withFindings([kept, suppressed])).map((issue) => issue.fingerprint)).toEqual([
      'a'.repeat(32),
    ]);
  });

  it('keeps fingerprints unique even if two findings share one', () => {
    const twice = finding({ fingerprint: 'c'.repeat(32) });
    const report = issues(withFindings([twice, { ...twice }]));
    expect(report.map((issue) => issue.fingerprint)).toEqual([
      'c'.repeat(32),
      `${'c'.repeat(32)}-1`,
    ]);
  });

  it('writes descriptions on one line with control characters shown, and survives hostile text', () => {
    const hostile = finding({
      message: 'first line\r\nsecond "line" </script>\u0007\u001b[31m',
      location: {
        path: 'app/we"ird <name>.py',
        startLine: 3,
        startColumn: 1,
        endLine: 2,
        endColumn: 1,
      },
    });
    const text = gitlabCodeQuality(withFindings([hostile]));
    expect(schemaErrors(text)).toEqual([]);
    const [issue] = JSON.parse(text) as CodeQualityIssue[];
    expect(issue?.description).toBe('first line second "line" </script>\\u0007\\u001b[31m');
    expect(issue?.location).toEqual({ path: 'app/we"ird <name>.py', lines: { begin: 3, end: 3 } });
  });

  it('the schema rejects what GitLab would not take (it has teeth)', () => {
    const bad = [
      {
        description: 'two\nlines',
        check_name: 'x',
        severity: 'high',
        location: { path: './app.py', lines: {} },
      },
    ];
    expect(schemaErrors(JSON.stringify(bad))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('requires property "fingerprint"'),
        expect.stringMatching(/severity: is not one of enum values/),
        expect.stringMatching(/description: does not match pattern/),
        expect.stringMatching(/path: is of prohibited type|path: .*not/),
        expect.stringMatching(/lines: requires property "begin"/),
      ]),
    );
  });

  it('is an empty array when nothing was found', () => {
    expect(gitlabCodeQuality(withFindings([]))).toBe('[]\n');
  });
});

describe('docs/examples/gl-code-quality.json', () => {
  it('regenerates from the demo project into a valid report (bytes change as rules are added)', async () => {
    const fresh = (await exampleReports())['gl-code-quality.json'];
    expect(schemaErrors(fresh)).toEqual([]);
    expect((JSON.parse(fresh) as unknown[]).length).toBeGreaterThan(0);
  });

  it('as committed, is a valid report', () => {
    expect(schemaErrors(readFileSync(join(EXAMPLES_DIR, 'gl-code-quality.json'), 'utf8'))).toEqual(
      [],
    );
  });
});
