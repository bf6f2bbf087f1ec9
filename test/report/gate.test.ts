import { describe, expect, it } from 'vitest';
import type { Finding, Level, ToolRun } from '../../src/model.js';
import type { SectionId } from '../../src/sections.js';
import { decideVerdict, exitCodeFor } from '../../src/report/gate.js';

function finding(level: Level, section: SectionId, state: Finding['state'] = 'new'): Finding {
  return {
    tool: 'patterns',
    ruleId: 'PBP201',
    level,
    section,
    message: 'm',
    location: { path: 'a.py', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
    fingerprint: 'f',
    state,
  };
}
const ok: ToolRun = { tool: 'flake8', version: '5.0.4', status: 'ok', durationMs: 1, findings: [] };

describe('gate', () => {
  it('fails on new findings at or above fail-on and names each reason', () => {
    const verdict = decideVerdict({
      findings: [
        finding('error', 'security'),
        finding('warning', 'logging'),
        finding('warning', 'logging'),
      ],
      tools: [ok],
      failOn: 'warning',
      toolsChosen: false,
    });
    expect(verdict).toEqual({
      passed: false,
      failOn: 'warning',
      reasons: ['1 new error (fail-on: warning)', '2 new warnings (fail-on: warning)'],
      incomplete: false,
    });
    expect(exitCodeFor(verdict)).toBe(1);
  });

  it('ignores baseline and suppressed findings, and everything with fail-on never', () => {
    const findings = [
      finding('error', 'security', 'baseline'),
      finding('error', 'security', 'suppressed'),
    ];
    expect(
      decideVerdict({ findings, tools: [ok], failOn: 'note', toolsChosen: false }).passed,
    ).toBe(true);
    expect(
      decideVerdict({
        findings: [finding('error', 'security')],
        tools: [ok],
        failOn: 'never',
        toolsChosen: false,
      }).passed,
    ).toBe(true);
  });

  it('applies a per-section policy over fail-on', () => {
    const findings = [
      finding('warning', 'security'),
      finding('error', 'code-quality'),
      finding('note', 'dependencies'),
    ];
    const verdict = decideVerdict({
      findings,
      tools: [ok],
      failOn: 'error',
      sectionPolicy: { security: 'warning', 'code-quality': 'never', dependencies: 'note' },
      toolsChosen: false,
    });
    expect(verdict.reasons).toEqual([
      '1 new warning (security fails on warning)',
      '1 new note (dependencies fails on note)',
    ]);
  });

  it('fails with exit code 3 when a tool failed, or a chosen tool is missing', () => {
    const failed: ToolRun = { ...ok, status: 'failed', reason: 'flake8 crashed: Traceback\nmore' };
    const verdict = decideVerdict({
      findings: [],
      tools: [failed],
      failOn: 'error',
      toolsChosen: false,
    });
    expect(verdict).toMatchObject({
      passed: false,
      incomplete: true,
      reasons: ['flake8 failed: flake8 crashed: Traceback'],
    });
    expect(exitCodeFor(verdict)).toBe(3);
    const missing: ToolRun = {
      ...ok,
      tool: 'hadolint',
      status: 'missing',
      reason: 'hadolint is not installed',
    };
    expect(
      decideVerdict({ findings: [], tools: [missing], failOn: 'error', toolsChosen: false }).passed,
    ).toBe(true);
    expect(
      exitCodeFor(
        decideVerdict({ findings: [], tools: [missing], failOn: 'error', toolsChosen: true }),
      ),
    ).toBe(3);
  });
});
