/**
 * ## What it does
 * Finds the builtins `eval` and `exec` called on anything but a literal: a variable, an attribute,
 * an f-string or text built from values.
 *
 * ## Why is this bad?
 * Whatever reaches `eval`/`exec` runs as Python with the process's rights: a promotion rule from
 * the database, a formula from a form or a config value becomes a way to read files, open shells
 * and steal secrets. Restricting `globals` (`{"__builtins__": {}}`) does not make it safe; object
 * introspection escapes every such sandbox.
 *
 * Not reported: a literal string (or a name assigned once to one), `ast.literal_eval`, methods
 * that happen to be named `eval` (`model.eval()`, `page.evaluate()`), a module that defines its
 * own `eval`, a code object (a parameter annotated `CodeType`, `code.replace(co_name=…)`), the
 * text of a Python file run as Python (`exec(compile(f.read(), path, "exec"))`, what `import`
 * and `runpy` do), the console of a `code.InteractiveInterpreter` subclass, Python the operator
 * typed (`exec(sys.stdin.read())`, a Django management command's `options["command"]`), and
 * tests.
 */
import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../../model.js';
import type { PythonRule } from '../../rule.js';
import type { PythonFile } from '../python-file.js';
import {
  isBuildScript,
  isConstantText,
  isDefinedInFile,
  isRepositoryFileText,
} from '../semantic/security-values.js';

const meta: Rule = {
  id: 'PBP208',
  name: 'code-injection',
  tool: 'patterns',
  section: 'security',
  level: 'error',
  precision: 'high',
  summary: '`eval`/`exec` runs text that is not a literal.',
  tags: ['security', 'external/cwe/cwe-95'],
  cwe: ['CWE-95', 'CWE-94'],
  securitySeverity: 9.3,
  docs: {
    what: 'Finds the builtins eval() and exec() called on anything but a string literal (or a name assigned once to one). Code objects (a parameter annotated CodeType), running the text of a Python file (exec(compile(f.read(), path, "exec"))), the console of a code.InteractiveInterpreter subclass and Python the operator typed (exec(sys.stdin.read()), a management command’s options["command"]) are left out: their input is Python by design.',
    why: 'Whatever reaches eval or exec runs as Python with the rights of the process: a formula from a form or a rule from the database becomes a way to read files, open a shell and steal secrets. An empty __builtins__ does not sandbox it; introspection escapes it.',
    example: 'discount = eval(promo.rule, {"total": total})\nexec(request.json["script"])',
    useInstead:
      'value = ast.literal_eval(text)  # literals only\nRULES = {"percent": lambda total, n: total * n // 100}\ndiscount = RULES[promo.kind](total, promo.amount)',
  },
};

export const codeInjection: PythonRule = {
  kind: 'python',
  meta,
  // The builtin's own name: `eval(...)`, `exec(...)`, `builtins.eval(...)`.
  anchors: { call: ['eval', 'exec'] },
  create({ file, report }) {
    if (file.isTest || isBuildScript(file)) return {};
    // Whether the module defines its own eval/exec, asked once per name.
    const defined = new Map<string, boolean>();
    const definedHere = (name: string): boolean => {
      let known = defined.get(name);
      if (known === undefined) {
        known = isDefinedInFile(file, name);
        defined.set(name, known);
      }
      return known;
    };
    return {
      call(node) {
        const builtin = builtinCalled(node);
        if (!builtin) return;
        const source = file.positionalArguments(node)[0] ?? file.keywordArgument(node, 'source');
        if (!source || isConstantText(file, source, (value) => isRepositoryFileText(file, value)))
          return;
        if (
          runsSourceFile(file, source) ||
          insideInterpreter(file, node) ||
          operatorTyped(file, source) ||
          isCodeObject(file, source)
        )
          return;
        report({
          at: node,
          message: `${builtin}() runs text that is not a literal as Python; parse the data instead (ast.literal_eval, json, a lookup table of allowed operations).`,
        });
      },
    };

    function builtinCalled(call: Node): string | null {
      const callee = call.childForFieldName('function');
      if (!callee) return null;
      if (callee.type === 'identifier') {
        if (callee.text !== 'eval' && callee.text !== 'exec') return null;
        return definedHere(callee.text) ? null : callee.text;
      }
      if (
        callee.type !== 'attribute' ||
        !/^(eval|exec)$/.test(callee.childForFieldName('attribute')?.text ?? '')
      )
        return null;
      const name = file.qualifiedName(callee);
      return name === 'builtins.eval' || name === 'builtins.exec'
        ? name.slice('builtins.'.length)
        : null;
    }
  },
};

