/**
 * Function signatures for the type-hint rules (PBP401): which parameters carry no annotation,
 * whether a function is a method, and whether it is part of a module's public API.
 */
import type { Node } from 'web-tree-sitter';
import type { PythonFile } from '../python-file.js';
import { decoratorsOf } from './testing-functions.js';

export interface UnannotatedParameter {
  name: string;
  node: Node;
}

/** The function's parameters that have no annotation, skipping `self`/`cls` of a method. */
export function unannotatedParameters(file: PythonFile, fn: Node): UnannotatedParameter[] {
  const parameters = fn.childForFieldName('parameters')?.namedChildren ?? [];
  const firstName = parameters.find(
    (p) => p?.type === 'identifier' || p?.type === 'default_parameter',
  );
  const skipFirst = isMethod(file, fn)
    ? !(file.isDecorated(fn) && hasDecorator(file, fn, /^(staticmethod|builtins\.staticmethod)$/))
    : // A function written to become a method (`def walk(self):`, assigned into a class later).
      firstName?.type === 'identifier' && SELF_NAMES.has(firstName.text);
  const missing: UnannotatedParameter[] = [];
  let first = true;
  for (const parameter of parameters) {
    if (!parameter || parameter.type === 'comment') continue;
    if (parameter.type === 'positional_separator' || parameter.type === 'keyword_separator')
      continue;
    const isFirst = first;
    first = false;
    if (isFirst && skipFirst) continue;
    switch (parameter.type) {
      case 'identifier':
        missing.push({ name: parameter.text, node: parameter });
        break;
      case 'default_parameter':
        missing.push({
          name: parameter.childForFieldName('name')?.text ?? parameter.text,
          node: parameter,
        });
        break;
      case 'list_splat_pattern':
      case 'dictionary_splat_pattern':
        missing.push({ name: parameter.text, node: parameter });
        break;
      default:
        // typed_parameter, typed_default_parameter
        break;
    }
  }
  return missing;
}

/** Defined in a class body. */
export function isMethod(file: PythonFile, fn: Node): boolean {
  return owningClass(file, fn) !== null;
}

const SELF_NAMES = new Set(['self', 'cls', 'mcs', 'mcls', 'metacls']);
/** The class a method is defined in (directly, or under an `if`/`try` of its body), or null. */
export function owningClass(file: PythonFile, fn: Node): Node | null {
  // The innermost definition around the function: a class (its body, or a block inside it) owns
  // it; a function around it makes it nested, not a method. No parent walks: see definitionsAround.
  const around = file.definitionsAround(fn)[0];
  return around?.type === 'class_definition' ? around : null;
}

/** A decorator (by qualified name, call or not) matching `pattern`. */
export function hasDecorator(file: PythonFile, fn: Node, pattern: RegExp): boolean {
  return decoratorsOf(fn).some((decorator) => {
    const target = decorator.type === 'call' ? decorator.childForFieldName('function') : decorator;
    return pattern.test(file.qualifiedName(target) ?? target?.text ?? '');
  });
}

/** `_name` but not `__dunder__`. */
export function isPrivateName(name: string): boolean {
  return name.startsWith('_') && !(name.startsWith('__') && name.endsWith('__') && name.length > 4);
}

/**
 * Part of the public API: not nested in a function, a public name in a public class, in a
 * module whose own path has no private segment (`_internal.py`, `_impl/`).
 */
export function isPublicFunction(file: PythonFile, fn: Node): boolean {
  const name = fn.childForFieldName('name')?.text ?? '';
  if (!name || isPrivateName(name)) return false;
  for (const current of file.definitionsAround(fn)) {
    if (current.type === 'function_definition' || current.type === 'lambda') return false;
    if (
      current.type === 'class_definition' &&
      isPrivateName(current.childForFieldName('name')?.text ?? '')
    )
      return false;
  }
  return !file.path.split('/').some((segment) => isPrivateName(segment.replace(/\.py$/, '')));
}

/**
 * The implementation under `@overload` stubs of the same name (its signature is the overloads'),
 * or a property's setter/deleter (its type is the getter's).
 */
export function isCoveredElsewhere(file: PythonFile, fn: Node): boolean {
  const name = fn.childForFieldName('name')?.text ?? '';
  // Setters and overloads are rare: look for them only in a module whose text has them.
  const mentions = textMentions(file);
  if (!mentions.accessors && !mentions.overload) return false;
  const decorated = file.isDecorated(fn);
  if (
    mentions.accessors &&
    decorated &&
    hasDecorator(file, fn, new RegExp(`^${escape(name)}\\.(setter|deleter)$`))
  )
    return true;
  if (!mentions.overload) return false;
  if (decorated && hasDecorator(file, fn, /(^|\.)overload$/)) return false;
  const holder = fn.parent?.type === 'decorated_definition' ? fn.parent : fn;
  for (let sibling = holder.previousNamedSibling; sibling; sibling = sibling.previousNamedSibling) {
    const definition =
      sibling.type === 'decorated_definition' ? sibling.childForFieldName('definition') : sibling;
    if (
      definition?.type !== 'function_definition' ||
      definition.childForFieldName('name')?.text !== name
    )
      continue;
    if (hasDecorator(file, definition, /(^|\.)overload$/)) return true;
  }
  return false;
}

const MENTIONS = new WeakMap<PythonFile, { accessors: boolean; overload: boolean }>();

function textMentions(file: PythonFile): { accessors: boolean; overload: boolean } {
  let mentions = MENTIONS.get(file);
  if (!mentions) {
    mentions = {
      accessors: /\.(setter|deleter)\b/.test(file.text),
      overload: file.text.includes('overload'),
    };
    MENTIONS.set(file, mentions);
  }
  return mentions;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
