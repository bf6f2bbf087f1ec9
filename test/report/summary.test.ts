import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import type { Finding } from '../../src/model.js';
import { runCheck, type CheckResult } from '../../src/pipeline.js';
import { markdownSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import { textReport } from '../../src/report/text.js';

let result: CheckResult;
beforeAll(async () => {
  result = await runCheck(
    resolveConfig(resolve('examples/shop-api'), { tools: ['flake8', 'patterns'] }),
    { workers: 0 },
  );
});

describe('job summary', () => {
  it('opens with the verdict and a scorecard row for every section of the guide', () => {
    const summary = markdownSummary(result);
    expect(summary.split('\n')[0]).toBe('## pybp: ❌ failed');
    for (const title of [
      'Performance',
      'Security',
      'Testing',
      'Type hints and validation',
      'Logging and monitoring',
      'Error handling',
      'Deployment',
      'Dependency management',
      'Code quality and linting',
    ]) {
      expect(summary).toMatch(new RegExp(`^\\| \\[${title}\\]\\(`, 'm'));
    }
    expect(summary).toMatch(/^\| flake8 \| ✅ ok \|/m);
    expect(summary).toMatch(/<details><summary><b>Security<\/b>/);
  });

  it('counts in words that agree with the number (1 note, 2 notes), here and in the text report', () => {
    const one = {
      ...result,
      findings: result.findings.filter((f) => f.level === 'note').slice(0, 1),
    };
    expect(markdownSummary(one)).toMatch(/1 finding — 0 errors, 0 warnings, 1 note\b/);
    expect(textReport(one, false)).toMatch(/1 finding: 0 errors, 0 warnings, 1 note\n/);
  });

  it('links findings to the file at the commit when it knows the commit', () => {
    const summary = markdownSummary(result, { fileUrlBase: 'https://github.com/o/r/blob/abc' });
    expect(summary).toContain('<a href="https://github.com/o/r/blob/abc/examples/shop-api/app/');
  });

  it('escapes what came from the repository', () => {
    const hostile: Finding = {
      ...(result.findings[0] as Finding),
      message: '<img src=x onerror=alert(1)> | `x` [a](javascript:alert(1))',
      location: { path: 'a|b<script>.py', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
      state: 'new',
    };
    const summary = markdownSummary({ ...result, findings: [hostile] });
    expect(summary).not.toContain('<img');
    expect(summary).not.toContain('<script>');
    expect(summary).toContain(
      '&lt;img src=x onerror=alert\\(1\\)&gt; \\| \\`x\\` \\[a\\]\\(javascript\\:alert\\(1\\)\\)',
    );
    expect(summary).toContain('<code>a&#124;b&lt;script&gt;.py:1</code>');
  });

  it('stays under 1 MiB and says what it cut', () => {
    const many: Finding[] = Array.from({ length: 30_000 }, (_, i) => ({
      ...(result.findings[0] as Finding),
      message: `finding number ${i} with a reasonably long message to fill the summary quickly`,
      location: {
        path: `pkg/module_${i}.py`,
        startLine: i + 1,
        startColumn: 1,
        endLine: i + 1,
        endColumn: 2,
      },
      state: 'new',
    }));
    const summary = markdownSummary({ ...result, findings: many });
    expect(Buffer.byteLength(summary)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(summary).toMatch(/_\d+ more findings are not shown here/);
    expect(summary.match(/<details>/g)?.length).toBe(summary.match(/<\/details>/g)?.length);
  });
});

describe('annotation coverage', () => {
  it('shows annotated public functions per top-level package', async () => {
    const { tempProject } = await import('../helpers/temp-project.js');
    const root = tempProject({
      'tests/test_x.py': 'def test_x() -> None:\n    assert True\n',
      'shop/orders.py':
        'def total(a: int, b: int) -> int:\n    return a + b\n\ndef tax(amount):\n    return amount\n\ndef _private(x):\n    return x\n',
      'shop/users.py':
        'class Users:\n    def get(self, user_id: int) -> None:\n        return None\n',
      'src/billing/invoice.py': 'def render(invoice):\n    return str(invoice)\n',
      'manage.py': 'def main() -> None:\n    pass\n',
    });
    const checked = await runCheck(resolveConfig(root, { tools: ['patterns'] }), { workers: 0 });
    const summary = markdownSummary(checked);
    expect(summary).toContain('### Type-annotation coverage: 60% of 5 public functions');
    expect(summary).toContain('| <code>.</code> | 1 | 1 | 100% |');
    expect(summary).toContain('| <code>shop</code> | 2 | 3 | 66.6% |');
    expect(summary).toContain('| <code>src/billing</code> | 0 | 1 | 0% |');
  });
});
