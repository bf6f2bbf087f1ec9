import type { PatternRule } from '../../rule.js';

export const TESTING_RULES: readonly PatternRule[] = [];
