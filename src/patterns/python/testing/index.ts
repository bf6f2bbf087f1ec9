import type { PatternRule } from '../../rule.js';
import { asyncTestNotRun } from './async-test-not-run.js';
import { noTests } from './no-tests.js';
import { testWithoutAssertion } from './test-without-assertion.js';

export const TESTING_RULES: readonly PatternRule[] = [
  noTests,
  testWithoutAssertion,
  asyncTestNotRun,
];
