/**
 * The rule catalogue: our own rules by id, and what a selector (`PBP2`, `flake8/E5`, `hadolint`)
 * may name. Used by config validation, filtering and `pybp rules`.
 */
import { TOOL_NAMES, type Rule } from '../model.js';
import { PATTERN_RULES, patternRulesById } from '../patterns/registry.js';

export function patternRules(): Rule[] {
  return PATTERN_RULES.map((rule) => rule.meta);
}

export function findPatternRule(id: string): Rule | undefined {
  return patternRulesById().get(id.toUpperCase())?.meta;
}

const TOOL_RULE = /^([a-z0-9-]+)\/([A-Za-z0-9._-]+)$/;

/**
 * True for a tool name (`flake8`), a tool rule or prefix (`flake8/E5`, `mypy/arg-type`), or a
 * pybp id or prefix that names at least one rule (`PBP`, `PBP2`, `PBP201`).
 */
export function isKnownSelector(selector: string): boolean {
  if ((TOOL_NAMES as readonly string[]).includes(selector)) return true;
  const tool = TOOL_RULE.exec(selector);
  if (tool)
    return (TOOL_NAMES as readonly string[]).includes(tool[1] ?? '') && tool[1] !== 'patterns';
  if (/^PBP\d{0,3}$/.test(selector))
    return PATTERN_RULES.some((rule) => rule.meta.id.startsWith(selector));
  return false;
}

/** Whether `selector` picks the rule `ruleId` of `tool`. */
export function selectorMatches(selector: string, tool: string, ruleId: string): boolean {
  if (selector === tool) return true;
  return ruleId === selector || ruleId.startsWith(selector);
}
