/**
 * A hostile repository, made by the test: file names that try to break out of markdown, HTML and
 * workflow commands; links out of the repository and in loops; binary, huge, mis-encoded and
 * deeply nested files. Nothing may crash, every problem is reported once with its place, the
 * SARIF stays valid, names come out escaped, and nothing outside the repository is read.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { runCheck, type CheckResult } from '../../src/pipeline.js';
import { annotationCommand, planAnnotations } from '../../src/report/annotations.js';
import { jsonReport } from '../../src/report/json.js';
import { buildSarif, sarifText } from '../../src/report/sarif.js';
import { markdownSummary } from '../../src/report/summary.js';
import { textReport } from '../../src/report/text.js';
import { multitoolIssues, schemaErrors } from '../helpers/sarif-validate.js';
import { tempProject } from '../helpers/temp-project.js';

const SECRET = (n: number) => `SECRET_KEY = "planted-secret-value-${n}"\n`;
const HOSTILE_NAMES = [
  'app/my file.py',
  'app/ünïcødé.py',
  'app/new\nline.py',
  'app/%0A.py',
  'app/::error::x.py',
  'app/a|b.py',
  'app/`tick`.py',
  'app/<img src=x onerror=alert(1)>.py',
];

let outside: string;
let root: string;
let result: CheckResult;

beforeAll(async () => {
  outside = tempProject(
    { 'evil.py': 'API_TOKEN = "outside-the-repository-token"\n', 'secret.txt': 'top secret\n' },
    { git: false },
  );
  const files: Record<string, string | Buffer> = {};
  HOSTILE_NAMES.forEach((name, index) => (files[name] = SECRET(index)));
  Object.assign(files, {
    'app/binary.py': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0, 0x50]),
    'app/big.py': Array.from(
      { length: 120_000 },
      (_, i) => `value_${i} = ${i}  # filler line for size\n`,
    ).join(''),
    'app/latin1_declared.py': Buffer.from(
      '# -*- coding: latin-1 -*-\nname = "caf\xe9"\nPASSWORD = "s\xe9cret-latin"\n',
      'latin1',
    ),
    'app/latin1_undeclared.py': Buffer.from(
      'name = "caf\xe9"\ntry:\n    pass\nexcept:\n    pass\n',
      'latin1',
    ),
    'app/bom.py': '\ufeffSECRET_KEY = "bom-secret-value"\n',
    'app/crlf.py': 'def f(cursor, x):\r\n    cursor.execute(f"SELECT * FROM t WHERE id = {x}")\r\n',
    'app/tabs.py': 'def f():\n\ttry:\n\t\tpass\n\texcept:\n\t\tpass\n',
    'app/empty.py': '',
    'app/python2.py': 'print "hello"\nexec "code"\nexcept_me = 1\n',
    'app/broken.py': 'def broken(:\n    pass\n\nPASSWORD = "after-the-error-1"\n',
    'app/deep.py': `x = ${'['.repeat(10_000)}${']'.repeat(10_000)}\ny = ${'('.repeat(5_000)}1${')'.repeat(5_000)}\n`,
    Dockerfile:
      'FROM python:3.12-slim\nRUN <<EOF\napt-get update && \\\n  apt-get install -y gcc\nEOF\nCOPY . /app\nCMD ["python", "-m", "app"]\n',
    'requirements.txt': '-r requirements-b.txt\nflask\n',
    'requirements-b.txt': '-r requirements.txt\n-r ../../../etc/passwd\nrequests\n',
    'pkg/pyproject.toml': '[project\nname = "broken',
  });
  root = tempProject(files);
  symlinkSync(join(outside, 'evil.py'), join(root, 'app/outside.py'));
  symlinkSync(outside, join(root, 'linked'));
  mkdirSync(join(root, 'loop'));
  symlinkSync(join(root, 'loop'), join(root, 'loop/again'));
  writeFileSync(join(root, 'loop/inside.py'), 'x = 1\n');
  result = await runCheck(resolveConfig(root, { tools: ['flake8', 'patterns'] }), { workers: 0 });
}, 120_000);

describe('a hostile repository', () => {
  it('is checked without a crash by every tool', () => {
    expect(result.tools.map((run) => `${run.tool}:${run.status}`)).toEqual([
      'flake8:ok',
      'patterns:ok',
    ]);
  });

  it('finds the planted problem in every hostile file name, once', () => {
    for (const name of HOSTILE_NAMES) {
      const here = result.findings.filter(
        (finding) => finding.location.path === name && finding.ruleId === 'PBP201',
      );
      expect(here, name).toHaveLength(1);
    }
  });

  it('reads nothing outside the repository and never reports a path out of it', () => {
    const everything = [
      jsonReport(result),
      sarifText(result),
      markdownSummary(result),
      textReport(result, false),
    ].join('\n');
    expect(everything).not.toContain('outside-the-repository-token');
    expect(everything).not.toContain(outside);
    for (const finding of result.findings) {
      expect(finding.location.path.startsWith('/')).toBe(false);
      expect(finding.location.path.split('/')).not.toContain('..');
      expect(finding.location.path.startsWith('linked/')).toBe(false);
    }
    expect(result.discovery.skipped).toEqual([
      { path: 'app/binary.py', reason: 'binary file (NUL bytes)' },
      { path: 'app/outside.py', reason: 'symbolic link, not followed' },
    ]);
  });

  it('says which files it skipped and why: binary, never silently', () => {
    // A NUL byte crashes flake8 for the whole run, so binary files go to no tool at all.
    expect(result.notices).toContain('app/binary.py: skipped: binary file (NUL bytes)');
    expect(result.findings.filter((f) => f.location.path === 'app/binary.py')).toEqual([]);
  });

  it('decodes by the coding line, and reads undeclared Latin-1 with replacement (and says so)', () => {
    expect(
      result.findings.some(
        (f) =>
          f.location.path === 'app/latin1_declared.py' &&
          f.ruleId === 'PBP201' &&
          f.location.startLine === 3,
      ),
    ).toBe(true);
    expect(
      result.findings.some(
        (f) =>
          f.location.path === 'app/latin1_undeclared.py' &&
          f.ruleId === 'PBP601' &&
          f.location.startLine === 4,
      ),
    ).toBe(true);
    expect(result.notices).toContain(
      'app/latin1_undeclared.py: not valid UTF-8 and no coding line; undecodable bytes replaced',
    );
  });

  it('gives the same lines and columns as the tools for BOM, CRLF and tab files', () => {
    const at = (path: string, ruleId: string) =>
      result.findings.find((f) => f.location.path === path && f.ruleId === ruleId)?.location;
    expect(at('app/bom.py', 'PBP201')).toMatchObject({ startLine: 1, startColumn: 14 });
    expect(at('app/crlf.py', 'PBP202')).toMatchObject({ startLine: 2, startColumn: 5 });
    expect(at('app/tabs.py', 'PBP601')).toMatchObject({ startLine: 4, startColumn: 2 });
  });

  it('reports a file that does not parse once, as a note with its place, and still checks the rest', () => {
    const parse = result.findings.filter(
      (f) => f.location.path === 'app/broken.py' && f.ruleId === 'PBP000',
    );
    expect(parse).toHaveLength(1);
    expect(parse[0]?.level).toBe('note');
    expect(parse[0]?.location.startLine).toBe(1);
    expect(
      result.findings.some(
        (f) =>
          f.location.path === 'app/broken.py' &&
          f.ruleId === 'PBP201' &&
          f.location.startLine === 4,
      ),
    ).toBe(true);
    // Python 2 source: flake8 says it is a syntax error; the lenient parser still reads it.
    expect(
      result.findings.some(
        (f) => f.location.path === 'app/python2.py' && f.ruleId === 'flake8/E999',
      ),
    ).toBe(true);
  });

  it('survives 10,000 levels of nesting', () => {
    expect(
      result.findings.filter((f) => f.location.path === 'app/deep.py' && f.tool === 'patterns'),
    ).toEqual([]);
  });

  it('keeps the SARIF valid', () => {
    expect(schemaErrors(buildSarif(result).log)).toEqual([]);
    expect(multitoolIssues(sarifText(result))).toEqual([]);
  });

  it('escapes the names in the summary and the annotations, exactly', () => {
    const summary = markdownSummary(result);
    expect(summary).toContain('<code>app/a&#124;b.py:1</code>');
    expect(summary).toContain('<code>app/&lt;img src=x onerror=alert(1)&gt;.py:1</code>');
    expect(summary).toContain('<code>app/new line.py:1</code>');
    expect(summary).toContain('<code>app/`tick`.py:1</code>');
    expect(summary).not.toContain('<img');
    const finding = (name: string) =>
      result.findings.find((f) => f.location.path === name && f.ruleId === 'PBP201');
    const command = (name: string) =>
      annotationCommand(finding(name) as NonNullable<ReturnType<typeof finding>>);
    expect(command('app/::error::x.py')).toMatch(
      /^::error file=app\/%3A%3Aerror%3A%3Ax\.py,line=1,/,
    );
    expect(command('app/new\nline.py')).toMatch(/^::error file=app\/new%0Aline\.py,line=1,/);
    expect(command('app/%0A.py')).toMatch(/^::error file=app\/%250A\.py,line=1,/);
    expect(command('app/my file.py')).toMatch(/^::error file=app\/my file\.py,line=1,/);
    for (const line of planAnnotations(result.findings, { reserveErrorSlot: true }).commands) {
      expect(line).not.toMatch(/[\r\n]/);
    }
    const uris = buildSarif(result).log.runs.flatMap((run) =>
      (run.results ?? []).map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri),
    );
    expect(uris).toContain('app/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.py');
    expect(uris).toContain('app/new%0Aline.py');
  });

  it('never puts a planted secret in any output', () => {
    const everything = [
      jsonReport(result),
      sarifText(result),
      markdownSummary(result),
      textReport(result, false),
      ...planAnnotations(result.findings, { reserveErrorSlot: true }).commands,
    ].join('\n');
    expect(everything).not.toMatch(/planted-secret-value|bom-secret-value|s.cret-latin/);
  });
});
