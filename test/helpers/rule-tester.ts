/**
 * ESLint's RuleTester, for our rules: a `valid` table (must not fire) and an `invalid` table
 * (must fire, at these lines), so a rule's test reads like its specification.
 */
import { describe, expect, it } from 'vitest';
import type { EngineFileKind } from '../../src/patterns/check-files.js';
import { checkSource } from '../../src/patterns/check-files.js';
import type { ProjectFacts } from '../../src/patterns/project-facts.js';

export interface ValidCase {
  name: string;
  code: string;
  /** Repo-relative path the code is checked as (default app/module.py). */
  path?: string;
  kind?: EngineFileKind;
  facts?: Partial<ProjectFacts>;
}

export interface InvalidCase extends ValidCase {
  /** Expected findings, in order: 1-based line, optional column and message pattern. */
  errors: Array<{ line: number; column?: number; endLine?: number; message?: RegExp }>;
}

export const DEFAULT_FACTS: ProjectFacts = {
  pythonFiles: ['app/module.py', 'tests/test_module.py'],
  hasTests: true,
  asyncioAuto: false,
  lockFiles: [],
  pyprojectFiles: [],
};

/** Removes the common indentation of a template literal, so cases read as real files. */
export function dedent(text: string): string {
  const lines = text
    .replace(/^\n/, '')
    .replace(/\n\s*$/, '\n')
    .split('\n');
  const indent = Math.min(
    ...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)?.[0].length ?? 0),
  );
  return lines.map((line) => line.slice(indent)).join('\n');
}

/**
 * The rule's findings on one case. Every case also runs with the anchors ignored (every node of
 * each visited type): an anchor that drops or adds a finding fails the case.
 */
export async function findingsFor(ruleId: string, testCase: ValidCase) {
  const run = async (exhaustive: boolean) =>
    (
      await checkSource(
        testCase.path ?? 'app/module.py',
        testCase.kind ?? 'python',
        dedent(testCase.code),
        [ruleId],
        { ...DEFAULT_FACTS, ...testCase.facts },
        { exhaustive },
      )
    )
      .filter((finding) => finding.ruleId === ruleId)
      .sort(
        (a, b) =>
          a.location.startLine - b.location.startLine ||
          a.location.startColumn - b.location.startColumn ||
          (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
      );
  const anchored = await run(false);
  const everyNode = await run(true);
  expect(anchored, `${ruleId}'s anchors change what it finds`).toEqual(everyNode);
  return anchored;
}

export function ruleTester(
  ruleId: string,
  cases: { valid: ValidCase[]; invalid: InvalidCase[] },
): void {
  describe(ruleId, () => {
    it('has at least 4 cases that must fire and 4 that must not', () => {
      expect(cases.valid.length).toBeGreaterThanOrEqual(4);
      expect(cases.invalid.length).toBeGreaterThanOrEqual(4);
    });
    for (const testCase of cases.valid) {
      it(`stays quiet: ${testCase.name}`, async () => {
        const findings = await findingsFor(ruleId, testCase);
        expect(findings.map((f) => `${f.location.startLine}: ${f.message}`)).toEqual([]);
      });
    }
    for (const testCase of cases.invalid) {
      it(`fires: ${testCase.name}`, async () => {
        const findings = await findingsFor(ruleId, testCase);
        expect(findings.map((f) => f.location.startLine)).toEqual(
          testCase.errors.map((e) => e.line),
        );
        testCase.errors.forEach((error, index) => {
          const finding = findings[index];
          if (error.column !== undefined) expect(finding?.location.startColumn).toBe(error.column);
          if (error.endLine !== undefined) expect(finding?.location.endLine).toBe(error.endLine);
          if (error.message) expect(finding?.message).toMatch(error.message);
        });
      });
    }
  });
}
