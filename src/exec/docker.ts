/**
 * Runs the tools in the tools image: one container per check, started on the first tool run
 * (`docker run --detach … --entrypoint sleep IMAGE 21600`), each tool a `docker exec` into it,
 * and the container removed by `close()` — which the caller must call in a `finally`, also when
 * the check failed or was cancelled.
 *
 * The checked repository is mounted read-only. On Linux and macOS it is mounted at its own path,
 * so every path a tool prints is already a host path; where that cannot be (Windows paths, or a
 * folder that would hide the image's own files), it is mounted at `/src` and paths are
 * translated both ways. Tools write their caches to `/cache` (a host folder when one is given).
 *
 * A tool that overruns its time is killed inside the container by coreutils `timeout` (the
 * `docker exec` client dying would leave it running); the client itself is killed a little later
 * as a last resort. Only argv arrays: the docker CLI is run by the host executor, never a shell.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { isAbsolute, posix, win32 } from 'node:path';
import {
  DEFAULT_MAX_OUTPUT_BYTES,
  problemResult,
  type ExecRequest,
  type ExecResult,
  type Executor,
} from './executor.js';
import { LocalExecutor } from './local.js';
import { escapeRegExp } from '../escape.js';

export const CONTAINER_SOURCE = '/src';
export const CONTAINER_CACHE = '/cache';

/** Folders of the image a repository must not be mounted over. */
const IMAGE_FOLDERS = [
  '/bin',
  '/boot',
  '/dev',
  '/etc',
  '/lib',
  '/lib32',
  '/lib64',
  '/opt',
  '/proc',
  '/root',
  '/run',
  '/sbin',
  '/sys',
  '/tmp',
  '/usr',
  '/var',
  CONTAINER_CACHE,
];

/** Extra time the `docker exec` client gets after the tool's own limit. */
const CLIENT_GRACE_MS = 15_000;
const DEFAULT_LIFETIME_SECONDS = 6 * 60 * 60;
/** Pulling the image may take a while on a cold runner. */
const DEFAULT_START_TIMEOUT_MS = 10 * 60_000;

export interface DockerExecutorOptions {
  image: string;
  /** The host folder mounted read-only: the repository root, so configs above the checked folder are seen. */
  hostRoot: string;
  /** A host folder for tool caches, mounted read-write at /cache; none means caches die with the container. */
  cacheDir?: string | null;
  /** Runs the docker CLI (tests pass a fake); default: this machine's PATH. */
  host?: Executor;
  /** `docker`, or a compatible CLI such as `podman`. */
  dockerCommand?: string;
  /** `uid:gid` to run as, so files in the cache folder stay the host user's; default: the image's user. */
  user?: string | null;
  platform?: NodeJS.Platform;
  /** Default `pybp-<12 hex digits>`. */
  containerName?: string;
  startTimeoutMs?: number;
  /**
   * The container stops (and `--rm` removes it) after this long even if nobody calls `close()`:
   * a killed pybp process, or a start that timed out while the daemon went on, leaves nothing
   * running for ever. Default 6 hours, GitHub's longest job.
   */
  lifetimeSeconds?: number;
}

type StartState = { ok: true } | { ok: false; reason: string; mayExist: boolean };

export class DockerExecutor implements Executor {
  readonly name = 'docker';
  readonly containerName: string;
  readonly containerRoot: string;
  private readonly host: Executor;
  private readonly docker: string;
  private readonly hostRoot: string;
  private readonly platform: NodeJS.Platform;
  private start: Promise<StartState> | null = null;
  private closing: Promise<string | null> | null = null;

  constructor(private readonly options: DockerExecutorOptions) {
    this.host = options.host ?? new LocalExecutor();
    this.docker = options.dockerCommand ?? 'docker';
    this.platform = options.platform ?? process.platform;
    this.hostRoot =
      this.platform === 'win32' ? win32.resolve(options.hostRoot) : posix.resolve(options.hostRoot);
    this.containerRoot = containerRootFor(this.hostRoot, this.platform);
    this.containerName = options.containerName ?? `pybp-${randomBytes(6).toString('hex')}`;
  }

  /**
   * The cache folder as the container sees it: the /cache mount, or a folder that dies with the
   * container. Tool caches and the project's dependency environments (src/deps/install.ts) go here.
   */
  get containerCacheDir(): string {
    return this.options.cacheDir ? CONTAINER_CACHE : '/tmp/pybp-cache';
  }

  /** `docker run` for the container every tool runs in. */
  startArgv(): string[] {
    const cache = this.containerCacheDir;
    return [
      'run',
      '--detach',
      '--rm',
      '--init',
      '--name',
      this.containerName,
      '--label',
      'pybp-action.check=1',
      '--cap-drop=ALL',
      '--security-opt=no-new-privileges',
      ...(this.options.user ? ['--user', this.options.user] : []),
      '--mount',
      mountSpec(this.hostRoot, this.containerRoot, true),
      ...(this.options.cacheDir
        ? ['--mount', mountSpec(this.options.cacheDir, CONTAINER_CACHE, false)]
        : []),
      '--env',
      `XDG_CACHE_HOME=${cache}`,
      '--env',
      `MYPY_CACHE_DIR=${cache}/mypy`,
      '--env',
      'HOME=/tmp',
      '--env',
      'PYTHONDONTWRITEBYTECODE=1',
      '--workdir',
      this.containerRoot,
      '--entrypoint',
      'sleep',
      this.options.image,
      String(this.options.lifetimeSeconds ?? DEFAULT_LIFETIME_SECONDS),
    ];
  }

