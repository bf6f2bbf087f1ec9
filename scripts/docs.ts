// Generates docs/rules/<ID>.md from each rule's own docs, and the rule table in README.md
// (between the rules:start/end markers). `--check` only reports whether they are current.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { patternRules } from '../src/rules/catalog.js';
import { ruleMarkdown } from '../src/rules/rule-docs.js';
import { sectionOf } from '../src/sections.js';

const check = process.argv.includes('--check');
const dir = join('docs', 'rules');
const stale: string[] = [];

const wanted = new Map<string, string>();
for (const rule of patternRules()) wanted.set(`${rule.id}.md`, ruleMarkdown(rule));

if (!check) mkdirSync(dir, { recursive: true });
for (const [name, text] of wanted) {
  const path = join(dir, name);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (current === text) continue;
  stale.push(path);
  if (!check) writeFileSync(path, text);
}
for (const name of existsSync(dir) ? readdirSync(dir) : []) {
  if (!wanted.has(name)) {
    stale.push(join(dir, name));
    if (!check) rmSync(join(dir, name));
  }
}

const table = [
  '| Rule | Name | Section | Level | What it finds |',
  '|---|---|---|---|---|',
  ...patternRules().map(
    (rule) =>
      `| [${rule.id}](docs/rules/${rule.id}.md) | ${rule.name} | ${sectionOf(rule.section).title} | ${rule.level} | ${rule.summary.replace(/\|/g, '\\|')} |`,
  ),
].join('\n');
const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(
  /(<!-- rules:start -->)[\s\S]*?(<!-- rules:end -->)/,
  `$1\n${table}\n$2`,
);
if (updated !== readme) {
  stale.push('README.md');
  if (!check) writeFileSync('README.md', updated);
}

if (check && stale.length) {
  console.error(`Rule docs are out of date (run \`npm run docs\`):\n${stale.join('\n')}`);
  process.exit(1);
}
