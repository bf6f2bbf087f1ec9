/**
 * JUnit XML, the test-report format Jenkins (`junit` step) and GitLab (`artifacts: reports:
 * junit:`) show as test results. The layout follows the guide, like the job summary:
 *
 * - one `<testsuite>` per guide section, in the guide's order, holding one `<testcase>` per
 *   finding (`classname` `pybp.<section>`, name `RULE path:line:column`, `file` and `line`
 *   attributes). A new finding at or above the gate's level for it (the section's policy, else
 *   `fail-on`) is a `<failure>`; one below it, or accepted by the baseline, is `<skipped>` with
 *   the reason, so it is listed without failing the build. A section without findings has a
 *   single passing `no findings` case, so the report reads as a scorecard;
 * - a last `<testsuite name="Tools">` with one case per tool: a tool that failed, or that was
 *   asked for and is missing, is an `<error>` (a check that did not happen cannot pass); one that
 *   was skipped or is missing without being asked for is `<skipped>`.
 *
 * Suppressed findings are left out, as in SARIF. No times, hosts or dates: the same input gives
 * the same bytes. Every string is escaped by `escapeXml` (file names and messages come from pull
 * requests; characters XML 1.0 forbids are shown as `\uXXXX`).
 */
import { escapeXml } from '../escape.js';
import { LEVEL_RANK, type Finding, type Rule, type ToolRun } from '../model.js';
import type { CheckResult } from '../pipeline.js';
import { PRODUCT_NAME, PRODUCT_VERSION, RULE_DOCS_URL } from '../product.js';
import { guideAnchor, SECTIONS, sectionOf } from '../sections.js';
import { count } from '../count.js';

type Outcome =
  | { kind: 'pass'; output?: string }
  | { kind: 'failure' | 'error'; type: string; message: string; body: string }
  | { kind: 'skipped'; message: string };

interface TestCase {
  name: string;
  classname: string;
  file?: string;
  line?: number;
  outcome: Outcome;
}

interface TestSuite {
  name: string;
  cases: TestCase[];
  properties?: Array<[string, string]>;
}

export function junitXml(result: CheckResult): string {
  const suites: TestSuite[] = [];
  for (const section of SECTIONS) {
    const findings = result.findings.filter(
      (finding) => finding.section === section.id && finding.state !== 'suppressed',
    );
    const classname = `${PRODUCT_NAME}.${section.id}`;
    const names = new Map<string, number>();
    const cases = findings.map((finding): TestCase => {
      const base = `${finding.ruleId} ${finding.location.path}:${finding.location.startLine}:${finding.location.startColumn}`;
      const count = (names.get(base) ?? 0) + 1;
      names.set(base, count);
      return {
        name: count === 1 ? base : `${base} (${count})`,
        classname,
        file: finding.location.path,
        line: finding.location.startLine,
        outcome: findingOutcome(finding, result.rules.get(finding.ruleId), result),
      };
    });
    if (cases.length === 0)
      cases.push({ name: 'no findings', classname, outcome: { kind: 'pass' } });
    suites.push({ name: section.title, cases });
  }
  suites.push({
    name: 'Tools',
    properties: [
      [`${PRODUCT_NAME}.version`, PRODUCT_VERSION],
      ['fail-on', result.verdict.failOn],
      ['passed', String(result.verdict.passed)],
    ],
    cases: result.tools.map((run) => ({
      name: run.tool,
      classname: `${PRODUCT_NAME}.tools`,
      outcome: toolOutcome(run, result),
    })),
  });
  return render(suites);
}

