/**
 * Annotations on the pull request, within GitHub's budget: 10 errors, 10 warnings and 10 notices
 * per step, 50 per job, and `setFailed` takes one error slot. Most severe first; the rest are
 * counted in one line. Workflow-command data is escaped (file names come from pull requests).
 */
import { escapeCommandData, escapeCommandProperty } from '../escape.js';
import { compareFindings, LEVEL_RANK, type Finding, type Level } from '../model.js';

export const ANNOTATIONS_PER_LEVEL = 10;

export interface AnnotationPlan {
  /** Workflow commands, one per line. */
  commands: string[];
  /** Findings that did not fit. */
  omitted: number;
}

const COMMAND: Record<Level, string> = { error: 'error', warning: 'warning', note: 'notice' };

export function planAnnotations(
  findings: readonly Finding[],
  options: { reserveErrorSlot: boolean; changedFirst?: (finding: Finding) => boolean },
): AnnotationPlan {
  const budget: Record<Level, number> = {
    error: ANNOTATIONS_PER_LEVEL - (options.reserveErrorSlot ? 1 : 0),
    warning: ANNOTATIONS_PER_LEVEL,
    note: ANNOTATIONS_PER_LEVEL,
  };
  const candidates = findings
    .filter((finding) => finding.state === 'new')
    .sort((a, b) => {
      const changed =
        Number(options.changedFirst?.(b) ?? false) - Number(options.changedFirst?.(a) ?? false);
      return changed || LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || compareFindings(a, b);
    });
  const commands: string[] = [];
  let omitted = 0;
  for (const finding of candidates) {
    if (budget[finding.level] <= 0) {
      omitted++;
      continue;
    }
    budget[finding.level]--;
    commands.push(annotationCommand(finding));
  }
  if (omitted > 0) {
    commands.push(
      `::notice::${escapeCommandData(`${omitted} more finding${omitted === 1 ? ' is' : 's are'} not annotated (GitHub shows at most 10 per level per step); see the job summary and the code-scanning alerts.`)}`,
    );
  }
  return { commands, omitted };
}

export function annotationCommand(finding: Finding): string {
  const { path, startLine, startColumn, endLine, endColumn } = finding.location;
  const properties = [
    `file=${escapeCommandProperty(path)}`,
    `line=${startLine}`,
    `endLine=${endLine}`,
    // GitHub ignores columns on multi-line annotations; sending them is an error in the toolkit.
    ...(startLine === endLine ? [`col=${startColumn}`, `endColumn=${endColumn}`] : []),
    `title=${escapeCommandProperty(`${finding.ruleId} (${finding.section})`)}`,
  ];
  return `::${COMMAND[finding.level]} ${properties.join(',')}::${escapeCommandData(finding.message)}`;
}
