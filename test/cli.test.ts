import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { tempProject } from './helpers/temp-project.js';

async function pybp(args: string[], cwd = process.cwd()) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    isTty: false,
    env: { PATH: process.env['PATH'] },
    cwd,
  });
  return { code, stdout, stderr };
}

const TESTS = { 'tests/test_app.py': 'def test_app() -> None:\n    assert 1 + 1 == 2\n' };

const VULNERABLE = {
  ...TESTS,
  'app/db.py': [
    'import sqlite3',
    '',
    '',
    'def find(conn: sqlite3.Connection, email: str) -> list:',
    '    cur = conn.cursor()',
    '    cur.execute(f"SELECT * FROM users WHERE email = \'{email}\'")',
    '    return cur.fetchall()',
    '',
  ].join('\n'),
  'app/config.py':
    'SECRET_KEY = "s3cr3t-prod-key-8f2a"  # pybp: ignore[PBP201] -- dev only\nAPI_TOKEN = "tok_live_abcdef"\n',
};

describe('pybp check', () => {
  it('prints the JSON contract, sorted, with repo-relative paths', async () => {
    const root = tempProject(VULNERABLE);
    const { code, stdout } = await pybp(
      ['check', '.', '--format', 'json', '--tools', 'flake8,patterns'],
      root,
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual([
      'version',
      'root',
      'tools',
      'findings',
      'summary',
      'verdict',
    ]);
    expect(report.root).toBe('.');
    expect(
      report.tools.map((t: { name: string; status: string }) => `${t.name}:${t.status}`),
    ).toEqual(['flake8:ok', 'patterns:ok']);
    const rows = report.findings.map(
      (f: Record<string, unknown>) =>
        `${f.path}:${f.startLine}:${f.startColumn} ${f.ruleId} ${f.level} ${f.section} ${f.state}`,
    );
    expect(rows).toEqual([
      'app/config.py:1:14 PBP201 error security suppressed',
      'app/config.py:2:13 PBP201 error security new',
      'app/db.py:6:5 PBP202 error security new',
    ]);
    for (const finding of report.findings) {
      expect(Object.keys(finding).slice(0, 13)).toEqual(
        [
          'tool',
          'ruleId',
          'level',
          'section',
          'message',
          'path',
          'startLine',
          'startColumn',
          'endLine',
          'endColumn',
          'fingerprint',
          'state',
          ...(finding.state === 'suppressed' ? ['suppression'] : []),
        ].slice(0, 13),
      );
      expect(finding.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(report.findings[0].suppression).toBe('dev only');
    expect(report.summary.byLevel).toEqual({ error: 2, warning: 0, note: 0 });
    expect(report.summary.bySection.security).toBe(2);
    expect(report.verdict).toEqual({
      passed: false,
      failOn: 'error',
      reasons: ['2 new errors (fail-on: error)'],
    });
  });

  it('exits 0 when the gate passes and writes SARIF and the summary where asked', async () => {
    const root = tempProject({
      'app/ok.py': 'def add(a: int, b: int) -> int:\n    return a + b\n',
    });
    const { code, stdout } = await pybp(
      [
        'check',
        '--tools',
        'flake8,patterns',
        '--sarif',
        'out/pybp.sarif',
        '--summary',
        'out/summary.md',
      ],
      root,
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/Passed \(fail-on: error\)/);
    expect(JSON.parse(readFileSync(join(root, 'out/pybp.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(join(root, 'out/summary.md'), 'utf8')).toMatch(/^## pybp: ✅ passed/);
  });

  it('--fail-on never and --ignore change the verdict, --select narrows the rules', async () => {
    const root = tempProject(VULNERABLE);
    expect((await pybp(['check', '--tools', 'patterns', '--fail-on', 'never'], root)).code).toBe(0);
    expect((await pybp(['check', '--tools', 'patterns', '--ignore', 'PBP2'], root)).code).toBe(0);
    const selected = await pybp(
      ['check', '--tools', 'patterns', '--select', 'PBP202', '--format', 'json'],
      root,
    );
    expect(JSON.parse(selected.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'PBP202',
    ]);
  });

  it('exits 2 with a clear message on usage and config errors', async () => {
    const root = tempProject({ 'pyproject.toml': '[tool.pybp]\nfail_on = "error"\n', 'a.py': '' });
    const config = await pybp(['check', '.'], root);
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(
      /pyproject\.toml: unknown key "tool\.pybp\.fail_on"; allowed keys: .*fail-on/,
    );
    expect((await pybp(['check', '--format', 'xml'], root)).code).toBe(2);
    expect((await pybp(['check', '--bogus'], root)).code).toBe(2);
    expect((await pybp(['frobnicate'])).code).toBe(2);
  });

  it('exits 3 when a chosen tool is missing or failed, and still reports the rest', async () => {
    const root = tempProject(VULNERABLE);
    const imported = join(root, 'flake8.txt');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(imported, 'this is not flake8 output\n');
    const { code, stdout } = await pybp(
      ['check', '--tools', 'patterns', '--import', `flake8=${imported}`, '--format', 'json'],
      root,
    );
    expect(code).toBe(3);
    const report = JSON.parse(stdout);
    expect(report.tools.find((t: { name: string }) => t.name === 'flake8')).toMatchObject({
      status: 'failed',
      findings: 0,
    });
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.verdict.reasons[0]).toMatch(
      /^flake8 failed: the imported file is not flake8 output/,
    );
  });

  it('--import merges a report a tool wrote elsewhere', async () => {
    const root = tempProject({ ...TESTS, 'app/x.py': 'import os\n' });
    const imported = join(root, 'flake8.txt');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(imported, "app/x.py\x1f1\x1f1\x1fF401\x1f'os' imported but unused\x1e\n");
    const { stdout } = await pybp(
      ['check', '--tools', 'patterns', '--import', `flake8=${imported}`, '--format', 'json'],
      root,
    );
    expect(
      JSON.parse(stdout).findings.map(
        (f: { ruleId: string; path: string }) => `${f.path} ${f.ruleId}`,
      ),
    ).toEqual(['app/x.py flake8/F401']);
  });

  it('lists rules and prints one rule’s docs; --help and --version', async () => {
    const rules = await pybp(['rules']);
    expect(rules.stdout).toMatch(/^ID\s+NAME/);
    expect(rules.stdout).toMatch(/PBP202\s+sql-string-building\s+security\s+error/);
    const rule = await pybp(['rule', 'PBP202']);
    expect(rule.stdout).toMatch(/What it does/);
    expect(rule.stdout).toMatch(/Use instead/);
    expect((await pybp(['rule', 'PBP999'])).code).toBe(2);
    expect((await pybp(['--help'])).stdout).toMatch(
      /Exit codes: 0 passed, 1 the gate failed, 2 usage or config error, 3/,
    );
    expect((await pybp(['--version'])).stdout).toBe(
      JSON.parse(readFileSync(resolve('package.json'), 'utf8')).version + '\n',
    );
  });

  it('colours text only on a terminal', async () => {
    const root = tempProject(VULNERABLE);
    let stdout = '';
    await main(['check', '--tools', 'patterns'], {
      out: (t) => (stdout += t),
      err: () => undefined,
      isTty: true,
      env: { PATH: process.env['PATH'] },
      cwd: root,
    });
    expect(stdout).toContain('\x1b[31m');
    const plain = await pybp(['check', '--tools', 'patterns'], root);
    expect(plain.stdout).not.toContain('\x1b[');
  });
});

describe('pybp check --files', () => {
  it('checks only the named files, with facts from the whole project, and never a file outside', async () => {
    const root = tempProject({
      'app/a.py': 'SECRET_KEY = "files-mode-secret-a"\n',
      'app/b.py': 'SECRET_KEY = "files-mode-secret-b"\n',
      'README.md': '# x\n',
    });
    const outside = tempProject({ 'c.py': 'SECRET_KEY = "outside-files-mode"\n' }, { git: false });
    const { stdout, code } = await pybp(
      [
        'check',
        '--tools',
        'patterns',
        '--format',
        'json',
        '--files',
        'app/a.py',
        'README.md',
        `${outside}/c.py`,
      ],
      root,
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    // No tests exist anywhere, but PBP301 reports on a file that was not named: left out.
    expect(
      report.findings.map((f: { path: string; ruleId: string }) => `${f.path} ${f.ruleId}`),
    ).toEqual(['app/a.py PBP201']);
  });
});

describe('pybp check FILE', () => {
  it('checks the one file named as PATH, as --files would, instead of failing to list a folder', async () => {
    const root = tempProject({
      'app/a.py': 'SECRET_KEY = "single-file-secret-a"\n',
      'app/b.py': 'SECRET_KEY = "single-file-secret-b"\n',
    });
    const { stdout, code } = await pybp(
      ['check', 'app/a.py', '--tools', 'patterns', '--format', 'json'],
      root,
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(
      report.findings.map((f: { path: string; ruleId: string }) => `${f.path} ${f.ruleId}`),
    ).toEqual(['app/a.py PBP201']);
    // A file that does not parse says so when named alone, as in a pre-commit hook.
    const broken = tempProject({ 'app/broken.py': 'def broken(:\n    pass\n' });
    const parse = await pybp(
      [
        'check',
        '--files',
        'app/broken.py',
        '--tools',
        'patterns',
        '--select',
        'PBP000',
        '--format',
        'json',
      ],
      broken,
    );
    expect(
      JSON.parse(parse.stdout).findings.map(
        (f: { path: string; ruleId: string }) => `${f.path} ${f.ruleId}`,
      ),
    ).toEqual(['app/broken.py PBP000']);
    // Named from another folder: checked from its own repository, not skipped as outside.
    const elsewhere = tempProject({ 'x.txt': 'x\n' }, { git: false });
    const away = await pybp(
      ['check', `${root}/app/b.py`, '--tools', 'patterns', '--format', 'json'],
      elsewhere,
    );
    expect(away.code).toBe(1);
    expect(
      JSON.parse(away.stdout).findings.map(
        (f: { path: string; ruleId: string }) => `${f.path} ${f.ruleId}`,
      ),
    ).toEqual(['app/b.py PBP201']);
  });
});

describe('pybp baseline and scopes, end to end', () => {
  const git = (cwd: string, ...args: string[]) => {
    const run = spawnSync(
      'git',
      ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'init.defaultBranch=main', ...args],
      { cwd, encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(run.stderr);
    return run.stdout;
  };

  it('accepts today’s findings, gates only new ones, and says when entries are fixed', async () => {
    const root = tempProject(VULNERABLE);
    const written = await pybp(['baseline', '.', '--tools', 'patterns'], root);
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/wrote 2 findings to .*\.pybp-baseline\.json/);
    const clean = await pybp(
      ['check', '--tools', 'patterns', '--baseline', '.pybp-baseline.json', '--format', 'json'],
      root,
    );
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout).findings.map((f: { state: string }) => f.state)).toEqual([
      'suppressed',
      'baseline',
      'baseline',
    ]);
    writeFileSync(join(root, 'app/new.py'), 'TOKEN = "a-new-hardcoded-token"\n');
    writeFileSync(join(root, 'app/db.py'), 'def find() -> None:\n    return None\n');
    const after = await pybp(
      ['check', '--tools', 'patterns', '--baseline', '.pybp-baseline.json', '--format', 'json'],
      root,
    );
    expect(after.code).toBe(1);
    const report = JSON.parse(after.stdout);
    expect(
      report.findings
        .filter((f: { state: string }) => f.state === 'new')
        .map((f: { path: string }) => f.path),
    ).toEqual(['app/new.py']);
    const text = await pybp(
      ['check', '--tools', 'patterns', '--baseline', '.pybp-baseline.json'],
      root,
    );
    expect(text.stdout).toMatch(/1 entry of the baseline .* is no longer found/);
    const pruned = await pybp(['baseline', '.', '--tools', 'patterns', '--prune'], root);
    expect(pruned.code).toBe(0);
    expect(
      JSON.parse(readFileSync(join(root, '.pybp-baseline.json'), 'utf8')).findings,
    ).toHaveLength(1);
    expect((await pybp(['check', '--baseline', 'nope.json'], root)).stderr).toMatch(
      /baseline file .* does not exist; create it with `pybp baseline PATH`/,
    );
  });

  it('--changed-since reports and gates only the changed lines; SARIF keeps everything', async () => {
    const root = tempProject(
      { ...TESTS, 'app/old.py': 'SECRET_KEY = "an-old-hardcoded-key"\n' },
      { git: false },
    );
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'base');
    writeFileSync(join(root, 'app/new.py'), 'API_TOKEN = "a-brand-new-token"\n');
    const { code, stdout } = await pybp(
      [
        'check',
        '--tools',
        'patterns',
        '--changed-since',
        'HEAD',
        '--format',
        'json',
        '--sarif',
        'out.sarif',
      ],
      root,
    );
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings.map((f: { path: string }) => f.path)).toEqual([
      'app/new.py',
    ]);
    const sarif = JSON.parse(readFileSync(join(root, 'out.sarif'), 'utf8'));
    expect(
      sarif.runs[0].results.map(
        (r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
          r.locations[0]?.physicalLocation.artifactLocation.uri,
      ),
    ).toEqual(['app/new.py', 'app/old.py']);
    const bad = await pybp(
      ['check', '--tools', 'patterns', '--changed-since', 'no-such-ref'],
      root,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/fetch-depth: 0|cannot|not/);
  });
});
