/**
 * How a tool is run: an argv array, never a shell line. Executors differ in where the command
 * runs (this machine's PATH, a virtualenv, the tools container); adapters do not care which.
 */
export interface ExecRequest {
  command: string;
  args: readonly string[];
  cwd: string;
  timeoutMs: number;
  /** Each stream is cut after this many bytes (and the result says so). */
  maxOutputBytes?: number;
  env?: Readonly<Record<string, string>>;
  /** Run at lower CPU priority, so the tool on the critical path keeps its core. */
  lowPriority?: boolean;
}

export interface ExecResult {
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  timedOut: boolean;
  /** The output was longer than the cap and was cut. */
  truncated: boolean;
  /** The command does not exist where the executor looked. */
  missing: boolean;
  /** Spawning failed for another reason. */
  spawnError?: string;
}

export interface Executor {
  readonly name: string;
  run(request: ExecRequest): Promise<ExecResult>;
  /** Releases what it holds (the tools container); a notice when that failed. */
  close?(): Promise<string | null>;
}

export const DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** The first lines of what a failed command printed, for a reason a person can act on. */
export function outputExcerpt(result: ExecResult, lines = 8): string {
  const text = (result.stderr.trim() || result.stdout.trim())
    .split(/\r?\n/)
    .slice(0, lines)
    .join('\n');
  return text.length > 1200 ? `${text.slice(0, 1200)}…` : text;
}

/** Why a run failed, or null when the process ran to its end. */
export function executionProblem(
  result: ExecResult,
  command: string,
  timeoutMs: number,
): string | null {
  if (result.missing) return `${command} is not installed (not found on PATH)`;
  if (result.spawnError) return `${command} could not be started: ${result.spawnError}`;
  if (result.timedOut)
    return `${command} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`;
  if (result.truncated)
    return `${command} printed more than the output limit; its report would be incomplete`;
  if (result.signal) return `${command} was killed by ${result.signal}`;
  return null;
}

/**
 * The same executor, but every command runs at low priority. The pipeline gives it to every tool
 * but the one that takes longest (mypy), whose wall time bounds the whole check.
 */
export function lowPriority(executor: Executor): Executor {
  return {
    name: executor.name,
    run: (request) => executor.run({ ...request, lowPriority: true }),
  };
}

/** The result of a command that could not be run at all (the container would not start, …). */
export function problemResult(reason: string, started: number): ExecResult {
  return {
    exitCode: null,
    signal: null,
    stdout: '',
    stderr: '',
    durationMs: Math.round(performance.now() - started),
    timedOut: false,
    truncated: false,
    missing: false,
    spawnError: reason,
  };
}
