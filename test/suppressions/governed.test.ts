import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import type { Finding, RawFinding, ToolName } from '../../src/model.js';
import {
  applyGovernedSuppressions,
  entryTool,
  inlineSuppressionCounts,
  isExpired,
  META_RULES,
  parseSuppressionEntries,
  pipAuditIgnoreArgs,
  type SuppressionEntry,
} from '../../src/suppressions/governed.js';
import { parsePipAudit } from '../../src/tools/pip-audit.js';

const TODAY = new Date('2025-06-15T09:30:00Z');

/** Parses a pyproject.toml the way config.ts does and hands `[tool.pybp] suppress` over. */
function entriesFrom(text: string, file = '/repo/pyproject.toml'): SuppressionEntry[] {
  const document = parseToml(text) as { tool?: { pybp?: { suppress?: unknown } } };
  const value = file.endsWith('pyproject.toml')
    ? document.tool?.pybp?.suppress
    : (document as { suppress?: unknown }).suppress;
  return parseSuppressionEntries(value, file, text);
}

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

function finding(ruleId: string, path: string, line = 3, extra: Partial<Finding> = {}): Finding {
  const tool = (ruleId.includes('/') ? ruleId.split('/')[0] : 'patterns') as ToolName;
  return {
    tool,
    ruleId,
    level: 'error',
    section: 'security',
    message: `${ruleId} at ${path}:${line}`,
    location: { path, startLine: line, startColumn: 1, endLine: line, endColumn: 10 },
    fingerprint: `${ruleId}-${path}-${line}`,
    state: 'new',
    ...extra,
  };
}

function toFinding(raw: RawFinding): Finding {
  return {
    ...raw,
    level: raw.level ?? 'error',
    section: raw.section ?? 'dependencies',
    fingerprint: 'x',
    state: 'new',
  };
}

const PYPROJECT = `[project]
name = "shop-api"

[tool.pybp]
fail-on = "warning"

[[tool.pybp.suppress]]
rule = "flake8/E501"
path = "legacy/**"
reason = "Generated code; rewritten in Q3"
owner = "@platform-team"

[[tool.pybp.suppress]]  # the vendor has no fix yet
rule = "PYSEC-2023-74"
reason = """Proxy credentials are never set in production.
See the threat model."""
expires = 2025-06-14
link = "https://github.com/example/shop-api/issues/12"

[[tool.pybp.suppress]]
rule = "PBP201"
path = "tests"
reason = "Fixtures hold fake credentials"
expires = "2025-06-16"
`;

