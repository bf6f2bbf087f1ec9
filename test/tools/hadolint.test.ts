import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  condenseParseError,
  findHadolintConfig,
  hadolintAdapter,
  hadolintArgv,
  parseHadolint,
} from '../../src/tools/hadolint.js';
import { makeProject, type Project } from './tool-context.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'tool-output');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const ROOT = '/repo';

describe('parseHadolint on recorded and assembled reports', () => {
  it('maps the 2.x report: ids, lines, levels, messages', () => {
    const parsed = parseHadolint(fixture('hadolint-2.x.json'), ROOT, ROOT);
    expect(parsed.problem).toBeNull();
    expect(parsed.stray).toEqual([]);
    expect(
      parsed.findings.map((f) => [
        f.ruleId,
        f.location.path,
        f.location.startLine,
        f.location.startColumn,
        f.level,
      ]),
    ).toEqual([
      ['hadolint/DL3007', 'Dockerfile', 1, 1, 'warning'],
      ['hadolint/DL3008', 'Dockerfile', 6, 1, 'warning'],
      ['hadolint/DL3009', 'Dockerfile', 6, 1, 'note'],
      ['hadolint/DL3015', 'Dockerfile', 6, 1, 'note'],
      ['hadolint/DL3042', 'Dockerfile', 10, 1, 'warning'],
      ['hadolint/DL3013', 'Dockerfile', 11, 1, 'warning'],
      ['hadolint/DL3042', 'Dockerfile', 11, 1, 'warning'],
      ['hadolint/DL3059', 'Dockerfile', 11, 1, 'note'],
      ['hadolint/DL3059', 'Dockerfile', 12, 1, 'note'],
      ['hadolint/SC2086', 'Dockerfile', 12, 1, 'note'],
      ['hadolint/DL3059', 'Dockerfile', 13, 1, 'note'],
      ['hadolint/DL4006', 'Dockerfile', 13, 1, 'warning'],
      ['hadolint/DL3025', 'Dockerfile', 17, 1, 'warning'],
    ]);
    expect(parsed.findings[1]?.message).toBe(
      'Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`',
    );
    expect(parsed.findings[9]?.message).toBe(
      'Double quote to prevent globbing and word splitting.',
    );
  });

  it('gives DL and SC rules their names, sections and documentation links', () => {
    const { rules } = parseHadolint(fixture('hadolint-2.x.json'), ROOT, ROOT);
    expect(rules.map((rule) => rule.id)).toEqual([
      'hadolint/DL3007',
      'hadolint/DL3008',
      'hadolint/DL3009',
      'hadolint/DL3015',
      'hadolint/DL3042',
      'hadolint/DL3013',
      'hadolint/DL3059',
      'hadolint/SC2086',
      'hadolint/DL4006',
      'hadolint/DL3025',
    ]);
    const dl3008 = rules.find((rule) => rule.id === 'hadolint/DL3008');
    expect(dl3008).toMatchObject({
      tool: 'hadolint',
      section: 'deployment',
      level: 'warning',
      helpUri: 'https://github.com/hadolint/hadolint/wiki/DL3008',
    });
    expect(dl3008?.securitySeverity).toBeUndefined();
    expect(rules.find((rule) => rule.id === 'hadolint/SC2086')).toMatchObject({
      name: 'shellcheck-sc2086',
      level: 'note',
      summary: 'Double quote to prevent globbing and word splitting.',
      helpUri: 'https://www.shellcheck.net/wiki/SC2086',
    });
  });

  it('reads the pretty-printed 1.x report (PR #164) and the empty report', () => {
    const old = parseHadolint(fixture('hadolint-1.x.pr164.json'), ROOT, ROOT);
    expect(
      old.findings.map((f) => [f.ruleId, f.location.path, f.location.startLine, f.level]),
    ).toEqual([
      ['hadolint/DL3006', 'Dockerfile.test', 1, 'warning'],
      ['hadolint/SC2086', 'Dockerfile.test', 2, 'note'],
    ]);
    const clean = parseHadolint(fixture('hadolint-2.x.clean.json'), ROOT, ROOT);
    expect(clean).toEqual({ findings: [], rules: [], stray: [], problem: null });
  });

  it('reads one array per line (older releases, several files) and relative paths from a subfolder', () => {
    const output = [
      '[{"code":"DL3006","column":1,"file":"Dockerfile","level":"warning","line":1,"message":"Always tag the version of an image explicitly"}]',
      '[{"code":"DL3020","column":1,"file":"worker/Dockerfile","level":"error","line":4,"message":"Use COPY instead of ADD for files and folders"}]',
      '',
    ].join('\n');
    const parsed = parseHadolint(output, '/repo/services', '/repo');
    expect(parsed.findings.map((f) => [f.location.path, f.location.startLine, f.level])).toEqual([
      ['services/Dockerfile', 1, 'warning'],
      ['services/worker/Dockerfile', 4, 'error'],
    ]);
  });

  it('drops findings outside the checked folder, and places absolute paths of a container by suffix on import', () => {
    const recorded = fixture('hadolint-2.x.violations-lib-125.json');
    const plain = parseHadolint(recorded, ROOT, ROOT);
    expect(plain.findings).toEqual([]);
    expect(plain.stray[0]).toBe('finding outside the checked folder ignored: /code/Dockerfile');
    const placed = parseHadolint(recorded, ROOT, ROOT, {
      knownFiles: ['Dockerfile', 'docs/Dockerfile'],
    });
    expect(placed.findings.map((f) => [f.ruleId, f.location.path, f.location.startLine])).toEqual([
      ['hadolint/DL3003', 'Dockerfile', 9],
      ['hadolint/DL3018', 'Dockerfile', 18],
      ['hadolint/DL3018', 'Dockerfile', 24],
    ]);
  });

  it('turns DL1000 (a Dockerfile that does not parse) into an error at its position', () => {
    const message = [
      'Dockerfile:3:1:',
      '  |',
      '3 | FRM python:3.12',
      '  | ^^^^',
      'unexpected "FRM "',
      "expecting '#', ADD, ARG, CMD, COPY, or end of input",
      '',
    ].join('\n');
    const output = JSON.stringify([
      { code: 'DL1000', column: 1, file: 'Dockerfile', level: 'error', line: 3, message },
    ]);
    const parsed = parseHadolint(output, ROOT, ROOT);
    expect(parsed.findings).toEqual([
      {
        tool: 'hadolint',
        ruleId: 'hadolint/DL1000',
        level: 'error',
        message:
          'The Dockerfile does not parse: unexpected "FRM "; expecting \'#\', ADD, ARG, CMD, COPY, or end of input',
        location: { path: 'Dockerfile', startLine: 3, startColumn: 1, endLine: 3, endColumn: 2 },
      },
    ]);
    expect(parsed.rules[0]).toMatchObject({
      id: 'hadolint/DL1000',
      name: 'parse-error',
      precision: 'very-high',
    });
    expect(condenseParseError('')).toBe('hadolint could not parse it');
  });

  it('says what is wrong with output that is not a report', () => {
    expect(parseHadolint('', ROOT, ROOT).problem).toBe('hadolint printed no report');
    expect(parseHadolint('Dockerfile:1 DL3006 warning: Always tag', ROOT, ROOT).problem).toMatch(
      /^hadolint did not print JSON/,
    );
    expect(parseHadolint('{"code":"DL3006"}', ROOT, ROOT).problem).toBe(
      'the JSON is not a hadolint report (expected an array of findings)',
    );
    expect(parseHadolint('[{"code":"X1","line":1}]', ROOT, ROOT).problem).toMatch(
      /unexpected entry/,
    );
  });
});