/**
 * `exec(compile(f.read(), filename, "exec"), ns)`, `exec(open(path).read(), g)`: the text of a
 * Python file run as Python, as `import` and `runpy` do (Flask's `config.from_pyfile`, a
 * `PYTHONSTARTUP` file): the file is code by design, not data turned into code.
 */
function runsSourceFile(file: PythonFile, source: Node): boolean {
  let text = file.resolveValue(source);
  if (text?.type === 'call' && file.calleeTail(text) === 'compile')
    text = file.resolveValue(file.positionalArguments(text)[0] ?? null);
  if (text?.type !== 'call' || !/^(read|read_text|read_bytes)$/.test(file.calleeTail(text) ?? ''))
    return false;
  const callee = text.childForFieldName('function');
  const reader = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
  // A file opened from a path here: not an upload's `.read()` (`request.files["f"].read()`).
  return !!reader && (opensPath(file, reader) || openedWith(file, reader));
}

/** `open(path)`, `io.open(path)`, `Path(path)`, `pathlib.Path(path)`. */
function opensPath(file: PythonFile, node: Node | null): boolean {
  const value = file.resolveValue(node);
  return value?.type === 'call' && /^(open|Path)$/.test(file.calleeTail(value) ?? '');
}

/** `with open(path) as f:` around the read, binding the name it reads from. */
function openedWith(file: PythonFile, reader: Node): boolean {
  if (reader.type !== 'identifier') return false;
  for (let current = file.parentOf(reader); current; current = file.parentOf(current)) {
    if (file.typeOf(current) !== 'with_statement') continue;
    for (const item of current.descendantsOfType('as_pattern')) {
      const alias = item?.childForFieldName('alias');
      if (alias?.text === reader.text && opensPath(file, item?.namedChildren[0] ?? null))
        return true;
    }
  }
  return false;
}

/**
 * Python the operator typed: the program's own standard input (`exec(sys.stdin.read())`, like
 * `python -`), or a Django management command's option (`manage.py shell -c "…"`).
 */
function operatorTyped(file: PythonFile, source: Node): boolean {
  const text = file.resolveValue(source)?.text ?? '';
  if (/^sys\.stdin\.read\(\s*\)$/.test(text)) return true;
  return (
    /(^|\/)management\/commands\/[^/]+\.py$/.test(file.path) &&
    /^options(\[\s*["']\w+["']\s*\]|\.get\(\s*["']\w+["']\s*\))$/.test(text)
  );
}

/**
 * A code object, not text: a parameter annotated `CodeType` (Jinja's `Template.from_code`), or a
 * name every assignment of which makes one (`types.CodeType(...)`, `code.replace(co_name=...)`).
 * Text became code where it was compiled, which is not this call.
 */
function isCodeObject(file: PythonFile, source: Node): boolean {
  if (source.type !== 'identifier') return false;
  const name = source.text;
  const parameters = file.enclosingFunction(source)?.childForFieldName('parameters');
  for (const parameter of parameters?.namedChildren ?? []) {
    if (parameter?.type !== 'typed_parameter' && parameter?.type !== 'typed_default_parameter')
      continue;
    const named =
      parameter.childForFieldName('name') ??
      parameter.namedChildren.find((child) => child?.type === 'identifier');
    if (named?.text !== name) continue;
    return /(^|\.)CodeType$/.test(parameter.childForFieldName('type')?.text ?? '');
  }
  const values = file.assignedValuesBefore(name, source);
  return (
    values.length > 0 &&
    values.every((value) => {
      if (value.type !== 'call') return false;
      if (/(^|\.)CodeType$/.test(file.callName(value) ?? '')) return true;
      return (
        file.calleeTail(value) === 'replace' &&
        (value.childForFieldName('arguments')?.namedChildren ?? []).some((argument) =>
          /^co_/.test(argument?.childForFieldName('name')?.text ?? ''),
        )
      );
    })
  );
}

/** `runcode` of a `code.InteractiveInterpreter` subclass: a console whose input is Python by design. */
function insideInterpreter(file: PythonFile, call: Node): boolean {
  const owner = file.enclosing(call, CLASS_TYPES, false);
  const bases = owner?.childForFieldName('superclasses')?.text ?? '';
  return /\bInteractive(Interpreter|Console)\b/.test(bases);
}

const CLASS_TYPES: ReadonlySet<string> = new Set(['class_definition']);
