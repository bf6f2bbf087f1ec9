import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  auditTargets,
  explicitTargets,
  parsePipAudit,
  pipAuditAdapter,
  pipAuditErrorText,
  pipAuditProjectArgv,
  pipAuditRequirementsArgv,
  pyprojectDeclarations,
  readPipAuditReport,
  type ManifestFile,
} from '../../src/tools/pip-audit.js';
import { makeProject, type Project } from './tool-context.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'tool-output');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

const REQUIREMENTS = fixture('pip-audit-2.x.requirements.txt');
const manifest: ManifestFile = {
  path: 'requirements.txt',
  text: REQUIREMENTS,
  kind: 'requirements',
};

function summary(output: string, manifests: ManifestFile[] = [manifest], imported = false) {
  const parsed = parsePipAudit(output, manifests, { imported });
  return {
    ...parsed,
    places: parsed.findings.map((f) => [
      f.ruleId,
      f.location.path,
      f.location.startLine,
      f.location.startColumn,
      f.location.endColumn,
    ]),
  };
}

describe('parsePipAudit on recorded and assembled reports', () => {
  it('places each vulnerability of the 2.x report on the line that declares the package', () => {
    const parsed = summary(fixture('pip-audit-2.x.json'));
    expect(parsed.problem).toBeNull();
    expect(parsed.places).toEqual([
      ['pip-audit/GHSA-h5c8-rqwp-cp95', 'requirements.txt', 6, 1, 7],
      ['pip-audit/PYSEC-2023-74', 'requirements.txt', 8, 1, 9],
      ['pip-audit/PYSEC-2023-192', 'requirements.txt', 9, 1, 8],
      ['pip-audit/PYSEC-2023-212', 'requirements.txt', 9, 1, 8],
    ]);
    expect(parsed.findings.map((f) => f.message)).toEqual([
      'jinja2 3.1.2 has the known vulnerability GHSA-h5c8-rqwp-cp95 (CVE-2024-22195); fixed in 3.1.3. Upgrade jinja2 to 3.1.3 or later.',
      'requests 2.25.1 has the known vulnerability PYSEC-2023-74 (CVE-2023-32681, GHSA-j8r2-6x86-q33q); fixed in 2.31.0. Upgrade requests to 2.31.0 or later.',
      'urllib3 1.26.5 has the known vulnerability PYSEC-2023-192 (CVE-2023-43804, GHSA-v845-jxx5-vc9f); fixed in 1.26.17, 2.0.6. Upgrade urllib3 to 1.26.17 or later.',
      'urllib3 1.26.5 has the known vulnerability PYSEC-2023-212 (CVE-2023-45803, GHSA-g4mx-q9vg-27p4); fixed in 1.26.18, 2.0.7. Upgrade urllib3 to 1.26.18 or later.',
    ]);
    expect(parsed.findings.every((f) => f.level === 'error' && f.tool === 'pip-audit')).toBe(true);
    expect(parsed.notices).toEqual([
      'pip-audit skipped internal-utils (requirements.txt): Dependency not found on PyPI and could not be audited: internal-utils (0.4.0)',
    ]);
  });

  it('gives one security rule per advisory, with aliases, fixes and the description in its docs', () => {
    const { rules } = summary(fixture('pip-audit-2.x.json'));
    expect(rules.map((rule) => rule.id)).toEqual([
      'pip-audit/GHSA-h5c8-rqwp-cp95',
      'pip-audit/PYSEC-2023-74',
      'pip-audit/PYSEC-2023-192',
      'pip-audit/PYSEC-2023-212',
    ]);
    const requests = rules[1];
    expect(requests).toMatchObject({
      name: 'vulnerable-dependency',
      tool: 'pip-audit',
      section: 'dependencies',
      level: 'error',
      securitySeverity: 7,
      cwe: ['CWE-1395'],
      helpUri: 'https://osv.dev/vulnerability/PYSEC-2023-74',
      summary: 'Known vulnerability PYSEC-2023-74 in requests 2.25.1. Fixed in 2.31.0.',
    });
    expect(requests?.tags).toContain('security');
    expect(requests?.docs.what).toContain('(also CVE-2023-32681, GHSA-j8r2-6x86-q33q)');
    expect(requests?.docs.what).toContain('leaking Proxy-Authorization headers');
    expect(requests?.docs.useInstead).toBe('requests>=2.31.0');
    expect(rules.find((rule) => rule.id === 'pip-audit/PYSEC-2023-192')?.docs.useInstead).toBe(
      'urllib3>=1.26.17',
    );
  });

  it('reads the report without descriptions (--desc off) and 2.0-2.6 reports without aliases', () => {
    const noDesc = summary(fixture('pip-audit-2.x.no-desc.json'));
    expect(noDesc.places).toEqual(summary(fixture('pip-audit-2.x.json')).places);
    expect(noDesc.rules[1]?.docs.what).toBe(
      'pip-audit reports PYSEC-2023-74 (also CVE-2023-32681, GHSA-j8r2-6x86-q33q) against requests 2.25.1. Fixed in 2.31.0.',
    );
    const old = summary(fixture('pip-audit-2.0-2.6.json'));
    expect(old.places).toEqual(noDesc.places);
    expect(old.findings[1]?.message).toBe(
      'requests 2.25.1 has the known vulnerability PYSEC-2023-74; fixed in 2.31.0. Upgrade requests to 2.31.0 or later.',
    );
  });

  it('reads the pretty-printed DefectDojo report, which has no "fixes" key', () => {
    const requirements = [
      'aiohttp==3.6.2',
      'django==3.2.9',
      'lxml==4.6.4',
      'twisted==18.9.0',
      '',
    ].join('\n');
    const parsed = summary(fixture('pip-audit-2.x.defectdojo.json'), [
      { path: 'requirements.txt', text: requirements, kind: 'requirements' },
    ]);
    expect(parsed.problem).toBeNull();
    expect(parsed.places.map(([id, , line]) => [id, line])).toEqual([
      ['pip-audit/PYSEC-2021-76', 1],
      ['pip-audit/PYSEC-2021-439', 2],
      ['pip-audit/PYSEC-2021-852', 3],
      ['pip-audit/PYSEC-2019-128', 4],
      ['pip-audit/PYSEC-2020-260', 4],
      ['pip-audit/PYSEC-2019-129', 4],
      ['pip-audit/PYSEC-2020-259', 4],
    ]);
    // Several fixed versions: the lowest one above the installed version is the advice.
    expect(parsed.findings[1]?.message).toBe(
      'django 3.2.9 has the known vulnerability PYSEC-2021-439; fixed in 2.2.25, 3.1.14, 3.2.10. Upgrade django to 3.2.10 or later.',
    );
    // No fixed version.
    expect(parsed.findings[2]?.message).toBe(
      'lxml 4.6.4 has the known vulnerability PYSEC-2021-852; no fixed release is known yet. Replace lxml, or accept the risk explicitly with a reason.',
    );
    expect(parsed.notices).toEqual([
      'pip-audit skipped azure-devops (requirements.txt): Dependency not found on PyPI and could not be audited: azure-devops (0.17.0)',
    ]);
  });

  it('reads the 1.x bare-list format from the README', () => {
    const parsed = summary(fixture('pip-audit-1.x.readme.json'), [
      { path: 'requirements.txt', text: '# web\nFlask==0.5\n', kind: 'requirements' },
    ]);
    expect(parsed.places).toEqual([
      ['pip-audit/PYSEC-2019-179', 'requirements.txt', 2, 1, 6],
      ['pip-audit/PYSEC-2018-66', 'requirements.txt', 2, 1, 6],
    ]);
    expect(parsed.findings[1]?.message).toBe(
      'flask 0.5 has the known vulnerability PYSEC-2018-66; fixed in 0.12.3. Upgrade flask to 0.12.3 or later.',
    );
  });

  it('puts a package nobody declares (a transitive dependency) on line 1 and says so', () => {
    const parsed = summary(fixture('pip-audit-2.x.json'), [
      { path: 'requirements.txt', text: 'requests==2.25.1\njinja2==3.1.2\n', kind: 'requirements' },
    ]);
    const urllib3 = parsed.findings.filter((f) => f.ruleId === 'pip-audit/PYSEC-2023-192');
    expect(
      urllib3.map((f) => [f.location.startLine, f.location.startColumn, f.location.endColumn]),
    ).toEqual([[1, 1, 17]]);
    expect(urllib3[0]?.message).toBe(
      'urllib3 1.26.5 has the known vulnerability PYSEC-2023-192 (CVE-2023-43804, GHSA-v845-jxx5-vc9f); fixed in 1.26.17, 2.0.6. urllib3 is not declared in requirements.txt: it is installed as a dependency of another requirement, so upgrade that one or add urllib3>=1.26.17 here.',
    );
  });

  it('does not suggest a pin for a transitive package that has no fixed release', () => {
    const parsed = summary(fixture('pip-audit-2.x.defectdojo.json'), [
      { path: 'requirements.txt', text: 'django==3.2.9\n', kind: 'requirements' },
    ]);
    expect(parsed.findings.find((f) => f.ruleId === 'pip-audit/PYSEC-2021-852')?.message).toBe(
      'lxml 4.6.4 has the known vulnerability PYSEC-2021-852; no fixed release is known yet. lxml is not declared in requirements.txt: it is installed as a dependency of another requirement.',
    );
  });

  it('finds a package in a requirements file the audited one includes', () => {
    const manifests: ManifestFile[] = [
      {
        path: 'requirements/prod.txt',
        text: '-r base.txt\ngunicorn==21.2.0\n',
        kind: 'requirements',
      },
      {
        path: 'requirements/base.txt',
        text: 'certifi==2023.7.22\nrequests==2.25.1\n',
        kind: 'requirements',
      },
    ];
    const parsed = summary(fixture('pip-audit-2.x.json'), manifests);
    expect(parsed.places.filter(([id]) => id === 'pip-audit/PYSEC-2023-74')).toEqual([
      ['pip-audit/PYSEC-2023-74', 'requirements/base.txt', 2, 1, 9],
    ]);
  });

  it('places pyproject.toml dependencies on the dependency string', () => {
    const pyproject = [
      '[project]',
      'name = "shop"',
      'dependencies = [',
      '    "fastapi>=0.110",',
      '    "Requests[socks] >=2.20, <3",',
      ']',
      '',
      '[project.optional-dependencies]',
      'templates = ["jinja2==3.1.2"]',
      '',
    ].join('\n');
    const parsed = summary(fixture('pip-audit-2.x.json'), [
      { path: 'pyproject.toml', text: pyproject, kind: 'pyproject' },
    ]);
    expect(
      parsed.places.filter(
        ([id]) => id === 'pip-audit/PYSEC-2023-74' || id === 'pip-audit/GHSA-h5c8-rqwp-cp95',
      ),
    ).toEqual([
      ['pip-audit/GHSA-h5c8-rqwp-cp95', 'pyproject.toml', 9, 15, 21],
      ['pip-audit/PYSEC-2023-74', 'pyproject.toml', 5, 6, 14],
    ]);
  });

  it('says what is wrong with output that is not a report', () => {
    expect(parsePipAudit('', [manifest]).problem).toBe('pip-audit printed no report');
    expect(parsePipAudit('Traceback (most recent call last):\n  boom', [manifest]).problem).toBe(
      'pip-audit did not print a JSON report',
    );
    expect(parsePipAudit('{"results": []}', [manifest]).problem).toMatch(/not a pip-audit report/);
    expect(parsePipAudit('[{"version": "1.0"}]', [manifest]).problem).toMatch(/unexpected entry/);
    // A warning printed on stdout before the report does not hide it.
    expect(
      readPipAuditReport(
        '[notice] A new release of pip is available\n{"dependencies": [], "fixes": []}',
      ),
    ).toEqual({ ok: true, dependencies: [] });
    expect(readPipAuditReport('WARNING: something\n{"dependencies": [], "fixes": []}')).toEqual({
      ok: true,
      dependencies: [],
    });
  });

  it('refuses vulnerabilities it has no file to place on', () => {
    expect(parsePipAudit(fixture('pip-audit-2.x.json'), []).problem).toMatch(
      /no requirements file or pyproject.toml was found/,
    );
  });
});

