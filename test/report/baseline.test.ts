import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, resolveConfig } from '../../src/config.js';
import type { Finding } from '../../src/model.js';
import { runCheck } from '../../src/pipeline.js';
import {
  applyBaseline,
  BASELINE_FILE,
  baselineJson,
  fixedBaselineNotice,
  prunedBaselineJson,
  readBaseline,
  type Baseline,
} from '../../src/report/baseline.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A real git repository (the pipeline finds the repository root by its `.git`). */
function gitRepository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'pybp-baseline-'));
  made.push(root);
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    });
  };
  git('init', '-q', '-b', 'main');
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  git('add', '-A');
  git('commit', '-q', '-m', 'start');
  return root;
}

async function findingsOf(root: string): Promise<Finding[]> {
  const result = await runCheck(
    resolveConfig(root, { tools: ['patterns'], select: ['PBP202', 'PBP601'] }),
    { workers: 0 },
  );
  return result.findings;
}

const SQL_LINE = `        return conn.execute(f"SELECT * FROM users WHERE email = '{email}'").fetchall()`;
const SAVE = [
  'def save(conn):',
  '    try:',
  '        conn.commit()',
  '    except:',
  '        pass',
];
const SERVICE = [
  'import sqlite3',
  '',
  '',
  'def load(conn: sqlite3.Connection, email: str) -> list:',
  '    try:',
  SQL_LINE,
  '    except:',
  '        return []',
  '',
  '',
  ...SAVE,
  '',
];

const summary = (findings: readonly Finding[]): string[] =>
  findings.map((f) => `${f.location.startLine} ${f.ruleId} ${f.state}`);

describe('baseline round trip on a real repository', () => {
  it('keeps accepted findings through moves, reports changed lines as new and gone ones as fixed', async () => {
    const root = gitRepository({ 'service.py': SERVICE.join('\n') });
    const first = await findingsOf(root);
    expect(summary(first)).toEqual(['6 PBP202 new', '7 PBP601 new', '14 PBP601 new']);
    const file = join(root, BASELINE_FILE);
    writeFileSync(file, baselineJson(first));
    const baseline = readBaseline(readFileSync(file, 'utf8'), BASELINE_FILE);
    expect(baseline.entries.map((entry) => `${entry.path}:${entry.line} ${entry.ruleId}`)).toEqual([
      'service.py:6 PBP202',
      'service.py:7 PBP601',
      'service.py:14 PBP601',
    ]);

    // Five lines above everything: same findings, five lines lower, all still accepted.
    const moved = ['"""Users."""', '# one', '# two', '# three', '', ...SERVICE];
    writeFileSync(join(root, 'service.py'), moved.join('\n'));
    const afterMove = applyBaseline(await findingsOf(root), baseline);
    expect(summary(afterMove.findings)).toEqual([
      '11 PBP202 baseline',
      '12 PBP601 baseline',
      '19 PBP601 baseline',
    ]);
    expect(afterMove.fixed).toEqual([]);
    expect(afterMove.matched).toBe(3);

    // The SQL line itself changes: the finding is new, and its old entry no longer matches.
    const edited = moved.map((line) =>
      line === SQL_LINE ? SQL_LINE.replace('users', 'people') : line,
    );
    writeFileSync(join(root, 'service.py'), edited.join('\n'));
    const afterEdit = applyBaseline(await findingsOf(root), baseline);
    expect(summary(afterEdit.findings)).toEqual([
      '11 PBP202 new',
      '12 PBP601 baseline',
      '19 PBP601 baseline',
    ]);
    expect(afterEdit.fixed.map((entry) => `${entry.ruleId}:${entry.line}`)).toEqual(['PBP202:6']);

    // save() deleted: the second bare except is gone and reported as fixed; the first stays.
    const deleted = edited.slice(0, edited.indexOf(SAVE[0] as string) - 2);
    writeFileSync(join(root, 'service.py'), deleted.join('\n') + '\n');
    const current = await findingsOf(root);
    const afterDelete = applyBaseline(current, baseline);
    expect(summary(afterDelete.findings)).toEqual(['11 PBP202 new', '12 PBP601 baseline']);
    expect(afterDelete.fixed.map((entry) => `${entry.ruleId}:${entry.line}`)).toEqual([
      'PBP202:6',
      'PBP601:14',
    ]);
    const notice = fixedBaselineNotice(afterDelete.fixed, BASELINE_FILE);
    expect(notice).toContain('2 entries of the baseline .pybp-baseline.json are no longer found');
    expect(notice).toContain('PBP202 at service.py:6, PBP601 at service.py:14');
    expect(notice).toContain('pybp baseline . --prune --output .pybp-baseline.json');

    // Pruning drops the fixed entries and never adds the new finding.
    const pruned = readBaseline(prunedBaselineJson(baseline, afterDelete.fixed), BASELINE_FILE);
    expect(pruned.entries.map((entry) => `${entry.ruleId}:${entry.line}`)).toEqual(['PBP601:7']);
    expect(applyBaseline(current, pruned).fixed).toEqual([]);
  });
});

