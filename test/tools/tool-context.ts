/**
 * A throw-away project folder, its discovery and config, and a scripted executor: what tool
 * adapters need to run in a test without the tools.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { resolveConfig, type Config } from '../../src/config.js';
import { discover } from '../../src/discover.js';
import type { ExecRequest, ExecResult, Executor } from '../../src/exec/executor.js';
import type { ToolContext } from '../../src/tools/adapter.js';

export interface Project {
  root: string;
  context: ToolContext;
  requests: ExecRequest[];
  remove(): void;
}

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

export function makeProject(
  files: Record<string, string>,
  respond: (request: ExecRequest) => Partial<ExecResult> = () => ({}),
): Project {
  const root = mkdtempSync(join(tmpdir(), 'pybp-tool-'));
  // A .git entry makes the folder its own repository base.
  mkdirSync(join(root, '.git'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const config: Config = { ...resolveConfig(root, { tools: ['pip-audit', 'hadolint'] }), timeoutSeconds: 60 };
  const executor = new ScriptedExecutor(respond);
  const discovery = discover({ root, base: root, exclude: [], extendExclude: [] });
  return {
    root,
    context: { config, discovery, executor },
    requests: executor.requests,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