describe('argv and config', () => {
  it('asks for JSON, no failing exit code, the project config, and keeps file names from looking like options', () => {
    expect(hadolintArgv(['Dockerfile', '-odd.Dockerfile'], null)).toEqual([
      '-f',
      'json',
      '--no-fail',
      'Dockerfile',
      './-odd.Dockerfile',
    ]);
    expect(hadolintArgv(['Dockerfile'], '.hadolint.yaml')).toEqual([
      '-f',
      'json',
      '--no-fail',
      '--config',
      '.hadolint.yaml',
      'Dockerfile',
    ]);
  });

  it('finds .hadolint.yaml or .hadolint.yml in the checked folder', () => {
    expect(findHadolintConfig('/r', (path) => path === '/r/.hadolint.yml')).toBe('.hadolint.yml');
    expect(findHadolintConfig('/r', () => true)).toBe('.hadolint.yaml');
    expect(findHadolintConfig('/r', () => false)).toBeNull();
  });
});

describe('hadolintAdapter', () => {
  let project: Project | undefined;
  afterEach(() => project?.remove());

  it('lints every Dockerfile in one run with the project config', async () => {
    project = makeProject(
      {
        Dockerfile: fixture('hadolint.Dockerfile'),
        'worker/Dockerfile.dev': 'FROM python:3.12\n',
        '.hadolint.yaml': 'ignored: [DL3008]\n',
      },
      (request) =>
        request.args[0] === '--version'
          ? { stdout: 'Haskell Dockerfile Linter 2.14.0\n' }
          : { stdout: fixture('hadolint-2.x.json') },
    );
    const run = await hadolintAdapter.run(project.context);
    expect(run.status).toBe('ok');
    expect(run.version).toBe('2.14.0');
    expect(run.findings).toHaveLength(13);
    expect(run.notices).toEqual(['hadolint: using .hadolint.yaml']);
    expect(project.requests.find((request) => request.args[0] !== '--version')).toMatchObject({
      command: 'hadolint',
      args: [
        '-f',
        'json',
        '--no-fail',
        '--config',
        '.hadolint.yaml',
        'Dockerfile',
        'worker/Dockerfile.dev',
      ],
      cwd: project.root,
    });
  });

  it('treats exit code 1 with a JSON report as findings, and without one as a failure', async () => {
    project = makeProject({ Dockerfile: 'FROM python\n' }, (request) =>
      request.args[0] === '--version'
        ? { stdout: 'Haskell Dockerfile Linter v1.19.0\n' }
        : { exitCode: 1, stdout: fixture('hadolint-1.x.pr164.json') },
    );
    expect(await hadolintAdapter.run(project.context)).toMatchObject({ status: 'ok' });
    project.remove();
    project = makeProject({ Dockerfile: 'FROM python\n' }, (request) =>
      request.args[0] === '--version'
        ? { stdout: 'v1.17.1\n' }
        : { exitCode: 1, stderr: "Invalid option `--no-fail'\n\nUsage: hadolint ..." },
    );
    expect(await hadolintAdapter.run(project.context)).toMatchObject({
      status: 'failed',
      reason: 'hadolint is too old: pybp needs hadolint 1.22 or newer (--no-fail)',
      version: '1.17.1',
    });
  });

  it('fails on garbage and on other exit codes; skips without Dockerfiles; reports missing', async () => {
    project = makeProject({ Dockerfile: 'FROM python\n' }, (request) =>
      request.args[0] === '--version' ? {} : { exitCode: 0, stdout: 'oops' },
    );
    expect(await hadolintAdapter.run(project.context)).toMatchObject({
      status: 'failed',
      reason: 'hadolint did not print JSON ("oops"): oops',
    });
    project.remove();
    project = makeProject({ Dockerfile: 'FROM python\n' }, (request) =>
      request.args[0] === '--version' ? {} : { exitCode: 2, stdout: '[]' },
    );
    expect(await hadolintAdapter.run(project.context)).toMatchObject({
      status: 'failed',
      reason: 'hadolint exited with code 2',
    });
    project.remove();
    project = makeProject({ Dockerfile: 'FROM python\n' }, () => ({
      missing: true,
      exitCode: null,
    }));
    expect(await hadolintAdapter.run(project.context)).toMatchObject({ status: 'missing' });
    project.remove();
    project = makeProject({ 'app.py': '' });
    expect(await hadolintAdapter.run(project.context)).toMatchObject({
      status: 'skipped',
      reason: 'no Dockerfiles',
    });
  });

  it('imports a report, placing standard input on the only Dockerfile', () => {
    project = makeProject({ Dockerfile: fixture('hadolint.Dockerfile') });
    const fromStdin = fixture('hadolint-2.x.json').replace(/"file":"Dockerfile"/g, '"file":"-"');
    const run = hadolintAdapter.importReport(fromStdin, project.context);
    expect(run.status).toBe('ok');
    expect(run.findings).toHaveLength(13);
    expect(run.findings.every((f) => f.location.path === 'Dockerfile')).toBe(true);
    expect(hadolintAdapter.importReport('not json', project.context)).toMatchObject({
      status: 'failed',
    });
  });

  it('imports: fails when no finding lands on a Dockerfile of the checked folder', () => {
    project = makeProject({ 'a/Dockerfile': 'FROM x\n', 'b/Dockerfile': 'FROM y\n' });
    const run = hadolintAdapter.importReport(
      fixture('hadolint-2.x.violations-lib-125.json'),
      project.context,
    );
    expect(run).toMatchObject({
      status: 'failed',
      reason:
        'none of the imported findings could be placed on a Dockerfile of the checked folder (finding outside the checked folder ignored: /code/Dockerfile)',
    });
  });
});