describe('pyprojectDeclarations', () => {
  it('reads PEP 621, dependency groups, uv and poetry tables, and skips group includes', () => {
    const text = [
      '[project]',
      'dependencies = [\'httpx==0.27.0\', "pydantic>=2"]  # runtime',
      '[dependency-groups]',
      'test = ["pytest>=8", {include-group = "lint"}]',
      '[tool.uv]',
      'dev-dependencies = [',
      '  "mypy==1.10.0",',
      ']',
      '[tool.poetry.dependencies]',
      'python = "^3.11"',
      'Django = "^4.2"',
      '"flask-cors" = { version = "4.0.0" }',
      '[tool.mypy]',
      'plugins = ["pydantic.mypy"]',
    ].join('\n');
    expect(
      pyprojectDeclarations('pyproject.toml', text).map((d) => [
        d.name,
        d.line,
        d.column,
        d.specifier,
      ]),
    ).toEqual([
      ['httpx', 2, 18, '==0.27.0'],
      ['pydantic', 2, 35, '>=2'],
      ['pytest', 4, 10, '>=8'],
      ['mypy', 7, 4, '==1.10.0'],
      ['django', 11, 1, '^4.2'],
      ['flask-cors', 12, 2, ''],
    ]);
  });
});

describe('argv', () => {
  it('asks for JSON without a spinner, never for flags older versions lack', () => {
    expect(pipAuditRequirementsArgv('requirements/prod.txt')).toEqual([
      '-f',
      'json',
      '--progress-spinner',
      'off',
      '-r',
      'requirements/prod.txt',
    ]);
    expect(pipAuditRequirementsArgv('-odd.txt')).toEqual([
      '-f',
      'json',
      '--progress-spinner',
      'off',
      '-r',
      './-odd.txt',
    ]);
    expect(pipAuditProjectArgv('.')).toEqual(['-f', 'json', '--progress-spinner', 'off', '.']);
    expect(pipAuditProjectArgv('services/api')).toEqual([
      '-f',
      'json',
      '--progress-spinner',
      'off',
      'services/api',
    ]);
  });
});

