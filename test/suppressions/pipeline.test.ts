/** The suppression list through the whole pipeline: config → findings → reports. */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { runCheck } from '../../src/pipeline.js';
import { buildSarif } from '../../src/report/sarif.js';
import { markdownSummary } from '../../src/report/summary.js';
import { tempProject } from '../helpers/temp-project.js';

const CONFIG = [
  '[tool.pybp]',
  'tools = ["patterns"]',
  '',
  '[[tool.pybp.suppress]]',
  'rule = "PBP201"',
  'path = "app/legacy/**"',
  'reason = "rotated; the legacy service is read-only"',
  'owner = "platform"',
  '',
  '[[tool.pybp.suppress]]',
  'rule = "PBP202"',
  'reason = "accepted until the query builder lands"',
  'expires = 2026-01-31',
  '',
  '[[tool.pybp.suppress]]',
  'rule = "PBP601"',
  'reason = "nothing matches this any more"',
  '',
].join('\n');

describe('governed suppressions in the pipeline', () => {
  it('suppresses with the reason, turns expired entries into PBP001 and unused ones into PBP002', async () => {
    const root = tempProject({
      'pyproject.toml': CONFIG,
      'tests/test_app.py': 'def test_app() -> None:\n    assert True\n',
      'app/legacy/config.py': 'SECRET_KEY = "legacy-secret-value"\n',
      'app/config.py': 'SECRET_KEY = "current-secret-value"\n',
      'app/db.py':
        'def q(cur, x: int) -> None:\n    cur.execute(f"SELECT * FROM t WHERE id = {x}")\n',
    });
    const result = await runCheck(resolveConfig(root), {
      workers: 0,
      now: new Date('2026-11-27T12:00:00Z'),
    });
    const rows = result.findings
      .filter((f) => f.ruleId.startsWith('PBP0') || f.ruleId === 'PBP201' || f.ruleId === 'PBP202')
      .map(
        (f) =>
          `${f.location.path}:${f.location.startLine} ${f.ruleId} ${f.state}${f.suppression ? ` (${f.suppression})` : ''}`,
      );
    expect(rows).toEqual([
      'app/config.py:1 PBP201 new',
      'app/db.py:2 PBP202 new',
      'app/legacy/config.py:1 PBP201 suppressed (rotated; the legacy service is read-only (owner: platform))',
      'pyproject.toml:10 PBP001 new',
      'pyproject.toml:15 PBP002 new',
    ]);
    const sarifResults = buildSarif(result).log.runs.flatMap((run) => run.results ?? []);
    expect(
      sarifResults.some(
        (r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri === 'app/legacy/config.py',
      ),
    ).toBe(false);
    expect(markdownSummary(result)).toMatch(/<b>Suppressed<\/b> — 1 finding/);
    // A day before expiry the entry still suppresses, and nothing is expired.
    const before = await runCheck(resolveConfig(root), {
      workers: 0,
      now: new Date('2026-01-30T23:59:59Z'),
    });
    expect(before.findings.find((f) => f.ruleId === 'PBP202')?.state).toBe('suppressed');
    expect(before.findings.some((f) => f.ruleId === 'PBP001')).toBe(false);
  });

  it('rejects an entry without a reason, naming the file and the key', () => {
    const root = tempProject({
      'pyproject.toml': '[tool.pybp]\n[[tool.pybp.suppress]]\nrule = "PBP201"\n',
    });
    expect(() => resolveConfig(root)).toThrow(/pyproject\.toml.*reason/);
  });
});
