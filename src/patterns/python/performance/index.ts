import type { PatternRule } from '../../rule.js';

export const PERFORMANCE_RULES: readonly PatternRule[] = [];
