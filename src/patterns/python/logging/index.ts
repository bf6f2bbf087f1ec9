import type { PatternRule } from '../../rule.js';
import { eagerLogFormat } from './eager-log-format.js';
import { errorLogWithoutTraceback } from './error-log-without-traceback.js';
import { printForLogging } from './print-for-logging.js';
import { secretInLog } from './secret-in-log.js';

export const LOGGING_RULES: readonly PatternRule[] = [
  printForLogging,
  eagerLogFormat,
  errorLogWithoutTraceback,
  secretInLog,
];