function finding(line: number, overrides: Partial<Finding> = {}): Finding {
  return {
    tool: 'patterns',
    ruleId: 'PBP601',
    level: 'warning',
    section: 'error-handling',
    message: 'An `except:` clause catches everything.',
    location: { path: 'app/x.py', startLine: line, startColumn: 5, endLine: line, endColumn: 12 },
    fingerprint: line.toString(16).padStart(32, '0'),
    state: 'new',
    ...overrides,
  };
}

describe('baselineJson', () => {
  it('is deterministic: sorted, versioned, one entry per fingerprint, suppressed ones left out', () => {
    const findings = [
      finding(9),
      finding(3, { ruleId: 'PBP202', tool: 'patterns' }),
      finding(5, { state: 'suppressed' }),
      finding(2, {
        location: { path: 'a b/ü.py', startLine: 2, startColumn: 1, endLine: 2, endColumn: 2 },
      }),
      finding(9),
    ];
    const text = baselineJson(findings);
    expect(baselineJson([...findings].reverse())).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    const document = JSON.parse(text);
    expect(document.version).toBe(1);
    expect(Object.keys(document)).toEqual(['version', 'comment', 'findings']);
    expect(document.findings).toEqual([
      {
        fingerprint: '2'.padStart(32, '0'),
        tool: 'patterns',
        ruleId: 'PBP601',
        path: 'a b/ü.py',
        line: 2,
        message: 'An `except:` clause catches everything.',
      },
      expect.objectContaining({ ruleId: 'PBP202', line: 3 }),
      expect.objectContaining({ ruleId: 'PBP601', line: 9 }),
    ]);
  });

  it('writes an empty baseline that reads back', () => {
    expect(readBaseline(baselineJson([]), 'b.json').entries).toEqual([]);
  });
});

