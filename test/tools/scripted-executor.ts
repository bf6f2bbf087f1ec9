/** An executor that answers from a script and remembers what it was asked: no processes. */
import type { ExecRequest, ExecResult, Executor } from '../../src/exec/executor.js';

export function execResult(partial: Partial<ExecResult> = {}): ExecResult {
  return {
    exitCode: 0,
    signal: null,
    stdout: '',
    stderr: '',
    durationMs: 1,
    timedOut: false,
    truncated: false,
    missing: false,
    ...partial,
  };
}

/** Answers each request with `respond` and remembers it. */
export class ScriptedExecutor implements Executor {
  readonly name = 'scripted';
  readonly requests: ExecRequest[] = [];

  constructor(private readonly respond: (request: ExecRequest) => Partial<ExecResult>) {}

  async run(request: ExecRequest): Promise<ExecResult> {
    this.requests.push(request);
    return execResult(this.respond(request));
  }
}