describe('pipAuditErrorText', () => {
  it("reads pip-audit's own error lines (pypa/pip-audit PR #287) and traceback endings", () => {
    const offline = [
      "ERROR:pip_audit._cli:Could not connect to PyPI's vulnerability feed",
      'ERROR:pip_audit._cli:Tip: your network may be blocking this service. Try another service with `-s SERVICE`',
    ].join('\n');
    expect(pipAuditErrorText(offline)).toBe(
      "Could not connect to PyPI's vulnerability feed Tip: your network may be blocking this service. Try another service with `-s SERVICE`",
    );
    // bnnr-team/bnnr PR #292: a PyPI 5xx ends pip-audit with a traceback.
    const crash = [
      'Traceback (most recent call last):',
      '  File "pip_audit/_service/pypi.py", line 80, in query',
      'requests.exceptions.HTTPError: 503 Server Error: Backend is unhealthy for url: https://pypi.org/pypi/grad-cam/1.5.5/json',
    ].join('\n');
    expect(pipAuditErrorText(crash)).toBe(
      'pip-audit crashed: requests.exceptions.HTTPError: 503 Server Error: Backend is unhealthy for url: https://pypi.org/pypi/grad-cam/1.5.5/json',
    );
    expect(pipAuditErrorText('nothing useful')).toBeNull();
  });
});

