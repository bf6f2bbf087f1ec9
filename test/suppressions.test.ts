import { describe, expect, it } from 'vitest';
import { parseSuppression, suppressionFor } from '../src/suppressions.js';

describe('inline suppressions', () => {
  it('parses pybp ignores with rules and reasons, and noqa for our ids', () => {
    expect(parseSuppression('x = 1  # pybp: ignore[PBP201, flake8/E501] -- fixture data')).toEqual({
      selectors: ['PBP201', 'flake8/E501'],
      reason: 'fixture data',
    });
    expect(parseSuppression('x = 1  # pybp: ignore')).toEqual({ selectors: [] });
    expect(parseSuppression('x = 1  # noqa: PBP201, E501')).toEqual({ selectors: ['PBP201'] });
    expect(parseSuppression('x = 1  # noqa: E501')).toBeNull();
    expect(parseSuppression('x = 1  # noqa')).toBeNull();
    expect(parseSuppression('x = 1')).toBeNull();
  });

  it('applies on the first or last line, or a comment line above in non-Python files', () => {
    const lines = [
      '# pybp: ignore[PBP702]',
      'FROM python:latest',
      'x = f(  # pybp: ignore[PBP202]',
      '  y)',
    ];
    const at = (startLine: number, endLine: number, ruleId: string, above: boolean) =>
      suppressionFor(lines, { tool: 'patterns', ruleId, startLine, endLine }, above);
    expect(at(2, 2, 'PBP702', true)).not.toBeNull();
    expect(at(2, 2, 'PBP702', false)).toBeNull();
    expect(at(3, 4, 'PBP202', false)).not.toBeNull();
    expect(at(4, 4, 'PBP202', false)).toBeNull();
    expect(at(3, 4, 'PBP201', false)).toBeNull();
  });
});
