import { describe, expect, it } from 'vitest';
import type { Finding, Level } from '../../src/model.js';
import { annotationCommand, planAnnotations } from '../../src/report/annotations.js';

function finding(level: Level, line: number, overrides: Partial<Finding> = {}): Finding {
  return {
    tool: 'patterns',
    ruleId: 'PBP201',
    level,
    section: 'security',
    message: 'm',
    location: { path: 'a.py', startLine: line, startColumn: 1, endLine: line, endColumn: 5 },
    fingerprint: String(line),
    state: 'new',
    ...overrides,
  };
}

describe('annotations', () => {
  it('keeps GitHub’s budget: 10 per level, one error slot for setFailed, and counts the rest', () => {
    const findings = [
      ...Array.from({ length: 14 }, (_, i) => finding('error', i + 1)),
      ...Array.from({ length: 12 }, (_, i) => finding('warning', i + 100)),
      ...Array.from({ length: 3 }, (_, i) => finding('note', i + 200)),
      finding('error', 300, { state: 'suppressed' }),
    ];
    const plan = planAnnotations(findings, { reserveErrorSlot: true });
    const count = (prefix: string) => plan.commands.filter((c) => c.startsWith(prefix)).length;
    expect(count('::error ')).toBe(9);
    expect(count('::warning ')).toBe(10);
    expect(count('::notice ')).toBe(3);
    expect(plan.omitted).toBe(7);
    expect(plan.commands.at(-1)).toMatch(/^::notice::7 more findings are not annotated/);
  });

  it('puts changed-line findings first', () => {
    const findings = Array.from({ length: 12 }, (_, i) => finding('warning', i + 1));
    const plan = planAnnotations(findings, {
      reserveErrorSlot: false,
      changedFirst: (f) => f.location.startLine === 12,
    });
    expect(plan.commands[0]).toContain('line=12,');
  });

  it('escapes hostile file names and messages and drops columns on multi-line ranges', () => {
    const hostile = finding('error', 3, {
      message: 'bad\n::error::injected 100%',
      location: { path: 'x,y:z\n.py', startLine: 3, startColumn: 2, endLine: 5, endColumn: 1 },
    });
    expect(annotationCommand(hostile)).toBe(
      '::error file=x%2Cy%3Az%0A.py,line=3,endLine=5,title=PBP201 (security)::bad%0A::error::injected 100%25',
    );
    expect(annotationCommand(finding('note', 2))).toBe(
      '::notice file=a.py,line=2,endLine=2,col=1,endColumn=5,title=PBP201 (security)::m',
    );
  });
});
