/**
 * The JUnit report is validated against the Jenkins xUnit plugin's junit-10.xsd with Debian's
 * xmllint (package libxml2-utils), which also rejects anything that is not well-formed XML 1.0.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { LEVEL_RANK, type Finding, type ToolRun } from '../../src/model.js';
import { runCheck, type CheckResult } from '../../src/pipeline.js';
import { junitXml } from '../../src/report/junit.js';
import { EXAMPLES_DIR, exampleReports } from '../../scripts/examples.js';

const XSD = resolve('test/fixtures/schemas/junit-10.xsd');
const scratch = mkdtempSync(join(tmpdir(), 'pybp-junit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let written = 0;
function xmllint(args: string[], xml: string): { status: number | null; output: string } {
  const file = join(scratch, `report-${written++}.xml`);
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', [...args, file], { encoding: 'utf8' });
  if (run.error)
    throw new Error(`xmllint is needed (apt-get install libxml2-utils): ${run.error.message}`);
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** xmllint's complaints; empty when the report is well-formed and valid against the XSD. */
function xsdErrors(xml: string): string {
  const run = xmllint(['--noout', '--schema', XSD], xml);
  return run.status === 0 ? '' : run.output;
}

/** The value of an XPath expression, read back by a real XML parser. */
function xpath(xml: string, expression: string): string {
  const run = xmllint(['--xpath', expression], xml);
  expect(run.status, run.output).toBe(0);
  return run.output.replace(/\n$/, ''); // xmllint ends its answer with a newline
}

let result: CheckResult;

beforeAll(async () => {
  result = await runCheck(
    resolveConfig(resolve('examples/shop-api'), { tools: ['flake8', 'patterns'] }),
    { workers: 0 },
  );
});

function finding(overrides: Partial<Finding>): Finding {
  const base = result.findings.find((f) => f.state !== 'suppressed');
  if (!base) throw new Error('the demo project has no findings');
  return { ...base, ...overrides, location: { ...base.location, ...overrides.location } };
}

function variant(changes: Partial<CheckResult> & { failOn?: CheckResult['verdict']['failOn'] }) {
  const { failOn, ...rest } = changes;
  return {
    ...result,
    ...rest,
    verdict: { ...result.verdict, ...(failOn ? { failOn } : {}) },
  } satisfies CheckResult;
}

const count = (xml: string, pattern: RegExp): number => (xml.match(pattern) ?? []).length;

