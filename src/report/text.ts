/** The terminal report: findings grouped by the guide's sections; colour only on a terminal. */
import { showControlCharacters } from '../escape.js';
import { LEVEL_RANK, type Finding, type Level } from '../model.js';
import type { CheckResult } from '../pipeline.js';
import { SECTIONS } from '../sections.js';
import { countFindings } from './counts.js';
import { count } from '../count.js';

const COLOURS: Record<Level | 'dim' | 'bold' | 'ok', string> = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  note: '\x1b[36m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
  ok: '\x1b[32m',
};

export function textReport(result: CheckResult, colour: boolean): string {
  const paint = (style: keyof typeof COLOURS, text: string): string =>
    colour ? `${COLOURS[style]}${text}\x1b[0m` : text;
  const out: string[] = [];
  const visible = result.findings.filter((finding) => finding.state !== 'suppressed');
  for (const section of SECTIONS) {
    const findings = visible.filter((finding) => finding.section === section.id);
    if (findings.length === 0) continue;
    out.push(paint('bold', `${section.title} (${findings.length})`));
    for (const finding of [...findings].sort(bySeverityThenPlace)) {
      const { path, startLine, startColumn } = finding.location;
      out.push(
        `  ${showControlCharacters(path)}:${startLine}:${startColumn}: ${paint(finding.level, finding.level)} ` +
          `${paint('dim', finding.ruleId)} ${showControlCharacters(finding.message)}${finding.state === 'baseline' ? paint('dim', ' (baseline)') : ''}`,
      );
    }
    out.push('');
  }
  out.push(paint('bold', 'Tools'));
  for (const run of result.tools) {
    const status =
      run.status === 'ok'
        ? paint('ok', 'ok')
        : paint(run.status === 'failed' ? 'error' : 'warning', run.status);
    const detail = run.reason ? ` — ${showControlCharacters(run.reason.split('\n')[0] ?? '')}` : '';
    out.push(
      `  ${run.tool.padEnd(10)} ${status}${run.version ? ` ${run.version}` : ''} ${paint('dim', `${run.durationMs} ms`)}${detail}`,
    );
  }
  for (const notice of result.notices.slice(0, 20))
    out.push(paint('dim', `  note: ${showControlCharacters(notice)}`));
  if (result.notices.length > 20)
    out.push(paint('dim', `  … and ${result.notices.length - 20} more notes`));
  const counts = countFindings(result.findings);
  out.push('');
  out.push(
    `${count(counts.total, 'finding')}: ${count(counts.byLevel.error, 'error')}, ${count(counts.byLevel.warning, 'warning')}, ${count(counts.byLevel.note, 'note')}` +
      (counts.suppressed ? `, ${counts.suppressed} suppressed` : ''),
  );
  const verdict = result.verdict;
  out.push(
    verdict.passed
      ? paint('ok', `Passed (fail-on: ${verdict.failOn})`)
      : paint(
          'error',
          `Failed: ${verdict.reasons.map((reason) => showControlCharacters(reason)).join('; ')}`,
        ),
  );
  return out.join('\n') + '\n';
}

function bySeverityThenPlace(a: Finding, b: Finding): number {
  return (
    LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
    (a.location.path < b.location.path
      ? -1
      : a.location.path > b.location.path
        ? 1
        : a.location.startLine - b.location.startLine)
  );
}
