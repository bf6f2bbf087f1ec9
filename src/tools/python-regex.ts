/**
 * Python `re` patterns from tool configs (mypy's and black's `exclude`), as JavaScript RegExps.
 *
 * The two dialects agree on what such patterns use (classes, anchors, groups, alternation); the
 * differences handled here are global inline flags at the start (`(?x)`, `(?i)`), verbose mode
 * (whitespace and `#` comments outside classes are ignored), named groups (`(?P<n>…)`,
 * `(?P=n)`) and `\A` / `\Z`. A pattern that still does not compile (scoped flags `(?i:…)`,
 * possessive quantifiers) gives `null`: the caller then says it could not apply it.
 */

export function pythonRegex(pattern: string, options: { verbose?: boolean } = {}): RegExp | null {
  let source = pattern;
  let flags = '';
  let verbose = options.verbose ?? false;
  for (;;) {
    const inline = /^\(\?([aiLmsux]+)\)/.exec(source);
    if (!inline) break;
    const letters = inline[1] ?? '';
    if (letters.includes('x')) verbose = true;
    for (const letter of 'ims')
      if (letters.includes(letter) && !flags.includes(letter)) flags += letter;
    source = source.slice(inline[0].length);
  }
  if (verbose) source = stripVerbose(source);
  source = source
    .replace(/\(\?P</g, '(?<')
    .replace(/\(\?P=(\w+)\)/g, '\\k<$1>')
    .replace(/(^|[^\\])((?:\\\\)*)\\A/g, '$1$2^')
    .replace(/(^|[^\\])((?:\\\\)*)\\Z/g, '$1$2$');
  try {
    return new RegExp(source, flags);
  } catch {
    return null;
  }
}

/** `re.search(pattern, text)` with black's extra condition that the match is not empty. */
export function searchNonEmpty(regex: RegExp, text: string): boolean {
  const match = regex.exec(text);
  return match !== null && match[0] !== '';
}

/** Verbose mode: drop whitespace and `#…` comments that are outside classes and not escaped. */
function stripVerbose(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] ?? '';
    if (char === '\\') {
      out += char + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      out += char;
      continue;
    }
    if (char === '[') {
      inClass = true;
      out += char;
      // A `]` right after `[` or `[^` is a literal.
      if (source[i + 1] === '^') {
        out += '^';
        i++;
      }
      if (source[i + 1] === ']') {
        out += ']';
        i++;
      }
      continue;
    }
    if (/\s/.test(char)) continue;
    if (char === '#') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    out += char;
  }
  return out;
}