describe('pipAuditAdapter', () => {
  let project: Project | undefined;
  afterEach(() => project?.remove());

  it('chooses requirements files and pyproject projects to audit', () => {
    project = makeProject({
      'requirements.txt': 'requests==2.25.1\n',
      'requirements-dev.in': 'pytest\n',
      'requirements-dev.txt': 'pytest==8.0.0\n',
      'requirements/docs.in': 'sphinx\n',
      'constraints.txt': 'urllib3<2\n',
      'requirements-empty.txt': '# nothing\n',
      'pyproject.toml': '[project]\nname = "a"\ndependencies = ["httpx"]\n',
      'tools/pyproject.toml': '[tool.black]\nline-length = 100\n',
      'services/api/pyproject.toml': '[project]\nname = "api"\ndependencies = ["fastapi"]\n',
    });
    const { targets } = auditTargets(project.context.discovery, (file) =>
      readFileSync(file.absolute, 'utf8'),
    );
    expect(targets.map((target) => [target.kind, target.file.path, target.argv.slice(4)])).toEqual([
      ['requirements', 'requirements-dev.txt', ['-r', 'requirements-dev.txt']],
      ['requirements', 'requirements.txt', ['-r', 'requirements.txt']],
      ['requirements', 'requirements/docs.in', ['-r', 'requirements/docs.in']],
      ['pyproject', 'pyproject.toml', ['.']],
      ['pyproject', 'services/api/pyproject.toml', ['services/api']],
    ]);
  });

  it('audits the files the user named instead of discovering them', async () => {
    project = makeProject({
      'requirements.txt': 'requests==2.25.1\n',
      'deploy/prod.txt': 'requests==2.25.1\n',
      'services/api/pyproject.toml': '[project]\nname = "api"\ndependencies = ["fastapi"]\n',
    });
    const { root } = project;
    const chosen = explicitTargets(
      ['deploy/prod.txt', 'services/api', 'services/api/pyproject.toml'],
      root,
      root,
    );
    expect(chosen.problems).toEqual([]);
    expect(
      chosen.targets.map((target) => [target.kind, target.file.path, target.argv.slice(4)]),
    ).toEqual([
      ['requirements', 'deploy/prod.txt', ['-r', 'deploy/prod.txt']],
      ['pyproject', 'services/api/pyproject.toml', ['services/api']],
      ['pyproject', 'services/api/pyproject.toml', ['services/api']],
    ]);
    expect(explicitTargets(['nope.txt', '../elsewhere.txt'], root, root).problems).toEqual([
      'nope.txt does not exist',
      '../elsewhere.txt is outside the checked folder',
    ]);
    const context = {
      ...project.context,
      config: { ...project.context.config, requirements: ['deploy/prod.txt'] },
    };
    await pipAuditAdapter.run(context);
    expect(
      project.requests
        .filter((request) => request.args[0] !== '--version')
        .map((request) => request.args.slice(4)),
    ).toEqual([['-r', 'deploy/prod.txt']]);
    const missing = {
      ...project.context,
      config: { ...project.context.config, requirements: ['nope.txt'] },
    };
    expect(await pipAuditAdapter.run(missing)).toMatchObject({
      status: 'failed',
      reason: 'requirements: nope.txt does not exist',
    });
  });

  it('runs pip-audit per file and treats exit code 1 with a report as findings', async () => {
    project = makeProject({ 'requirements.txt': REQUIREMENTS }, (request) =>
      request.args[0] === '--version'
        ? { stdout: 'pip-audit 2.10.1\n' }
        : {
            exitCode: 1,
            stdout: fixture('pip-audit-2.x.json'),
            stderr: 'Found 4 known vulnerabilities in 3 packages\n',
          },
    );
    const run = await pipAuditAdapter.run(project.context);
    expect(run.status).toBe('ok');
    expect(run.version).toBe('2.10.1');
    expect(run.findings.map((f) => [f.ruleId, f.location.startLine])).toEqual([
      ['pip-audit/GHSA-h5c8-rqwp-cp95', 6],
      ['pip-audit/PYSEC-2023-74', 8],
      ['pip-audit/PYSEC-2023-192', 9],
      ['pip-audit/PYSEC-2023-212', 9],
    ]);
    expect(run.rules).toHaveLength(4);
    const audit = project.requests.find((request) => request.args[0] !== '--version');
    expect(audit).toMatchObject({
      command: 'pip-audit',
      args: ['-f', 'json', '--progress-spinner', 'off', '-r', 'requirements.txt'],
      cwd: project.root,
      timeoutMs: 60_000,
      env: { PIP_NO_INPUT: '1', PIP_DISABLE_PIP_VERSION_CHECK: '1' },
    });
  });

  it('fails with pip-audit’s reason when it exits 1 without a report (no network)', async () => {
    project = makeProject({ 'requirements.txt': 'requests==2.25.1\n' }, (request) =>
      request.args[0] === '--version'
        ? { stdout: 'pip-audit 2.10.1\n' }
        : {
            exitCode: 1,
            stderr: "ERROR:pip_audit._cli:Could not connect to PyPI's vulnerability feed\n",
          },
    );
    const run = await pipAuditAdapter.run(project.context);
    expect(run.status).toBe('failed');
    expect(run.reason).toBe("requirements.txt: Could not connect to PyPI's vulnerability feed");
  });

  it('fails on garbage and on a silent exit', async () => {
    project = makeProject(
      { 'requirements.txt': 'requests==2.25.1\n', 'requirements-dev.txt': 'pytest==8.0.0\n' },
      (request) =>
        request.args.includes('requirements.txt')
          ? { exitCode: 0, stdout: 'Name Version ID\n---- ------- --\n' }
          : { exitCode: 0, stdout: '' },
    );
    const run = await pipAuditAdapter.run(project.context);
    expect(run.status).toBe('failed');
    expect(run.reason).toBe(
      '2 of 2 audits failed: requirements-dev.txt: pip-audit printed no report (exit code 0); requirements.txt: pip-audit did not print a JSON report (exit code 0): Name Version ID ---- ------- --',
    );
  });

  it('reports missing when pip-audit is not installed, skipped when there is nothing to audit', async () => {
    project = makeProject({ 'requirements.txt': 'requests==2.25.1\n' }, () => ({
      missing: true,
      exitCode: null,
    }));
    expect(await pipAuditAdapter.run(project.context)).toMatchObject({
      status: 'missing',
      reason: 'pip-audit is not installed (not found on PATH)',
    });
    project.remove();
    project = makeProject({ 'app.py': 'print(1)\n' });
    expect(await pipAuditAdapter.run(project.context)).toMatchObject({ status: 'skipped' });
    expect(project.requests).toEqual([]);
  });

  it('imports a report and matches packages to the files that declare that version', () => {
    project = makeProject({
      'requirements.txt': '-r requirements/base.txt\n',
      'requirements/base.txt': 'jinja2==3.1.2\nrequests==2.25.1\n',
      'requirements-old.txt': 'requests==2.20.0\n',
      'pyproject.toml': '[project]\nname = "x"\ndependencies = ["urllib3>=1.26"]\n',
    });
    const run = pipAuditAdapter.importReport(fixture('pip-audit-2.x.json'), project.context);
    expect(run.status).toBe('ok');
    expect(run.findings.map((f) => [f.ruleId, f.location.path, f.location.startLine])).toEqual([
      ['pip-audit/GHSA-h5c8-rqwp-cp95', 'requirements/base.txt', 1],
      ['pip-audit/PYSEC-2023-74', 'requirements/base.txt', 2],
      ['pip-audit/PYSEC-2023-192', 'pyproject.toml', 3],
      ['pip-audit/PYSEC-2023-212', 'pyproject.toml', 3],
    ]);
    expect(run.findings[1]?.message).toBe(
      'requests 2.25.1 has the known vulnerability PYSEC-2023-74 (CVE-2023-32681, GHSA-j8r2-6x86-q33q); fixed in 2.31.0. Upgrade requests to 2.31.0 or later. (Imported report, matched by package name to requirements/base.txt.)',
    );
  });

  it('imports: a package no file declares goes on the first manifest; garbage fails', () => {
    project = makeProject({ 'requirements.txt': 'flask==3.0.0\n' });
    const run = pipAuditAdapter.importReport(fixture('pip-audit-2.x.json'), project.context);
    expect(run.findings[0]).toMatchObject({
      location: { path: 'requirements.txt', startLine: 1 },
      message:
        'jinja2 3.1.2 has the known vulnerability GHSA-h5c8-rqwp-cp95 (CVE-2024-22195); fixed in 3.1.3. No requirements file or pyproject.toml that pybp found declares jinja2 3.1.2; the finding is shown on requirements.txt.',
    });
    expect(pipAuditAdapter.importReport('<html>', project.context)).toMatchObject({
      status: 'failed',
      reason:
        'the imported file is not a usable pip-audit JSON report: pip-audit did not print a JSON report',
    });
  });
});
