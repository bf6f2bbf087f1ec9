import type { PatternRule } from '../../rule.js';
import { bareExcept } from './bare-except.js';
import { errorDetailLeak } from './error-detail-leak.js';
import { httpWithoutTimeout } from './http-without-timeout.js';
import { raiseWithoutFrom } from './raise-without-from.js';
import { swallowedException } from './swallowed-exception.js';

export const ERROR_HANDLING_RULES: readonly PatternRule[] = [
  bareExcept,
  swallowedException,
  raiseWithoutFrom,
  errorDetailLeak,
  httpWithoutTimeout,
];
