import { describe, expect, it } from 'vitest';
import {
  containerRootFor,
  DockerExecutor,
  dockerAvailability,
  mountSpec,
} from '../../src/exec/docker.js';
import type { ExecRequest, ExecResult } from '../../src/exec/executor.js';
import { execResult, ScriptedExecutor } from '../tools/scripted-executor.js';

const ROOT = '/home/runner/work/shop/shop';
const IMAGE = 'ghcr.io/pybp-action/pybp-action:v1';

/** A host that answers `docker run` with a container id and everything else with `respond`. */
function fakeHost(respond: (request: ExecRequest) => Partial<ExecResult> = () => ({})) {
  return new ScriptedExecutor((request) =>
    request.args[0] === 'run' ? { stdout: 'c0ffee\n' } : respond(request),
  );
}

function executor(
  host: ScriptedExecutor,
  extra: Partial<ConstructorParameters<typeof DockerExecutor>[0]> = {},
) {
  return new DockerExecutor({
    image: IMAGE,
    hostRoot: ROOT,
    host,
    platform: 'linux',
    containerName: 'pybp-test',
    user: '1001:118',
    ...extra,
  });
}

const flake8 = (cwd = ROOT): ExecRequest => ({
  command: 'flake8',
  args: ['--format=x', 'app/main.py'],
  cwd,
  timeoutMs: 600_000,
});

describe('DockerExecutor argv', () => {
  it('starts one hardened container with the repository read-only at its own path', async () => {
    const host = fakeHost();
    const docker = executor(host);
    await docker.run(flake8());
    expect(host.requests[0]).toMatchObject({ command: 'docker', cwd: ROOT, timeoutMs: 600_000 });
    expect(host.requests[0]?.args).toEqual([
      'run',
      '--detach',
      '--rm',
      '--init',
      '--name',
      'pybp-test',
      '--label',
      'pybp-action.check=1',
      '--cap-drop=ALL',
      '--security-opt=no-new-privileges',
      '--user',
      '1001:118',
      '--mount',
      `type=bind,source=${ROOT},target=${ROOT},readonly`,
      '--env',
      'XDG_CACHE_HOME=/tmp/pybp-cache',
      '--env',
      'MYPY_CACHE_DIR=/tmp/pybp-cache/mypy',
      '--env',
      'HOME=/tmp',
      '--env',
      'PYTHONDONTWRITEBYTECODE=1',
      '--workdir',
      ROOT,
      '--entrypoint',
      'sleep',
      IMAGE,
      '21600',
    ]);
  });

  it('runs each tool with docker exec under timeout, in the translated working folder, with its environment', async () => {
    const host = fakeHost();
    const docker = executor(host);
    await docker.run({
      command: 'pip-audit',
      args: ['-r', 'requirements.txt'],
      cwd: `${ROOT}/services/api`,
      timeoutMs: 90_500,
      env: { PIP_NO_INPUT: '1' },
    });
    expect(host.requests[1]).toMatchObject({ command: 'docker', timeoutMs: 105_500 });
    expect(host.requests[1]?.args).toEqual([
      'exec',
      '--workdir',
      `${ROOT}/services/api`,
      '--env',
      'PIP_NO_INPUT=1',
      'pybp-test',
      'timeout',
      '--kill-after=5s',
      '91s',
      'pip-audit',
      '-r',
      'requirements.txt',
    ]);
  });

  it('mounts at /src where the host path cannot be used, and translates paths both ways', async () => {
    const host = fakeHost(() => ({
      stdout: '--- /src/app/main.py\t2026-11-27\n+++ /src/app/main.py\n x = "/srcfoo" /src\n',
      stderr: 'would reformat /src/app/main.py\n',
    }));
    const docker = executor(host, { hostRoot: '/opt/checkout', cacheDir: null });
    expect(docker.containerRoot).toBe('/src');
    const result = await docker.run({
      command: 'black',
      args: [
        '--check',
        '/opt/checkout/app/main.py',
        '--config=/opt/checkout/pyproject.toml',
        '/etc/passwd',
        'rel.py',
      ],
      cwd: '/opt/checkout',
      timeoutMs: 1000,
    });
    expect(host.requests[0]?.args).toContain('type=bind,source=/opt/checkout,target=/src,readonly');
    expect(host.requests[1]?.args.slice(-5)).toEqual([
      '--check',
      '/src/app/main.py',
      '--config=/src/pyproject.toml',
      '/etc/passwd',
      'rel.py',
    ]);
    expect(result.stdout).toBe(
      '--- /opt/checkout/app/main.py\t2026-11-27\n+++ /opt/checkout/app/main.py\n x = "/srcfoo" /opt/checkout\n',
    );
    expect(result.stderr).toBe('would reformat /opt/checkout/app/main.py\n');
  });

  it('uses /src for Windows hosts and CSV-quotes mount fields that hold commas', async () => {
    const host = fakeHost();
    const docker = new DockerExecutor({
      image: IMAGE,
      hostRoot: 'C:\\work\\shop',
      host,
      platform: 'win32',
      containerName: 'pybp-w',
      cacheDir: null,
    });
    await docker.run({
      command: 'flake8',
      args: ['C:\\work\\shop\\app\\x.py'],
      cwd: 'C:\\work\\shop\\app',
      timeoutMs: 1000,
    });
    expect(host.requests[0]?.args).toContain(
      'type=bind,source=C:\\work\\shop,target=/src,readonly',
    );
    expect(host.requests[1]?.args).toEqual([
      'exec',
      '--workdir',
      '/src/app',
      'pybp-w',
      'timeout',
      '--kill-after=5s',
      '1s',
      'flake8',
      '/src/app/x.py',
    ]);
    expect(mountSpec('/a,b/"c"', '/src', false)).toBe('type=bind,"source=/a,b/""c""",target=/src');
    expect(containerRootFor('/usr/lib/python3.11', 'linux')).toBe('/src');
    expect(containerRootFor('/home/me/my repo', 'linux')).toBe('/src');
    expect(containerRootFor('/home/me/repo', 'darwin')).toBe('/home/me/repo');
  });

  it('refuses a working folder outside the mounted folder', async () => {
    const host = fakeHost();
    const result = await executor(host).run(flake8('/home/runner/work/other'));
    expect(result.spawnError).toBe(
      `cannot run in /home/runner/work/other: it is outside the folder mounted into the container (${ROOT})`,
    );
    expect(host.requests).toEqual([]);
  });
});

