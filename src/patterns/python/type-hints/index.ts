import type { PatternRule } from '../../rule.js';
import { missingAnnotations } from './missing-annotations.js';
import { pydanticV1Validator } from './pydantic-v1-validator.js';

export const TYPE_HINT_RULES: readonly PatternRule[] = [missingAnnotations, pydanticV1Validator];
