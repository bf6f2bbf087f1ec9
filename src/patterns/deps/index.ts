import type { PatternRule } from '../rule.js';

export const DEPENDENCY_RULES: readonly PatternRule[] = [];
