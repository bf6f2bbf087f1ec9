import type { PatternRule } from '../../rule.js';
import { hardcodedSecret } from './hardcoded-secret.js';
import { sqlStringBuilding } from './sql-string-building.js';

export const SECURITY_RULES: readonly PatternRule[] = [hardcodedSecret, sqlStringBuilding];