describe('DockerExecutor results', () => {
  it('reads timeouts, missing tools and a vanished container from the exec result', async () => {
    const answers: Array<Partial<ExecResult>> = [
      { exitCode: 124, durationMs: 1200 },
      {
        exitCode: 127,
        stderr: "timeout: failed to run command 'hadolint': No such file or directory\n",
      },
      { exitCode: 1, stderr: 'Error response from daemon: container c0ffee is not running\n' },
      { exitCode: 1, stdout: '[]' },
      { missing: true, exitCode: null },
    ];
    const host = fakeHost(() => answers.shift() ?? {});
    const docker = executor(host);
    expect(await docker.run(flake8())).toMatchObject({ timedOut: true, exitCode: 124 });
    expect(await docker.run(flake8())).toMatchObject({ missing: true });
    expect((await docker.run(flake8())).spawnError).toBe(
      'the tools container could not run flake8: Error response from daemon: container c0ffee is not running',
    );
    expect(await docker.run(flake8())).toMatchObject({
      exitCode: 1,
      stdout: '[]',
      timedOut: false,
      missing: false,
    });
    expect(await docker.run(flake8())).toMatchObject({
      missing: false,
      spawnError: 'docker is not installed (not found on PATH)',
    });
  });

  it('starts the container once for tools running at the same time', async () => {
    let release: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (release = resolve));
    const requests: ExecRequest[] = [];
    const host = {
      name: 'gated',
      async run(request: ExecRequest): Promise<ExecResult> {
        requests.push(request);
        if (request.args[0] === 'run') await started;
        return execResult();
      },
    };
    const docker = new DockerExecutor({
      image: IMAGE,
      hostRoot: ROOT,
      host,
      platform: 'linux',
      containerName: 'pybp-c',
    });
    const runs = [
      docker.run(flake8()),
      docker.run({ ...flake8(), command: 'black' }),
      docker.run({ ...flake8(), command: 'mypy' }),
    ];
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(requests.map((request) => request.args[0])).toEqual(['run']);
    release();
    await Promise.all(runs);
    expect(requests.map((request) => request.args[0])).toEqual(['run', 'exec', 'exec', 'exec']);
  });

  it('fails every run with the reason when the container does not start, and still cleans up', async () => {
    const host = new ScriptedExecutor((request) =>
      request.args[0] === 'run'
        ? {
            exitCode: 125,
            stderr:
              'Unable to find image locally\ndocker: Error response from daemon: manifest unknown.\n',
          }
        : { exitCode: 1, stderr: 'Error: No such container: pybp-test\n' },
    );
    const docker = executor(host);
    const first = await docker.run(flake8());
    const second = await docker.run(flake8());
    expect(first.spawnError).toBe(
      `the tools container (${IMAGE}) did not start (exit code 125): Unable to find image locally docker: Error response from daemon: manifest unknown.`,
    );
    expect(second.spawnError).toBe(first.spawnError);
    expect(await docker.close()).toBeNull();
    expect(host.requests.map((request) => request.args.slice(0, 3))).toEqual([
      ['run', '--detach', '--rm'],
      ['rm', '--force', 'pybp-test'],
    ]);
  });

  it('says when docker itself is missing, and then has nothing to remove', async () => {
    const host = new ScriptedExecutor(() => ({ missing: true, exitCode: null }));
    const docker = executor(host);
    expect((await docker.run(flake8())).spawnError).toBe(
      'docker is not installed (not found on PATH); the docker runner needs it',
    );
    expect(await docker.close()).toBeNull();
    expect(host.requests.map((request) => request.args[0])).toEqual(['run']);
  });
});

