/**
 * The job summary (GitHub-flavoured markdown): verdict, the scorecard by the guide's sections,
 * the tools, then findings per section. Every string from the repository is escaped; the whole
 * stays under GitHub's 1 MiB per step, with a line saying what was cut.
 */
import { escapeMarkdown, markdownCode } from '../escape.js';
import { LEVEL_RANK, type Finding } from '../model.js';
import type { CheckResult } from '../pipeline.js';
import { guideAnchor, SECTIONS } from '../sections.js';
import { countFindings } from './counts.js';
import { annotationCoverage, percent } from './coverage.js';
import { count } from '../count.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
const STATUS_ICON = { ok: '✅', skipped: '⏭️', missing: '⚠️', failed: '❌' } as const;

export interface SummaryOptions {
  /** Link findings to `${fileUrlBase}/${path}#L${line}` (the commit's blob URL) when set. */
  fileUrlBase?: string;
  /** Results GitHub's per-run limit kept out of the SARIF file, by tool. */
  sarifTruncated?: Partial<Record<string, number>>;
}

/** A bar of block characters: renders the same in every markdown viewer, GitHub's included. */
function bar(count: number, largest: number): string {
  if (count === 0) return '';
  const eighths = Math.max(1, Math.round((count / largest) * 20 * 8));
  return (
    '█'.repeat(Math.floor(eighths / 8)) +
    (eighths % 8 ? '▏▎▍▌▋▊▉'[(eighths % 8) - 1] : '') +
    ` ${count}`
  );
}

export function markdownSummary(result: CheckResult, options: SummaryOptions = {}): string {
  const counts = countFindings(result.findings);
  const head: string[] = [];
  const verdict = result.verdict;
  head.push(`## pybp: ${verdict.passed ? '✅ passed' : '❌ failed'}`);
  head.push('');
  head.push(
    `${count(counts.total, 'finding')} — ${count(counts.byLevel.error, 'error')}, ${count(counts.byLevel.warning, 'warning')}, ${count(counts.byLevel.note, 'note')}` +
      (counts.suppressed ? `, ${counts.suppressed} suppressed` : '') +
      ` · fail-on: \`${verdict.failOn}\``,
  );
  if (!verdict.passed) {
    head.push('');
    for (const reason of verdict.reasons) head.push(`- ${escapeMarkdown(reason)}`);
  }
  head.push('');
  head.push('| Section | Status | Errors | Warnings | Notes | New | Baseline | Findings |');
  head.push('|---|:-:|--:|--:|--:|--:|--:|---|');
  const largest = Math.max(1, ...SECTIONS.map((section) => counts.bySection[section.id]));
  for (const section of SECTIONS) {
    const levels = counts.bySectionLevel[section.id];
    const fresh = result.findings.filter((f) => f.section === section.id && f.state === 'new');
    const threshold = result.config.sectionPolicy[section.id] ?? result.config.failOn;
    const gating =
      threshold !== 'never' && fresh.some((f) => LEVEL_RANK[f.level] >= LEVEL_RANK[threshold]);
    const status = gating ? '❌' : counts.bySection[section.id] ? '⚠️' : '✅';
    const baseline = counts.bySection[section.id] - fresh.length;
    head.push(
      `| [${section.title}](${guideAnchor(section)}) | ${status} | ${levels.error} | ${levels.warning} | ${levels.note} | ${fresh.length} | ${baseline} | ${bar(counts.bySection[section.id], largest)} |`,
    );
  }
  head.push('');
  head.push('### Tools');
  head.push('');
  head.push('| Tool | Status | Version | Time | Findings | Note |');
  head.push('|---|---|---|--:|--:|---|');
  for (const run of result.tools) {
    const found = result.findings.filter(
      (finding) => finding.tool === run.tool && finding.state !== 'suppressed',
    ).length;
    head.push(
      `| ${run.tool} | ${STATUS_ICON[run.status]} ${run.status} | ${run.version ? escapeMarkdown(run.version) : '—'} | ${(run.durationMs / 1000).toFixed(1)} s | ${run.status === 'ok' ? found : '—'} | ${run.reason ? escapeMarkdown(run.reason.split('\n').slice(0, 3).join(' ')) : ''} |`,
    );
  }
  head.push('');
  const coverage = annotationCoverage(result);
  if (coverage.length > 0) {
    const total = coverage.reduce((sum, entry) => sum + entry.publicFunctions, 0);
    const annotated = coverage.reduce((sum, entry) => sum + entry.annotated, 0);
    head.push(
      `### Type-annotation coverage: ${percent(annotated, total)} of ${total} public functions`,
    );
    head.push('');
    head.push('| Package | Annotated | Public functions | Coverage |');
    head.push('|---|--:|--:|--:|');
    for (const entry of coverage.slice(0, 50)) {
      head.push(
        `| ${markdownCode(entry.package)} | ${entry.annotated} | ${entry.publicFunctions} | ${percent(entry.annotated, entry.publicFunctions)} |`,
      );
    }
    if (coverage.length > 50) head.push(`| … ${coverage.length - 50} more packages | | | |`);
    head.push('');
  }
  for (const [tool, cut] of Object.entries(options.sarifTruncated ?? {})) {
    head.push(
      `> ${tool}: ${cut} results beyond GitHub's 5,000 per run were left out of the SARIF file (the most severe were kept); all are in the JSON report.`,
    );
    head.push('');
  }
  if (result.notices.length) head.push('#### Notes', '');
  for (const notice of result.notices.slice(0, 10)) head.push(`- ${escapeMarkdown(notice)}`);
  if (result.notices.length > 10) head.push(`- … and ${result.notices.length - 10} more notes`);
  if (result.notices.length) head.push('');

  const body: string[] = [];
  const visible = result.findings.filter((finding) => finding.state !== 'suppressed');
  for (const section of SECTIONS) {
    const findings = visible
      .filter((finding) => finding.section === section.id)
      .sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level]);
    if (findings.length === 0) continue;
    body.push(
      `<details><summary><b>${section.title}</b> — ${count(findings.length, 'finding')}</summary>`,
    );
    body.push('');
    body.push('| Level | Rule | Where | Message |');
    body.push('|---|---|---|---|');
    for (const finding of findings) body.push(findingRow(finding, options));
    body.push('');
    body.push('</details>');
    body.push('');
  }
  const suppressed = result.findings.filter((finding) => finding.state === 'suppressed');
  if (suppressed.length > 0) {
    const inline = Object.entries(result.inlineSuppressions)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([rule, count]) => `${markdownCode(rule)} ${count}`)
      .join(', ');
    body.push(
      `<details><summary><b>Suppressed</b> — ${suppressed.length} finding${suppressed.length === 1 ? '' : 's'}, accepted on purpose</summary>`,
    );
    body.push('');
    if (inline) body.push(`Inline suppressions per rule: ${inline}`, '');
    body.push('| Rule | Where | Reason |');
    body.push('|---|---|---|');
    for (const finding of suppressed) {
      body.push(
        `| ${markdownCode(finding.ruleId)} | ${markdownCode(`${finding.location.path}:${finding.location.startLine}`)} | ${escapeMarkdown(finding.suppression ?? '')} |`,
      );
    }
    body.push('');
    body.push('</details>');
    body.push('');
  }
  return fitWithin(head.join('\n') + '\n', body);
}

