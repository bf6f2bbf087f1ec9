// Writes the sample GitLab Code Quality and JUnit reports of the demo project to docs/examples/
// (`npx tsx scripts/examples.ts`). They change as rules are added; the tests regenerate and
// validate them rather than compare bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../src/config.js';
import { runCheck } from '../src/pipeline.js';
import { gitlabCodeQuality } from '../src/report/gitlab.js';
import { junitXml } from '../src/report/junit.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const EXAMPLES_DIR = join(ROOT, 'docs', 'examples');

export interface ExampleReports {
  'gl-code-quality.json': string;
  'junit.xml': string;
}

/** The demo project checked with flake8 and the pattern rules, in-process (no workers). */
export async function exampleReports(): Promise<ExampleReports> {
  const config = resolveConfig(join(ROOT, 'examples', 'shop-api'), {
    tools: ['flake8', 'patterns'],
  });
  const result = await runCheck(config, { workers: 0 });
  return { 'gl-code-quality.json': gitlabCodeQuality(result), 'junit.xml': junitXml(result) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const reports = await exampleReports();
  mkdirSync(EXAMPLES_DIR, { recursive: true });
  for (const [name, text] of Object.entries(reports)) {
    writeFileSync(join(EXAMPLES_DIR, name), text);
    console.log(`wrote docs/examples/${name}`);
  }
}
