/**
 * Every pattern rule, by id. Each section keeps its own index of rule files; adding a rule means
 * adding its file and one line in that section's index.
 */
import { DEPENDENCY_RULES } from './deps/index.js';
import { DEPLOYMENT_RULES } from './dockerfile/index.js';
import { META_RULES } from './meta-rules.js';
import { PARSE_ERROR_RULE } from './parse-error.js';
import { ERROR_HANDLING_RULES } from './python/error-handling/index.js';
import { LOGGING_RULES } from './python/logging/index.js';
import { PERFORMANCE_RULES } from './python/performance/index.js';
import { SECURITY_RULES } from './python/security/index.js';
import { TESTING_RULES } from './python/testing/index.js';
import { TYPE_HINT_RULES } from './python/type-hints/index.js';
import type { PatternRule } from './rule.js';
import { dockerFlaskDebug } from './dockerfile/flask-debug.js';

// Reported by the engine (PBP000) and by the suppression list (PBP001, PBP002), not by a check
// of their own; listed so that selectors, levels and the docs know them.
const REPORTED_ELSEWHERE: PatternRule[] = [PARSE_ERROR_RULE, ...META_RULES].map((meta) => ({
  kind: 'project',
  meta,
  check: () => undefined,
}));

export const PATTERN_RULES: readonly PatternRule[] = [
  ...REPORTED_ELSEWHERE,
  ...PERFORMANCE_RULES,
  ...SECURITY_RULES,
  ...TESTING_RULES,
  ...TYPE_HINT_RULES,
  ...LOGGING_RULES,
  ...ERROR_HANDLING_RULES,
  ...DEPLOYMENT_RULES,
  ...DEPENDENCY_RULES,
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));

/**
 * More checks for a rule that already has its main one: PBP207 (debug enabled) is found in Python
 * and in Dockerfiles, by two check objects under one id, one set of docs.
 */
const MORE_CHECKS: readonly PatternRule[] = [dockerFlaskDebug];

let byId: Map<string, PatternRule> | undefined;
let partsById: Map<string, PatternRule[]> | undefined;

/** The main check object of each rule id (its metadata and kind). */
export function patternRulesById(): Map<string, PatternRule> {
  return (byId ??= new Map(PATTERN_RULES.map((rule) => [rule.meta.id, rule])));
}

/** Every check object behind a rule id: the main one first. */
export function patternRuleParts(id: string): PatternRule[] {
  partsById ??= (() => {
    const parts = new Map(PATTERN_RULES.map((rule) => [rule.meta.id, [rule]]));
    for (const extra of MORE_CHECKS) parts.get(extra.meta.id)?.push(extra);
    return parts;
  })();
  return partsById.get(id) ?? [];
}
