/**
 * Where things are in a TOML file (pyproject.toml, Pipfile). smol-toml gives values but not
 * positions; findings must land on the line that declares a dependency, so this reads the text
 * again for just that: table headers, `key =` lines, and the strings inside `key = [ … ]`.
 */

export interface TextPosition {
  /** 1-based line and column; `endColumn` exclusive. */
  line: number;
  column: number;
  endColumn: number;
}

export interface TomlTableRange {
  /** Dotted name with quotes and spaces removed: `tool.poetry.dependencies`. */
  name: string;
  /** 1-based line of the header. */
  headerLine: number;
  /** Index (0-based) of the first body line and one past the last. */
  bodyStart: number;
  bodyEnd: number;
}

const HEADER = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/;

export function tomlTables(text: string): TomlTableRange[] {
  const lines = text.split(/\r\n|\r|\n/);
  const tables: TomlTableRange[] = [
    { name: '', headerLine: 0, bodyStart: 0, bodyEnd: lines.length },
  ];
  let inMultiline: string | null = null;
  lines.forEach((line, index) => {
    // A header-looking line inside a multi-line string is text, not a header.
    for (const match of line.matchAll(/"""|'''/g))
      inMultiline = inMultiline === match[0] ? null : (inMultiline ?? match[0]);
    if (inMultiline) return;
    const header = HEADER.exec(line);
    if (!header) return;
    const previous = tables.at(-1);
    if (previous) previous.bodyEnd = index;
    tables.push({
      name: tableName(header[1] ?? ''),
      headerLine: index + 1,
      bodyStart: index + 1,
      bodyEnd: lines.length,
    });
  });
  return tables;
}

function tableName(raw: string): string {
  return raw
    .split('.')
    .map((part) => part.trim().replace(/^(["'])(.*)\1$/, '$2'))
    .join('.');
}

/** The `key = …` lines directly in a table, in order, with the key's position. */
export function tomlKeys(text: string, table: string): Array<{ key: string } & TextPosition> {
  const lines = text.split(/\r\n|\r|\n/);
  const result: Array<{ key: string } & TextPosition> = [];
  for (const range of tomlTables(text).filter((candidate) => candidate.name === table)) {
    for (let index = range.bodyStart; index < range.bodyEnd; index++) {
      const match = /^(\s*)("[^"]*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=/.exec(lines[index] ?? '');
      if (!match) continue;
      const column = (match[1]?.length ?? 0) + 1;
      const written = match[2] ?? '';
      result.push({
        key: written.replace(/^(["'])(.*)\1$/, '$2'),
        line: index + 1,
        column,
        endColumn: column + written.length,
      });
    }
  }
  return result;
}

/** The string items of `key = [ … ]` in a table, each with the position of its text. */
export function tomlArrayStrings(
  text: string,
  table: string,
  key: string,
): Array<{ value: string } & TextPosition> {
  const entry = tomlKeys(text, table).find((candidate) => candidate.key === key);
  if (!entry) return [];
  const lines = text.split(/\r\n|\r|\n/);
  const result: Array<{ value: string } & TextPosition> = [];
  let lineIndex = entry.line - 1;
  let column = (lines[lineIndex] ?? '').indexOf('=', entry.endColumn - 1) + 1;
  let depth = 0;
  let started = false;
  while (lineIndex < lines.length) {
    const line = lines[lineIndex] ?? '';
    while (column < line.length) {
      const char = line[column] ?? '';
      if (char === '#') break;
      if (char === '[') {
        depth++;
        started = true;
      } else if (char === ']') {
        depth--;
        if (started && depth === 0) return result;
      } else if (char === '"' || char === "'") {
        const end = closingQuote(line, column, char);
        if (end < 0) return result;
        if (depth === 1)
          result.push({
            value: line.slice(column + 1, end),
            line: lineIndex + 1,
            column: column + 2,
            endColumn: end + 1,
          });
        column = end;
      } else if (!started && !/\s/.test(char)) {
        return result; // not an array
      }
      column++;
    }
    lineIndex++;
    column = 0;
  }
  return result;
}

function closingQuote(line: string, open: number, quote: string): number {
  for (let index = open + 1; index < line.length; index++) {
    if (quote === '"' && line[index] === '\\') {
      index++;
      continue;
    }
    if (line[index] === quote) return index;
  }
  return -1;
}
