import type { PatternRule } from '../rule.js';

export const DEPLOYMENT_RULES: readonly PatternRule[] = [];