  /** `docker exec` for one tool run, or a reason it cannot run. */
  execArgv(request: ExecRequest): string[] | { problem: string } {
    const cwd = this.toContainer(request.cwd);
    if (cwd === null)
      return {
        problem: `cannot run in ${request.cwd}: it is outside the folder mounted into the container (${this.hostRoot})`,
      };
    const seconds = Math.max(1, Math.ceil(request.timeoutMs / 1000));
    const env = Object.entries(request.env ?? {}).flatMap(([key, value]) => [
      '--env',
      `${key}=${value}`,
    ]);
    return [
      'exec',
      '--workdir',
      cwd,
      ...env,
      this.containerName,
      // TERM at the limit, KILL 5 s later; exit status 124 (or 137) says it timed out.
      'timeout',
      '--kill-after=5s',
      `${seconds}s`,
      request.command,
      ...request.args.map((arg) => this.translateArgument(arg)),
    ];
  }

  async run(request: ExecRequest): Promise<ExecResult> {
    const started = performance.now();
    if (this.closing)
      return problemResult('the tools container was already removed (the check is over)', started);
    const argv = this.execArgv(request);
    if (!Array.isArray(argv)) return problemResult(argv.problem, started);
    const state = await this.ensureStarted();
    if (!state.ok) return problemResult(state.reason, started);
    if (this.closing)
      return problemResult('the tools container was removed while the check ran', started);
    const result = await this.host.run({
      command: this.docker,
      args: argv,
      cwd: this.options.hostRoot,
      timeoutMs: request.timeoutMs + CLIENT_GRACE_MS,
      maxOutputBytes: request.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES,
    });
    return this.interpret(result, request);
  }

  /** Removes the container (also when a tool or the start failed); a notice when that failed. */
  close(): Promise<string | null> {
    if (!this.closing) this.closing = this.remove();
    return this.closing;
  }

  private async remove(): Promise<string | null> {
    if (!this.start) return null;
    const state = await this.start;
    if (!state.ok && !state.mayExist) return null;
    const result = await this.host.run({
      command: this.docker,
      args: ['rm', '--force', this.containerName],
      cwd: this.options.hostRoot,
      timeoutMs: 60_000,
    });
    if (
      result.exitCode === 0 ||
      /No such container|removal of container .* is already in progress/i.test(result.stderr)
    )
      return null;
    const said = (result.stderr.trim() || result.spawnError || '').split(/\r?\n/)[0];
    return `could not remove the tools container ${this.containerName}${said ? `: ${said}` : ''}; remove it with \`docker rm --force ${this.containerName}\``;
  }

  private ensureStarted(): Promise<StartState> {
    if (!this.start) this.start = this.startContainer();
    return this.start;
  }

  private async startContainer(): Promise<StartState> {
    const image = this.options.image;
    if (this.options.cacheDir) {
      try {
        // `--mount` refuses a source folder that does not exist.
        mkdirSync(this.options.cacheDir, { recursive: true });
      } catch (error) {
        const reason = `cannot create the cache folder ${this.options.cacheDir}: ${(error as Error).message}`;
        return { ok: false, reason, mayExist: false };
      }
    }
    const startTimeoutMs = this.options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
    const result = await this.host.run({
      command: this.docker,
      args: this.startArgv(),
      cwd: this.options.hostRoot,
      timeoutMs: startTimeoutMs,
    });
    if (result.missing) {
      const reason = `${this.docker} is not installed (not found on PATH); the docker runner needs it`;
      return { ok: false, reason, mayExist: false };
    }
    if (result.spawnError) {
      const reason = `${this.docker} could not be started: ${result.spawnError}`;
      return { ok: false, reason, mayExist: false };
    }
    if (result.timedOut) {
      // The daemon may go on pulling and start the container after all: close() removes it.
      const reason = `the tools container (${image}) did not start within ${Math.round(startTimeoutMs / 1000)} s`;
      return { ok: false, reason, mayExist: true };
    }
    if (result.exitCode !== 0) {
      const said = result.stderr.trim().split(/\r?\n/).slice(-3).join(' ').slice(0, 600);
      const reason = `the tools container (${image}) did not start (exit code ${result.exitCode})${said ? `: ${said}` : ''}`;
      return { ok: false, reason, mayExist: true };
    }
    return { ok: true };
  }

