/**
 * Anchored visits: the engine jumps from words in the text to the innermost node of the anchored
 * type around them instead of visiting every node. The result must be what visiting every node
 * gives; these cases aim at the places where the two could part.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkFiles, checkSource, type EngineFile } from '../../src/patterns/check-files.js';
import { PATTERN_RULES } from '../../src/patterns/registry.js';
import { DEFAULT_FACTS, dedent } from '../helpers/rule-tester.js';

async function both(code: string, ruleIds: string[], path = 'app/module.py') {
  const text = dedent(code);
  const run = async (exhaustive: boolean) =>
    (await checkSource(path, 'python', text, ruleIds, DEFAULT_FACTS, { exhaustive }))
      .map((f) => `${f.ruleId} ${f.location.startLine}:${f.location.startColumn}`)
      .sort();
  return { anchored: await run(false), everyNode: await run(true) };
}

describe('anchored visits', () => {
  it('visits the innermost node around each word, nested ones included', async () => {
    const { anchored, everyNode } = await both(
      `
      def handler(event):
          print(print("inner"), "outer")
          value = compute(print)
          return value
      `,
      ['PBP501'],
    );
    expect(anchored).toEqual(everyNode);
    expect(anchored).toEqual(['PBP501 2:11', 'PBP501 2:5', 'PBP501 3:21']);
  });

  it('ignores the words in strings and comments without losing the code around them', async () => {
    const { anchored, everyNode } = await both(
      `
      def handler(event):
          # raise here would be wrong
          try:
              run(event)
          except KeyError as error:
              label = "raise ValueError"
              raise ValueError(label)
      `,
      ['PBP603'],
    );
    expect(anchored).toEqual(everyNode);
    expect(anchored).toEqual(['PBP603 7:9']);
  });

  it('walks 5,000 nested calls in one pass', async () => {
    const depth = 5000;
    const code = `def handler():\n    ${'print('.repeat(depth)}1${')'.repeat(depth)}\n`;
    const started = performance.now();
    const findings = await checkSource('app/module.py', 'python', code, ['PBP501'], DEFAULT_FACTS);
    // Not a timing test: a walk up by parents would take minutes here, not a fraction of one.
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(findings).toHaveLength(depth);
  });
});

describe('the rules as they are', () => {
  const root = join(import.meta.dirname, '..', '..', 'examples', 'shop-api');
  const files: EngineFile[] = (readdirSync(root, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.py'))
    .sort()
    .map((name) => ({
      path: relative(root, join(root, name)),
      absolute: join(root, name),
      kind: 'python',
    }));
  const ruleIds = PATTERN_RULES.filter((rule) => rule.kind === 'python').map(
    (rule) => rule.meta.id,
  );
  const facts = { ...DEFAULT_FACTS, pythonFiles: files.map((file) => file.path) };

  it('anchor every visitor: no file of the demo project needs a visit of every node', async () => {
    const result = await checkFiles({ files, ruleIds, facts });
    expect(files.length).toBeGreaterThan(10);
    expect(result.walked).toEqual([]);
  });

  it('find on the demo project exactly what visiting every node finds, counts included', async () => {
    const anchored = await checkFiles({ files, ruleIds, facts });
    const everyNode = await checkFiles({ files, ruleIds, facts, exhaustive: true });
    expect(anchored.findings.length).toBeGreaterThan(20);
    expect(anchored.findings).toEqual(everyNode.findings);
    expect(anchored.metrics).toEqual(everyNode.metrics);
  });
});
