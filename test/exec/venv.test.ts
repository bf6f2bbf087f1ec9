import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExecRequest, ExecResult } from '../../src/exec/executor.js';
import { TOOL_REQUIREMENTS, venvKey, VenvExecutor, venvPythonPath } from '../../src/exec/venv.js';
import { ScriptedExecutor } from '../tools/scripted-executor.js';

let cache: string | undefined;
afterEach(() => {
  if (cache) rmSync(cache, { recursive: true, force: true });
  cache = undefined;
});

/** A host where `python3` is 3.12.7, `-m venv` makes the folder, and pip succeeds (or says `pipFails`). */
function fakeHost(options: { version?: string; pipFails?: string } = {}) {
  return new ScriptedExecutor((request: ExecRequest): Partial<ExecResult> => {
    if (request.args[0] === '-c') return { stdout: `${options.version ?? '3.12.7'}\n` };
    if (request.args[0] === '-m' && request.args[1] === 'venv') {
      mkdirSync(join(request.args[2] ?? '', 'bin'), { recursive: true });
      writeFileSync(join(request.args[2] ?? '', 'bin', 'python'), '');
      return {};
    }
    if (request.args[1] === 'pip')
      return options.pipFails
        ? { exitCode: 1, stderr: options.pipFails }
        : { stdout: 'Successfully installed mypy-2.1.0\n' };
    return { stdout: 'ran\n' };
  });
}

describe('VenvExecutor', () => {
  it('pins the same tools as the tools image', () => {
    const file = readFileSync(
      join(import.meta.dirname, '..', '..', 'docker', 'requirements-tools.txt'),
      'utf8',
    );
    expect(file).toBe(TOOL_REQUIREMENTS);
    expect(TOOL_REQUIREMENTS).toMatch(/^mypy==\d+\.\d+\.\d+$/m);
    expect(TOOL_REQUIREMENTS).toMatch(/^pip-audit==\d+\.\d+\.\d+$/m);
  });

  it('builds the virtualenv once, in a folder keyed by pins and Python version, and runs tools as modules', async () => {
    cache = mkdtempSync(join(tmpdir(), 'pybp-venv-'));
    const host = fakeHost();
    const venv = new VenvExecutor({ cacheDir: cache, host, platform: 'linux' });
    const dir = join(cache, `tools-${venvKey(TOOL_REQUIREMENTS, '3.12.7', 'linux')}`);
    await Promise.all([
      venv.run({
        command: 'pip-audit',
        args: ['-r', 'requirements.txt'],
        cwd: '/repo',
        timeoutMs: 1000,
      }),
      venv.run({ command: 'mypy', args: ['.'], cwd: '/repo', timeoutMs: 1000 }),
    ]);
    const [probe, create, install, ...runs] = host.requests;
    expect(probe?.command).toBe('python3');
    expect(create?.args.slice(0, 2)).toEqual(['-m', 'venv']);
    expect(install?.args.slice(0, 5)).toEqual([
      '-m',
      'pip',
      'install',
      '--disable-pip-version-check',
      '--no-input',
    ]);
    expect(runs.map((request) => [request.command, request.args])).toEqual([
      [`${dir}/bin/python`, ['-m', 'pip_audit', '-r', 'requirements.txt']],
      [`${dir}/bin/python`, ['-m', 'mypy', '.']],
    ]);
    expect(existsSync(join(dir, '.pybp-complete'))).toBe(true);
    expect(readdirSync(cache)).toEqual([`tools-${venvKey(TOOL_REQUIREMENTS, '3.12.7', 'linux')}`]);

    // A second executor finds it in the cache.
    const again = fakeHost();
    await new VenvExecutor({ cacheDir: cache, host: again, platform: 'linux' }).run({
      command: 'black',
      args: ['--check', '.'],
      cwd: '/repo',
      timeoutMs: 1000,
    });
    expect(again.requests.map((request) => request.args.slice(0, 2))).toEqual([
      ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'],
      ['-m', 'black'],
    ]);
  });

  it('runs other commands (hadolint) from PATH', async () => {
    cache = mkdtempSync(join(tmpdir(), 'pybp-venv-'));
    const host = fakeHost();
    await new VenvExecutor({ cacheDir: cache, host }).run({
      command: 'hadolint',
      args: ['Dockerfile'],
      cwd: '/repo',
      timeoutMs: 1000,
    });
    expect(host.requests.map((request) => request.command)).toEqual(['hadolint']);
  });

  it('fails every tool run with the reason when Python is too old or pip cannot install, leaving no half-built folder', async () => {
    cache = mkdtempSync(join(tmpdir(), 'pybp-venv-'));
    const old = await new VenvExecutor({
      cacheDir: cache,
      host: fakeHost({ version: '3.8.10' }),
    }).run({ command: 'mypy', args: [], cwd: '/repo', timeoutMs: 1000 });
    expect(old.spawnError).toBe('python3 is Python 3.8.10; the pinned tools need 3.10 or newer');
    const offline = await new VenvExecutor({
      cacheDir: cache,
      host: fakeHost({
        pipFails: 'ERROR: Could not find a version that satisfies the requirement mypy==2.1.0\n',
      }),
    }).run({
      command: 'mypy',
      args: [],
      cwd: '/repo',
      timeoutMs: 1000,
    });
    expect(offline.spawnError).toBe(
      'could not install the pinned tools into the virtualenv (is PyPI reachable?): ERROR: Could not find a version that satisfies the requirement mypy==2.1.0',
    );
    expect(readdirSync(cache)).toEqual([]);
    const noPython = await new VenvExecutor({
      cacheDir: cache,
      host: new ScriptedExecutor(() => ({ missing: true, exitCode: null })),
    }).run({ command: 'black', args: [], cwd: '/repo', timeoutMs: 1000 });
    expect(noPython.spawnError).toBe(
      'python3 is not on PATH; the venv runner needs Python 3.10 or newer',
    );
  });

  it('knows where a virtualenv keeps its Python on each platform', () => {
    expect(venvPythonPath('/c/tools-x', 'linux')).toBe('/c/tools-x/bin/python');
    expect(venvPythonPath('/c/tools-x', 'darwin')).toBe('/c/tools-x/bin/python');
    expect(venvPythonPath('C:\\c\\tools-x', 'win32')).toBe('C:\\c\\tools-x\\Scripts\\python.exe');
    expect(venvKey('a', '3.12.7', 'linux')).not.toBe(venvKey('a', '3.13.0', 'linux'));
    expect(venvKey('a', '3.12.7', 'linux')).not.toBe(venvKey('b', '3.12.7', 'linux'));
  });
});