function findingRow(finding: Finding, options: SummaryOptions): string {
  const { path, startLine } = finding.location;
  const place = markdownCode(`${path}:${startLine}`);
  const where = options.fileUrlBase
    ? `<a href="${options.fileUrlBase}/${path.split('/').map(encodeURIComponent).join('/')}#L${startLine}">${place}</a>`
    : place;
  return `| ${finding.level} | ${markdownCode(finding.ruleId)} | ${where} | ${escapeMarkdown(finding.message)} |`;
}

/** Adds body lines while the summary stays under the limit; says how many were cut. */
function fitWithin(head: string, body: string[]): string {
  const closing = '\n</details>\n';
  let size = Buffer.byteLength(head) + 400;
  const kept: string[] = [];
  let cut = 0;
  let open = false;
  for (const line of body) {
    const bytes = Buffer.byteLength(line) + 1;
    if (cut > 0 || size + bytes + Buffer.byteLength(closing) > SUMMARY_LIMIT_BYTES) {
      if (line.startsWith('| ') && !line.startsWith('| Level') && !line.startsWith('| Rule |'))
        cut++;
      continue;
    }
    if (line.startsWith('<details>')) open = true;
    if (line === '</details>') open = false;
    kept.push(line);
    size += bytes;
  }
  if (cut > 0) {
    if (open) kept.push('', '</details>');
    kept.push(
      '',
      `_${cut} more findings are not shown here (GitHub's 1 MiB summary limit); the SARIF file and the JSON report have all of them._`,
    );
  }
  return head + kept.join('\n') + '\n';
}
