/**
 * ## What it does
 * Finds deserializers that can build arbitrary objects: `pickle.load`/`loads`/`Unpickler` (and
 * `cPickle`, `_pickle`, `dill`, `cloudpickle`, `jsonpickle.decode`, `pandas.read_pickle`),
 * `marshal.load`/`loads`, `yaml.load`/`load_all` without a safe `Loader`, and
 * `yaml.unsafe_load`/`unsafe_load_all`.
 *
 * ## Why is this bad?
 * Unpickling runs code chosen by whoever wrote the bytes: a pickle is a small program, not data.
 * A cache, queue or upload that an attacker can write to (a shared Redis, a cookie, a model file
 * from the internet) becomes remote code execution. PyYAML's full `Loader` can call any Python
 * function through `!!python/object` tags.
 *
 * Not reported: `yaml.safe_load`, `yaml.load(..., Loader=SafeLoader/CSafeLoader/BaseLoader)` (also
 * through an alias or a subclass), `FullLoader`/`full_load` (no arbitrary calls since PyYAML 5.4),
 * a `Loader` we cannot resolve, restricted `pickle.Unpickler` subclasses, and tests.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import { importedCallName, importedName } from '../semantic/security-values.js';

const meta: Rule = {
  id: 'PBP209',
  name: 'unsafe-deserialization',
  tool: 'patterns',
  section: 'security',
  level: 'error',
  precision: 'high',
  summary: 'Data is deserialized with pickle, marshal or an unsafe YAML loader.',
  tags: ['security', 'external/cwe/cwe-502'],
  cwe: ['CWE-502'],
  securitySeverity: 9.1,
  docs: {
    what: 'Finds pickle.load/loads/Unpickler (and cPickle, dill, cloudpickle, jsonpickle, pandas.read_pickle), marshal.load/loads, yaml.load without a safe Loader, and yaml.unsafe_load.',
    why: 'A pickle is a program, not data: unpickling runs code chosen by whoever wrote the bytes. A cache, queue, cookie or upload an attacker can write to becomes remote code execution. PyYAML’s full Loader can call any Python function through !!python tags.',
    example:
      'value = pickle.loads(redis_client.get(key))\nconfig = yaml.load(stream, Loader=yaml.Loader)',
    useInstead: 'value = json.loads(redis_client.get(key))\nconfig = yaml.safe_load(stream)',
  },
};

/** The modules whose functions are checked. */
const DESERIALIZERS = [
  'pickle',
  'cPickle',
  '_pickle',
  'dill',
  'cloudpickle',
  'marshal',
  'jsonpickle',
  'pandas',
  'yaml',
];
const PICKLE_MODULES = '(pickle|cPickle|_pickle|dill|cloudpickle|dill\\._dill)';
const PICKLE_CALL = new RegExp(`^${PICKLE_MODULES}\\.(load|loads|Unpickler)$`);
const OTHER_UNSAFE =
  /^(marshal\.(load|loads)|jsonpickle\.(decode|loads|unpickler\.decode)|pandas\.read_pickle|yaml\.(unsafe_load|unsafe_load_all))$/;
const YAML_LOAD = /^yaml\.(load|load_all)$/;
const SAFE_LOADER = /Safe|BaseLoader|FullLoader/;
const UNSAFE_LOADER = /^yaml\.(\w+\.)?(C?Loader|C?UnsafeLoader)$/;

export const unsafeDeserialization: PythonRule = {
  kind: 'python',
  meta,
  anchors: {
    // The module that starts the name (`pickle.loads`, `yaml.load`), or pandas' function's own
    // name; names imported from them anchor as the module (`from pickle import loads as unpickle`).
    call: [...DESERIALIZERS.filter((module) => module !== 'pandas'), 'read_pickle'],
  },
  create({ file, report: reportAlways }) {
    // Every name checked resolves through the imports.
    if (file.isTest || !DESERIALIZERS.some((module) => file.importsModule(module))) return {};
    // The libraries named in the text; asked only once a finding is in hand (a scan of every
    // file costs more than the anchors).
    let mentioned: boolean | undefined;
    const report: typeof reportAlways = (finding) => {
      mentioned ??= /pickle|marshal|yaml/i.test(file.text);
      if (mentioned) reportAlways(finding);
    };
    return {
      call(node) {
        const name = importedCallName(file, node);
        if (!name) return;
        if (PICKLE_CALL.test(name) || OTHER_UNSAFE.test(name)) {
          report({
            at: node,
            message: `${name}() runs code chosen by whoever wrote the data; use JSON (or another data-only format) for anything that crosses a process boundary.`,
          });
          return;
        }
        if (!YAML_LOAD.test(name)) return;
        const loader =
          file.keywordArgument(node, 'Loader') ?? file.positionalArguments(node)[1] ?? null;
        if (!loader) {
          if (
            node
              .childForFieldName('arguments')
              ?.namedChildren.some((arg) => arg?.type === 'dictionary_splat')
          )
            return;
          report({
            at: node,
            message: `${name}() without a Loader uses an unsafe loader in older PyYAML; use yaml.safe_load().`,
          });
          return;
        }
        if (isUnsafeLoader(file, loader)) {
          report({
            at: node,
            message: `${name}() with ${loader.text} can build any Python object from the document; use yaml.safe_load() or Loader=yaml.SafeLoader.`,
          });
        }
      },
    };
  },
};

/** Known unsafe (`yaml.Loader`, `yaml.UnsafeLoader`, a subclass of them); unknown loaders are not guessed. */
function isUnsafeLoader(file: PythonFile, loader: Node, depth = 0): boolean {
  if (depth > 3) return false;
  const value = file.resolveValue(loader) ?? loader;
  const name = importedName(file, value);
  if (name) return !SAFE_LOADER.test(name) && UNSAFE_LOADER.test(name);
  if (value.type !== 'identifier') return false;
  // A loader class defined here: unsafe when it extends an unsafe one.
  const definition = classNamed(file, value.text);
  const bases = definition?.childForFieldName('superclasses')?.namedChildren ?? [];
  return bases.some(
    (base) =>
      base !== null && base.type !== 'keyword_argument' && isUnsafeLoader(file, base, depth + 1),
  );
}

/**
 * The first class defined as `name` in the file: found from the text (every place the name is
 * spelled) and confirmed in the tree, not by a search through every node.
 */
function classNamed(file: PythonFile, name: string): Node | null {
  // A name lost to a syntax error has no text to look for.
  if (!name)
    return (
      file.root
        .descendantsOfType('class_definition')
        .find((candidate) => candidate?.childForFieldName('name')?.text === name) ?? null
    );
  for (const leaf of file.spelled(name)) {
    if (file.typeOf(leaf) !== 'identifier') continue;
    const holder = file.parentOf(leaf);
    if (
      holder &&
      file.typeOf(holder) === 'class_definition' &&
      holder.childForFieldName('name')?.id === leaf.id
    )
      return holder;
  }
  return null;
}
