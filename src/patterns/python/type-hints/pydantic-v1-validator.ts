/**
 * ## What it does
 * Finds `@validator` / `@root_validator` imported from `pydantic` in a module that is otherwise
 * written for pydantic 2 (it imports `field_validator`, `model_validator`, `ConfigDict`,
 * `computed_field`, `TypeAdapter`, … or uses `model_config`, `model_dump`, `model_validate`).
 *
 * ## Why is this bad?
 * `validator` and `root_validator` are the pydantic 1 API: deprecated in pydantic 2 (a warning
 * on every import), slated for removal, and subtly different (`each_item`, `always`, `values`
 * instead of `ValidationInfo`). Mixed into v2 models they are the part that breaks on upgrade.
 *
 * Not reported: modules with no sign of pydantic 2 (a pydantic 1 code base), and
 * `from pydantic.v1 import validator`, the supported way to keep v1 models on pydantic 2.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import type { PythonFile } from '../python-file.js';

const meta: Rule = {
  id: 'PBP402',
  name: 'pydantic-v1-validator',
  tool: 'patterns',
  section: 'type-hints',
  level: 'note',
  precision: 'high',
  summary: 'A pydantic 1 `@validator`/`@root_validator` is used in pydantic 2 code.',
  docs: {
    what: 'Finds @validator/@root_validator imported from pydantic in a module written for pydantic 2 (field_validator, model_validator, ConfigDict, model_config, model_dump, …).',
    why: 'validator and root_validator are the pydantic 1 API: deprecated in pydantic 2 with a warning, slated for removal, and with different semantics (values dict, each_item, always). They are what breaks on the next upgrade.',
    example:
      'class OrderIn(BaseModel):\n    model_config = ConfigDict(str_strip_whitespace=True)\n\n    @validator("promo_code")\n    def normalise_code(cls, v):\n        return v.upper()',
    useInstead:
      'class OrderIn(BaseModel):\n    model_config = ConfigDict(str_strip_whitespace=True)\n\n    @field_validator("promo_code")\n    @classmethod\n    def normalise_code(cls, v: str | None) -> str | None:\n        return v.upper() if v else v',
  },
};

const V1_DECORATORS: Record<string, string> = {
  'pydantic.validator': 'field_validator',
  'pydantic.class_validators.validator': 'field_validator',
  'pydantic.root_validator': 'model_validator',
  'pydantic.class_validators.root_validator': 'model_validator',
};

const V2_NAMES = new Set([
  'field_validator',
  'model_validator',
  'field_serializer',
  'model_serializer',
  'computed_field',
  'ConfigDict',
  'TypeAdapter',
  'RootModel',
  'ValidationInfo',
  'AliasChoices',
  'AliasPath',
  'BeforeValidator',
  'AfterValidator',
  'WrapValidator',
  'PlainValidator',
  'PlainSerializer',
  'validate_call',
  'with_config',
]);
const V2_USAGE =
  /\bmodel_config\s*=|\.model_(dump|dump_json|validate|validate_json|json_schema|copy|fields)\b/;

const perFile = new WeakMap<PythonFile, boolean>();

function isPydantic2Module(file: PythonFile): boolean {
  const known = perFile.get(file);
  if (known !== undefined) return known;
  let v2 = V2_USAGE.test(file.text) || file.importsModule('pydantic_settings');
  if (!v2) {
    for (const qualified of file.imports().values()) {
      const [head, name] = [
        qualified.slice(0, qualified.lastIndexOf('.')),
        qualified.slice(qualified.lastIndexOf('.') + 1),
      ];
      if (head === 'pydantic' && V2_NAMES.has(name)) v2 = true;
    }
  }
  perFile.set(file, v2);
  return v2;
}

export const pydanticV1Validator: PythonRule = {
  kind: 'python',
  meta,
  // The decorator's last name (`validator` in `@pydantic.validator(...)`; a name imported under
  // another anchors as `validator` too).
  anchors: { decorator: ['validator', 'root_validator'] },
  create({ file, report }) {
    // The module's imports are read only when its text names pydantic.
    if (!file.text.includes('pydantic') || !file.importsModule('pydantic')) return {};
    return {
      decorator(node) {
        const expression = node.namedChildren.find((child) => child?.type !== 'comment') ?? null;
        const target: Node | null | undefined =
          expression?.type === 'call' ? expression.childForFieldName('function') : expression;
        const name = file.qualifiedName(target ?? null);
        const instead = name ? V1_DECORATORS[name] : undefined;
        if (!instead || !isPydantic2Module(file)) return;
        const short = name?.split('.').pop() ?? 'validator';
        report({
          at: node,
          message: `@${short} is the pydantic 1 API, deprecated in pydantic 2 which this module already uses; use @${instead}${instead === 'field_validator' ? ' (with @classmethod)' : '(mode=...)'} instead.`,
        });
      },
    };
  },
};
