/**
 * Property-based tests: parsers and the engine on random input never throw anything but their
 * own documented error, and every finding they produce has a valid location.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, readConfigFile } from '../../src/config.js';
import { parseRequirements } from '../../src/deps/requirements.js';
import type { RawFinding } from '../../src/model.js';
import { checkSource } from '../../src/patterns/check-files.js';
import { PATTERN_RULES } from '../../src/patterns/registry.js';
import { parseSuppression } from '../../src/suppressions.js';
import { parseFlake8 } from '../../src/tools/flake8.js';
import { DEFAULT_FACTS } from '../helpers/rule-tester.js';

const RUNS = Number(process.env['PYBP_FUZZ_RUNS'] ?? 300);
let cases = 0;
afterAll(() => {
  console.log(`fuzz: ${cases} generated cases run`);
});

function validLocation(finding: RawFinding, lineCount?: number): void {
  const { path, startLine, startColumn, endLine, endColumn } = finding.location;
  expect(path.length).toBeGreaterThan(0);
  expect(path.startsWith('/')).toBe(false);
  expect(path.split('/')).not.toContain('..');
  expect(Number.isInteger(startLine) && startLine >= 1).toBe(true);
  expect(Number.isInteger(startColumn) && startColumn >= 1).toBe(true);
  expect(endLine >= startLine).toBe(true);
  if (endLine === startLine) expect(endColumn >= startColumn).toBe(true);
  if (lineCount !== undefined) expect(endLine).toBeLessThanOrEqual(lineCount + 1);
}

const PYTHON_TOKENS = [
  'def ',
  'async def ',
  'class ',
  'return ',
  'try:',
  'except',
  'except Exception as e:',
  'raise ',
  'from ',
  'import ',
  'for ',
  ' in ',
  'while ',
  'with ',
  'if ',
  'else:',
  'lambda ',
  'await ',
  'yield ',
  'pass',
  'print(',
  'logger.info(',
  'cursor.execute(',
  'jwt.decode(',
  'requests.get(',
  'session.query(',
  'text(',
  'os.environ.get(',
  'SECRET_KEY',
  'password',
  '=',
  '==',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ':',
  ',',
  '.',
  '"',
  "'",
  'f"',
  '{x}',
  '%s',
  ' % ',
  ' + ',
  '\n',
  '\n    ',
  '\n        ',
  '\t',
  '\r\n',
  '#',
  '# pybp: ignore',
  'SELECT * FROM t WHERE id = ',
  'x',
  'y',
  '1',
  'None',
  'True',
  '\\',
  '"""',
  '@decorator\n',
  'é',
  '😀',
  '\u0000',
];
const pythonLike = fc
  .array(fc.constantFrom(...PYTHON_TOKENS), { maxLength: 120 })
  .map((parts) => parts.join(''));

describe('fuzz', () => {
  it('the engine with every rule on random Python-like text', async () => {
    const ruleIds = PATTERN_RULES.map((rule) => rule.meta.id);
    await fc.assert(
      fc.asyncProperty(
        pythonLike,
        fc.constantFrom('app/x.py', 'tests/test_x.py', 'app/settings.py'),
        async (text, path) => {
          cases++;
          const findings = await checkSource(path, 'python', text, ruleIds, DEFAULT_FACTS);
          for (const finding of findings) validLocation(finding, text.split(/\r\n|\r|\n/).length);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('the text rules on random Dockerfiles, requirements and .env files', async () => {
    const ruleIds = PATTERN_RULES.map((rule) => rule.meta.id);
    const lines = fc.array(
      fc.oneof(
        fc.constantFrom(
          'FROM python:3.12',
          'FROM x AS b',
          'USER app',
          'RUN pip install x',
          'ENV SECRET_KEY=abc',
          'EXPOSE 80',
          '\\',
          '-r other.txt',
          'flask>=2',
          'DEBUG=true',
          '#',
          'A=1',
          '<<EOF',
          'EOF',
        ),
        fc.string({ maxLength: 30 }),
      ),
      { maxLength: 30 },
    );
    await fc.assert(
      fc.asyncProperty(
        lines,
        fc.constantFrom(
          ['Dockerfile', 'dockerfile'],
          ['requirements.txt', 'requirements'],
          ['.env.production', 'env'],
          ['pyproject.toml', 'pyproject'],
        ),
        async (body, [path, kind]) => {
          cases++;
          const text = body.join('\n');
          const findings = await checkSource(
            path as string,
            kind as 'dockerfile',
            text,
            ruleIds,
            DEFAULT_FACTS,
          );
          for (const finding of findings) validLocation(finding, text.split(/\r\n|\r|\n/).length);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('the flake8 parser on arbitrary output', () => {
    const record = fc
      .tuple(
        fc.string(),
        fc.integer({ min: -5, max: 10_000 }),
        fc.integer({ min: -5, max: 500 }),
        fc.string(),
        fc.string(),
      )
      .map((f) => f.join('\x1f') + '\x1e\n');
    fc.assert(
      fc.property(fc.array(fc.oneof(record, fc.string()), { maxLength: 20 }), (parts) => {
        cases++;
        const parsed = parseFlake8(parts.join(''), '/repo', '/repo');
        for (const finding of parsed.findings) validLocation(finding);
      }),
      { numRuns: RUNS },
    );
  });

  it('the config loader on arbitrary TOML-ish text: a ConfigError or settings, nothing else', () => {
    const tomlish = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            '[tool.pybp]',
            'select = ["PBP2"]',
            'ignore = [1]',
            'fail-on = "x"',
            'levels = {PBP201 = "off"}',
            '[tool.pybp.sections]',
            'security = "warning"',
            'x = ',
            '"',
            '[',
            '=',
            'tools = ["flake8"]',
            'timeout = 3',
          ),
          fc.string({ maxLength: 20 }),
        ),
        { maxLength: 12 },
      )
      .map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(tomlish, (text) => {
        cases++;
        try {
          readConfigFile('/r/pyproject.toml', text);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the requirements parser and suppression comments on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        cases++;
        const file = parseRequirements(text);
        const count = text.split(/\r\n|\r|\n/).length;
        for (const requirement of file.requirements) {
          expect(requirement.line >= 1 && requirement.line <= count).toBe(true);
          expect(requirement.endColumn >= requirement.column).toBe(true);
        }
        parseSuppression(text);
      }),
      { numRuns: RUNS },
    );
  });
});
