import { describe, expect, it } from 'vitest';
import type { RawFinding } from '../../src/model.js';
import type { ProjectFacts } from '../../src/patterns/project-facts.js';
import { patternRulesById } from '../../src/patterns/registry.js';
import type { ProjectRule } from '../../src/patterns/rule.js';
import { DEFAULT_FACTS } from '../helpers/rule-tester.js';

/** PBP301 looks at the project as a whole, so it is checked on project facts, not on one file. */
function check(
  facts: Partial<ProjectFacts>,
): Array<Pick<RawFinding, 'message'> & { path: string; line: number }> {
  const rule = patternRulesById().get('PBP301') as ProjectRule;
  const found: Array<Pick<RawFinding, 'message'> & { path: string; line: number }> = [];
  rule.check({
    project: { ...DEFAULT_FACTS, ...facts },
    report: ({ path, at, message }) =>
      found.push({ path, line: 'startLine' in at ? at.startLine : 0, message }),
  });
  return found;
}

describe('PBP301', () => {
  it('is a project rule in the testing section', () => {
    const rule = patternRulesById().get('PBP301');
    expect(rule?.kind).toBe('project');
    expect(rule?.meta.section).toBe('testing');
  });

  describe('stays quiet', () => {
    it('when tests exist (the demo project)', () => {
      expect(
        check({
          pythonFiles: ['app/main.py', 'tests/test_orders.py'],
          hasTests: true,
          pyprojectFiles: ['pyproject.toml'],
        }),
      ).toEqual([]);
    });
    it('when there is no Python source at all', () => {
      expect(
        check({ pythonFiles: [], hasTests: false, pyprojectFiles: ['pyproject.toml'] }),
      ).toEqual([]);
    });
    it('when the only Python files are packaging and docs scaffolding', () => {
      expect(
        check({ pythonFiles: ['setup.py', 'docs/conf.py', 'noxfile.py'], hasTests: false }),
      ).toEqual([]);
    });
    it('for a package whose tests sit beside the code (test_*.py, *_test.py)', () => {
      expect(check({ pythonFiles: ['pkg/core.py', 'pkg/core_test.py'], hasTests: true })).toEqual(
        [],
      );
    });
  });

  describe('fires once', () => {
    it('on the top pyproject.toml, line 1', () => {
      const found = check({
        pythonFiles: ['app/main.py', 'app/models.py'],
        hasTests: false,
        pyprojectFiles: ['pyproject.toml'],
      });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ path: 'pyproject.toml', line: 1 });
      expect(found[0]?.message).toMatch(/2 Python source files and not one test/);
    });
    it('on the pyproject.toml of a project checked in a subfolder of the repository', () => {
      const found = check({
        pythonFiles: ['services/shop/app/main.py'],
        hasTests: false,
        pyprojectFiles: ['services/shop/pyproject.toml', 'services/shop/vendor/lib/pyproject.toml'],
      });
      expect(found.map((f) => f.path)).toEqual(['services/shop/pyproject.toml']);
    });
    it('on the first Python file when there is no pyproject.toml', () => {
      const found = check({
        pythonFiles: ['src/tool/cli.py', 'src/tool/__init__.py', 'setup.py'],
        hasTests: false,
        pyprojectFiles: [],
      });
      expect(found.map((f) => `${f.path}:${f.line}`)).toEqual(['setup.py:1']);
      expect(found[0]?.message).toMatch(/1 Python source file and not one test/);
    });
    it('on the first Python file when the only pyproject.toml belongs to a sub-package', () => {
      const found = check({
        pythonFiles: ['app.py', 'plugins/x/x.py'],
        hasTests: false,
        pyprojectFiles: ['plugins/x/pyproject.toml'],
      });
      expect(found.map((f) => f.path)).toEqual(['app.py']);
    });
  });
});