describe('DockerExecutor.close', () => {
  it('removes the container once, and refuses runs afterwards', async () => {
    const host = fakeHost();
    const docker = executor(host);
    await docker.run(flake8());
    const [a, b] = await Promise.all([docker.close(), docker.close()]);
    expect([a, b]).toEqual([null, null]);
    expect(
      host.requests.filter((request) => request.args[0] === 'rm').map((request) => request.args),
    ).toEqual([['rm', '--force', 'pybp-test']]);
    expect((await docker.run(flake8())).spawnError).toBe(
      'the tools container was already removed (the check is over)',
    );
  });

  it('does nothing when no tool ever ran', async () => {
    const host = fakeHost();
    expect(await executor(host).close()).toBeNull();
    expect(host.requests).toEqual([]);
  });

  it('waits for a start in progress (a cancelled check), removes the container, and stops queued runs', async () => {
    let release: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (release = resolve));
    const requests: ExecRequest[] = [];
    const host = {
      name: 'gated',
      async run(request: ExecRequest): Promise<ExecResult> {
        requests.push(request);
        if (request.args[0] === 'run') await started;
        return execResult();
      },
    };
    const docker = new DockerExecutor({
      image: IMAGE,
      hostRoot: ROOT,
      host,
      platform: 'linux',
      containerName: 'pybp-x',
    });
    const pending = docker.run(flake8());
    const closing = docker.close();
    release();
    expect(await closing).toBeNull();
    expect((await pending).spawnError).toBe('the tools container was removed while the check ran');
    expect(requests.map((request) => request.args.slice(0, 2))).toEqual([
      ['run', '--detach'],
      ['rm', '--force'],
    ]);
  });

  it('reports a container it could not remove', async () => {
    const host = fakeHost((request) =>
      request.args[0] === 'rm'
        ? { exitCode: 1, stderr: 'Cannot connect to the Docker daemon\n' }
        : {},
    );
    const docker = executor(host);
    await docker.run(flake8());
    expect(await docker.close()).toBe(
      'could not remove the tools container pybp-test: Cannot connect to the Docker daemon; remove it with `docker rm --force pybp-test`',
    );
  });
});

describe('dockerAvailability', () => {
  it('asks `docker version` for the server and explains a missing daemon', async () => {
    const ok = new ScriptedExecutor(() => ({ stdout: '27.3.1\n' }));
    expect(await dockerAvailability(ok)).toBe(true);
    expect(ok.requests[0]?.args).toEqual(['version', '--format', '{{.Server.Version}}']);
    const noDaemon = new ScriptedExecutor(() => ({
      exitCode: 1,
      stdout: '',
      stderr:
        'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n',
    }));
    expect(await dockerAvailability(noDaemon)).toBe(
      'the Docker daemon is not reachable (Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?)',
    );
    expect(await dockerAvailability(new ScriptedExecutor(() => ({ missing: true })))).toBe(
      'docker is not installed',
    );
  });
});
