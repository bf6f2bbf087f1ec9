import { describe, expect, it } from 'vitest';
import { DockerExecutor } from '../../src/exec/docker.js';
import { LocalExecutor } from '../../src/exec/local.js';
import {
  chooseRunner,
  closeExecutor,
  createExecutor,
  defaultCacheDir,
  isOnPath,
  RunnerError,
  toolsToRun,
  type ExternalTool,
  type RunnerProbe,
  type RunnerRequest,
} from '../../src/exec/select.js';
import { VenvExecutor } from '../../src/exec/venv.js';

const ALL: ExternalTool[] = ['mypy', 'black', 'flake8', 'pip-audit', 'hadolint'];

function probe(
  onPath: readonly string[],
  docker: true | string,
): RunnerProbe & { dockerAsked: number } {
  const result = {
    dockerAsked: 0,
    onPath: (command: string) => onPath.includes(command),
    docker: async () => {
      result.dockerAsked++;
      return docker;
    },
  };
  return result;
}

function request(partial: Partial<RunnerRequest>): RunnerRequest {
  return {
    runner: 'auto',
    tools: ALL,
    toolsChosen: false,
    env: {},
    probe: probe(ALL, true),
    ...partial,
  };
}

describe('chooseRunner: auto', () => {
  it('runs locally when every tool is on PATH, without asking Docker', async () => {
    const p = probe(ALL, true);
    expect(await chooseRunner(request({ probe: p }))).toEqual({
      runner: 'local',
      why: 'runner auto: every tool is on PATH',
      notices: [],
    });
    expect(p.dockerAsked).toBe(0);
  });

  it('runs locally inside the tools image, whatever PATH says', async () => {
    const p = probe([], true);
    expect((await chooseRunner(request({ probe: p, env: { PYBP_IN_IMAGE: '1' } }))).runner).toBe(
      'local',
    );
    expect(p.dockerAsked).toBe(0);
  });

  it('runs locally when there is nothing to run (only patterns, or imported reports)', async () => {
    expect(await chooseRunner(request({ tools: [], probe: probe([], 'no docker') }))).toMatchObject(
      { runner: 'local' },
    );
    expect(
      toolsToRun({ tools: ['mypy', 'hadolint', 'patterns'], imports: [{ tool: 'hadolint' }] }),
    ).toEqual(['mypy']);
  });

  it('uses the tools image when a tool is missing and Docker answers', async () => {
    expect(
      await chooseRunner(request({ probe: probe(['black', 'flake8', 'mypy'], true) })),
    ).toEqual({
      runner: 'docker',
      why: 'runner auto: pip-audit and hadolint are not on PATH, so every tool runs in the tools image',
      notices: [],
    });
  });

  it('falls back to PATH with a notice when the tools were not chosen by name', async () => {
    const choice = await chooseRunner(
      request({
        probe: probe(['black', 'flake8', 'mypy', 'pip-audit'], 'docker is not installed'),
      }),
    );
    expect(choice.runner).toBe('local');
    expect(choice.notices).toEqual([
      'hadolint is not on PATH and Docker is not available (docker is not installed), so it is reported missing. To run them: install them on PATH and use runner local, use runner docker on a machine with a Docker daemon (every tool), or leave them out of tools.',
    ]);
  });

  it('fails with the missing tools and the runners that would work when the tools were chosen', async () => {
    const attempt = chooseRunner(
      request({
        toolsChosen: true,
        probe: probe(['black'], 'the Docker daemon is not reachable (Cannot connect)'),
      }),
    );
    await expect(attempt).rejects.toThrow(RunnerError);
    await expect(attempt).rejects.toThrow(
      'runner auto: mypy, flake8, pip-audit and hadolint are not on PATH and Docker is not available (the Docker daemon is not reachable (Cannot connect)). To run them: install them on PATH and use runner local, use runner docker on a machine with a Docker daemon (every tool), use runner venv (mypy, flake8 and pip-audit from a cached virtualenv; needs Python 3.10+ and PyPI; hadolint must still be on PATH), or leave them out of tools.',
    );
  });
});

describe('chooseRunner: explicit runners', () => {
  it('takes local and venv as said, and checks Docker for docker', async () => {
    expect((await chooseRunner(request({ runner: 'local', probe: probe([], 'x') }))).runner).toBe(
      'local',
    );
    expect((await chooseRunner(request({ runner: 'venv', probe: probe([], 'x') }))).runner).toBe(
      'venv',
    );
    expect((await chooseRunner(request({ runner: 'docker' }))).runner).toBe('docker');
    await expect(
      chooseRunner(request({ runner: 'docker', probe: probe(ALL, 'docker is not installed') })),
    ).rejects.toThrow(
      'runner docker: docker is not installed; use runner local (tools on PATH) or venv instead',
    );
  });
});

describe('isOnPath', () => {
  it('looks through PATH on POSIX and through PATH with PATHEXT on Windows', () => {
    const files = new Set(['/usr/local/bin/black', 'C:\\Tools\\hadolint.EXE']);
    const exists = (path: string) => files.has(path);
    expect(isOnPath('black', { PATH: '/usr/bin:/usr/local/bin' }, 'linux', exists)).toBe(true);
    expect(isOnPath('mypy', { PATH: '/usr/bin:/usr/local/bin' }, 'linux', exists)).toBe(false);
    expect(
      isOnPath(
        'hadolint',
        { Path: 'C:\\Windows;C:\\Tools', PATHEXT: '.COM;.EXE' },
        'win32',
        exists,
      ),
    ).toBe(true);
    expect(isOnPath('black', {}, 'linux', exists)).toBe(false);
  });

  it('finds a real executable on this machine', () => {
    expect(isOnPath('node', { PATH: process.env['PATH'] }, process.platform)).toBe(true);
    expect(
      isOnPath('surely-not-a-command-pybp', { PATH: process.env['PATH'] }, process.platform),
    ).toBe(false);
  });
});

describe('executors', () => {
  it('creates the executor of the chosen runner; only the docker one has something to close', async () => {
    const setup = {
      image: 'img:1',
      hostRoot: '/repo',
      cacheDir: '/home/me/.cache/pybp',
      platform: 'linux' as const,
    };
    const local = createExecutor({ ...setup, choice: { runner: 'local', why: '', notices: [] } });
    expect(local).toBeInstanceOf(LocalExecutor);
    expect(await closeExecutor(local)).toBeNull();
    expect(
      createExecutor({ ...setup, choice: { runner: 'venv', why: '', notices: [] } }),
    ).toBeInstanceOf(VenvExecutor);
    const docker = createExecutor({ ...setup, choice: { runner: 'docker', why: '', notices: [] } });
    expect(docker).toBeInstanceOf(DockerExecutor);
    expect(await closeExecutor(docker)).toBeNull();
  });

  it('keeps caches where each platform keeps them', () => {
    expect(defaultCacheDir({}, 'linux', '/home/me')).toBe('/home/me/.cache/pybp');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/var/cache/me' }, 'linux', '/home/me')).toBe(
      '/var/cache/me/pybp',
    );
    expect(defaultCacheDir({}, 'darwin', '/Users/me')).toBe('/Users/me/Library/Caches/pybp');
    expect(
      defaultCacheDir({ LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' }, 'win32', 'C:\\Users\\me'),
    ).toBe('C:\\Users\\me\\AppData\\Local\\pybp\\Cache');
  });
});
