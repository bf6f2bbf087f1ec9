/** The tool adapters, by name. */
import type { ToolName } from '../model.js';
import type { ToolAdapter } from './adapter.js';
import { flake8Adapter } from './flake8.js';

export const TOOL_ADAPTERS: Partial<Record<ToolName, ToolAdapter>> = {
  flake8: flake8Adapter,
};
