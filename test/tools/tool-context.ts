/**
 * A throw-away project folder, its discovery and config, and a scripted executor: what tool
 * adapters need to run in a test without the tools.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { resolveConfig, type Config } from '../../src/config.js';
import { discover } from '../../src/discover.js';
import type { ExecRequest, ExecResult } from '../../src/exec/executor.js';
import type { ToolContext } from '../../src/tools/adapter.js';
import { ScriptedExecutor } from './scripted-executor.js';

export { execResult, ScriptedExecutor } from './scripted-executor.js';

export interface Project {
  root: string;
  context: ToolContext;
  requests: ExecRequest[];
  remove(): void;
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
  const config: Config = {
    ...resolveConfig(root, { tools: ['pip-audit', 'hadolint'] }),
    timeoutSeconds: 60,
  };
  const executor = new ScriptedExecutor(respond);
  const discovery = discover({ root, base: root, exclude: [], extendExclude: [] });
  return {
    root,
    context: { config, discovery, executor },
    requests: executor.requests,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
