/**
 * A tool adapter: how to call the tool (argv), how to ask its version, and how to read what it
 * printed — `parse` is a pure function over the output, tested on real recorded output.
 */
import type { Config } from '../config.js';
import type { DependencyToolContext } from '../deps/dependency-context.js';
import type { Discovery } from '../discover.js';
import type { Executor } from '../exec/executor.js';
import type { ToolName, ToolRun } from '../model.js';

export interface ToolContext {
  config: Config;
  discovery: Discovery;
  executor: Executor;
  /** The project's installed dependencies, for mypy (a promise: the other tools do not wait). */
  dependencies?: DependencyToolContext['dependencies'];
}

export interface ToolAdapter {
  name: Exclude<ToolName, 'patterns'>;
  /** Runs the tool on the discovered files; never throws, a failure is a `failed` ToolRun. */
  run(context: ToolContext): Promise<ToolRun>;
  /** Reads a report the tool wrote elsewhere (`--import TOOL=FILE`). */
  importReport(text: string, context: ToolContext): ToolRun;
}

/** A ToolRun for a tool that did not produce a usable report. */
export function failedRun(
  tool: ToolName,
  reason: string,
  version: string | null = null,
  durationMs = 0,
): ToolRun {
  return { tool, version, status: 'failed', durationMs, findings: [], reason };
}

/** The first version-looking token of `tool --version`'s output. */
export function parseVersion(output: string): string | null {
  const match = /(\d+\.\d+(?:\.\d+)?(?:[.-]?(?:a|b|rc|dev|post)\d*)?)/.exec(output);
  return match?.[1] ?? null;
}

/** `TOOL --version`: whether the tool is there at all, and which version it is. */
export async function askVersion(
  executor: Executor,
  command: string,
  cwd: string,
): Promise<{ missing: boolean; version: string | null }> {
  const result = await executor.run({ command, args: ['--version'], cwd, timeoutMs: 60_000 });
  return { missing: result.missing, version: parseVersion(result.stdout) };
}