  private interpret(result: ExecResult, request: ExecRequest): ExecResult {
    const mapped: ExecResult = {
      ...result,
      stdout: this.toHostText(result.stdout),
      stderr: this.toHostText(result.stderr),
    };
    if (result.missing)
      return {
        ...mapped,
        missing: false,
        spawnError: `${this.docker} is not installed (not found on PATH)`,
      };
    if (result.timedOut || result.truncated || result.spawnError) return mapped;
    const code = result.exitCode;
    // coreutils timeout: 124 when the limit was reached, 137 when it had to KILL as well.
    if (code === 124 || (code === 137 && result.durationMs >= request.timeoutMs))
      return { ...mapped, timedOut: true };
    if (
      code === 127 &&
      /timeout: failed to run command|executable file not found/i.test(result.stderr)
    )
      return { ...mapped, missing: true };
    if (
      (code === 125 || code === 1 || code === 126) &&
      /Error response from daemon|No such container|is not running|OCI runtime exec failed/i.test(
        result.stderr,
      )
    ) {
      const said = result.stderr.trim().split(/\r?\n/)[0] ?? '';
      return {
        ...mapped,
        spawnError: `the tools container could not run ${request.command}: ${said}`,
      };
    }
    return mapped;
  }

  /** A host path inside the mounted folder, as the container sees it; null outside it. */
  toContainer(hostPath: string): string | null {
    const path = this.platform === 'win32' ? win32 : posix;
    const rel = path.relative(this.hostRoot, path.resolve(this.hostRoot, hostPath));
    if (rel === '') return this.containerRoot;
    if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return null;
    return posix.join(this.containerRoot, rel.split(path.sep).join('/'));
  }

  private translateArgument(arg: string): string {
    if (this.containerRoot === this.hostRoot) return arg;
    const option = /^(--?[A-Za-z0-9][\w-]*=)(.+)$/.exec(arg);
    const [prefix, value] = option ? [option[1] ?? '', option[2] ?? ''] : ['', arg];
    if (!isHostAbsolute(value, this.platform)) return arg;
    const inside = this.toContainer(value);
    return inside === null ? arg : `${prefix}${inside}`;
  }

  /** Container paths in a tool's output back to host paths (only when they differ). */
  private toHostText(text: string): string {
    if (this.containerRoot === this.hostRoot || !text.includes(this.containerRoot)) return text;
    const pattern = new RegExp(
      `(?<![\\w./-])${escapeRegExp(this.containerRoot)}(?=/|$|[\\s"':,)\\]])`,
      'gm',
    );
    const hostRoot =
      this.platform === 'win32' ? this.hostRoot.split('\\').join('/') : this.hostRoot;
    return text.replace(pattern, hostRoot);
  }
}

/**
 * Where the repository appears in the container: its own path on a POSIX host (no translation
 * at all), `/src` for Windows paths and for paths that would hide the image's folders.
 */
export function containerRootFor(hostRoot: string, platform: NodeJS.Platform): string {
  if (platform === 'win32') return CONTAINER_SOURCE;
  const root = posix.resolve(hostRoot);
  if (root === '/' || /[\s:,"'\\]/.test(root)) return CONTAINER_SOURCE;
  if (IMAGE_FOLDERS.some((folder) => root === folder || root.startsWith(`${folder}/`)))
    return CONTAINER_SOURCE;
  return root;
}

/** `--mount` value; fields holding a comma or quote are CSV-quoted, as docker parses them. */
export function mountSpec(source: string, target: string, readonly: boolean): string {
  const field = (text: string): string =>
    /[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  return [
    'type=bind',
    field(`source=${source}`),
    field(`target=${target}`),
    ...(readonly ? ['readonly'] : []),
  ].join(',');
}

/** `docker version` answers when a daemon is reachable; the reason when not. */
export async function dockerAvailability(
  host: Executor,
  dockerCommand = 'docker',
  cwd = '.',
): Promise<true | string> {
  const result = await host.run({
    command: dockerCommand,
    args: ['version', '--format', '{{.Server.Version}}'],
    cwd,
    timeoutMs: 20_000,
  });
  if (result.missing) return `${dockerCommand} is not installed`;
  if (result.spawnError) return `${dockerCommand} could not be started: ${result.spawnError}`;
  if (result.timedOut) return `${dockerCommand} version did not answer within 20 s`;
  if (result.exitCode !== 0) {
    const said =
      result.stderr
        .trim()
        .split(/\r?\n/)
        .find((line) => line.trim()) ?? `exit code ${result.exitCode}`;
    return `the Docker daemon is not reachable (${said.trim()})`;
  }
  return true;
}

/** `uid:gid` of this process on POSIX hosts, so the container writes cache files as the host user. */
export function hostUser(): string | null {
  return typeof process.getuid === 'function' && typeof process.getgid === 'function'
    ? `${process.getuid()}:${process.getgid()}`
    : null;
}

function isHostAbsolute(path: string, platform: NodeJS.Platform): boolean {
  return platform === 'win32'
    ? win32.isAbsolute(path) && /^[A-Za-z]:|^\\\\/.test(path)
    : isAbsolute(path);
}
