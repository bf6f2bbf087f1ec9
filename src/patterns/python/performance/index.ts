import type { PatternRule } from '../../rule.js';
import { addInLoop } from './add-in-loop.js';
import { blockingCallInAsync } from './blocking-call-in-async.js';
import { cacheWithoutExpiry } from './cache-without-expiry.js';
import { engineEcho } from './engine-echo.js';
import { engineNoPrePing } from './engine-no-pre-ping.js';
import { engineNullPool } from './engine-null-pool.js';
import { queryInLoop } from './query-in-loop.js';

export const PERFORMANCE_RULES: readonly PatternRule[] = [
  engineNullPool,
  engineEcho,
  engineNoPrePing,
  queryInLoop,
  addInLoop,
  blockingCallInAsync,
  cacheWithoutExpiry,
];