describe('parseSuppressionEntries', () => {
  it('reads every field and remembers the line of each entry', () => {
    const entries = entriesFrom(PYPROJECT);
    expect(entries).toEqual([
      {
        rule: 'flake8/E501',
        path: 'legacy/**',
        reason: 'Generated code; rewritten in Q3',
        owner: '@platform-team',
        line: 7,
        column: 1,
        endColumn: 23,
      },
      {
        rule: 'PYSEC-2023-74',
        reason: 'Proxy credentials are never set in production.\nSee the threat model.',
        expires: '2025-06-14',
        link: 'https://github.com/example/shop-api/issues/12',
        line: 13,
        column: 1,
        endColumn: 23,
      },
      {
        rule: 'PBP201',
        path: 'tests',
        reason: 'Fixtures hold fake credentials',
        expires: '2025-06-16',
        line: 20,
        column: 1,
        endColumn: 23,
      },
    ]);
  });

  it('finds the lines of inline tables in `suppress = [...]`, strings with brackets included', () => {
    const text = [
      '[tool.pybp]',
      'suppress = [',
      '  { rule = "PBP202", reason = "a [bracketed] {reason}" },',
      '  # { rule = "PBP203" } is a comment',
      "  { rule = 'hadolint/DL3008', path = 'docker/', reason = 'base image pins apt' },",
      ']',
      'select = ["PBP"]',
    ].join('\n');
    const entries = entriesFrom(text);
    expect(entries.map((entry) => [entry.rule, entry.line, entry.column])).toEqual([
      ['PBP202', 3, 3],
      ['hadolint/DL3008', 5, 3],
    ]);
  });

  it('reads `[[suppress]]` at the top of a .pybp.toml and names its keys without a prefix', () => {
    const text =
      'fail-on = "error"\n\n[[suppress]]\nrule = "mypy/arg-type"\nreason = "stubs are wrong"\n';
    const entries = entriesFrom(text, '/repo/.pybp.toml');
    expect(entries[0]).toMatchObject({ rule: 'mypy/arg-type', line: 3 });
    const error = configError(() =>
      entriesFrom('[[suppress]]\nrule = "mypy/arg-type"\n', '/repo/.pybp.toml'),
    );
    expect(error.key).toBe('suppress.reason');
  });

  it('refuses an entry without a reason, naming the file, the key and the line', () => {
    const error = configError(() =>
      entriesFrom(
        '[tool.pybp]\n\n[[tool.pybp.suppress]]\nrule = "flake8/E501"\npath = "legacy/**"\n',
      ),
    );
    expect(error.file).toBe('/repo/pyproject.toml');
    expect(error.key).toBe('tool.pybp.suppress.reason');
    expect(error.message).toBe(
      '/repo/pyproject.toml:3: [[tool.pybp.suppress]] entry 1 (rule "flake8/E501"): needs a reason: ' +
        'reason = "why this is acceptable here"; a suppression without one is not accepted',
    );
    // A blank reason is no reason.
    expect(
      configError(() => entriesFrom('[[tool.pybp.suppress]]\nrule = "PBP201"\nreason = "  "\n'))
        .key,
    ).toBe('tool.pybp.suppress.reason');
  });

  it('refuses unknown keys and lists the allowed ones', () => {
    const error = configError(() =>
      entriesFrom(
        '[[tool.pybp.suppress]]\nrule = "PBP201"\nreason = "ok"\n\n[[tool.pybp.suppress]]\nrule = "PBP202"\nreason = "ok"\nexpiry = 2025-01-01\n',
      ),
    );
    expect(error.key).toBe('tool.pybp.suppress.expiry');
    expect(error.message).toContain('pyproject.toml:5: [[tool.pybp.suppress]] entry 2');
    expect(error.message).toContain(
      'unknown key "expiry"; allowed keys: rule, path, reason, owner, expires, link',
    );
  });

  it.each([
    ['"2025-02-30"', 'string "2025-02-30"'],
    ['"next week"', 'string "next week"'],
    ['"30/06/2025"', 'string "30/06/2025"'],
    ['2025-06-30T12:00:00Z', 'the date-time 2025-06-30T12:00:00.000Z'],
    ['20250630', 'number 20250630'],
  ])('refuses expires = %s', (value, shown) => {
    const error = configError(() =>
      entriesFrom(`[[tool.pybp.suppress]]\nrule = "PBP201"\nreason = "ok"\nexpires = ${value}\n`),
    );
    expect(error.key).toBe('tool.pybp.suppress.expires');
    expect(error.message).toContain(
      `"expires" must be a date such as 2025-06-30 (a TOML date or a "YYYY-MM-DD" string), not ${shown}`,
    );
  });

  it('refuses unknown rules, the meta rules themselves, bad links and paths outside the folder', () => {
    const entry = (fields: string): ConfigError =>
      configError(() => entriesFrom(`[[tool.pybp.suppress]]\nreason = "ok"\n${fields}\n`));
    expect(entry('rule = "E501"').message).toContain('names unknown rule "E501"');
    expect(entry('rule = "PBP999"').key).toBe('tool.pybp.suppress.rule');
    expect(entry('rule = "PBP002"').message).toContain('cannot be suppressed by it');
    expect(entry('path = "x"').message).toContain('needs a rule');
    expect(entry('rule = "PBP201"\nlink = "javascript:alert(1)"').key).toBe(
      'tool.pybp.suppress.link',
    );
    expect(entry('rule = "PBP201"\npath = "../other/**"').key).toBe('tool.pybp.suppress.path');
    expect(entry('rule = "PBP201"\nowner = 7').message).toContain(
      '"owner" must be a non-empty string, not number 7',
    );
  });

  it('refuses a single table where an array of tables belongs', () => {
    const error = configError(() =>
      entriesFrom('[tool.pybp.suppress]\nrule = "PBP201"\nreason = "ok"\n'),
    );
    expect(error.key).toBe('tool.pybp.suppress');
    expect(error.message).toContain('must be an array of tables ([[tool.pybp.suppress]]');
  });

  it('accepts tool names, prefixes and advisory ids in every spelling pip-audit uses', () => {
    const text = [
      'hadolint',
      'PBP2',
      'flake8/E5',
      'PYSEC-2023-74',
      'GHSA-j8r2-6x86-q33q',
      'CVE-2023-32681',
      'pip-audit/PYSEC-2023-192',
    ]
      .map((rule) => `[[tool.pybp.suppress]]\nrule = "${rule}"\nreason = "ok"\n`)
      .join('\n');
    expect(entriesFrom(text).map(entryTool)).toEqual([
      'hadolint',
      'patterns',
      'flake8',
      'pip-audit',
      'pip-audit',
      'pip-audit',
      'pip-audit',
    ]);
  });
});

