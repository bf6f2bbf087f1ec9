import type { PatternRule } from '../../rule.js';

export const TYPE_HINT_RULES: readonly PatternRule[] = [];
