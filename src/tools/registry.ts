/** The tool adapters, by name. */
import type { ToolName } from '../model.js';
import type { ToolAdapter } from './adapter.js';
import { blackAdapter } from './black.js';
import { flake8Adapter } from './flake8.js';
import { hadolintAdapter } from './hadolint.js';
import { mypyAdapter } from './mypy.js';
import { pipAuditAdapter } from './pip-audit.js';

export const TOOL_ADAPTERS: Partial<Record<ToolName, ToolAdapter>> = {
  mypy: mypyAdapter,
  black: blackAdapter,
  flake8: flake8Adapter,
  'pip-audit': pipAuditAdapter,
  hadolint: hadolintAdapter,
};