describe('expiry (a fixed clock)', () => {
  const entries = entriesFrom(PYPROJECT);
  const [, advisory, tests] = entries as [SuppressionEntry, SuppressionEntry, SuppressionEntry];

  it('an entry stops suppressing on its expiry date, from 00:00 UTC', () => {
    expect(isExpired(advisory, TODAY)).toBe(true); // 2025-06-14: yesterday
    expect(isExpired(tests, TODAY)).toBe(false); // 2025-06-16: tomorrow
    expect(isExpired(tests, new Date('2025-06-15T23:59:59Z'))).toBe(false);
    expect(isExpired(tests, new Date('2025-06-16T00:00:00Z'))).toBe(true);
  });

  it('an expired entry suppresses nothing and becomes PBP001 on its line of the config file', () => {
    const secret = finding('PBP201', 'tests/test_login.py');
    const vulnerable = finding('pip-audit/PYSEC-2023-74', 'requirements.txt', 7);
    const outcome = applyGovernedSuppressions([secret, vulnerable], entries, {
      now: TODAY,
      configPath: 'pyproject.toml',
      fullRun: true,
    });
    expect(outcome.findings.map((f) => [f.ruleId, f.state, f.suppression])).toEqual([
      ['PBP201', 'suppressed', 'Fixtures hold fake credentials (until 2025-06-16)'],
      ['pip-audit/PYSEC-2023-74', 'new', undefined],
    ]);
    expect(outcome.expired).toEqual([
      {
        tool: 'patterns',
        ruleId: 'PBP001',
        level: 'warning',
        section: 'code-quality',
        message:
          'The suppression of PYSEC-2023-74 expired on 2025-06-14 and no longer applies: fix what it ' +
          'excused, or look again and renew it with a new expires date and reason.',
        location: {
          path: 'pyproject.toml',
          startLine: 13,
          startColumn: 1,
          endLine: 13,
          endColumn: 23,
        },
      },
    ]);
    // The day after tomorrow both have expired, and the secret in the tests is new again.
    const later = applyGovernedSuppressions([secret, vulnerable], entries, {
      now: new Date('2025-06-17T00:00:00Z'),
      configPath: 'pyproject.toml',
      fullRun: true,
    });
    expect(later.findings.every((f) => f.state === 'new')).toBe(true);
    expect(later.expired.map((f) => [f.ruleId, f.location.startLine])).toEqual([
      ['PBP001', 13],
      ['PBP001', 20],
    ]);
    // An expired entry is not also reported as unused.
    expect(later.unused.map((f) => f.location.startLine)).toEqual([7]);
  });

  it('does not change the findings it is given', () => {
    const secret = finding('PBP201', 'tests/test_login.py');
    applyGovernedSuppressions([secret], entries, {
      now: TODAY,
      configPath: 'pyproject.toml',
      fullRun: true,
    });
    expect(secret.state).toBe('new');
  });
});

