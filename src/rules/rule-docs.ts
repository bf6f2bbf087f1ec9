/**
 * A rule's documentation as markdown, in ruff's headings. The one source for `pybp rule ID`,
 * docs/rules/<ID>.md and SARIF `help.markdown`, so they cannot drift apart.
 */
import type { Rule } from '../model.js';
import { guideAnchor, sectionOf } from '../sections.js';

export function ruleMarkdown(rule: Rule, options: { title?: boolean } = {}): string {
  const section = sectionOf(rule.section);
  const language =
    rule.section === 'deployment' && !/\.env|requirements/.test(rule.docs.example ?? '')
      ? 'dockerfile'
      : 'python';
  const parts: string[] = [];
  if (options.title !== false) {
    parts.push(`# ${rule.id}: ${rule.name}`);
    const facts = [
      `Section: ${section.title}`,
      `Default level: ${rule.level}`,
      `Precision: ${rule.precision}`,
    ];
    if (rule.cwe?.length) facts.push(`CWE: ${rule.cwe.join(', ')}`);
    if (rule.securitySeverity !== undefined)
      facts.push(`Security severity: ${rule.securitySeverity.toFixed(1)}`);
    if (rule.overlaps?.length) facts.push(`Overlaps: ${rule.overlaps.join(', ')} (reported once)`);
    parts.push(facts.join(' · '));
  }
  parts.push(`## What it does\n\n${rule.docs.what}`);
  parts.push(`## Why is this bad?\n\n${rule.docs.why}`);
  if (rule.docs.example)
    parts.push(`## Example\n\n\`\`\`${language}\n${rule.docs.example}\n\`\`\``);
  if (rule.docs.useInstead)
    parts.push(`## Use instead\n\n\`\`\`${language}\n${rule.docs.useInstead}\n\`\`\``);
  parts.push(`## Guide\n\n[${section.guideHeading}](${guideAnchor(section)})`);
  if (rule.helpUri) parts.push(`## References\n\n- [${rule.tool} documentation](${rule.helpUri})`);
  return parts.join('\n\n') + '\n';
}

/** The same, as plain text for a terminal and SARIF `help.text`. */
export function ruleText(rule: Rule): string {
  return ruleMarkdown(rule)
    .replace(/^#+ /gm, '')
    .replace(/```\w*\n/g, '')
    .replace(/```/g, '')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)');
}
