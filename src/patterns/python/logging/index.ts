import type { PatternRule } from '../../rule.js';

export const LOGGING_RULES: readonly PatternRule[] = [];