describe('unused entries', () => {
  const entries = entriesFrom(PYPROJECT);
  const options = { now: new Date('2025-06-01T00:00:00Z'), configPath: 'pyproject.toml' };

  it('a full run reports each entry that matched nothing as PBP002, a note on its line', () => {
    const outcome = applyGovernedSuppressions([finding('PBP201', 'tests/conftest.py')], entries, {
      ...options,
      fullRun: true,
    });
    expect(outcome.matched).toEqual([0, 0, 1]);
    expect(outcome.unused).toEqual([
      {
        tool: 'patterns',
        ruleId: 'PBP002',
        level: 'note',
        section: 'code-quality',
        message:
          'The suppression of flake8/E501 in "legacy/**" (owner: @platform-team) matched no finding in ' +
          'this run: the code it excused is fixed or gone, so delete the entry.',
        location: {
          path: 'pyproject.toml',
          startLine: 7,
          startColumn: 1,
          endLine: 7,
          endColumn: 23,
        },
      },
      expect.objectContaining({
        ruleId: 'PBP002',
        location: expect.objectContaining({ startLine: 13 }),
      }),
    ]);
  });

  it('a partial run (--files, pre-commit) reports none', () => {
    const outcome = applyGovernedSuppressions([], entries, { ...options, fullRun: false });
    expect(outcome.unused).toEqual([]);
  });

  it('an entry for a tool that did not run is not unused: it could not have matched', () => {
    const outcome = applyGovernedSuppressions([finding('PBP201', 'tests/a.py')], entries, {
      ...options,
      fullRun: true,
      checkedTools: new Set<ToolName>(['patterns', 'flake8']),
    });
    expect(outcome.unused.map((f) => f.location.startLine)).toEqual([7]);
  });

  it('advisories handed to pip-audit as --ignore-vuln cannot be judged, so they are never unused', () => {
    const outcome = applyGovernedSuppressions([], entries, {
      ...options,
      fullRun: true,
      delegatedToPipAudit: true,
    });
    expect(outcome.unused.map((f) => f.location.startLine)).toEqual([7, 20]);
  });

  it('an entry matching a finding that is already suppressed inline is used, and the inline reason stays', () => {
    const inline = finding('flake8/E501', 'legacy/models.py', 4, {
      state: 'suppressed',
      suppression: 'URL in a docstring',
    });
    const outcome = applyGovernedSuppressions([inline], entries, { ...options, fullRun: true });
    expect(outcome.matched[0]).toBe(1);
    expect(outcome.findings[0]?.suppression).toBe('URL in a docstring');
    expect(outcome.inline).toEqual({ 'flake8/E501': 1 });
  });
});

