import type { PatternRule } from '../../rule.js';
import { bareExcept } from './bare-except.js';

export const ERROR_HANDLING_RULES: readonly PatternRule[] = [bareExcept];