describe('JUnit XML of the demo project', () => {
  it('is valid against the Jenkins xUnit plugin’s junit-10.xsd', () => {
    expect(xsdErrors(junitXml(result))).toBe('');
  });

  it('has a suite per guide section and one for the tools, with counts that add up', () => {
    const xml = junitXml(result);
    const suites = [
      ...xml.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)" errors="(\d+)"/g),
    ];
    expect(suites.map((suite) => suite[1])).toEqual([
      'Performance',
      'Security',
      'Testing',
      'Type hints and validation',
      'Logging and monitoring',
      'Error handling',
      'Deployment',
      'Dependency management',
      'Code quality and linting',
      'Tools',
    ]);
    const sum = (index: number): number =>
      suites.reduce((total, suite) => total + Number(suite[index]), 0);
    expect(xml).toContain(
      `<testsuites name="pybp" tests="${sum(2)}" failures="${sum(3)}" errors="${sum(4)}">`,
    );
    expect(count(xml, /<testcase /g)).toBe(sum(2));
    expect(count(xml, /<failure /g)).toBe(sum(3));
    const shown = result.findings.filter((f) => f.state !== 'suppressed').length;
    // What the gate counts: new findings at or above their section's threshold.
    const gated = result.findings.filter((f) => {
      const threshold = result.config.sectionPolicy?.[f.section] ?? result.verdict.failOn;
      return (
        f.state === 'new' && threshold !== 'never' && LEVEL_RANK[f.level] >= LEVEL_RANK[threshold]
      );
    }).length;
    expect(sum(3)).toBe(gated);
    if (!result.verdict.incomplete) expect(gated > 0).toBe(!result.verdict.passed);
    expect(count(xml, /classname="pybp\.(?!tools)/g)).toBeGreaterThanOrEqual(shown);
  });

  it('is the same bytes for the same input, with no times, dates or hosts', () => {
    const xml = junitXml(result);
    expect(junitXml({ ...result })).toBe(xml);
    expect(xml).not.toMatch(/\b(time|timestamp|hostname)="/);
  });
});

describe('the validator', () => {
  it('rejects a report the XSD does not allow, and one that is not XML 1.0', () => {
    expect(xsdErrors('<testsuites><testsuite name="x"/></testsuites>')).toMatch(/tests/);
    expect(xsdErrors('<testsuites><testsuite tests="0" name="a\u0001b"/></testsuites>')).not.toBe(
      '',
    );
  });
});

describe('JUnit rules', () => {
  const error = (): Finding =>
    finding({ ruleId: 'PBP201', level: 'error', section: 'security', state: 'new' });
  const warning = (): Finding =>
    finding({ ruleId: 'PBP601', level: 'warning', section: 'error-handling', state: 'new' });

  it('fails findings at or above the gate; lists the others as skipped', () => {
    const findings = [error(), warning()];
    const atError = junitXml(variant({ findings, failOn: 'error' }));
    expect(count(atError, /<failure /g)).toBe(1);
    expect(atError).toMatch(/<skipped message="warning below the gate \(fail-on: error\): /);
    const atWarning = junitXml(variant({ findings, failOn: 'warning' }));
    expect(count(atWarning, /<failure /g)).toBe(2);
    const never = junitXml(variant({ findings, failOn: 'never' }));
    expect(count(never, /<failure /g)).toBe(0);
    expect(count(never, /<skipped /g)).toBe(2);
    for (const xml of [atError, atWarning, never]) expect(xsdErrors(xml)).toBe('');
  });

  it('follows a section’s own gate policy', () => {
    const securityWarning = finding({
      ruleId: 'PBP205',
      level: 'warning',
      section: 'security',
      state: 'new',
    });
    const xml = junitXml(
      variant({
        findings: [securityWarning, warning()],
        failOn: 'error',
        config: { ...result.config, sectionPolicy: { security: 'warning' } },
      }),
    );
    expect(xml).toMatch(/<testcase name="PBP205 [^>]*>\s*<failure type="PBP205"/);
    expect(xml).toMatch(
      /<testcase name="PBP601 [^>]*>\s*<skipped message="warning below the gate \(fail-on: error\)/,
    );
    const never = junitXml(
      variant({
        findings: [securityWarning],
        failOn: 'error',
        config: { ...result.config, sectionPolicy: { security: 'never' } },
      }),
    );
    expect(never).toContain('<skipped message="warning below the gate (security fails on never): ');
  });

  it('lists baseline findings as skipped and leaves suppressed ones out', () => {
    const xml = junitXml(
      variant({
        findings: [
          { ...error(), state: 'baseline' },
          { ...error(), state: 'suppressed', location: { ...error().location, startLine: 99 } },
        ],
      }),
    );
    expect(count(xml, /<failure /g)).toBe(0);
    expect(xml).toMatch(/<skipped message="in the baseline: /);
    expect(xml).not.toContain(':99:');
  });

  it('reports a failed tool, and a missing tool that was asked for, as errors', () => {
    const tools: ToolRun[] = [
      {
        tool: 'mypy',
        version: null,
        status: 'failed',
        durationMs: 0,
        findings: [],
        reason: 'crashed\ntraceback',
      },
      {
        tool: 'black',
        version: null,
        status: 'missing',
        durationMs: 0,
        findings: [],
        reason: 'black not found on PATH',
      },
      {
        tool: 'hadolint',
        version: null,
        status: 'skipped',
        durationMs: 0,
        findings: [],
        reason: 'no Dockerfile',
      },
      { tool: 'flake8', version: '5.0.4', status: 'ok', durationMs: 12, findings: [] },
    ];
    const notChosen = junitXml(
      variant({ tools, config: { ...result.config, toolsChosen: false } }),
    );
    expect(notChosen).toMatch(
      /<testcase name="mypy" classname="pybp.tools">\s*<error type="failed" message="crashed">crashed\ntraceback<\/error>/,
    );
    expect(notChosen).toMatch(
      /<testcase name="black" classname="pybp.tools">\s*<skipped message="not installed: /,
    );
    expect(notChosen).toMatch(
      /<testcase name="hadolint" classname="pybp.tools">\s*<skipped message="no Dockerfile"/,
    );
    expect(notChosen).toMatch(
      /<testcase name="flake8" classname="pybp.tools">\s*<system-out>flake8 5.0.4: \d+ findings?<\/system-out>/,
    );
    const chosen = junitXml(variant({ tools, config: { ...result.config, toolsChosen: true } }));
    expect(chosen).toMatch(
      /<testcase name="black" classname="pybp.tools">\s*<error type="missing"/,
    );
    expect(chosen).toContain(
      '<testsuite name="Tools" tests="4" failures="0" errors="2" skipped="1">',
    );
    for (const xml of [notChosen, chosen]) expect(xsdErrors(xml)).toBe('');
  });

  it('gives a section without findings one passing case', () => {
    const xml = junitXml(variant({ findings: [] }));
    expect(xml).toContain(
      '<testsuite name="Testing" tests="1" failures="0" errors="0" skipped="0">\n    <testcase name="no findings" classname="pybp.testing"/>',
    );
  });

  it('keeps names and messages from a pull request inert, and XML 1.0 valid', () => {
    const hostile = finding({
      ruleId: 'PBP201',
      level: 'error',
      section: 'security',
      state: 'new',
      message:
        'a & b <x/> "q" \'s\' ]]> \u0000\u0007\u001b[31m\u0085 \ud800 \uffff tab\there\r\nnext',
      location: {
        path: 'app/"><evil a="1.py',
        startLine: 7,
        startColumn: 1,
        endLine: 7,
        endColumn: 2,
      },
    });
    const xml = junitXml(variant({ findings: [hostile, { ...hostile }] }));
    expect(xsdErrors(xml)).toBe('');
    // eslint-disable-next-line no-control-regex -- looking for the characters XML 1.0 forbids
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/);
    const message = xpath(
      xml,
      'string(//testsuite[@name="Security"]/testcase[1]/failure/@message)',
    );
    expect(message).toBe(
      'a & b <x/> "q" \'s\' ]]> \\u0000\\u0007\\u001b[31m\\u0085 \\ud800 \\uffff tab\there\r\nnext',
    );
    const file = xpath(xml, 'string(//testsuite[@name="Security"]/testcase[1]/@file)');
    expect(file).toBe('app/"><evil a="1.py');
    // The same finding twice gets two distinct case names.
    expect(xpath(xml, 'string(//testsuite[@name="Security"]/testcase[2]/@name)')).toBe(
      'PBP201 app/"><evil a="1.py:7:1 (2)',
    );
    expect(xpath(xml, 'count(//evil)')).toBe('0');
  });
});

describe('docs/examples/junit.xml', () => {
  it('regenerates from the demo project into a valid report (bytes change as rules are added)', async () => {
    const fresh = (await exampleReports())['junit.xml'];
    expect(xsdErrors(fresh)).toBe('');
    expect(fresh).toContain('<testcase ');
  });

  it('as committed, is a valid report', () => {
    expect(xsdErrors(readFileSync(join(EXAMPLES_DIR, 'junit.xml'), 'utf8'))).toBe('');
  });
});