describe('applyBaseline', () => {
  const baseline: Baseline = {
    file: 'b.json',
    entries: [
      {
        fingerprint: finding(3).fingerprint,
        tool: 'patterns',
        ruleId: 'PBP601',
        path: 'app/x.py',
        line: 3,
        message: '',
      },
      {
        fingerprint: finding(4).fingerprint,
        tool: 'patterns',
        ruleId: 'PBP601',
        path: 'app/x.py',
        line: 4,
        message: '',
      },
      {
        fingerprint: 'f'.repeat(32),
        tool: 'flake8',
        ruleId: 'flake8/E722',
        path: 'gone.py',
        line: 1,
        message: '',
      },
    ],
  };

  it('matches by fingerprint only, never by line, and does not mutate its input', () => {
    // Same fingerprint at another line: still baseline. Same line, other fingerprint: new.
    const findings = [
      finding(3, { location: { ...finding(3).location, startLine: 40, endLine: 40 } }),
      finding(7),
    ];
    const frozen = JSON.stringify(findings);
    const outcome = applyBaseline(findings, baseline);
    expect(outcome.findings.map((f) => f.state)).toEqual(['baseline', 'new']);
    expect(JSON.stringify(findings)).toBe(frozen);
    expect(outcome.findings).not.toBe(findings);
    expect(outcome.fixed.map((entry) => entry.path)).toEqual(['app/x.py', 'gone.py']);
  });

  it('leaves suppressed findings suppressed, and does not call their entries fixed', () => {
    const outcome = applyBaseline([finding(3, { state: 'suppressed' }), finding(4)], baseline);
    expect(outcome.findings.map((f) => f.state)).toEqual(['suppressed', 'baseline']);
    expect(outcome.fixed.map((entry) => entry.path)).toEqual(['gone.py']);
  });

  it('does not call entries fixed that this run did not look for (tool not run, rule not selected)', () => {
    const outcome = applyBaseline([finding(3), finding(4)], baseline, {
      isChecked: (entry) => entry.tool !== 'flake8',
    });
    expect(outcome.fixed).toEqual([]);
    expect(outcome.matched).toBe(2);
    // Pruning after a run without flake8 keeps flake8's entry.
    const pruned = readBaseline(prunedBaselineJson(baseline, outcome.fixed), 'b.json');
    expect(pruned.entries.map((entry) => entry.tool)).toEqual(['patterns', 'patterns', 'flake8']);
  });

  it('says nothing when nothing is fixed, and counts the rest when many are', () => {
    expect(fixedBaselineNotice([], 'b.json')).toBeNull();
    const many = Array.from({ length: 5 }, (_, i) => ({ ...baseline.entries[0]!, line: i + 1 }));
    expect(fixedBaselineNotice(many, 'b.json', 'services/api')).toMatch(
      /^5 entries of the baseline b\.json are no longer found .*, and 2 more\. .*`pybp baseline services\/api --prune --output b\.json`/,
    );
  });
});

describe('readBaseline', () => {
  const entry = {
    fingerprint: 'a'.repeat(32),
    tool: 'flake8',
    ruleId: 'flake8/E722',
    path: 'app/x.py',
    line: 3,
    message: 'do not use bare except',
  };
  const document = (findings: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({ version: 1, findings, ...extra });

  it('reads a valid file, a byte-order mark and unknown keys included', () => {
    const baseline = readBaseline('\uFEFF' + document([entry], { note: 'hi' }), 'b.json');
    expect(baseline).toEqual({ file: 'b.json', entries: [entry] });
  });

  it.each([
    ['{ not json', /^baseline ci\/b\.json: not valid JSON/],
    ['[]', /expected a JSON object/],
    [
      JSON.stringify({ version: 2, findings: [] }),
      /version 2 is not supported; this pybp reads version 1/,
    ],
    [JSON.stringify({ findings: [] }), /"version" must be the number 1/],
    [JSON.stringify({ version: 1 }), /"findings" must be an array/],
    [JSON.stringify({ version: '2.1.0', runs: [] }), /this is a SARIF file, not a pybp baseline/],
    [document(['x']), /findings\[0\] must be an object/],
    [
      document([{ ...entry, fingerprint: 'xyz' }]),
      /findings\[0\]\.fingerprint must be the hexadecimal/,
    ],
    [document([entry, { ...entry, tool: 'ruff' }]), /findings\[1\]\.tool "ruff" is not a tool/],
    [document([{ ...entry, ruleId: '' }]), /findings\[0\]\.ruleId must be a non-empty string/],
    [
      document([{ ...entry, path: '../etc/passwd' }]),
      /findings\[0\]\.path "\.\.\/etc\/passwd" must be a repository-relative POSIX path/,
    ],
    [document([{ ...entry, path: 'app\\x.py' }]), /repository-relative POSIX path/],
    [document([{ ...entry, path: '/abs.py' }]), /repository-relative POSIX path/],
    [document([{ ...entry, line: 0 }]), /findings\[0\]\.line must be a positive whole number/],
    [document([{ ...entry, message: 3 }]), /findings\[0\]\.message must be a string/],
  ])('rejects %s', (text, expected) => {
    let thrown: unknown;
    try {
      readBaseline(text, 'ci/b.json');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as Error).message).toMatch(/^baseline ci\/b\.json: /);
    expect((thrown as Error).message).toMatch(expected);
  });
});