describe('path globs', () => {
  const entries = entriesFrom(PYPROJECT);
  const apply = (findings: Finding[], globBase?: string): string[] =>
    applyGovernedSuppressions(findings, entries, {
      now: TODAY,
      configPath: 'pyproject.toml',
      fullRun: false,
      ...(globBase === undefined ? {} : { globBase }),
    }).findings.map((f) => `${f.location.path} ${f.state}`);

  it('matches a glob, and a bare folder name covers everything below it', () => {
    expect(
      apply([
        finding('flake8/E501', 'legacy/models.py'),
        finding('flake8/E501', 'legacy/v1/.hidden/views.py'),
        finding('flake8/E501', 'app/legacy.py'),
        finding('flake8/E502', 'app/views.py'),
        finding('PBP201', 'tests/unit/test_auth.py'),
        finding('PBP201', 'app/tests.py'),
        finding('PBP202', 'tests/test_db.py'),
      ]),
    ).toEqual([
      'legacy/models.py suppressed',
      'legacy/v1/.hidden/views.py suppressed',
      'app/legacy.py new',
      'app/views.py new',
      'tests/unit/test_auth.py suppressed',
      'app/tests.py new',
      'tests/test_db.py new',
    ]);
  });

  it('globs are relative to the checked folder, as per-file-ignores are', () => {
    expect(
      apply(
        [
          finding('flake8/E501', 'services/api/legacy/models.py'),
          finding('flake8/E501', 'legacy/models.py'),
        ],
        'services/api',
      ),
    ).toEqual(['services/api/legacy/models.py suppressed', 'legacy/models.py suppressed']);
  });

  it('keeps the reason and the owner with each suppressed finding', () => {
    const outcome = applyGovernedSuppressions(
      [finding('flake8/E501', 'legacy/models.py')],
      entries,
      {
        now: TODAY,
        configPath: 'pyproject.toml',
        fullRun: false,
      },
    );
    expect(outcome.findings[0]?.suppression).toBe(
      'Generated code; rewritten in Q3 (owner: @platform-team)',
    );
  });
});

describe('pip-audit advisories', () => {
  const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'tool-output');
  const report = readFileSync(join(FIXTURES, 'pip-audit-2.x.json'), 'utf8');
  const requirements = readFileSync(join(FIXTURES, 'pip-audit-2.x.requirements.txt'), 'utf8');
  // Real recorded pip-audit output, through the adapter: ids and aliases as it carries them.
  const findings = parsePipAudit(report, [
    { path: 'requirements.txt', text: requirements, kind: 'requirements' },
  ]).findings.map(toFinding);

  it('matches the advisory id, any of its aliases, or the pip-audit/ rule id', () => {
    expect(findings.map((f) => f.ruleId)).toEqual([
      'pip-audit/GHSA-h5c8-rqwp-cp95',
      'pip-audit/PYSEC-2023-74',
      'pip-audit/PYSEC-2023-192',
      'pip-audit/PYSEC-2023-212',
    ]);
    const entries = entriesFrom(
      [
        ['CVE-2024-22195', 'jinja2: alias of GHSA-h5c8-rqwp-cp95'],
        ['ghsa-j8r2-6x86-q33q', 'requests: alias of PYSEC-2023-74, any case'],
        ['pip-audit/PYSEC-2023-192', 'urllib3: the rule id'],
        ['CVE-2020-0001', 'matches nothing'],
      ]
        .map(([rule, reason]) => `[[tool.pybp.suppress]]\nrule = "${rule}"\nreason = "${reason}"\n`)
        .join('\n'),
    );
    const outcome = applyGovernedSuppressions(findings, entries, {
      now: TODAY,
      configPath: 'pyproject.toml',
      fullRun: true,
    });
    expect(outcome.findings.map((f) => f.state)).toEqual([
      'suppressed',
      'suppressed',
      'suppressed',
      'new',
    ]);
    expect(outcome.matched).toEqual([1, 1, 1, 0]);
    expect(outcome.unused.map((f) => f.message)).toEqual([
      expect.stringContaining('The suppression of CVE-2020-0001 matched no finding'),
    ]);
  });

  it('an advisory entry does not suppress another tool finding that mentions the id', () => {
    const entries = entriesFrom('[[tool.pybp.suppress]]\nrule = "PYSEC-2023-74"\nreason = "ok"\n');
    const mention = finding('PBP801', 'requirements.txt', 7, {
      message: 'requests 2.25.1 has the known vulnerability PYSEC-2023-74 (CVE-2023-32681)',
    });
    const outcome = applyGovernedSuppressions([mention], entries, {
      now: TODAY,
      configPath: 'pyproject.toml',
      fullRun: false,
    });
    expect(outcome.findings[0]?.state).toBe('new');
  });

  it('turns unexpired advisory entries into --ignore-vuln flags, once each', () => {
    const entries = entriesFrom(`
[[tool.pybp.suppress]]
rule = "PYSEC-2023-74"
reason = "proxy credentials are never set"
expires = 2025-07-01

[[tool.pybp.suppress]]
rule = "pip-audit/GHSA-h5c8-rqwp-cp95"
reason = "xmlattr is not used"

[[tool.pybp.suppress]]
rule = "CVE-2023-43804"
reason = "expired yesterday"
expires = 2025-06-14

[[tool.pybp.suppress]]
rule = "flake8/E501"
reason = "not an advisory"

[[tool.pybp.suppress]]
rule = "PYSEC-2023-74"
path = "requirements-dev.txt"
reason = "the same advisory twice"

[[tool.pybp.suppress]]
rule = "PYSEC-2023-212"
path = "requirements-dev.txt"
reason = "only in the dev requirements"
`);
    expect(pipAuditIgnoreArgs(entries, TODAY)).toEqual([
      '--ignore-vuln',
      'PYSEC-2023-74',
      '--ignore-vuln',
      'GHSA-H5C8-RQWP-CP95',
    ]);
    // A path-scoped entry goes only to the run that audits a file it covers.
    expect(pipAuditIgnoreArgs(entries, TODAY, 'requirements-dev.txt')).toEqual([
      '--ignore-vuln',
      'PYSEC-2023-74',
      '--ignore-vuln',
      'GHSA-H5C8-RQWP-CP95',
      '--ignore-vuln',
      'PYSEC-2023-212',
    ]);
    expect(pipAuditIgnoreArgs(entries, new Date('2025-07-01T00:00:00Z'))).toEqual([
      '--ignore-vuln',
      'GHSA-H5C8-RQWP-CP95',
    ]);
    expect(pipAuditIgnoreArgs([], TODAY)).toEqual([]);
  });
});

