/**
 * The demo project is the oracle: every `# expect: PBPnnn` marker must be found at its line by
 * the implemented rules, and no pattern finding may appear where there is no marker.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config.js';
import { runCheck, type CheckResult } from '../src/pipeline.js';
import { patternRulesById } from '../src/patterns/registry.js';
import { key, readMarkers } from './helpers/markers.js';

const EXAMPLE = resolve('examples/shop-api');
let result: CheckResult;

beforeAll(async () => {
  result = await runCheck(resolveConfig(EXAMPLE, { tools: ['flake8', 'patterns'] }), {
    workers: 0,
  });
});

describe('examples/shop-api', () => {
  it('finds every marked violation of an implemented rule, and nothing unmarked', () => {
    const implemented = patternRulesById();
    const markers = readMarkers(
      result.config.base,
      result.discovery.files.map((file) => file.absolute),
    )
      .filter((marker) => implemented.has(marker.ruleId))
      .map(key)
      .sort();
    const found = result.findings
      .filter((finding) => finding.tool === 'patterns' && finding.ruleId !== 'PBP000')
      .map((finding) =>
        key({
          path: finding.location.path,
          line: finding.location.startLine,
          ruleId: finding.ruleId,
        }),
      )
      .sort();
    expect(markers.length).toBeGreaterThan(0);
    expect({
      missing: markers.filter((m) => !found.includes(m)),
      unexpected: found.filter((f) => !markers.includes(f)),
    }).toEqual({
      missing: [],
      unexpected: [],
    });
  });

  it('reports flake8 findings at their lines, with paths relative to the repository', () => {
    const flake8 = result.findings.filter((finding) => finding.tool === 'flake8');
    expect(
      flake8.map(
        (f) => `${f.location.path}:${f.location.startLine}:${f.location.startColumn} ${f.ruleId}`,
      ),
    ).toEqual(
      expect.arrayContaining([
        'examples/shop-api/app/auth.py:4:1 flake8/F401',
        'examples/shop-api/app/services/payments.py:64:80 flake8/E501',
      ]),
    );
    // E722 on the bare except is reported once, as PBP601.
    expect(flake8.some((f) => f.ruleId === 'flake8/E722')).toBe(false);
    expect(
      result.findings.some((f) => f.ruleId === 'PBP601' && f.location.path.endsWith('orders.py')),
    ).toBe(true);
  });

  it('gives no pattern findings in the clean modules', () => {
    expect(
      result.findings.filter(
        (f) => f.tool === 'patterns' && f.location.path.includes('/app/clean/'),
      ),
    ).toEqual([]);
  });
});
