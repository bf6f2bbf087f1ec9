/** A non-Python file the pattern rules read: Dockerfile, requirements, pyproject.toml, .env. */
import { splitLines } from '../source-text.js';
import type { TextFileKind } from './rule.js';

export class TextFile {
  private cachedLines: string[] | undefined;

  constructor(
    readonly path: string,
    readonly kind: TextFileKind,
    readonly text: string,
  ) {}

  /** Lines without their line ends; `lines[0]` is line 1. */
  get lines(): string[] {
    return (this.cachedLines ??= splitLines(this.text));
  }

  /** The span of a whole line (1-based), or of `length` characters from `column`. */
  lineSpan(line: number, column = 1, length?: number) {
    const text = this.lines[line - 1] ?? '';
    const end = length === undefined ? Math.max(text.length + 1, column + 1) : column + length;
    return { startLine: line, startColumn: column, endLine: line, endColumn: end };
  }
}