function findingOutcome(finding: Finding, rule: Rule | undefined, result: CheckResult): Outcome {
  const where = `${finding.location.path}:${finding.location.startLine}:${finding.location.startColumn}`;
  if (finding.state === 'baseline') {
    return { kind: 'skipped', message: `in the baseline: ${finding.message}` };
  }
  // The gate's own threshold for this finding: the section's policy, else fail-on.
  const sectionPolicy = result.config.sectionPolicy?.[finding.section];
  const threshold = sectionPolicy ?? result.verdict.failOn;
  if (threshold === 'never' || LEVEL_RANK[finding.level] < LEVEL_RANK[threshold]) {
    const policy =
      sectionPolicy !== undefined
        ? `${finding.section} fails on ${threshold}`
        : `fail-on: ${threshold}`;
    return {
      kind: 'skipped',
      message: `${finding.level} below the gate (${policy}): ${finding.message}`,
    };
  }
  const section = sectionOf(finding.section);
  const lines = [
    `${where}: ${finding.ruleId} ${finding.level} (${section.title})`,
    finding.message,
  ];
  if (rule) {
    lines.push(`${rule.name}: ${rule.summary}`);
    lines.push(
      rule.helpUri ??
        (rule.tool === 'patterns' ? `${RULE_DOCS_URL}/${rule.id}.md` : guideAnchor(section)),
    );
  }
  return {
    kind: 'failure',
    type: finding.ruleId,
    message: finding.message || finding.ruleId,
    body: lines.join('\n'),
  };
}

function toolOutcome(run: ToolRun, result: CheckResult): Outcome {
  const reason = run.reason ?? 'no reason given';
  const version = run.version ? ` ${run.version}` : '';
  switch (run.status) {
    case 'ok': {
      const found = result.findings.filter(
        (finding) => finding.tool === run.tool && finding.state !== 'suppressed',
      ).length;
      return {
        kind: 'pass',
        output: `${run.tool}${version}: ${count(found, 'finding')}`,
      };
    }
    case 'failed':
      return { kind: 'error', type: 'failed', message: firstLine(reason), body: reason };
    case 'missing':
      return result.config.toolsChosen
        ? { kind: 'error', type: 'missing', message: firstLine(reason), body: reason }
        : { kind: 'skipped', message: `not installed: ${firstLine(reason)}` };
    case 'skipped':
      return { kind: 'skipped', message: firstLine(reason) };
  }
}

function render(suites: readonly TestSuite[]): string {
  const total = { tests: 0, failures: 0, errors: 0 };
  const body: string[] = [];
  for (const suite of suites) {
    const tally = (kind: Outcome['kind']): number =>
      suite.cases.filter((testCase) => testCase.outcome.kind === kind).length;
    const failures = tally('failure');
    const errors = tally('error');
    total.tests += suite.cases.length;
    total.failures += failures;
    total.errors += errors;
    body.push(
      `  <testsuite ${attributes([
        ['name', suite.name],
        ['tests', suite.cases.length],
        ['failures', failures],
        ['errors', errors],
        ['skipped', tally('skipped')],
      ])}>`,
    );
    if (suite.properties) {
      body.push('    <properties>');
      for (const [name, value] of suite.properties)
        body.push(
          `      <property ${attributes([
            ['name', name],
            ['value', value],
          ])}/>`,
        );
      body.push('    </properties>');
    }
    for (const testCase of suite.cases) body.push(...renderCase(testCase));
    body.push('  </testsuite>');
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attributes([
      ['name', PRODUCT_NAME],
      ['tests', total.tests],
      ['failures', total.failures],
      ['errors', total.errors],
    ])}>`,
    ...body,
    '</testsuites>',
    '',
  ].join('\n');
}

function renderCase(testCase: TestCase): string[] {
  const open = `    <testcase ${attributes([
    ['name', testCase.name],
    ['classname', testCase.classname],
    ['file', testCase.file],
    ['line', testCase.line],
  ])}`;
  const outcome = testCase.outcome;
  switch (outcome.kind) {
    case 'pass':
      return outcome.output === undefined
        ? [`${open}/>`]
        : [
            `${open}>`,
            `      <system-out>${escapeXml(outcome.output, 'content')}</system-out>`,
            '    </testcase>',
          ];
    case 'skipped':
      return [
        `${open}>`,
        `      <skipped ${attributes([['message', outcome.message]])}/>`,
        '    </testcase>',
      ];
    case 'failure':
    case 'error':
      return [
        `${open}>`,
        `      <${outcome.kind} ${attributes([
          ['type', outcome.type],
          ['message', outcome.message],
        ])}>${escapeXml(outcome.body, 'content')}</${outcome.kind}>`,
        '    </testcase>',
      ];
  }
}

function attributes(pairs: ReadonlyArray<[string, string | number | undefined]>): string {
  return pairs
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined)
    .map(([name, value]) => `${name}="${escapeXml(String(value))}"`)
    .join(' ');
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
