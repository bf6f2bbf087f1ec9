/**
 * The verdict: does this check let the change (or the deployment) through? Findings at or above
 * `fail-on` that are new fail it; a tool that could not run fails it too, because a check that
 * did not happen cannot pass.
 */
import type { FailOn } from '../config.js';
import { LEVEL_RANK, type Finding, type Level, type ToolRun } from '../model.js';

export interface Verdict {
  passed: boolean;
  failOn: FailOn;
  reasons: string[];
  /** A selected tool failed or was missing: the result is incomplete. */
  incomplete: boolean;
}

export interface GateInput {
  findings: readonly Finding[];
  tools: readonly ToolRun[];
  failOn: FailOn;
  /** Tools the user asked for by name: missing ones count as failures. */
  toolsChosen: boolean;
}

export function decideVerdict(input: GateInput): Verdict {
  const reasons: string[] = [];
  let incomplete = false;
  for (const run of input.tools) {
    if (run.status === 'failed' || (run.status === 'missing' && input.toolsChosen)) {
      incomplete = true;
      reasons.push(
        `${run.tool} ${run.status === 'failed' ? 'failed' : 'is missing'}: ${firstLine(run.reason ?? 'no reason given')}`,
      );
    }
  }
  if (input.failOn !== 'never') {
    const threshold = LEVEL_RANK[input.failOn];
    const counts: Record<Level, number> = { error: 0, warning: 0, note: 0 };
    for (const finding of input.findings) {
      if (finding.state === 'new' && LEVEL_RANK[finding.level] >= threshold)
        counts[finding.level]++;
    }
    for (const level of ['error', 'warning', 'note'] as const) {
      const count = counts[level];
      if (count > 0)
        reasons.push(`${count} new ${level}${count === 1 ? '' : 's'} (fail-on: ${input.failOn})`);
    }
  }
  return { passed: reasons.length === 0, failOn: input.failOn, reasons, incomplete };
}

/** CLI exit codes: 0 passed, 1 gate failed, 3 a tool or the program failed (2 is usage, decided earlier). */
export function exitCodeFor(verdict: Verdict): 0 | 1 | 3 {
  if (verdict.incomplete) return 3;
  return verdict.passed ? 0 : 1;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