describe('inline suppression counts', () => {
  it('counts suppressed findings per rule, sorted by rule id', () => {
    const counts = inlineSuppressionCounts([
      finding('PBP201', 'a.py', 1, { state: 'suppressed', suppression: 'fake key' }),
      finding('flake8/E501', 'a.py', 2, { state: 'suppressed', suppression: 'inline comment' }),
      finding('PBP201', 'b.py', 3, { state: 'suppressed', suppression: 'fake key' }),
      finding('PBP201', 'c.py', 4),
      finding('PBP202', 'd.py', 5, { state: 'baseline' }),
    ]);
    expect(counts).toEqual({ 'flake8/E501': 1, PBP201: 2 });
    expect(Object.keys(counts)).toEqual(['PBP201', 'flake8/E501'].sort());
  });
});

describe('META_RULES', () => {
  it('documents PBP001 and PBP002 in the fixed headings, in the code-quality section', () => {
    expect(META_RULES.map((rule) => [rule.id, rule.name, rule.level, rule.section])).toEqual([
      ['PBP001', 'expired-suppression', 'warning', 'code-quality'],
      ['PBP002', 'unused-suppression', 'note', 'code-quality'],
    ]);
    for (const rule of META_RULES) {
      expect(rule.docs.what.length).toBeGreaterThan(40);
      expect(rule.docs.why.length).toBeGreaterThan(40);
      expect(rule.docs.example).toContain('[[tool.pybp.suppress]]');
      expect(rule.docs.useInstead).toBeTruthy();
    }
    // The example of PBP001 is itself a valid entry.
    const example = META_RULES[0]?.docs.example ?? '';
    expect(entriesFrom(example)[0]).toMatchObject({ rule: 'PYSEC-2024-48', expires: '2024-06-30' });
  });
});
